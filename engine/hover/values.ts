// Hover on a value: a state type, a Resource ARN (display name and integration pattern), an error name, a state
// named by StartAt/Next/Default/Catch, or an enum value with a doc of its own.
import { STATE_TYPE_SPECS, describeResource, errorSpec, patternLabel } from '../asl';
import type { Place } from '../complete/place';
import { stateSummary } from '../complete/stateNames';
import type { AslDocument } from '../service/types';
import { LineIndex, type AstNode } from '../syntax';

const ENUM_VALUE_DOCS: Record<string, Record<string, string>> = {
  QueryLanguage: {
    JSONPath: '**JSONPath** — paths such as `$.order.id`, payload templates with `key.$` fields, intrinsic functions, and InputPath / Parameters / ResultSelector / ResultPath / OutputPath.',
    JSONata: '**JSONata** — `{% … %}` expressions, with Arguments, Output and Assign, and the `$states` variable.',
  },
  Mode: {
    INLINE: '**INLINE** — iterations run inside this execution, at most 40 at a time, on items from the state input.',
    DISTRIBUTED: '**DISTRIBUTED** — each iteration (or batch) is a child workflow execution; up to 10,000 in parallel, items can come from S3.',
  },
  ExecutionType: {
    STANDARD: '**STANDARD** child executions: up to a year long, exactly-once, full execution history.',
    EXPRESS: '**EXPRESS** child executions: up to five minutes, at-least-once, cheaper for high volume.',
  },
  JitterStrategy: {
    FULL: '**FULL** — each retry waits a random time between 0 and the computed interval.',
    NONE: '**NONE** — each retry waits exactly the computed interval.',
  },
};

export function hoverValue(doc: AslDocument, place: Place, n: AstNode): string | undefined {
  if (place.kind !== 'scalar' || n.kind !== 'string') return undefined;
  const f = place.field;
  const value = n.value;
  if (f.name === 'Type' && place.container === 'State') {
    const spec = STATE_TYPE_SPECS.find((s) => s.name === value);
    return spec ? `**${spec.name}** state\n\n${spec.doc}\n\n[AWS Step Functions guide](${spec.url})` : undefined;
  }
  switch (f.kind) {
    case 'resourceArn': {
      const d = describeResource(value);
      if (d.kind === 'unknown' && !d.service) return undefined;
      const head = d.kind === 'sdk' ? `**${d.displayName}** — AWS SDK integration` : d.kind === 'activity' ? `**${d.displayName}** — activity` : d.kind === 'lambdaFunction' ? `**${d.displayName}** — Lambda function (legacy direct invoke)` : `**${d.displayName}**`;
      const pattern = `Integration pattern: ${patternLabel(d.pattern)}.${d.patternSupported ? '' : ` **${d.displayName} does not support \`${d.suffix}\`.**`}`;
      const body = d.integration?.doc ?? (d.kind === 'sdk' ? `Calls the \`${d.action}\` API of ${d.service} with the request given in Parameters/Arguments (field names in PascalCase).` : '');
      return `${head}\n\n${pattern}\n\n${body}\n\n[AWS Step Functions guide](${d.url})`;
    }
    case 'errorNames': {
      const e = errorSpec(value);
      return e ? `**${e.name}**${e.source === 'states' ? ' — Step Functions error' : ' — service error'}\n\n${e.doc}\n\n[AWS Step Functions guide](${e.url})` : undefined;
    }
    case 'stateName': {
      const target = place.scope?.states.get(value);
      if (!target) return `**${value}** — no such state in ${place.scope?.kind === 'root' || !place.scope ? 'the top-level States' : `this ${place.scope.kind === 'branch' ? 'branch' : 'item processor'}`}.`;
      const line = new LineIndex(doc.text).positionAt(target.key.offset).line + 1;
      const comment = target.node?.properties.find((p) => p.key.value === 'Comment')?.value;
      return `**${value}** — ${stateSummary(target)} (line ${line})${comment?.kind === 'string' ? `\n\n${comment.value}` : ''}`;
    }
    default:
      break;
  }
  const enumDoc = ENUM_VALUE_DOCS[f.name]?.[value];
  return enumDoc ? `${enumDoc}\n\n[AWS Step Functions guide](${f.url})` : undefined;
}
