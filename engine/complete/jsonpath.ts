// Inside JSONPath strings (path fields, `key.$` values, Choice Variable and …Path operators): the input root `$`,
// the Context object `$$.…` field by field, and variables in scope as `$name`. Intrinsic functions: intrinsics.ts.
import { CONTEXT_URL, contextChildren, type ContextFieldSpec } from '../asl';
import { addInString, type Emit } from './items';
import type { StateCtx } from './place';
import type { VariableDef } from './variables';

export interface ExpressionEnv {
  readonly st: StateCtx | undefined;
  /** Variables visible here, computed on demand. */
  readonly variables: () => Map<string, VariableDef[]>;
  /** Inside a Map state's ItemSelector or item processor (the `Map` context is there). */
  readonly inMap: boolean;
}

export function variableDetail(defs: VariableDef[]): string {
  const names = [...new Set(defs.map((d) => d.state.name))];
  return `variable · assigned in ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

export function contextDoc(c: ContextFieldSpec, root: string): string {
  return `\`${root}${c.path}\` (${c.type}) — ${c.doc}\n\n[AWS Step Functions guide](${CONTEXT_URL})`;
}

function contextVisible(c: ContextFieldSpec, env: ExpressionEnv): boolean {
  if (c.mapOnly && !env.inMap) return false;
  if (c.taskOnly && env.st?.type !== 'Task') return false;
  return true;
}

/** Completes the trailing token of `before` (the text of the string up to the cursor). Returns false when it has nothing to say. */
export function completeJsonPath(e: Emit, before: string, env: ExpressionEnv): boolean {
  const token = /[\w$.]*$/.exec(before)?.[0] ?? '';
  if (token.startsWith('$$.')) {
    const rest = token.slice(3);
    const dot = rest.lastIndexOf('.');
    const parent = dot < 0 ? '' : rest.slice(0, dot);
    const partial = rest.slice(dot + 1);
    for (const c of contextChildren(parent)) {
      if (!contextVisible(c, env)) continue;
      const name = c.path.slice(parent ? parent.length + 1 : 0);
      addInString(e, name, partial.length, name, { label: name, kind: 'field', detail: `context · ${c.type}`, documentation: contextDoc(c, '$$.') });
    }
    return true;
  }
  if (token !== '' && !token.startsWith('$')) return false;
  if (token.includes('.') ) return false; // a path into the input or a variable: no data to complete from
  addInString(e, '$', token.length, '\\$', { label: '$', kind: 'keyword', detail: 'the state input', documentation: 'The root of the data the path applies to: the state input (or, in ResultSelector, the result).', sortText: '0' });
  for (const c of contextChildren('')) {
    if (!contextVisible(c, env)) continue;
    const label = `$$.${c.path}`;
    addInString(e, label, token.length, `\\$\\$.${c.path}`, { label, kind: 'field', detail: 'context object', documentation: contextDoc(c, '$$.'), sortText: '1' });
  }
  for (const [name, defs] of env.variables()) {
    addInString(e, `$${name}`, token.length, `\\$${name}`, { label: `$${name}`, kind: 'variable', detail: variableDetail(defs), sortText: '2' });
  }
  return true;
}
