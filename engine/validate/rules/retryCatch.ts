// Retriers and catchers are tried in order: States.ALL must stand alone in its ErrorEquals and in the last one.
// Error names are case-sensitive: `States.Timeout` is not `States.TimeOut`.
import { STATES_ERROR_NAMES } from '../../asl';
import { getProperty, type AstNode } from '../../syntax';
import type { Rule, RuleContext } from '../rule';

export const retryCatch: Rule = {
  id: 'retry-catch',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node) continue;
      list(ctx, getProperty(s.node, 'Retry')?.value, 'retrier');
      list(ctx, getProperty(s.node, 'Catch')?.value, 'catcher');
    }
  },
};

function list(ctx: RuleContext, arr: AstNode | undefined, kind: 'retrier' | 'catcher'): void {
  if (arr?.kind !== 'array') return;
  // The position among the retriers or catchers that are objects (others are the schema's to report).
  let objects = 0;
  for (const item of arr.items) if (item.kind === 'object') objects++;
  let i = -1;
  for (const item of arr.items) {
    if (item.kind !== 'object') continue;
    i++;
    const errs = getProperty(item, 'ErrorEquals')?.value;
    if (errs?.kind !== 'array') continue;
    for (const e of errs.items) {
      if (e.kind !== 'string') continue;
      if (e.value === 'States.ALL') {
        if (errs.items.length > 1) ctx.report('states-all-not-alone', { offset: e.offset, length: e.length });
        if (i < objects - 1) ctx.report('states-all-not-last', { offset: e.offset, length: e.length, args: { kind } });
      } else if (e.value.startsWith('States.') && !STATES_ERROR_NAMES.includes(e.value)) {
        // Fail states may raise their own `States.`-prefixed names, so only a case slip of a predefined one is flagged.
        const lower = e.value.toLowerCase();
        const near = STATES_ERROR_NAMES.find((x) => x.toLowerCase() === lower);
        if (near) ctx.report('unknown-states-error', { offset: e.offset, length: e.length, args: { name: e.value, suggestion: near }, data: { suggestion: near } });
      }
    }
  }
}
