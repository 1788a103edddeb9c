// State names are unique in the whole state machine, nested branches and processors included (ASL: "State names
// MUST be unique within the scope of the whole state machine").
import { analysisOf, describeScope } from '../analysis';
import type { Rule } from '../rule';

export const duplicateStateName: Rule = {
  id: 'duplicate-state-name',
  run(ctx) {
    const a = analysisOf(ctx.doc);
    for (const [name, list] of a.byName) {
      if (list.length < 2) continue;
      const [first, ...rest] = list;
      for (const s of rest) {
        const where = s.scope === first.scope ? '' : ` in ${describeScope(first.scope)}`;
        ctx.report('duplicate-state-name', {
          offset: s.key.offset, length: s.key.length, args: { name, where },
          related: [{ offset: first.key.offset, length: first.key.length, message: `"${name}" is first defined here.` }],
        });
      }
    }
  },
};
