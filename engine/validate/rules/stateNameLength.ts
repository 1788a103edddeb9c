// A state name has at most 80 Unicode characters (code points, not UTF-16 units).
import type { Rule } from '../rule';

const MAX = 80;

export const stateNameLength: Rule = {
  id: 'state-name-too-long',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (s.name.length <= MAX) continue;
      const length = [...s.name].length;
      if (length > MAX) ctx.report('state-name-too-long', { offset: s.key.offset, length: s.key.length, args: { length } });
    }
  },
};
