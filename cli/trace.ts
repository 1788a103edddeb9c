// The readable account of an execution: each state visit with its data at every stage, then the end.
import type { Execution, ExecutionResult, HistoryEvent, StateVisit } from '../engine/simulate';

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
    for (const e of execution.events) lines.push(eventLine(e));
    for (const run of execution.mapRuns) {
      lines.push('', `map run ${run.mapRunArn} (${run.stateName}): ${run.status}`);
      for (const child of run.executions) {
        lines.push(`  execution ${child.index} ${child.name}: ${child.status}`);
        for (const e of child.events) lines.push(`  ${eventLine(e)}`);
      }
      if (run.resultWriter) for (const key of Object.keys(run.resultWriter.files)) lines.push(`  result file s3://${run.resultWriter.bucket}/${key}`);
    }
  }
  lines.push('');
  if (result.status === 'SUCCEEDED') lines.push(`SUCCEEDED  output: ${compact(result.output, 2000)}`);
  else if (result.status === 'WAITING') lines.push(`WAITING  for the callback${execution.waitingFor.length === 1 ? '' : 's'} of ${execution.waitingFor.join(', ')} (no TimeoutSeconds or HeartbeatSeconds to time out at)`);
  else lines.push(`${result.status}${result.error !== undefined ? `  error: ${result.error}` : ''}${result.cause !== undefined ? `  cause: ${result.cause}` : ''}`);
  return lines.join('\n') + '\n';
}

function eventLine(e: HistoryEvent): string {
  return `  ${String(e.id).padStart(5)} ${String(e.previousEventId).padStart(5)} ${e.timestamp} ${e.type}`;
}

/** The Distributed Maps' runs for `--json --trace`: each child execution with its events, and the ResultWriter's
 * files. */
export function mapRunsJson(execution: Execution): unknown[] {
  return execution.mapRuns.map((run) => ({
    mapRunArn: run.mapRunArn, stateName: run.stateName, scope: run.scope, label: run.label, status: run.status,
    executions: run.executions.map((c) => ({
      index: c.index, name: c.name, executionArn: c.executionArn, status: c.status, input: c.input,
      output: c.output, error: c.error, cause: c.cause, events: c.events,
    })),
    resultWriter: run.resultWriter,
  }));
}
