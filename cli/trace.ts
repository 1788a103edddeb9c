// The readable account of an execution: each state visit with its data at every stage, then the end.
import type { Execution, ExecutionResult, StateVisit } from '../engine/simulate';

const STAGES: (keyof StateVisit)[] = ['input', 'afterInputPath', 'afterParameters', 'afterArguments', 'result', 'afterResultSelector', 'afterResultPath', 'output'];

function compact(value: unknown, max = 200): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function formatTrace(execution: Execution, result: ExecutionResult, withEvents: boolean): string {
  const lines: string[] = [];
  for (const v of execution.stateVisits) {
    const where = v.scope.length ? `${v.scope.join(' › ')} › ` : '';
    lines.push(`▶ ${where}${v.name} (${v.type})${v.retryCount ? ` after ${v.retryCount} retr${v.retryCount === 1 ? 'y' : 'ies'}` : ''}`);
    let last: string | undefined;
    for (const stage of STAGES) {
      if (!(stage in v) || v[stage] === undefined) continue;
      const text = compact(v[stage]);
      if (stage !== 'input' && stage !== 'output' && text === last) continue;
      lines.push(`    ${String(stage).padEnd(20)} ${text}`);
      last = text;
    }
    if (v.error !== undefined || v.cause !== undefined) lines.push(`    ${'error'.padEnd(20)} ${v.error ?? '(none)'}${v.cause ? `: ${v.cause}` : ''}`);
    if (v.next) lines.push(`    → ${v.next}`);
  }
  if (withEvents) {
    lines.push('', 'events:');
    for (const e of execution.events) lines.push(`  ${String(e.id).padStart(5)} ${String(e.previousEventId).padStart(5)} ${e.timestamp} ${e.type}`);
  }
  lines.push('');
  if (result.status === 'SUCCEEDED') lines.push(`SUCCEEDED  output: ${compact(result.output, 2000)}`);
  else lines.push(`${result.status}${result.error !== undefined ? `  error: ${result.error}` : ''}${result.cause !== undefined ? `  cause: ${result.cause}` : ''}`);
  return lines.join('\n') + '\n';
}
