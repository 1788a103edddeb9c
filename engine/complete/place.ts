// What a path in the document means in ASL: the top level, a States object, a state, a retrier, a payload
// template, the value of a field… Walks the model (scopes, states) and the field table along the path, so that
// completion and hover both know the container, the state type and the effective QueryLanguage.
import { choiceOperator, findField, type ChoiceOperatorSpec, type FieldContainer, type FieldSpec } from '../asl';
import { queryLanguageOf, type QueryLanguage, type Scope, type StateInfo, type StateMachineModel } from '../model';
import { asString, getValue, type AstNode } from '../syntax';
import type { Path } from './cursor';

/** The state a place belongs to. */
export interface StateCtx {
  readonly name: string;
  readonly info: StateInfo | undefined;
  readonly type: string | undefined;
  readonly ql: QueryLanguage;
  readonly scope: Scope | undefined;
  readonly node: AstNode | undefined;
}

export type ArrayOf = 'Retrier' | 'Catcher' | 'ChoiceRule' | 'NestedChoiceRule' | 'Branch' | 'errorName' | 'string';

export type Place =
  | { readonly kind: 'root'; readonly node: AstNode | undefined; readonly ql: QueryLanguage }
  | { readonly kind: 'states'; readonly scope: Scope | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage; readonly owner: StateCtx | undefined }
  | { readonly kind: 'object'; readonly container: FieldContainer; readonly st: StateCtx | undefined; readonly scope: Scope | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage }
  | { readonly kind: 'array'; readonly of: ArrayOf; readonly field: FieldSpec; readonly st: StateCtx | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage }
  | { readonly kind: 'payload'; readonly field: FieldSpec; readonly key: string | undefined; readonly depth: number; readonly st: StateCtx | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage }
  | { readonly kind: 'scalar'; readonly field: FieldSpec; readonly container: FieldContainer; readonly st: StateCtx | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage; readonly scope: Scope | undefined }
  | { readonly kind: 'operator'; readonly op: ChoiceOperatorSpec; readonly st: StateCtx | undefined; readonly node: AstNode | undefined; readonly ql: QueryLanguage }
  | { readonly kind: 'unknown' };

const UNKNOWN: Place = { kind: 'unknown' };

function child(node: AstNode | undefined, seg: string | number): AstNode | undefined {
  if (!node) return undefined;
  if (typeof seg === 'number') return node.kind === 'array' ? node.items[seg] : undefined;
  return getValue(node, seg);
}

/** The AST object at a path, if the parser produced one there. */
export function nodeAtPath(root: AstNode | undefined, path: Path): AstNode | undefined {
  let cur = root;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') cur = cur.kind === 'array' ? cur.items[seg] : undefined;
    else cur = getValue(cur, seg);
  }
  return cur;
}

/** The place of the value at `path`. */
export function placeOf(model: StateMachineModel, path: Path): Place {
  let place: Place = { kind: 'root', node: model.doc.root, ql: model.queryLanguage };
  for (const seg of path) {
    place = step(model, place, seg);
    if (place.kind === 'unknown') break;
  }
  return place;
}

function stateCtx(model: StateMachineModel, scope: Scope | undefined, name: string, node: AstNode | undefined): StateCtx {
  const info = scope?.states.get(name);
  const n = info?.node ?? node;
  const type = info?.type ?? asString(getValue(n, 'Type'))?.value;
  const ql = info?.queryLanguage ?? queryLanguageOf(n) ?? scope?.queryLanguage ?? model.queryLanguage;
  return { name, info, type, ql, scope, node: n };
}

function step(model: StateMachineModel, place: Place, seg: string | number): Place {
  switch (place.kind) {
    case 'root':
      if (seg === 'States') return { kind: 'states', scope: model.rootScope, node: child(place.node, seg), ql: model.rootScope?.queryLanguage ?? model.queryLanguage, owner: undefined };
      return typeof seg === 'string' ? fromField(findField('StateMachine', seg), 'StateMachine', undefined, child(place.node, seg), place.ql, model.rootScope) : UNKNOWN;
    case 'states': {
      if (typeof seg !== 'string') return UNKNOWN;
      const node = child(place.node, seg);
      const st = stateCtx(model, place.scope, seg, node);
      return { kind: 'object', container: 'State', st, scope: place.scope, node: st.node, ql: st.ql };
    }
    case 'object': {
      if (typeof seg !== 'string') return UNKNOWN;
      const node = child(place.node, seg);
      if (seg === 'States' && (place.container === 'Branch' || place.container === 'ItemProcessor' || place.container === 'Iterator')) {
        return { kind: 'states', scope: place.scope, node, ql: place.ql, owner: place.st };
      }
      if (place.container === 'ChoiceRule' || place.container === 'NestedChoiceRule') {
        const op = choiceOperator(seg);
        if (op) return { kind: 'operator', op, st: place.st, node, ql: place.ql };
      }
      const spec = findField(place.container, seg, place.container === 'State' ? place.st?.type : undefined, place.ql);
      if (!spec) return UNKNOWN;
      let scope = place.scope;
      if (place.container === 'State' && (seg === 'ItemProcessor' || seg === 'Iterator')) {
        scope = place.st?.info?.childScopes.find((s) => s.kind === (seg === 'Iterator' ? 'iterator' : 'itemProcessor'));
      }
      return fromField(spec, place.container, place.st, node, place.ql, scope);
    }
    case 'array': {
      if (typeof seg !== 'number') return UNKNOWN;
      const node = child(place.node, seg);
      switch (place.of) {
        case 'Branch': {
          const scope = place.st?.info?.childScopes.find((s) => s.kind === 'branch' && s.index === seg);
          return { kind: 'object', container: 'Branch', st: place.st, scope, node, ql: place.ql };
        }
        case 'errorName': case 'string':
          return { kind: 'scalar', field: place.field, container: 'State', st: place.st, node, ql: place.ql, scope: place.st?.scope };
        default:
          return { kind: 'object', container: place.of, st: place.st, scope: place.st?.scope, node, ql: place.ql };
      }
    }
    case 'payload':
      return { kind: 'payload', field: place.field, key: typeof seg === 'string' ? seg : place.key, depth: place.depth + 1, st: place.st, node: child(place.node, seg), ql: place.ql };
    case 'operator':
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function fromField(spec: FieldSpec | undefined, container: FieldContainer, st: StateCtx | undefined, node: AstNode | undefined, ql: QueryLanguage, scope: Scope | undefined): Place {
  if (!spec) return UNKNOWN;
  const arr = (of: ArrayOf): Place => ({ kind: 'array', of, field: spec, st, node, ql });
  switch (spec.kind) {
    case 'object':
      return spec.object ? { kind: 'object', container: spec.object, st, scope, node, ql } : UNKNOWN;
    case 'retriers': return arr('Retrier');
    case 'catchers': return arr('Catcher');
    case 'choices': return arr('ChoiceRule');
    case 'choiceRules': return arr('NestedChoiceRule');
    case 'branches': return arr('Branch');
    case 'errorNames': return arr('errorName');
    case 'stringArray': return arr('string');
    case 'choiceRule': return { kind: 'object', container: 'NestedChoiceRule', st, scope, node, ql };
    case 'payloadTemplate': case 'jsonataTemplate': case 'assign': case 'json':
      return { kind: 'payload', field: spec, key: undefined, depth: 0, st, node, ql };
    case 'states':
      return { kind: 'states', scope, node, ql, owner: st };
    default:
      return { kind: 'scalar', field: spec, container, st, node, ql, scope: container === 'State' || container === 'Catcher' || container === 'ChoiceRule' ? st?.scope : scope };
  }
}
