// Lookups quick fixes share: the state, the Retry/Catch array or the property a diagnostic points at.
import { stateAt, stateKeyAt, type StateInfo } from '../model';
import { findNodeAt, type AnyNode, type ArrayNode, type PropertyNode } from '../syntax';
import type { AslDocument, Diagnostic } from '../service/types';

export function stateOf(doc: AslDocument, d: Diagnostic): StateInfo | undefined {
  return stateKeyAt(doc.model, d.offset) ?? stateAt(doc.model, d.offset);
}

/** The innermost property enclosing the diagnostic's start. */
export function propertyAt(doc: AslDocument, offset: number): PropertyNode | undefined {
  let n: AnyNode | undefined = findNodeAt(doc.parsed.root, offset);
  while (n && n.kind !== 'property') n = n.parent;
  return n;
}

/** The Retry or Catch array (and which) enclosing an offset. */
export function retryOrCatchAt(doc: AslDocument, offset: number): { array: ArrayNode; field: 'Retry' | 'Catch' } | undefined {
  let n: AnyNode | undefined = findNodeAt(doc.parsed.root, offset);
  while (n) {
    if (n.kind === 'property' && (n.key.value === 'Retry' || n.key.value === 'Catch') && n.value?.kind === 'array') {
      return { array: n.value, field: n.key.value };
    }
    n = n.parent;
  }
  return undefined;
}

/** Levenshtein distance, for "did you mean" fixes. */
export function distance(a: string, b: string): number {
  const al = a.toLowerCase(), bl = b.toLowerCase();
  let prev = Array.from({ length: bl.length + 1 }, (_, i) => i);
  for (let i = 1; i <= al.length; i++) {
    const cur = [i];
    for (let j = 1; j <= bl.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (al[i - 1] === bl[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[bl.length];
}

/** Candidates close enough to a misspelt name, best first. */
export function closest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return [...candidates]
    .map((c) => ({ c, d: distance(name, c) }))
    .filter((x) => x.d <= limit && x.c !== name)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map((x) => x.c);
}
