// Next/End: Task, Pass, Wait, Parallel and Map states either continue (Next) or end (End: true), never both; Choice,
// Succeed and Fail use neither.
import { getProperty } from '../../syntax';
import type { Rule } from '../rule';

const FLOWING = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);
const TERMINAL_TYPES = new Set(['Choice', 'Succeed', 'Fail']);

export const transitions: Rule = {
  id: 'transitions',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || !s.type) continue;
      const next = getProperty(s.node, 'Next');
      const end = getProperty(s.node, 'End');
      if (TERMINAL_TYPES.has(s.type)) {
        for (const p of [next, end]) {
          if (p) ctx.report('transition-on-terminal-type', { offset: p.key.offset, length: p.key.length, args: { type: s.type, field: p.key.value }, data: { field: p.key.value } });
        }
        continue;
      }
      if (!FLOWING.has(s.type)) continue;
      const ends = end?.value?.kind === 'boolean' && end.value.value;
      if (next && ends) {
        ctx.report('next-and-end', { offset: end!.key.offset, length: end!.key.length });
      } else if (!next && !ends && !(end?.value?.kind === 'string')) {
        ctx.report('missing-transition', { offset: s.key.offset, length: s.key.length, args: { type: s.type, name: s.name }, data: { name: s.name } });
      }
    }
  },
};
