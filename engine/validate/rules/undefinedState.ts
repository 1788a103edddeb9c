// A reference (StartAt, Next, Default, choice rule, catcher) must name a state of its own scope. A name that exists
// in another scope is reported by crossScopeTransition instead, with words that say so.
import { resolveReference, type Scope } from '../../model';
import { analysisOf, describeScope } from '../analysis';
import type { Rule } from '../rule';

export const undefinedState: Rule = {
  id: 'undefined-state',
  run(ctx) {
    const { byName } = analysisOf(ctx.doc);
    const names = new Map<Scope, string[]>(); // the candidates of each scope, listed once however many names are wrong
    for (const ref of ctx.doc.model.references) {
      if (resolveReference(ref) || byName.has(ref.target)) continue;
      let candidates = names.get(ref.scope);
      if (!candidates) { candidates = [...ref.scope.states.keys()]; names.set(ref.scope, candidates); }
      const near = closest(ref.target, candidates);
      ctx.report('undefined-state', {
        offset: ref.node.offset, length: ref.node.length,
        args: { name: ref.target, scope: describeScope(ref.scope), suggestion: near ? ` Did you mean "${near}"?` : '' },
        data: { name: ref.target, scopeId: ref.scope.id, suggestion: near },
      });
    }
  },
};

/** A name that differs only in case, or by at most two edits (for names of four characters or more). */
export function closest(name: string, candidates: string[]): string | undefined {
  const lower = name.toLowerCase();
  const same = candidates.find((c) => c.toLowerCase() === lower);
  if (same) return same;
  if (name.length < 4) return undefined;
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) >= bestD) continue;
    const d = distance(lower, c.toLowerCase(), bestD);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

function distance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return prev[b.length];
}
