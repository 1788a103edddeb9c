// A key repeated in one object: JSON.parse and Step Functions keep the last, so the earlier ones are silently ignored.
// (Repeated state names are duplicate-state-name's.)
import { analysisOf } from '../analysis';
import type { Rule } from '../rule';

export const duplicateKeys: Rule = {
  id: 'duplicate-key',
  run(ctx) {
    const states = new Set(ctx.doc.model.scopes.map((s) => s.statesNode));
    for (const p of analysisOf(ctx.doc).duplicateKeys()) {
      if (states.has(p.parent)) continue;
      ctx.report('duplicate-key', { offset: p.key.offset, length: p.key.length, args: { field: p.key.value } });
    }
  },
};
