// Hover inside strings: in JSONPath values, intrinsic functions (`States.Format`), Context fields (`$$.Execution.Id`)
// and variables (`$total`); inside `{% %}`, JSONata functions, `$states.…` fields and variables.
import { CONTEXT_URL, STATES_VARIABLE_FIELDS, STATES_VARIABLE_URL, contextField, jsonataFunction } from '../asl';
import { intrinsicDoc } from '../complete/intrinsics';
import { functionDoc } from '../complete/jsonata';
import type { Place } from '../complete/place';
import { allVariables, variablesInScope, type VariableDef } from '../complete/variables';
import { findIntrinsic } from '../intrinsics';
import type { AslDocument, HoverResult } from '../service/types';
import type { StringNode } from '../syntax';

const TOKEN = /[\w$.]/;

/** The raw text of a string's content and the offset it starts at. */
function content(doc: AslDocument, n: StringNode): { start: number; raw: string } {
  const start = n.contentOffset;
  const quoted = n.style === '"' || n.style === "'";
  const end = n.offset + n.length - (quoted ? 1 : 0);
  return { start, raw: doc.text.slice(start, Math.max(start, end)) };
}

function variableHover(doc: AslDocument, place: Place, name: string): string {
  const st = place.kind === 'unknown' || place.kind === 'root' ? undefined : place.kind === 'states' ? place.owner : place.st;
  const visible = variablesInScope(doc.model, st?.info, st?.scope).get(name);
  const defs: VariableDef[] = visible ?? allVariables(doc.model).get(name) ?? [];
  if (!defs.length) return `**$${name}** — workflow variable\n\nNo state assigns \`${name}\` in this workflow.`;
  const where = [...new Set(defs.map((d) => `\`${d.state.name}\``))].join(', ');
  const note = visible ? '' : `\n\n*Assigned only where this state cannot see it (a later state, another branch, or an inner scope).*`;
  return `**$${name}** — workflow variable\n\nAssigned in ${where}.${note}`;
}

export function hoverExpression(doc: AslDocument, place: Place, n: StringNode, offset: number, _path: (string | number)[]): HoverResult | undefined {
  if (place.kind === 'unknown' || place.kind === 'root') return undefined;
  const { start, raw } = content(doc, n);
  const rel = offset - start;
  if (rel < 0 || rel > raw.length) return undefined;
  let a = rel, b = rel;
  while (a > 0 && TOKEN.test(raw[a - 1])) a--;
  while (b < raw.length && TOKEN.test(raw[b])) b++;
  const token = raw.slice(a, b);
  if (!token) return undefined;
  const range = (from: number, to: number) => ({ offset: start + from, length: to - from });
  const before = raw.slice(0, a);
  const inJsonata = place.ql === 'JSONata' && before.lastIndexOf('{%') > before.lastIndexOf('%}');
  const isPathValue = place.ql === 'JSONPath' && (
    (place.kind === 'payload' && !!place.key?.endsWith('.$')) ||
    (place.kind === 'scalar' && (place.field.kind === 'path' || place.field.kind === 'referencePath')) ||
    place.kind === 'operator');

  if (inJsonata) {
    if (token.startsWith('$states')) {
      const parts = token.split('.');
      // Hover the segment under the cursor: `$states`, `$states.input`, `$states.context.Execution.Id`…
      let end = 0, upto = 0;
      for (let i = 0; i < parts.length; i++) { end += parts[i].length + (i ? 1 : 0); upto = i; if (a + end >= rel) break; }
      const segs = parts.slice(0, upto + 1);
      if (segs.length === 1) return { contents: `**$states** — the reserved variable of JSONata states: \`input\`, \`result\`, \`errorOutput\`, \`context\`.\n\n[AWS Step Functions guide](${STATES_VARIABLE_URL})`, range: range(a, a + 7) };
      if (segs[1] === 'context' && segs.length > 2) {
        const c = contextField(segs.slice(2).join('.'));
        if (c) return { contents: `\`$states.context.${c.path}\` (${c.type}) — ${c.doc}\n\n[AWS Step Functions guide](${CONTEXT_URL})`, range: range(a, a + end) };
        return undefined;
      }
      const f = STATES_VARIABLE_FIELDS.find((x) => x.name === segs[1]);
      return f ? { contents: `\`$states.${f.name}\` — ${f.doc}\n\nAvailable in ${f.availableIn}.\n\n[AWS Step Functions guide](${STATES_VARIABLE_URL})`, range: range(a, a + end) } : undefined;
    }
    const m = /^\$(\w+)/.exec(token);
    if (!m) return undefined;
    const nameEnd = a + m[0].length;
    if (raw.slice(nameEnd).trimStart().startsWith('(')) {
      const f = jsonataFunction(m[0]);
      return f ? { contents: functionDoc(f), range: range(a, nameEnd) } : undefined;
    }
    return { contents: variableHover(doc, place, m[1]), range: range(a, nameEnd) };
  }

  if (!isPathValue) return undefined;
  const intrinsic = /^States\.\w+/.exec(token);
  if (intrinsic) {
    const spec = findIntrinsic(intrinsic[0]);
    return spec ? { contents: intrinsicDoc(spec), range: range(a, a + intrinsic[0].length) } : undefined;
  }
  if (token.startsWith('$$.')) {
    const parts = token.slice(3).split('.');
    let end = 3, upto = 0;
    for (let i = 0; i < parts.length; i++) { end += parts[i].length + (i ? 1 : 0); upto = i; if (a + end >= rel) break; }
    const c = contextField(parts.slice(0, upto + 1).join('.'));
    return c ? { contents: `\`$$.${c.path}\` (${c.type}) — ${c.doc}\n\n[AWS Step Functions guide](${CONTEXT_URL})`, range: range(a, a + end) } : undefined;
  }
  const v = /^\$(\w+)/.exec(token);
  if (v) return { contents: variableHover(doc, place, v[1]), range: range(a, a + v[0].length) };
  return undefined;
}
