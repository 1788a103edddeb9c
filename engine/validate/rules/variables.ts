// Workflow variables read but never assigned, assigned only where the reading state cannot see them (inside another
// Parallel branch or Map processor, or outside a Distributed Map), or assigned in scope but by no state that can run
// before the read. See https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html.
import type { Scope, StateInfo } from '../../model';
import { describeScope, isDistributedMap } from '../analysis';
import type { RuleContext, Rule } from '../rule';
import { assignedName, assignSites, jsonataReads, jsonpathReads, type VariableRead } from '../variables';

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export const variables: Rule = {
  id: 'variables',
  run(ctx) {
    const { states } = ctx.doc.model;
    const text = ctx.doc.text;
    // Who assigns what, per edge kind.
    const assigns = new Map<StateInfo, { all: Set<string>; state: Set<string>; choice: Map<number, Set<string>>; catch: Map<number, Set<string>> }>();
    const assignedIn = new Map<string, Scope[]>();
    for (const s of states) {
      for (const site of assignSites(s)) {
        for (const p of site.node.properties) {
          const name = assignedName(p);
          if (!NAME.test(name) || name === 'states') {
            ctx.report('invalid-variable-name', { offset: p.key.offset, length: p.key.length, args: { name, problem: name === 'states' ? '"states" is reserved.' : 'use letters, digits and underscores, not starting with a digit.' } });
            continue;
          }
          let e = assigns.get(s);
          if (!e) { e = { all: new Set(), state: new Set(), choice: new Map(), catch: new Map() }; assigns.set(s, e); }
          e.all.add(name);
          if (site.on === 'state') e.state.add(name);
          else {
            const m = e[site.on];
            if (!m.has(site.index)) m.set(site.index, new Set());
            m.get(site.index)!.add(name);
          }
          const list = assignedIn.get(name);
          if (!list) assignedIn.set(name, [s.scope]); else if (!list.includes(s.scope)) list.push(s.scope);
        }
      }
    }
    // Who reads what.
    const reads = new Map<StateInfo, VariableRead[]>();
    for (const s of states) {
      if (!s.node) continue;
      const r = s.queryLanguage === 'JSONata' ? jsonataReads(s, text) : jsonpathReads(s, text);
      if (r.length) reads.set(s, r);
    }
    if (reads.size === 0) return;
    const entry = flow(ctx, assigns);
    for (const [s, list] of reads) {
      const visible = visibleScopes(s.scope);
      for (const r of list) {
        if (entry.get(s)?.has(r.name)) continue;
        const where = assignedIn.get(r.name);
        const range = { offset: r.offset, length: r.length };
        if (!where) {
          ctx.report('undefined-variable', { ...range, args: { name: r.name, where: '' }, data: { name: r.name } });
        } else if (where.some((sc) => visible.includes(sc))) {
          ctx.report('variable-unassigned-on-path', { ...range, args: { name: r.name }, data: { name: r.name } });
        } else {
          ctx.report('variable-out-of-scope', { ...range, args: { name: r.name, where: where.map(describeScope).join(', ') }, data: { name: r.name } });
        }
      }
    }
  },
};

/** The scopes whose variables a state in `scope` can read: its own and the enclosing ones, up to a Distributed Map. */
function visibleScopes(scope: Scope): Scope[] {
  const out: Scope[] = [];
  for (let cur: Scope | undefined = scope; cur; cur = cur.parent) {
    out.push(cur);
    if (cur.owner && cur.owner.type === 'Map' && isDistributedMap(cur.owner)) break;
  }
  return out;
}

type Assigns = Map<StateInfo, { state: Set<string>; choice: Map<number, Set<string>>; catch: Map<number, Set<string>> }>;

/** Variables possibly assigned when each state is entered: a forward may-analysis over transitions, to a fixed point. */
function flow(ctx: RuleContext, assigns: Assigns): Map<StateInfo, Set<string>> {
  const { model } = ctx.doc;
  const entry = new Map<StateInfo, Set<string>>();
  for (const s of model.states) entry.set(s, new Set());
  const starts = (sc: Scope) => (sc.startAt ? sc.states.get(sc.startAt.value) : undefined);
  const work: StateInfo[] = [...model.states];
  const queued = new Set(work);
  const push = (s: StateInfo) => { if (!queued.has(s)) { queued.add(s); work.push(s); } };
  const addAll = (target: StateInfo, names: Iterable<string>) => {
    const set = entry.get(target)!;
    let changed = false;
    for (const n of names) if (!set.has(n)) { set.add(n); changed = true; }
    if (changed) push(target);
  };
  while (work.length) {
    const s = work.pop()!;
    queued.delete(s);
    const inSet = entry.get(s)!;
    const own = assigns.get(s);
    for (const t of s.transitions) {
      const target = s.scope.states.get(t.target);
      if (!target) continue;
      const extra = t.kind === 'catch' ? own?.catch.get(t.index) : t.kind === 'choice' ? union(own?.state, own?.choice.get(t.index)) : own?.state;
      addAll(target, extra ? union(inSet, extra) : inSet);
    }
    // Nested blocks start with what their owner sees on entry (a Distributed Map's child executions see nothing).
    if (!(s.type === 'Map' && isDistributedMap(s))) for (const sc of s.childScopes) { const st = starts(sc); if (st) addAll(st, inSet); }
  }
  return entry;
}

function union(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> {
  const out = new Set(a ?? []);
  for (const x of b ?? []) out.add(x);
  return out;
}
