// Inside `{% … %}`: JSONata functions (with AWS's additions, without the forbidden $eval), `$states` and its
// fields, the Context object under `$states.context`, and variables in scope.
import { JSONATA_FUNCTIONS, STATES_VARIABLE_FIELDS, STATES_VARIABLE_URL, contextChildren, jsonataSignature, type JsonataFunctionSpec } from '../asl';
import { addInString, type Emit } from './items';
import { contextDoc, variableDetail, type ExpressionEnv } from './jsonpath';
import { snippetEscape } from './render';

/** The JSONata expression the cursor is in (text after the last unclosed `{%`), or undefined. */
export function openJsonata(before: string): string | undefined {
  const open = before.lastIndexOf('{%');
  if (open < 0 || before.indexOf('%}', open) >= 0) return undefined;
  const expr = before.slice(open + 2);
  // Not inside a JSONata string literal.
  let quote: string | undefined;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = undefined; } else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote ? undefined : expr;
}

export function functionSnippet(f: JsonataFunctionSpec): string {
  const args = f.params.filter((p) => !p.optional).map((p, i) => `\${${i + 1}:${p.name}}`);
  return `${snippetEscape(f.name)}(${args.join(', ')})`;
}

export function functionDoc(f: JsonataFunctionSpec): string {
  const warn = f.disallowed ? `**Not available in Step Functions.** ${f.disallowed}\n\n` : '';
  return `${warn}\`${jsonataSignature(f)}\`\n\n${f.doc}\n\n[${f.aws ? 'AWS Step Functions guide' : 'JSONata documentation'}](${f.url})`;
}

export function completeJsonata(e: Emit, expr: string, env: ExpressionEnv, where: { catcher: boolean; hasResult: boolean }): boolean {
  const token = /[\w$.]*$/.exec(expr)?.[0] ?? '';
  if (token.startsWith('$states.context.')) {
    const rest = token.slice('$states.context.'.length);
    const dot = rest.lastIndexOf('.');
    const parent = dot < 0 ? '' : rest.slice(0, dot);
    const partial = rest.slice(dot + 1);
    for (const c of contextChildren(parent)) {
      if (c.mapOnly && !env.inMap) continue;
      const name = c.path.slice(parent ? parent.length + 1 : 0);
      addInString(e, name, partial.length, name, { label: name, kind: 'field', detail: `context · ${c.type}`, documentation: contextDoc(c, '$states.context.') });
    }
    return true;
  }
  if (token.startsWith('$states.')) {
    const partial = token.slice('$states.'.length);
    if (partial.includes('.')) return false;
    STATES_VARIABLE_FIELDS.forEach((f, i) => {
      const relevant = f.name === 'errorOutput' ? where.catcher : f.name === 'result' ? where.hasResult : true;
      addInString(e, f.name, partial.length, f.name, {
        label: f.name, kind: 'field', detail: `$states.${f.name}`, sortText: `${relevant ? 0 : 1}${i}`,
        documentation: `\`$states.${f.name}\` — ${f.doc}\n\nAvailable in ${f.availableIn}.\n\n[AWS Step Functions guide](${STATES_VARIABLE_URL})`,
      });
    });
    return true;
  }
  if (!token.startsWith('$') || token.includes('.')) return false;
  addInString(e, '$states', token.length, '\\$states', { label: '$states', kind: 'variable', detail: 'input, result, errorOutput, context', sortText: '0',
    documentation: `The reserved variable of JSONata states: \`$states.input\`, \`$states.result\`, \`$states.errorOutput\` and \`$states.context\`.\n\n[AWS Step Functions guide](${STATES_VARIABLE_URL})` });
  for (const [name, defs] of env.variables()) {
    addInString(e, `$${name}`, token.length, `\\$${name}`, { label: `$${name}`, kind: 'variable', detail: variableDetail(defs), sortText: '1' });
  }
  for (const f of JSONATA_FUNCTIONS) {
    addInString(e, f.name, token.length, functionSnippet(f), {
      label: f.name, kind: 'function', detail: jsonataSignature(f), documentation: functionDoc(f), sortText: f.disallowed ? '9' : f.aws ? '2' : '3', deprecated: !!f.disallowed,
    });
  }
  return true;
}
