// What a position names: a state (by its key or by a reference to it), within its scope.
import { referenceAt, referencesTo, resolveReference, stateKeyAt, type Scope, type StateInfo, type StateMachineModel, type StateReference } from '../model';
import type { StringNode } from '../syntax';

export interface StateTarget {
  /** The name under the cursor. */
  name: string;
  scope: Scope;
  /** The state named, when it exists. */
  state: StateInfo | undefined;
  /** The string node under the cursor (a key or a reference). */
  node: StringNode;
}

export function stateTargetAt(model: StateMachineModel, offset: number): StateTarget | undefined {
  const key = stateKeyAt(model, offset);
  if (key) return { name: key.name, scope: key.scope, state: key.scope.states.get(key.name) ?? key, node: key.key };
  const ref = referenceAt(model, offset);
  if (ref) return { name: ref.target, scope: ref.scope, state: resolveReference(ref), node: ref.node };
  return undefined;
}

/** Every reference to the target's name in its scope, whether or not the state exists. */
export function referencesOf(model: StateMachineModel, t: StateTarget): StateReference[] {
  return t.state ? referencesTo(model, t.state) : model.references.filter((r) => r.scope === t.scope && r.target === t.name);
}
