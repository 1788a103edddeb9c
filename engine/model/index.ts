// The model layer's façade: a parsed document → states, scopes, transitions and references, plus lookups.
import { findNodeAt, parseDocument, type DocumentFormat, type ParsedDocument } from '../syntax';
import { buildModel } from './build';
import type { Scope, StateInfo, StateMachineModel, StateReference } from './types';

export * from './types';
export { buildModel, queryLanguageOf } from './build';

/** Parse and model in one call. */
export function analyze(text: string, format: DocumentFormat): StateMachineModel {
  return buildModel(parseDocument(text, format));
}

export function modelOf(doc: ParsedDocument): StateMachineModel {
  return buildModel(doc);
}

/** The state a reference names, looked up in the scope where it must resolve. */
export function resolveReference(ref: StateReference): StateInfo | undefined {
  return ref.scope.states.get(ref.target);
}

/** Every reference to a state, in its own scope. */
export function referencesTo(model: StateMachineModel, state: StateInfo): StateReference[] {
  return model.references.filter((r) => r.scope === state.scope && r.target === state.name);
}

/** The reference whose string contains the offset, if any. */
export function referenceAt(model: StateMachineModel, offset: number): StateReference | undefined {
  return model.references.find((r) => offset >= r.node.offset && offset <= r.node.offset + r.node.length);
}

/** The innermost state whose property (key and value) contains the offset. */
export function stateAt(model: StateMachineModel, offset: number): StateInfo | undefined {
  let best: StateInfo | undefined;
  for (const s of model.states) {
    const p = s.property;
    if (offset >= p.offset && offset <= p.offset + p.length && (!best || p.length <= best.property.length)) best = s;
  }
  return best;
}

/** The state whose key contains the offset, if any. */
export function stateKeyAt(model: StateMachineModel, offset: number): StateInfo | undefined {
  return model.states.find((s) => offset >= s.key.offset && offset <= s.key.offset + s.key.length);
}

/** The innermost scope whose object contains the offset. */
export function scopeAt(model: StateMachineModel, offset: number): Scope | undefined {
  let best: Scope | undefined;
  for (const sc of model.scopes) {
    if (offset >= sc.node.offset && offset <= sc.node.offset + sc.node.length && (!best || sc.node.length <= best.node.length)) best = sc;
  }
  return best;
}

/** States reachable from the scope's StartAt through its own transitions (not into child scopes). */
export function reachableStates(scope: Scope): Set<string> {
  const seen = new Set<string>();
  const queue = scope.startAt ? [scope.startAt.value] : [];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    const st = scope.states.get(name);
    if (!st) continue;
    seen.add(name);
    for (const t of st.transitions) queue.push(t.target);
  }
  return seen;
}

export { findNodeAt };
