// A reference (StartAt, Next, Default, choice rule, catcher) must name a state of its own scope.
import { resolveReference } from '../../model';
import type { Rule } from '../rule';

export const undefinedState: Rule = {
  id: 'undefined-state',
  run(ctx) {
    for (const ref of ctx.doc.model.references) {
      if (resolveReference(ref)) continue;
      const scope = ref.scope.owner ? `the ${ref.scope.kind === 'branch' ? `branch ${ref.scope.index + 1} of "${ref.scope.owner.name}"` : `processor of "${ref.scope.owner.name}"`}` : 'the state machine';
      ctx.report('undefined-state', { offset: ref.node.offset, length: ref.node.length, args: { name: ref.target, scope }, data: { name: ref.target, scopeId: ref.scope.id } });
    }
  },
};
