// Workflow variables: who assigns what, and where each is read (JSONPath paths and intrinsic arguments, JSONata
// expressions). Shared by the variables rule (and available to completion/hover through the validate façade).
import type { StateInfo } from '../model';
import { getProperty, valueIndexToOffset, type AstNode, type ObjectNode, type PropertyNode, type StringNode } from '../syntax';
import { isJsonataExpression } from './analysis';
import { expressionOf, parseJsonata, type JsonataNode } from './jsonata';
import { jsonataSites, pathSites } from './walk';

export interface VariableRead { name: string; offset: number; length: number }

/** `Assign` objects of a state: its own, its choice rules' and its catchers', with the transitions they apply to. */
export interface AssignSite { node: ObjectNode; on: 'state' | 'choice' | 'catch'; index: number }

export function assignSites(s: StateInfo): AssignSite[] {
  const out: AssignSite[] = [];
  const o = s.node;
  if (!o) return out;
  const own = getProperty(o, 'Assign')?.value;
  if (own?.kind === 'object') out.push({ node: own, on: 'state', index: 0 });
  itemAssigns(getProperty(o, 'Choices')?.value, 'choice', out);
  itemAssigns(getProperty(o, 'Catch')?.value, 'catch', out);
  return out;
}

function itemAssigns(arr: AstNode | undefined, on: 'choice' | 'catch', out: AssignSite[]): void {
  if (arr?.kind !== 'array') return;
  const items = arr.items;
  for (let index = 0; index < items.length; index++) {
    const a = getProperty(items[index], 'Assign')?.value;
    if (a?.kind === 'object') out.push({ node: a, on, index });
  }
}

/** The variable a key of an Assign object assigns (`name.$` assigns `name`). */
export function assignedName(p: PropertyNode): string {
  const k = p.key.value;
  // `name.$` in a JSONata state is reported as a JSONPath key (dollar-key-in-jsonata); it still names `name`.
  return k.endsWith('.$') ? k.slice(0, -2) : k;
}

// JSONata's built-in functions and the ones Step Functions adds: names that are never workflow variables.
const BUILTINS = new Set(('sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad ' +
  'formatNumber formatBase formatInteger parseInteger number floor ceil round abs power sqrt random boolean not exists keys lookup spread ' +
  'merge sift each error assert type sort reverse shuffle distinct zip append map filter single reduce join split contains match replace ' +
  'eval base64encode base64decode encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl now millis fromMillis toMillis ' +
  'partition range hash uuid parse').split(' '));

const MAY_READ = /\$[\p{L}_]/u;

/** Variables a JSONPath state reads, from its paths, `.$` values and intrinsic arguments. */
export function jsonpathReads(s: StateInfo, text: string): VariableRead[] {
  const out: VariableRead[] = [];
  for (const site of pathSites(s).sites) {
    const value = site.node.value;
    // A variable is `$` then a letter or `_`: most paths (`$`, `$.Payload`, `$$.Map…`) have none.
    if (!MAY_READ.test(value)) continue;
    for (const v of scanPathVariables(value)) out.push(at(site.node, text, v.index, v.name));
  }
  return out;
}

/** Variables a JSONata state reads in its `{% %}` expressions (not `$states`, built-ins, or names bound inside). */
export function jsonataReads(s: StateInfo, text: string): VariableRead[] {
  const out: VariableRead[] = [];
  for (const node of jsonataSites(s, isJsonataExpression)) {
    const { text: expr, index } = expressionOf(node.value);
    const { ast } = parseJsonata(expr);
    if (!ast) continue;
    const bound = new Set<string>();
    const reads: { name: string; end: number }[] = [];
    collect(ast, bound, reads, false);
    for (const r of reads) {
      if (bound.has(r.name) || r.name === 'states' || BUILTINS.has(r.name)) continue;
      const start = r.end - r.name.length - 1;
      if (start < 0 || expr[start] !== '$') continue;
      out.push(at(node, text, index + start, r.name));
    }
  }
  return out;
}

function at(node: StringNode, text: string, index: number, name: string): VariableRead {
  const offset = valueIndexToOffset(node, text, index);
  const end = valueIndexToOffset(node, text, index + name.length + 1);
  return { name, offset, length: end - offset };
}

function collect(n: unknown, bound: Set<string>, reads: { name: string; end: number }[], isProcedure: boolean): void {
  if (Array.isArray(n)) { for (const x of n) collect(x, bound, reads, false); return; }
  if (!n || typeof n !== 'object') return;
  const node = n as JsonataNode;
  if (node.type === 'variable' && typeof node.value === 'string') {
    if (node.value !== '' && node.value !== '$' && !isProcedure && typeof node.position === 'number') reads.push({ name: node.value, end: node.position });
  }
  if (node.type === 'bind') {
    const lhs = node.lhs as JsonataNode | undefined;
    if (lhs && typeof lhs.value === 'string') bound.add(lhs.value);
    collect(node.rhs, bound, reads, false);
    return;
  }
  if (node.type === 'lambda') {
    for (const a of (node.arguments as JsonataNode[] | undefined) ?? []) if (typeof a.value === 'string') bound.add(a.value);
    collect(node.body, bound, reads, false);
    return;
  }
  if (typeof node.focus === 'string') bound.add(node.focus);
  if (typeof node.index === 'string') bound.add(node.index);
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === 'object') collect(v, bound, reads, k === 'procedure');
  }
}

/** `$name` references in a JSONPath or intrinsic text, outside quoted strings; not `$`, `$$` or `$.x`. */
export function scanPathVariables(s: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') { quote = c; continue; }
    if (c !== '$') continue;
    const prev = i > 0 ? s[i - 1] : '';
    if (prev === '$' || /[\p{L}\p{N}_.@]/u.test(prev)) continue;
    let j = i + 1;
    if (!/[\p{L}_]/u.test(s[j] ?? '')) continue;
    while (j < s.length && /[\p{L}\p{N}_]/u.test(s[j])) j++;
    out.push({ name: s.slice(i + 1, j), index: i });
    i = j - 1;
  }
  return out;
}

