// Intrinsic functions (`States.Format(…)`, …) where JSONPath allows them: `key.$` values of payload templates and
// Assign, ErrorPath and CausePath — at the start of the expression and in the arguments of another intrinsic.
// The catalogue is engine/intrinsics' INTRINSICS.
import { INTRINSICS, type IntrinsicSpec } from '../intrinsics';
import { addInString, type Emit } from './items';

/** Where the cursor is in an intrinsic expression: the token being typed, unless inside a quoted literal. */
export function intrinsicToken(before: string): { token: string; inArgs: boolean } | undefined {
  let quote = false;
  let start = 0;
  let depth = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === "'") quote = false;
      continue;
    }
    if (c === "'") quote = true;
    else if (c === '(') { depth++; start = i + 1; }
    else if (c === ')') { depth = Math.max(0, depth - 1); start = i + 1; }
    else if (c === ',') start = i + 1;
  }
  if (quote) return undefined;
  const token = before.slice(start).trimStart();
  if (!/^[\w.$@[\]*-]*$/.test(token)) return undefined;
  return { token, inArgs: depth > 0 };
}

function params(spec: IntrinsicSpec): string[] {
  const m = /\((.*)\)/.exec(spec.signature);
  return m && m[1].trim() ? m[1].split(',').map((p) => p.trim()) : [];
}

/** `States.Format('${1:template}', ${2:value})`: the required arguments as placeholders. */
export function intrinsicSnippet(spec: IntrinsicSpec): string {
  const args: string[] = [];
  let n = 1;
  for (const p of params(spec)) {
    const optional = /\?:/.test(p);
    const rest = p.startsWith('...');
    if (optional) break;
    const name = p.replace(/^\.\.\./, '').replace(/\??:.*$/, '').trim();
    const type = /:\s*(\w+)/.exec(p)?.[1];
    if (name === 'algorithm') args.push(`'\${${n++}:SHA-256}'`);
    else if (name === 'deep') args.push('false');
    else if (type === 'string') args.push(`'\${${n++}:${name}}'`);
    else args.push(`\${${n++}:\\$.${name.replace(/s$/, '')}}`);
    if (rest) break;
  }
  return `${spec.name}(${args.join(', ')})`;
}

export function intrinsicDoc(spec: IntrinsicSpec): string {
  return `\`${spec.signature}\`\n\n${spec.doc}\n\n[AWS Step Functions guide](${spec.docUrl})`;
}

export function completeIntrinsics(e: Emit, token: string): void {
  for (const spec of INTRINSICS) {
    addInString(e, spec.name, token.length, intrinsicSnippet(spec), {
      label: spec.name, kind: 'function', detail: spec.signature, documentation: intrinsicDoc(spec), sortText: `4${spec.name}`,
    });
  }
}
