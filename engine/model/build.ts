// AST → StateMachineModel. Tolerant: whatever is malformed is skipped here and reported by validation.
// Every state's QueryLanguage is its own or the top level's (nested states inherit the top level's, as AWS documents:
// https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html).
import { asObject, asString, getProperty, getValue, type AstNode, type ObjectNode, type ParsedDocument } from '../syntax';
import type { QueryLanguage, Scope, ScopeKind, StateInfo, StateMachineModel, StateReference, Transition } from './types';

export function buildModel(doc: ParsedDocument): StateMachineModel {
  const root = asObject(doc.root);
  const queryLanguage = queryLanguageOf(root) ?? 'JSONPath';
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
  const scope: Scope = { kind, node, owner, parent, index, startAt, statesNode, states: new Map(), stateList: [], id };
  m.scopes.push(scope);
  if (startAt) m.references.push({ kind: 'startAt', target: startAt.value, node: startAt, scope, from: undefined });
  for (const prop of statesNode?.properties ?? []) {
    const name = prop.key.value;
    const stateNode = asObject(prop.value);
    const type = asString(getValue(stateNode, 'Type'))?.value;
    const ql = queryLanguageOf(stateNode) ?? inherited;
    const state: StateInfo = {
      name, property: prop, key: prop.key, node: stateNode, type, scope, queryLanguage: ql,
      transitions: [], terminal: false, childScopes: [],
      path: owner ? [...owner.path, name] : [name],
    };
    scope.stateList.push(state);
    if (!scope.states.has(name)) scope.states.set(name, state);
    m.states.push(state);
    if (stateNode) {
      collectTransitions(state, stateNode);
      (state as { terminal: boolean }).terminal = type === 'Succeed' || type === 'Fail' || getValue(stateNode, 'End')?.kind === 'boolean' && (getValue(stateNode, 'End') as { value: boolean }).value;
      for (const t of state.transitions) m.references.push({ kind: t.kind, target: t.target, node: t.node, scope, from: state });
      buildChildScopes(m, state, stateNode, scope, inherited);
    }
  }
  return scope;
}

function collectTransitions(state: StateInfo, node: ObjectNode): void {
  const add = (kind: Transition['kind'], v: AstNode | undefined, index: number) => {
    const s = asString(v);
    if (s) state.transitions.push({ kind, target: s.value, node: s, index });
  };
  add('next', getValue(node, 'Next'), 0);
  if (state.type === 'Choice' || state.type === undefined) {
    const choices = getValue(node, 'Choices');
    if (choices?.kind === 'array') choices.items.forEach((rule, i) => add('choice', getValue(rule, 'Next'), i));
    add('default', getValue(node, 'Default'), 0);
  }
  const catchers = getValue(node, 'Catch');
  if (catchers?.kind === 'array') catchers.items.forEach((c, i) => add('catch', getValue(c, 'Next'), i));
}

function buildChildScopes(m: Building, state: StateInfo, node: ObjectNode, scope: Scope, inherited: QueryLanguage): void {
  const base = `${scope.id === 'root' ? '' : scope.id + '/'}${state.name}`;
  const branches = getValue(node, 'Branches');
  if (branches?.kind === 'array') {
    branches.items.forEach((b, i) => {
      const o = asObject(b);
      if (o) state.childScopes.push(buildScope(m, o, 'branch', state, scope, i, inherited, `${base}/branch:${i}`));
    });
  }
  for (const [field, kind] of [['ItemProcessor', 'itemProcessor'], ['Iterator', 'iterator']] as const) {
    const o = asObject(getProperty(node, field)?.value);
    if (o) state.childScopes.push(buildScope(m, o, kind, state, scope, 0, inherited, `${base}/${kind === 'iterator' ? 'iterator' : 'processor'}`));
  }
}
