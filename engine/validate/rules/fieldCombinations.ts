// Fields that set one thing two ways are mutually exclusive; some states need exactly one of a group; a Task's
// heartbeat must be shorter than its timeout.
import { getProperty, type AstNode, type ObjectNode } from '../../syntax';
import { objectAt } from '../analysis';
import type { RuleContext, Rule } from '../rule';

/** Groups of which at most one may be present, per state type. */
const EXCLUSIVE: Record<string, string[][]> = {
  Task: [['TimeoutSeconds', 'TimeoutSecondsPath'], ['HeartbeatSeconds', 'HeartbeatSecondsPath']],
  Wait: [['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']],
  Fail: [['Error', 'ErrorPath'], ['Cause', 'CausePath']],
  Map: [['ItemProcessor', 'Iterator'], ['ItemSelector', 'Parameters'], ['ItemsPath', 'Items'], ['MaxConcurrency', 'MaxConcurrencyPath'],
    ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'], ['ToleratedFailureCount', 'ToleratedFailureCountPath']],
};

/** Groups of which one is required, per state type. */
const REQUIRED_ONE: Record<string, { fields: string[]; words: string }> = {
  Wait: { fields: ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'], words: 'Seconds, Timestamp, SecondsPath or TimestampPath' },
  Map: { fields: ['ItemProcessor', 'Iterator'], words: 'ItemProcessor (or the older Iterator)' },
};

/** Nested objects with their own exclusive pairs. */
const NESTED: Record<string, { field: string; groups: string[][] }[]> = {
  Map: [
    { field: 'ItemBatcher', groups: [['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath']] },
  ],
};

export const fieldCombinations: Rule = {
  id: 'field-combinations',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || !s.type) continue;
      for (const g of EXCLUSIVE[s.type] ?? []) exclusive(ctx, s.node, g);
      for (const n of NESTED[s.type] ?? []) {
        const o = objectAt(s.node, n.field);
        if (o) for (const g of n.groups) exclusive(ctx, o, g);
      }
      if (s.type === 'Map') {
        const rc = objectAt(objectAt(s.node, 'ItemReader'), 'ReaderConfig');
        if (rc) exclusive(ctx, rc, ['MaxItems', 'MaxItemsPath']);
      }
      const req = REQUIRED_ONE[s.type];
      if (req && !req.fields.some((f) => getProperty(s.node, f))) {
        ctx.report('missing-one-of', { offset: s.key.offset, length: s.key.length, args: { what: `${s.type} state "${s.name}"`, fields: req.words } });
      }
      if (s.type === 'Task') heartbeat(ctx, s.node);
    }
  },
};

function exclusive(ctx: RuleContext, o: ObjectNode, group: string[]): void {
  const present = group.map((f) => getProperty(o, f)).filter((p) => p !== undefined).sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < present.length; i++) {
    const p = present[i];
    ctx.report('mutually-exclusive-fields', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value, other: present[0].key.value }, data: { field: p.key.value } });
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
