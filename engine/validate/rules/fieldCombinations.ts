// Fields that set one thing two ways are mutually exclusive, and some states need one of a group: the groups are
// the ASL field table's (engine/asl EXCLUSIVE_GROUPS). Next/End is the transitions rule's; a choice rule's one test
// is the choice and QueryLanguage rules'. Also: a Task's heartbeat must be shorter than its timeout.
import { exclusiveGroupsFor, type ExclusiveGroup } from '../../asl';
import { getProperty, type AstNode, type ObjectNode } from '../../syntax';
import { objectAt } from '../analysis';
import type { RuleContext, Rule } from '../rule';

const ELSEWHERE = new Set(['transition', 'choiceCondition']);

type Container = Parameters<typeof exclusiveGroupsFor>[0];

/** The groups this rule checks, per container and state type (the same few lists for every state). */
const memo = new Map<Container, Map<string | undefined, ExclusiveGroup[]>>();

function groups(container: Container, stateType?: string): ExclusiveGroup[] {
  let byType = memo.get(container);
  if (!byType) { byType = new Map(); memo.set(container, byType); }
  let g = byType.get(stateType);
  if (!g) {
    g = exclusiveGroupsFor(container, stateType).filter((x) => !ELSEWHERE.has(x.id));
    if (byType.size < 1000) byType.set(stateType, g);
  }
  return g;
}

export const fieldCombinations: Rule = {
  id: 'field-combinations',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || !s.type) continue;
      for (const g of groups('State', s.type)) {
        exclusive(ctx, s.node, g);
        if (g.required && !g.fields.some((f) => getProperty(s.node, f))) {
          ctx.report('missing-one-of', { offset: s.key.offset, length: s.key.length, args: { what: `${s.type} state "${s.name}"`, fields: words(g.fields) }, data: { fields: g.fields } });
        }
      }
      if (s.type === 'Map') {
        const batcher = objectAt(s.node, 'ItemBatcher');
        if (batcher) for (const g of groups('ItemBatcher')) exclusive(ctx, batcher, g);
        const reader = objectAt(objectAt(s.node, 'ItemReader'), 'ReaderConfig');
        if (reader) for (const g of groups('ReaderConfig')) exclusive(ctx, reader, g);
      }
      if (s.type === 'Task') heartbeat(ctx, s.node);
    }
  },
};

function words(fields: readonly string[]): string {
  return fields.length < 2 ? fields.join('') : `${fields.slice(0, -1).join(', ')} or ${fields[fields.length - 1]}`;
}

function exclusive(ctx: RuleContext, o: ObjectNode, group: ExclusiveGroup): void {
  // Nearly always at most one field of a group is there: count before building the sorted list.
  let count = 0;
  for (const f of group.fields) if (getProperty(o, f) && ++count > 1) break;
  if (count < 2) return;
  const present = group.fields.map((f) => getProperty(o, f)).filter((p) => p !== undefined).sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < present.length; i++) {
    const p = present[i];
    ctx.report('mutually-exclusive-fields', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value, other: present[0].key.value }, data: { field: p.key.value, group: group.id } });
  }
}

function num(n: AstNode | undefined): number | undefined {
  return n?.kind === 'number' ? n.value : undefined;
}

function heartbeat(ctx: RuleContext, o: ObjectNode): void {
  const hb = getProperty(o, 'HeartbeatSeconds');
  const h = num(hb?.value), t = num(getProperty(o, 'TimeoutSeconds')?.value);
  if (h === undefined || t === undefined || h < t) return;
  ctx.report('heartbeat-not-below-timeout', { offset: hb!.value!.offset, length: hb!.value!.length, args: { heartbeat: h, timeout: t } });
}
