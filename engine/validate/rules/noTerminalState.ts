// Every block (the state machine, each Parallel branch, each Map processor) needs a state that ends it.
import { getProperty } from '../../syntax';
import { describeScope } from '../analysis';
import type { Rule } from '../rule';

const FLOWING = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);

export const noTerminalState: Rule = {
  id: 'no-terminal-state',
  run(ctx) {
    for (const scope of ctx.doc.model.scopes) {
      const states = scope.stateList;
      // Judged only when every state is complete enough: a state without a usable Next/End is reported as such.
      if (states.length === 0 || states.some((s) => s.terminal || !s.node || !s.type || (FLOWING.has(s.type) && !s.transitions.some((t) => t.kind === 'next')))) continue;
      const at = getProperty(scope.node, 'States')?.key ?? scope.startAt ?? scope.node;
      const label = describeScope(scope);
      ctx.report('no-terminal-state', { offset: at.offset, length: at.length, args: { scope: label.charAt(0).toUpperCase() + label.slice(1) }, data: { scopeId: scope.id } });
    }
  },
};
