// The stepper: one event per step, pauses and resumes anywhere (inside Parallel and Map too), replays identically,
// numbers events as AWS does, and waits for callbacks.
import { describe, it, expect } from 'vitest';
import { createExecution, type TaskHandler } from '../../engine/simulate';

const loop = {
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: 0, ResultPath: '$.n', Next: 'Inc' },
    Inc: { Type: 'Pass', Parameters: { 'n.$': '$.n', 'items.$': '$.items' }, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 0, Next: 'P' }], Default: 'Inc' },
    P: {
      Type: 'Parallel', Next: 'M',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'B' }, B: { Type: 'Pass', End: true } } },
      ],
    },
    M: { Type: 'Map', ItemsPath: '$[0].items', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
  },
};

describe('stepper', () => {
  it('advances one history event per step and resumes where it paused', async () => {
    const stepped = createExecution(loop, { input: { items: [1, 2, 3] } });
    const seen: string[] = [];
    for (let e = await stepped.step(); e; e = await stepped.step()) {
      seen.push(e.type);
      expect(stepped.events.at(-1)).toBe(e);
      expect(stepped.events.length).toBe(seen.length);
    }
    const whole = createExecution(loop, { input: { items: [1, 2, 3] } });
    const result = await whole.run();
    expect(result.status).toBe('SUCCEEDED');
    expect(seen).toEqual(whole.events.map((e) => e.type));
    expect(stepped.result).toEqual(result);
    expect(await stepped.step()).toBeUndefined();
  });

  it('pauses inside a Parallel branch and inside a Map iteration', async () => {
    const ex = createExecution(loop, { input: { items: [1, 2] } });
    let e;
    do e = await ex.step(); while (e && e.type !== 'WaitStateEntered');
    expect(e?.scope).toEqual(['P', 1]);
    expect(ex.status).toBe('RUNNING');
    do e = await ex.step(); while (e && e.type !== 'MapIterationStarted');
    expect(e?.mapIterationStartedEventDetails).toEqual({ name: 'M', index: 0 });
    const r = await ex.run();
    expect(r.output).toEqual([1, 2]);
  });

  it('replays deterministically, UUIDs and random numbers included', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% {"u": $uuid(), "r": $random()} %}', End: true } } };
    const a = await createExecution(def, { seed: 7 }).run();
    const b = await createExecution(def, { seed: 7 }).run();
    const c = await createExecution(def, { seed: 8 }).run();
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect((a.output as any).u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('numbers events as GetExecutionHistory does', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Wait', Seconds: 10, End: true } } };
    const ex = createExecution(def, { startTime: Date.UTC(2024, 0, 1) });
    await ex.run();
    expect(ex.events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'], [2, 0, 'PassStateEntered'], [3, 2, 'PassStateExited'],
      [4, 3, 'WaitStateEntered'], [5, 4, 'WaitStateExited'], [6, 5, 'ExecutionSucceeded'],
    ]);
    expect(ex.events[3].timestamp).toBe('2024-01-01T00:00:00.000Z');
    expect(ex.events[4].timestamp).toBe('2024-01-01T00:00:10.000Z');
    expect(ex.events[1].stateEnteredEventDetails).toEqual({ name: 'A', input: '{}', inputDetails: { truncated: false } });
  });

  it('chains each Map iteration to the event that started it', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } };
    const ex = createExecution(def, { input: ['a', 'b'] });
    await ex.run();
    const byId = new Map(ex.events.map((e) => [e.id, e]));
    for (const e of ex.events.filter((x) => x.type === 'PassStateEntered')) {
      expect(byId.get(e.previousEventId)?.type).toBe('MapIterationStarted');
      expect(byId.get(e.previousEventId)?.scope).toEqual(e.scope);
    }
    expect(ex.events.map((e) => e.id)).toEqual(ex.events.map((_, i) => i + 1));
  });

  it('waits for a callback when the task handler answers pending, and resumes with it', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' }, End: true } } };
    let token = '';
    const handler: TaskHandler = (req) => { token = req.taskToken!; return { kind: 'pending' }; };
    const ex = createExecution(def, { taskHandler: handler });
    const first = await ex.run();
    expect(first.status).toBe('WAITING');
    expect(ex.waitingFor).toEqual([token]);
    expect(ex.stateVisits[0].afterParameters).toEqual({ Token: token });
    ex.sendTaskSuccess(token, { approved: true });
    const done = await ex.run();
    expect(done).toEqual({ status: 'SUCCEEDED', output: { approved: true } });
    expect(ex.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
  });

  it('a callback failure goes through Catch', async () => {
    const def = { StartAt: 'T', States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Catch: [{ ErrorEquals: ['Rejected'], Next: 'No' }], End: true },
      No: { Type: 'Pass', End: true } } };
    const ex = createExecution(def, { taskHandler: () => ({ kind: 'pending' }) });
    await ex.run();
    ex.sendTaskFailure(ex.waitingFor[0], 'Rejected', 'no');
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: { Error: 'Rejected', Cause: 'no' } });
  });

  it('interleaves Parallel branches by virtual time: the branch that waits finishes last', async () => {
    const ex = createExecution(loop, { input: { items: [] } });
    await ex.run();
    const branchEnds = ex.events.filter((e) => e.type === 'PassStateExited' && e.scope?.[0] === 'P').map((e) => e.scope);
    expect(branchEnds).toEqual([['P', 0], ['P', 1]]);
    const parallelDone = ex.events.find((e) => e.type === 'ParallelStateSucceeded')!;
    expect(parallelDone.timestamp).toBe('2024-01-01T00:00:05.000Z');
  });

  it('aborts', async () => {
    const ex = createExecution(loop, { input: { items: [] } });
    await ex.step();
    await ex.step();
    const e = ex.abort('Stop', 'user');
    expect(e?.type).toBe('ExecutionAborted');
    expect(ex.result).toEqual({ status: 'ABORTED', error: 'Stop', cause: 'user' });
    expect(await ex.step()).toBeUndefined();
  });

  it('times out by the state machine\'s TimeoutSeconds in virtual time', async () => {
    const def = { TimeoutSeconds: 60, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } };
    const ex = createExecution(def);
    const r = await ex.run();
    expect(r.status).toBe('TIMED_OUT');
    expect(r.error).toBe('States.Timeout');
    expect(ex.events.at(-1)?.type).toBe('ExecutionTimedOut');
    expect(ex.events.at(-1)?.timestamp).toBe('2024-01-01T00:01:00.000Z');
  });
});
