// Retriers and catchers are tried in order: States.ALL must stand alone in its ErrorEquals and in the last one.
// Error names are case-sensitive: `States.Timeout` is not `States.TimeOut`.
import { STATES_ERROR_NAMES } from '../../asl';
import { getProperty, type ObjectNode } from '../../syntax';
import type { Rule } from '../rule';

export const retryCatch: Rule = {
  id: 'retry-catch',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node) continue;
      for (const [field, kind] of [['Retry', 'retrier'], ['Catch', 'catcher']] as const) {
        const arr = getProperty(s.node, field)?.value;
        if (arr?.kind !== 'array') continue;
        const items = arr.items.filter((i): i is ObjectNode => i.kind === 'object');
        items.forEach((item, i) => {
          const errs = getProperty(item, 'ErrorEquals')?.value;
          if (errs?.kind !== 'array') return;
          for (const e of errs.items) {
            if (e.kind !== 'string') continue;
            if (e.value === 'States.ALL') {
              if (errs.items.length > 1) ctx.report('states-all-not-alone', { offset: e.offset, length: e.length });
              if (i < items.length - 1) ctx.report('states-all-not-last', { offset: e.offset, length: e.length, args: { kind } });
            } else if (e.value.startsWith('States.') && !STATES_ERROR_NAMES.includes(e.value)) {
              // Fail states may raise their own `States.`-prefixed names, so only a case slip of a predefined one is flagged.
              const lower = e.value.toLowerCase();
              const near = STATES_ERROR_NAMES.find((x) => x.toLowerCase() === lower);
              if (near) ctx.report('unknown-states-error', { offset: e.offset, length: e.length, args: { name: e.value, suggestion: near }, data: { suggestion: near } });
            }
          }
        });
      }
    }
  },
};
