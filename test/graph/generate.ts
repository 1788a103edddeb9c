// Generated workflows for the graph tests and benchmark: realistic shapes (runs of Tasks, Choices whose branches
// rejoin, Parallel and Map states) in which every Task catches States.ALL into ONE shared Fail state, the fan-in
// that makes layered layout slow. Deterministic: the same size and seed give the same text.

export interface GenerateOptions { seed?: number; catchEvery?: number }

export function generateWorkflow(total: number, options: GenerateOptions = {}): string {
  let seed = options.seed ?? 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const catchEvery = options.catchEvery ?? 1;
  const resources = ['arn:aws:states:::lambda:invoke', 'arn:aws:states:::sqs:sendMessage', 'arn:aws:states:::dynamodb:putItem', 'arn:aws:states:::sns:publish', 'arn:aws:states:::lambda:invoke.waitForTaskToken'];
  let count = 0;
  let taskNo = 0;
  const name = (kind: string) => `${kind} ${++count}`;
  const task = (_n: string, next: string | undefined, withCatch: boolean): Record<string, unknown> => {
    taskNo++;
    const s: Record<string, unknown> = { Type: 'Task', Resource: resources[taskNo % resources.length], Parameters: { 'Payload.$': '$' } };
    if (taskNo % 3 === 0) s.Retry = [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }];
    if (withCatch && taskNo % catchEvery === 0) s.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Handle Failure' }];
    if (next) s.Next = next; else s.End = true;
    return s;
  };

  // Builds `budget` states into `states`, returning the first state's name; the last one goes to `after`.
  const sequence = (states: Record<string, unknown>, budget: number, after: string | undefined, nested: boolean): string => {
    const names: { name: string; build: (next: string | undefined) => void }[] = [];
    let left = budget;
    while (left > 0) {
      const r = rand();
      if (!nested && left >= 12 && r < 0.08) {
        // Parallel with two branches of 3 Tasks (7 states).
        const n = name('Parallel');
        names.push({ name: n, build: (next) => {
          const branch = () => {
            const inner: Record<string, unknown> = {};
            const start = sequence(inner, 3, undefined, true);
            return { StartAt: start, States: inner };
          };
          states[n] = { Type: 'Parallel', Branches: [branch(), branch()], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle Failure' }], ...(next ? { Next: next } : { End: true }) };
        } });
        left -= 7;
      } else if (!nested && left >= 6 && r < 0.14) {
        const n = name('Map');
        names.push({ name: n, build: (next) => {
          const inner: Record<string, unknown> = {};
          const start = sequence(inner, 4, undefined, true);
          states[n] = { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 5, ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: start, States: inner }, ...(next ? { Next: next } : { End: true }) };
        } });
        left -= 5;
      } else if (!nested && left >= 8 && r < 0.26) {
        // Choice into two short runs that rejoin at the next state (Default to the second).
        const n = name('Choice');
        const a = [name('Task'), name('Task')], b = [name('Task'), name('Task'), name('Task')];
        names.push({ name: n, build: (next) => {
          states[n] = { Type: 'Choice', Choices: [{ Variable: '$.kind', StringEquals: `k${count}`, Next: a[0] }, { Variable: '$.amount', NumericGreaterThan: 100, Next: b[0] }], Default: b[0] };
          a.forEach((x, i) => (states[x] = task(x, a[i + 1] ?? next, true)));
          b.forEach((x, i) => (states[x] = task(x, b[i + 1] ?? next, true)));
        } });
        left -= 6;
      } else if (r < 0.32) {
        const n = name('Wait');
        names.push({ name: n, build: (next) => { states[n] = { Type: 'Wait', Seconds: 5, ...(next ? { Next: next } : { End: true }) }; } });
        left -= 1;
      } else {
        const n = name('Task');
        names.push({ name: n, build: (next) => { states[n] = task(n, next, !nested); } });
        left -= 1;
      }
    }
    names.forEach((x, i) => x.build(names[i + 1]?.name ?? after));
    return names[0].name;
  };

  const states: Record<string, unknown> = {};
  // Leave room for the final Succeed and the shared Fail.
  const start = sequence(states, Math.max(1, total - 2), 'Done', false);
  states.Done = { Type: 'Succeed' };
  states['Handle Failure'] = { Type: 'Fail', Error: 'WorkflowFailed', Cause: 'A step failed' };
  return JSON.stringify({ Comment: `Generated workflow with ${total} states`, StartAt: start, States: states }, null, 2);
}

/** How many states a generated document holds (all scopes). */
export function countStates(text: string): number {
  let n = 0;
  const walk = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    const states = (o as { States?: Record<string, unknown> }).States;
    if (states) for (const s of Object.values(states)) { n++; const st = s as Record<string, unknown>; (st.Branches as unknown[] | undefined)?.forEach(walk); walk(st.ItemProcessor); }
  };
  walk(JSON.parse(text));
  return n;
}
