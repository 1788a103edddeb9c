// AST → StateMachineModel. Tolerant: whatever is malformed is skipped here and reported by validation.
// Every state's QueryLanguage is its own or the top level's (nested states inherit the top level's, as AWS documents:
// https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html). A `"QueryLanguage"` string
// written among the states of a block (seen in real workflows) is taken as that block's default, not as a state.
import { asObject, asString, getValue, type AstNode, type ObjectNode, type ParsedDocument, type PropertyNode } from '../syntax';
import type { QueryLanguage, Scope, ScopeKind, StateInfo, StateMachineModel, StateReference, Transition } from './types';

export function buildModel(doc: ParsedDocument): StateMachineModel {
  const root = asObject(doc.root);
  const queryLanguage = queryLanguageOf(root) ?? asQueryLanguage(blockQueryLanguageOf(asObject(getValue(root, 'States')))?.value) ?? 'JSONPath';
  const model = { doc, root, rootScope: undefined as Scope | undefined, scopes: [] as Scope[], states: [] as StateInfo[], references: [] as StateReference[], queryLanguage };
  if (root) model.rootScope = buildScope(model, root, 'root', undefined, undefined, 0, queryLanguage, 'root');
  return model;
}

export function queryLanguageOf(node: AstNode | undefined): QueryLanguage | undefined {
  const v = asString(getValue(node, 'QueryLanguage'))?.value;
  return v === 'JSONata' || v === 'JSONPath' ? v : undefined;
}

interface Building { scopes: Scope[]; states: StateInfo[]; references: StateReference[] }

function buildScope(m: Building, node: ObjectNode, kind: ScopeKind, owner: StateInfo | undefined, parent: Scope | undefined,
  index: number, inherited: QueryLanguage, id: string): Scope {
  const startAt = asString(getValue(node, 'StartAt'));
  const statesNode = asObject(getValue(node, 'States'));
  // `"QueryLanguage": "JSONata"` among the states is not a state: it sets the block's default (and its nested blocks').
  const blockQueryLanguage = blockQueryLanguageOf(statesNode);
  const queryLanguage = asQueryLanguage(blockQueryLanguage?.value) ?? inherited;
  const scope: Scope = { kind, node, owner, parent, index, startAt, statesNode, blockQueryLanguage, queryLanguage, states: new Map(), stateList: [], id };
  m.scopes.push(scope);
  if (startAt) m.references.push({ kind: 'startAt', target: startAt.value, node: startAt, scope, from: undefined });
  for (const prop of statesNode?.properties ?? []) {
    if (prop === blockQueryLanguage) continue;
    const name = prop.key.value;
    const stateNode = asObject(prop.value);
    // The fields read below, found in one pass (the first of repeated keys, as getProperty finds it).
    const f = stateNode ? fieldsOf(stateNode) : NO_FIELDS;
    const type = asString(f.Type?.value)?.value;
    const ql = asQueryLanguage(f.QueryLanguage?.value) ?? queryLanguage;
    const state: StateInfo = {
      name, property: prop, key: prop.key, node: stateNode, type, scope, queryLanguage: ql,
      transitions: [], terminal: false, childScopes: [],
      path: owner ? [...owner.path, name] : [name],
    };
    scope.stateList.push(state);
    if (!scope.states.has(name)) scope.states.set(name, state);
    m.states.push(state);
    if (stateNode) {
      collectTransitions(state, f);
      const end = f.End?.value;
      (state as { terminal: boolean }).terminal = type === 'Succeed' || type === 'Fail' || (end?.kind === 'boolean' && end.value);
      for (const t of state.transitions) m.references.push({ kind: t.kind, target: t.target, node: t.node, scope, from: state });
      buildChildScopes(m, state, f, scope, queryLanguage);
    }
  }
  return scope;
}

/** The properties of a state the model reads; the first of each name. */
interface StateFields {
  Type?: PropertyNode; QueryLanguage?: PropertyNode; End?: PropertyNode; Next?: PropertyNode; Choices?: PropertyNode;
  Default?: PropertyNode; Catch?: PropertyNode; Branches?: PropertyNode; ItemProcessor?: PropertyNode; Iterator?: PropertyNode;
}

const NO_FIELDS: StateFields = {};

function fieldsOf(node: ObjectNode): StateFields {
  const f: StateFields = {
    Type: undefined, QueryLanguage: undefined, End: undefined, Next: undefined, Choices: undefined,
    Default: undefined, Catch: undefined, Branches: undefined, ItemProcessor: undefined, Iterator: undefined,
  };
  for (const p of node.properties) {
    switch (p.key.value) {
      case 'Type': f.Type ??= p; break;
      case 'QueryLanguage': f.QueryLanguage ??= p; break;
      case 'End': f.End ??= p; break;
      case 'Next': f.Next ??= p; break;
      case 'Choices': f.Choices ??= p; break;
      case 'Default': f.Default ??= p; break;
      case 'Catch': f.Catch ??= p; break;
      case 'Branches': f.Branches ??= p; break;
      case 'ItemProcessor': f.ItemProcessor ??= p; break;
      case 'Iterator': f.Iterator ??= p; break;
    }
  }
  return f;
}

/** The first `"QueryLanguage": "JSONata" | "JSONPath"` entry of a States object, if any. */
function blockQueryLanguageOf(states: ObjectNode | undefined): PropertyNode | undefined {
  const p = states?.properties.find((q) => q.key.value === 'QueryLanguage');
  return asQueryLanguage(p?.value) ? p : undefined;
}

function asQueryLanguage(v: AstNode | undefined): QueryLanguage | undefined {
  const s = asString(v)?.value;
  return s === 'JSONata' || s === 'JSONPath' ? s : undefined;
}

function addTransition(state: StateInfo, kind: Transition['kind'], v: AstNode | undefined, index: number): void {
  if (v?.kind === 'string') state.transitions.push({ kind, target: v.value, node: v, index });
}

function collectTransitions(state: StateInfo, f: StateFields): void {
  addTransition(state, 'next', f.Next?.value, 0);
  if (state.type === 'Choice' || state.type === undefined) {
    const choices = f.Choices?.value;
    if (choices?.kind === 'array') {
      const items = choices.items;
      for (let i = 0; i < items.length; i++) addTransition(state, 'choice', getValue(items[i], 'Next'), i);
    }
    addTransition(state, 'default', f.Default?.value, 0);
  }
  const catchers = f.Catch?.value;
  if (catchers?.kind === 'array') {
    const items = catchers.items;
    for (let i = 0; i < items.length; i++) addTransition(state, 'catch', getValue(items[i], 'Next'), i);
  }
}

function buildChildScopes(m: Building, state: StateInfo, f: StateFields, scope: Scope, inherited: QueryLanguage): void {
  const base = `${scope.id === 'root' ? '' : scope.id + '/'}${state.name}`;
  const branches = f.Branches?.value;
  if (branches?.kind === 'array') {
    branches.items.forEach((b, i) => {
      const o = asObject(b);
      if (o) state.childScopes.push(buildScope(m, o, 'branch', state, scope, i, inherited, `${base}/branch:${i}`));
    });
  }
  const processor = asObject(f.ItemProcessor?.value);
  if (processor) state.childScopes.push(buildScope(m, processor, 'itemProcessor', state, scope, 0, inherited, `${base}/processor`));
  const iterator = asObject(f.Iterator?.value);
  if (iterator) state.childScopes.push(buildScope(m, iterator, 'iterator', state, scope, 0, inherited, `${base}/iterator`));
}
