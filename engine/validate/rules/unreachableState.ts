// States that no path from their block's StartAt reaches. Only judged when the StartAt resolves (otherwise that is
// the problem to fix first). Tagged `unnecessary` so editors fade the state.
import { reachableStates } from '../../model';
import type { Rule } from '../rule';

export const unreachableState: Rule = {
  id: 'unreachable-state',
  run(ctx) {
    for (const scope of ctx.doc.model.scopes) {
      if (!scope.startAt || !scope.states.has(scope.startAt.value)) continue;
      const reached = reachableStates(scope);
      for (const s of scope.stateList) {
        if (reached.has(s.name) || scope.states.get(s.name) !== s) continue;
        ctx.report('unreachable-state', {
          offset: s.key.offset, length: s.key.length, tags: ['unnecessary'],
          args: { name: s.name, start: `"StartAt": "${scope.startAt.value}"` },
          data: { name: s.name, scopeId: scope.id },
        });
      }
    }
  },
};
