// JSONPath syntax in every path of a JSONPath state: the path fields (ResultPath and the …Path fields are reference
// paths; ResultPath cannot start with `$$` or name a variable), choice-rule Variables and …Path operators, and the
// values of `.$` keys. Problems are reported at their character inside the string, in JSON and YAML alike.
import { isIntrinsicExpression } from '../../intrinsics';
import { parsePath, type PathProblem } from '../../jsonpath';
import { valueIndexToOffset, type StringNode } from '../../syntax';
import { hasPlaceholder } from '../analysis';
import type { RuleContext, Rule } from '../rule';
import { pathSites, type PathOptions } from '../walk';

export const jsonpathSyntax: Rule = {
  id: 'jsonpath-syntax',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || s.queryLanguage !== 'JSONPath') continue;
      const { sites, nonStringDollar } = pathSites(s);
      for (const p of nonStringDollar) {
        ctx.report('dollar-value-not-string', { offset: p.value!.offset, length: p.value!.length, args: { key: p.key.value } });
      }
      for (const site of sites) {
        const text = site.node.value;
        if (ctx.settings.placeholders && hasPlaceholder(text)) continue;
        if (site.options.intrinsic && isIntrinsicExpression(text)) continue; // the intrinsics rule's
        const problems = problemsOf(text, site.options);
        for (const p of problems) reportAt(ctx, site.node, p.offset, p.length, p.message, (p as { severity?: string }).severity === 'warning');
      }
    }
  },
};

// Paths repeat across a document ("$", "$.Payload"): parse each distinct path (per option set) once. One map per
// option set, so that no key string is built per lookup.
const caches = new Map<string, Map<string, PathProblem[]>>();
const LIMIT = 10000;

function problemsOf(text: string, o: PathOptions): PathProblem[] {
  const set = `${o.reference ? 'r' : ''}${o.allowContext === false ? 'c' : ''}${o.allowVariables === false ? 'v' : ''}`;
  let cache = caches.get(set);
  if (!cache) { cache = new Map(); caches.set(set, cache); }
  let hit = cache.get(text);
  if (!hit) {
    hit = parsePath(text, o).problems;
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, hit);
  }
  return hit;
}

function reportAt(ctx: RuleContext, node: StringNode, index: number, length: number, message: string, warning: boolean): void {
  const text = ctx.doc.text;
  const start = valueIndexToOffset(node, text, index);
  const end = valueIndexToOffset(node, text, index + Math.max(length, 0));
  ctx.report(warning ? 'jsonpath-warning' : 'invalid-jsonpath', { offset: start, length: Math.max(end - start, 0), args: { problem: message } });
}
