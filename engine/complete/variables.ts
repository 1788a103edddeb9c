// Workflow variables visible in a state: those assigned (Assign of the state, of its catchers and of its choice
// rules) by states that can run before it in its scope, and in the enclosing scopes before the Parallel or Map that
// contains it. A Distributed Map's child workflows see no outer variables. A state's own assignments are visible to
// itself only when it can loop back to itself.
// https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html
import type { Scope, StateInfo, StateMachineModel } from '../model';
import { asString, getValue, type AstNode, type StringNode } from '../syntax';

export interface VariableDef {
  readonly name: string;
  /** The Assign key that sets it. */
  readonly key: StringNode;
  readonly state: StateInfo;
}

function assignsOf(node: AstNode | undefined, state: StateInfo, out: VariableDef[]): void {
  const assign = getValue(node, 'Assign');
  if (assign?.kind !== 'object') return;
  for (const p of assign.properties) {
    const name = p.key.value.endsWith('.$') ? p.key.value.slice(0, -2) : p.key.value;
    if (name) out.push({ name, key: p.key, state });
  }
}

/** Every variable a state assigns: its own Assign, its catchers' and its choice rules'. */
export function assignedBy(state: StateInfo): VariableDef[] {
  const out: VariableDef[] = [];
  assignsOf(state.node, state, out);
  for (const field of ['Catch', 'Choices']) {
    const list = getValue(state.node, field);
    if (list?.kind === 'array') for (const item of list.items) assignsOf(item, state, out);
  }
  return out;
}

/** States of a scope that can run before `target` (target included only when it is on a cycle). */
function predecessors(scope: Scope, target: StateInfo): StateInfo[] {
  const sources = new Map<string, StateInfo[]>();
  for (const s of scope.stateList) {
    for (const t of s.transitions) {
      const list = sources.get(t.target);
      if (list) list.push(s); else sources.set(t.target, [s]);
    }
  }
  const seen = new Set<StateInfo>();
  const queue = [...(sources.get(target.name) ?? [])];
  while (queue.length) {
    const s = queue.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const p of sources.get(s.name) ?? []) queue.push(p);
  }
  return scope.stateList.filter((s) => seen.has(s));
}

function isDistributed(owner: StateInfo): boolean {
  const mode = asString(getValue(getValue(getValue(owner.node, 'ItemProcessor'), 'ProcessorConfig'), 'Mode'))?.value;
  return owner.type === 'Map' && mode === 'DISTRIBUTED';
}

/**
 * Variables visible in `state` (or, when the state is not known, anywhere in `scope`), nearest first; each name
 * with every state that may have set it.
 */
export function variablesInScope(_model: StateMachineModel, state: StateInfo | undefined, scope: Scope | undefined): Map<string, VariableDef[]> {
  const out = new Map<string, VariableDef[]>();
  const add = (states: StateInfo[]) => {
    for (const s of states) for (const v of assignedBy(s)) {
      const list = out.get(v.name);
      if (list) list.push(v); else out.set(v.name, [v]);
    }
  };
  let cur: StateInfo | undefined = state;
  let sc: Scope | undefined = state?.scope ?? scope;
  if (!cur && sc) add(sc.stateList);
  while (cur && sc) {
    add(predecessors(sc, cur));
    const owner: StateInfo | undefined = sc.owner;
    if (!owner || isDistributed(owner) && (sc.kind === 'itemProcessor')) break;
    cur = owner;
    sc = owner.scope;
  }
  return out;
}

/** Every variable assigned anywhere (for hovers on names used where the scope cannot be told). */
export function allVariables(model: StateMachineModel): Map<string, VariableDef[]> {
  const out = new Map<string, VariableDef[]>();
  for (const s of model.states) for (const v of assignedBy(s)) {
    const list = out.get(v.name);
    if (list) list.push(v); else out.set(v.name, [v]);
  }
  return out;
}
