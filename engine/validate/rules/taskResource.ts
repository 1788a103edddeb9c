// A Task Resource is an ARN: a service integration (arn:aws:states:::…), an activity or a Lambda function.
import { getProperty } from '../../syntax';
import { hasPlaceholder } from '../analysis';
import type { Rule } from '../rule';

const ARN = /^arn:[^:\s]+:[^:\s]+:[^:\s]*:[^:\s]*:\S/;

export const taskResource: Rule = {
  id: 'task-resource',
  run(ctx) {
    for (const s of ctx.doc.model.states) {
      if (s.type !== 'Task' || !s.node) continue;
      const v = getProperty(s.node, 'Resource')?.value;
      if (v?.kind !== 'string' || ARN.test(v.value)) continue;
      if (ctx.settings.placeholders && hasPlaceholder(v.value)) continue;
      ctx.report('invalid-resource', { offset: v.offset, length: v.length, args: { value: v.value } });
    }
  },
};
