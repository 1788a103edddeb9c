// A key repeated in one object: JSON.parse and Step Functions keep the last, so the first is silently ignored.
// (Repeated state names are duplicate-state-name's.)
import type { AstNode } from '../../syntax';
import type { Rule } from '../rule';

export const duplicateKeys: Rule = {
  id: 'duplicate-key',
  run(ctx) {
    const states = new Set(ctx.doc.model.scopes.map((s) => s.statesNode));
    const stack: AstNode[] = ctx.doc.parsed.root ? [ctx.doc.parsed.root] : [];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.kind === 'array') { for (const i of n.items) stack.push(i); continue; }
      if (n.kind !== 'object') continue;
      const seen = new Set<string>();
      const check = !states.has(n);
      for (let i = n.properties.length - 1; i >= 0; i--) {
        const p = n.properties[i];
        if (check) {
          if (seen.has(p.key.value)) ctx.report('duplicate-key', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value } });
          else seen.add(p.key.value);
        }
        if (p.value) stack.push(p.value);
      }
    }
  },
};
