// The generated workflows of the language benchmark (and of the tests that pin what it measures): Tasks with Retry and
// Catch, a Choice every ten states, a Parallel and a Map, `n` states in all. Valid: our diagnostics on them are none.
import YAML from 'yaml';

const pad = (i: number) => String(i).padStart(5, '0');

function task(name: string, next: string | undefined, withCatch: boolean): Record<string, unknown> {
  const s: Record<string, unknown> = {
    Type: 'Task',
    Comment: `Calls the function for ${name}`,
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:worker', 'Payload.$': '$', 'step': name },
    ResultSelector: { 'body.$': '$.Payload' },
    ResultPath: '$.last',
    Retry: [
      { ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 1 },
    ],
  };
  if (withCatch) s.Catch = [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'HandleError' }];
  if (next) s.Next = next; else s.End = true;
  return s;
}

/** A valid state machine with about `n` states. */
export function generate(n: number): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  const name = (i: number) => (i === n - 2 ? 'Done' : `Step${pad(i)}`);
  const parallelAt = Math.floor(n / 3), mapAt = Math.floor((2 * n) / 3);
  for (let i = 0; i < n - 2; i++) {
    const next = name(i + 1);
    if (i === parallelAt) {
      const branch = (b: number) => ({ StartAt: `P${pad(i)}b${b}s1`, States: { [`P${pad(i)}b${b}s1`]: task(`P${pad(i)}b${b}s1`, `P${pad(i)}b${b}s2`, false), [`P${pad(i)}b${b}s2`]: task(`P${pad(i)}b${b}s2`, undefined, false) } });
      states[name(i)] = { Type: 'Parallel', Branches: [branch(1), branch(2)], ResultPath: '$.parallel', Next: next, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'HandleError' }] };
    } else if (i === mapAt) {
      states[name(i)] = { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 10, ItemSelector: { 'item.$': '$$.Map.Item.Value' },
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: `M${pad(i)}s1`, States: { [`M${pad(i)}s1`]: task(`M${pad(i)}s1`, `M${pad(i)}s2`, false), [`M${pad(i)}s2`]: { Type: 'Pass', End: true } } },
        ResultPath: '$.mapped', Next: next };
    } else if (i % 10 === 5) {
      states[name(i)] = { Type: 'Choice', Choices: [
        { Variable: '$.last.body.status', StringEquals: 'retry', Next: next },
        { And: [{ Variable: '$.count', IsPresent: true }, { Variable: '$.count', NumericGreaterThan: 10 }], Next: next },
      ], Default: next };
    } else {
      states[name(i)] = task(name(i), next, true);
    }
  }
  states.Done = { Type: 'Succeed' };
  states.HandleError = { Type: 'Fail', Error: 'WorkflowFailed', CausePath: '$.error.Cause' };
  return { Comment: `Generated workflow with ${n} states`, StartAt: name(0), States: states };
}

/** The generated workflow as text: JSON indented by 2, or YAML one scalar a line. */
export function workflowText(n: number, format: 'json' | 'yaml'): string {
  const doc = generate(n);
  return format === 'json' ? JSON.stringify(doc, null, 2) : YAML.stringify(doc, { lineWidth: 0 });
}
