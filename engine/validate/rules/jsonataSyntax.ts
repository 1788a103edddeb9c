// JSONata syntax inside `{% … %}` in JSONata states, with the error at its character in the document.
import { valueIndexToOffset } from '../../syntax';
import { hasPlaceholder, isJsonataExpression } from '../analysis';
import { expressionOf, parseJsonata } from '../jsonata';
import type { Rule } from '../rule';
import { jsonataSites } from '../walk';

export const jsonataSyntax: Rule = {
  id: 'jsonata-syntax',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (!s.node || s.queryLanguage !== 'JSONata') continue;
      for (const node of jsonataSites(s, isJsonataExpression)) {
        const { text, index } = expressionOf(node.value);
        const { error } = parseJsonata(text);
        if (!error) continue;
        if (ctx.settings.placeholders && hasPlaceholder(text)) continue;
        if (text.trim() === '') {
          ctx.report('invalid-jsonata', { offset: node.offset, length: node.length, args: { problem: 'the expression is empty.' } });
          continue;
        }
        const start = valueIndexToOffset(node, ctx.doc.text, index + error.index);
        const end = valueIndexToOffset(node, ctx.doc.text, index + error.index + error.length);
        ctx.report('invalid-jsonata', { offset: start, length: Math.max(0, end - start), args: { problem: error.message } });
      }
    }
  },
};
