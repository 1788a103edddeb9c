// Wait Timestamp and the Timestamp… comparison operators take RFC 3339 timestamps (uppercase T, Z or an offset).
import { getProperty, type AstNode } from '../../syntax';
import { hasPlaceholder } from '../analysis';
import type { RuleContext, Rule } from '../rule';

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const TIMESTAMP_OPERATOR = /^Timestamp(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)$/;

export const timestamps: Rule = {
  id: 'timestamps',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || s.queryLanguage !== 'JSONPath') continue;
      if (s.type === 'Wait') check(ctx, getProperty(s.node, 'Timestamp')?.value);
      if (s.type === 'Choice') {
        const choices = getProperty(s.node, 'Choices')?.value;
        if (choices?.kind === 'array') for (const r of choices.items) rule(ctx, r);
      }
    }
  },
};

function rule(ctx: RuleContext, r: AstNode): void {
  if (r.kind !== 'object') return;
  for (const p of r.properties) {
    if (!p.value) continue;
    if (TIMESTAMP_OPERATOR.test(p.key.value)) check(ctx, p.value);
    else if ((p.key.value === 'And' || p.key.value === 'Or') && p.value.kind === 'array') for (const i of p.value.items) rule(ctx, i);
    else if (p.key.value === 'Not') rule(ctx, p.value);
  }
}

function check(ctx: RuleContext, v: AstNode | undefined): void {
  if (v?.kind !== 'string' || RFC3339.test(v.value)) return;
  if (ctx.settings.placeholders && hasPlaceholder(v.value)) return;
  ctx.report('invalid-timestamp', { offset: v.offset, length: v.length, args: { value: v.value } });
}
