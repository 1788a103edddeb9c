// JSONPath choice rules: each is one comparison (Variable plus exactly one operator) or a boolean combination
// (And, Or, Not). JSONata rules (Condition) are checked by the schema and the QueryLanguage rule.
import { isChoiceOperator } from '../../asl';
import { getProperty, type AstNode, type PropertyNode } from '../../syntax';
import type { RuleContext, Rule } from '../rule';

const COMBINATOR = /^(And|Or|Not)$/;

export const choiceRules: Rule = {
  id: 'choice-rules',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (s.type !== 'Choice' || !s.node || s.queryLanguage !== 'JSONPath') continue;
      const choices = getProperty(s.node, 'Choices')?.value;
      if (choices?.kind !== 'array') continue;
      for (const r of choices.items) rule(ctx, r, true);
    }
  },
};

function rule(ctx: RuleContext, r: AstNode, top: boolean): void {
  if (r.kind !== 'object') return;
  const ops: PropertyNode[] = [];
  let variable: PropertyNode | undefined;
  for (const p of r.properties) {
    const k = p.key.value;
    if (isChoiceOperator(k) || COMBINATOR.test(k)) ops.push(p);
    else if (k === 'Variable') variable = p;
    if (p.value && (k === 'And' || k === 'Or') && p.value.kind === 'array') for (const i of p.value.items) rule(ctx, i, false);
    if (p.value && k === 'Not') rule(ctx, p.value, false);
  }
  if (top && getProperty(r, 'Condition')) return; // a JSONata rule in a JSONPath state: reported by the QueryLanguage rule
  if (ops.length === 0) {
    const at = variable?.key ?? r.properties[0]?.key ?? r;
    ctx.report('choice-rule-no-comparison', { offset: at.offset, length: at.length });
    return;
  }
  for (let i = 1; i < ops.length; i++) {
    ctx.report('choice-rule-many-comparisons', { offset: ops[i].key.offset, length: ops[i].key.length, args: { field: ops[i].key.value, other: ops[0].key.value } });
  }
  const op = ops[0];
  if (isChoiceOperator(op.key.value) && !variable) {
    ctx.report('choice-rule-no-variable', { offset: op.key.offset, length: op.key.length, args: { field: op.key.value } });
  }
}
