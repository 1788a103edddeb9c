// Iterator and a Map's Parameters still work but are superseded by ItemProcessor and ItemSelector: a struck-through
// hint, not a problem.
import { getProperty } from '../../syntax';
import type { Rule } from '../rule';

const REPLACED: Record<string, string> = { Iterator: 'ItemProcessor', Parameters: 'ItemSelector' };

export const deprecated: Rule = {
  id: 'deprecated',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (s.type !== 'Map' || !s.node) continue;
      for (const [field, replacement] of Object.entries(REPLACED)) {
        const p = getProperty(s.node, field);
        if (p) ctx.report('deprecated-field', { offset: p.key.offset, length: p.key.length, args: { field, replacement }, tags: ['deprecated'], data: { field, replacement } });
      }
    }
  },
};
