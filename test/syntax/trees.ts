// Helpers for the fast-path equivalence suites: trees without parent pointers (for deep comparison), a parent check,
// a seeded random generator and text mutations.
import { seededRandom } from '../../engine/simulate/random';
import type { AnyNode, AstNode, PropertyNode } from '../../engine/syntax';

/** The tree as plain data, parents left out (they are cycles), every other field kept. */
export function strip(n: AnyNode | undefined): unknown {
  if (!n) return n;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    if (k === 'parent') continue;
    if (k === 'properties' || k === 'items') out[k] = (v as AnyNode[]).map(strip);
    else if (k === 'key' || (k === 'value' && n.kind === 'property')) out[k] = strip(v as AnyNode | undefined);
    else out[k] = v;
  }
  return out;
}

/** Every parent pointer, checked: a property's key and value point at it, items at their array, properties at their object. */
export function parentProblems(root: AstNode | undefined): string[] {
  const out: string[] = [];
  if (root && root.parent !== undefined) out.push('root has a parent');
  const visit = (n: AstNode) => {
    if (n.kind === 'object') {
      for (const p of n.properties) {
        if (p.parent !== n) out.push(`property at ${p.offset}`);
        if (p.key.parent !== p) out.push(`key at ${p.key.offset}`);
        if (p.value) { if (p.value.parent !== p) out.push(`value at ${p.value.offset}`); visit(p.value); }
      }
    } else if (n.kind === 'array') {
      for (const i of n.items) { if (i.parent !== n) out.push(`item at ${i.offset}`); visit(i); }
    }
  };
  if (root) visit(root);
  return out;
}

/** A seeded generator (the simulator's), so that every run tests the same mutations. */
export const random = seededRandom;

/** One random edit of the text: delete, insert, replace, duplicate or drop a slice, from a pool of characters. */
export function mutate(text: string, rnd: () => number, pool: string): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const ch = () => pool[Math.floor(rnd() * pool.length)];
  switch (Math.floor(rnd() * 6)) {
    case 0: return text.slice(0, at) + text.slice(at + 1);
    case 1: return text.slice(0, at) + ch() + text.slice(at);
    case 2: return text.slice(0, at) + ch() + text.slice(at + 1);
    case 3: { const len = 1 + Math.floor(rnd() * 12); return text.slice(0, at) + text.slice(at, at + len) + text.slice(at); }
    case 4: { const len = 1 + Math.floor(rnd() * 12); return text.slice(0, at) + text.slice(at + len); }
    default: { const len = 1 + Math.floor(rnd() * 6); return text.slice(0, at) + ch().repeat(len) + text.slice(at); }
  }
}

/** Properties whose key appears again later in the same object, by walking the tree (validation's reference scan). */
export function repeatedKeysByWalk(root: AstNode | undefined): PropertyNode[] {
  const out: PropertyNode[] = [];
  const visit = (n: AstNode) => {
    if (n.kind === 'array') { for (const i of n.items) visit(i); return; }
    if (n.kind !== 'object') return;
    n.properties.forEach((p, i) => { if (n.properties.slice(i + 1).some((q) => q.key.value === p.key.value)) out.push(p); });
    for (const p of n.properties) if (p.value) visit(p.value);
  };
  if (root) visit(root);
  return out.sort((a, b) => a.offset - b.offset);
}
