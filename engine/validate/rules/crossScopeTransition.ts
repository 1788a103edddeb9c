// A transition to a state that exists, but in another block (a Parallel branch, a Map processor, or outside them):
// ASL transitions never cross those boundaries, and saying so beats "does not exist".
import { resolveReference } from '../../model';
import { analysisOf, describeScope } from '../analysis';
import type { Rule } from '../rule';

export const crossScopeTransition: Rule = {
  id: 'cross-scope-transition',
  run(ctx) {
    const { byName } = analysisOf(ctx.doc);
    for (const ref of ctx.doc.model.references) {
      if (resolveReference(ref)) continue;
      const there = byName.get(ref.target)?.[0];
      if (!there) continue;
      ctx.report('cross-scope-transition', {
        offset: ref.node.offset, length: ref.node.length,
        args: { name: ref.target, targetScope: describeScope(there.scope), scope: describeScope(ref.scope) },
        related: [{ offset: there.key.offset, length: there.key.length, message: `"${there.name}" is defined here, in ${describeScope(there.scope)}.` }],
      });
    }
  },
};
