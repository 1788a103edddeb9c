// Intrinsic function calls in `.$` values (and ErrorPath/CausePath) of JSONPath states: syntax, unknown names and
// arity, with the problem at its character inside the string (engine/intrinsics does the parsing).
import { isIntrinsicExpression, parseIntrinsic } from '../../intrinsics';
import type { PathProblem } from '../../jsonpath';
import { valueIndexToOffset } from '../../syntax';
import { hasPlaceholder } from '../analysis';
import type { Rule } from '../rule';
import { pathSites } from '../walk';

const cache = new Map<string, PathProblem[]>();
const LIMIT = 5000;

function problemsOf(text: string): PathProblem[] {
  let hit = cache.get(text);
  if (!hit) {
    hit = parseIntrinsic(text).problems;
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, hit);
  }
  return hit;
}

export const intrinsics: Rule = {
  id: 'intrinsics',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || s.queryLanguage !== 'JSONPath') continue;
      for (const site of pathSites(s).sites) {
        const text = site.node.value;
        if (!site.options.intrinsic || !isIntrinsicExpression(text)) continue;
        if (ctx.settings.placeholders && hasPlaceholder(text)) continue;
        for (const p of problemsOf(text)) {
          const start = valueIndexToOffset(site.node, ctx.doc.text, p.offset);
          const end = valueIndexToOffset(site.node, ctx.doc.text, p.offset + p.length);
          const warning = (p as { severity?: string }).severity === 'warning';
          ctx.report(warning ? 'intrinsic-warning' : 'invalid-intrinsic', { offset: start, length: Math.max(0, end - start), args: { problem: p.message } });
        }
      }
    }
  },
};
