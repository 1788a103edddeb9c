// Task TimeoutSeconds/TimeoutSecondsPath and HeartbeatSeconds/HeartbeatSecondsPath on the virtual clock: a task
// handler that reports how long the task took, a callback that never comes (run with timeOutCallbacks, as the CLI
// runs), heartbeats that keep a callback alive, and the state machine's own TimeoutSeconds over a waiting callback.
// AWS records a timed-out task as TaskTimedOut { error: States.Timeout } with no cause, heartbeat timeouts included
// (LambdaFunctionTimedOut / TaskTimedOut in AWS-recorded histories); a Retrier or Catcher on States.HeartbeatTimeout
// matches a heartbeat timeout ("HeartbeatTimeout is only available inside the Catch and Retry fields").
import { describe, it, expect } from 'vitest';
import { createExecution, type TaskHandler } from '../../engine/simulate';

const callback = (extra: Record<string, unknown>) => ({
  StartAt: 'T',
  States: {
    T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' }, End: true, ...extra },
  },
});

const pending: TaskHandler = () => ({ kind: 'pending' });

describe('task timeouts on the virtual clock', () => {
  it('a task that takes longer than TimeoutSeconds times out at the deadline', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 10, End: true } } };
    const slow = createExecution(def, { taskHandler: () => ({ kind: 'success', output: 1, seconds: 30 }) });
    expect(await slow.run()).toEqual({ status: 'FAILED', error: 'States.Timeout' });
    const timedOut = slow.events.find((e) => e.type === 'TaskTimedOut')!;
    expect(timedOut.taskTimedOutEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'States.Timeout' });
    expect(timedOut.timestamp).toBe('2024-01-01T00:00:10.000Z');

    const quick = createExecution(def, { taskHandler: () => ({ kind: 'success', output: 1, seconds: 4 }) });
    expect(await quick.run()).toEqual({ status: 'SUCCEEDED', output: 1 });
    expect(quick.events.find((e) => e.type === 'TaskSucceeded')!.timestamp).toBe('2024-01-01T00:00:04.000Z');
  });

  it('TimeoutSecondsPath reads the state input (before Parameters), and a timeout is retried like any error', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName': 'f' }, TimeoutSecondsPath: '$.limit',
          Retry: [{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 1, MaxAttempts: 1 }], End: true,
        },
      },
    };
    let calls = 0;
    const ex = createExecution(def, { input: { limit: 5 }, taskHandler: () => ({ kind: 'success', output: ++calls, seconds: calls === 1 ? 60 : 2 }) });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: 2 });
    expect(ex.events.filter((e) => e.type === 'TaskScheduled').map((e) => (e.taskScheduledEventDetails as { timeoutInSeconds: number }).timeoutInSeconds)).toEqual([5, 5]);
    // 5 s until the timeout, 1 s back-off, 2 s for the second attempt.
    expect(ex.events.at(-1)!.timestamp).toBe('2024-01-01T00:00:08.000Z');
  });

  it('a callback that never comes times out at TimeoutSeconds when the execution runs to completion', async () => {
    const ex = createExecution(callback({ TimeoutSeconds: 300 }), { taskHandler: pending });
    expect((await ex.run()).status).toBe('WAITING');
    expect(await ex.run({ timeOutCallbacks: true })).toEqual({ status: 'FAILED', error: 'States.Timeout' });
    expect(ex.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskTimedOut', 'ExecutionFailed']);
    expect(ex.events.at(-1)!.timestamp).toBe('2024-01-01T00:05:00.000Z');
  });

  it('without a task handler, a callback stays pending (and times out); other tasks cannot run', async () => {
    const ex = createExecution(callback({ TimeoutSeconds: 60 }));
    expect(await ex.run({ timeOutCallbacks: true })).toEqual({ status: 'FAILED', error: 'States.Timeout' });
    const forever = createExecution(callback({}));
    expect((await forever.run({ timeOutCallbacks: true })).status).toBe('WAITING');
    expect(forever.waitingFor).toHaveLength(1);
  });

  it('HeartbeatSeconds: a callback times out when heartbeats stop, recorded as States.Timeout and caught as States.HeartbeatTimeout', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', HeartbeatSeconds: 30, TimeoutSeconds: 600,
          Catch: [{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'NoPulse' }], End: true,
        },
        NoPulse: { Type: 'Pass', End: true },
      },
    };
    const ex = createExecution(def, { taskHandler: pending });
    expect(await ex.run({ timeOutCallbacks: true })).toEqual({ status: 'SUCCEEDED', output: { Error: 'States.Timeout' } });
    const timedOut = ex.events.find((e) => e.type === 'TaskTimedOut')!;
    expect(timedOut.taskTimedOutEventDetails).toEqual({ resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', error: 'States.Timeout' });
    expect(timedOut.timestamp).toBe('2024-01-01T00:00:30.000Z');
  });

  it('heartbeats keep a callback alive: each one starts HeartbeatSeconds again', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel', End: true,
          Branches: [
            callback({ HeartbeatSeconds: 30 }),
            { StartAt: 'W1', States: { W1: { Type: 'Wait', Seconds: 20, Next: 'W2' }, W2: { Type: 'Wait', Seconds: 20, End: true } } },
          ],
        },
      },
    };
    /** Steps to the Exited event of `state` (virtual time moves with the other branch's waits). */
    const stepTo = async (ex: ReturnType<typeof createExecution>, state: string) => {
      let e;
      do e = await ex.step(); while (e && !(e.type === 'WaitStateExited' && (e.stateExitedEventDetails as { name: string }).name === state));
      return e!;
    };
    const beating = createExecution(def, { taskHandler: pending });
    expect((await stepTo(beating, 'W1')).timestamp).toBe('2024-01-01T00:00:20.000Z');
    beating.sendTaskHeartbeat(beating.waitingFor[0]);
    expect((await stepTo(beating, 'W2')).timestamp).toBe('2024-01-01T00:00:40.000Z');
    beating.sendTaskHeartbeat(beating.waitingFor[0]);
    expect(() => beating.sendTaskHeartbeat('nope')).toThrow('No task is waiting');
    expect((await beating.run({ timeOutCallbacks: true })).status).toBe('FAILED');
    expect(beating.events.find((e) => e.type === 'TaskTimedOut')!.timestamp).toBe('2024-01-01T00:01:10.000Z');

    // Without heartbeats the callback times out at 30 s, while the other branch still waits.
    const silent = createExecution(def, { taskHandler: pending });
    expect((await silent.run({ timeOutCallbacks: true })).status).toBe('FAILED');
    expect(silent.events.find((e) => e.type === 'TaskTimedOut')!.timestamp).toBe('2024-01-01T00:00:30.000Z');

    // Answered in time, it succeeds.
    const answered = createExecution(def, { taskHandler: pending });
    await stepTo(answered, 'W1');
    answered.sendTaskHeartbeat(answered.waitingFor[0]);
    answered.sendTaskSuccess(answered.waitingFor[0], 'done');
    expect(await answered.run({ timeOutCallbacks: true })).toEqual({ status: 'SUCCEEDED', output: ['done', {}] });
  });

  it('the state machine\'s TimeoutSeconds ends an execution whose callback never comes', async () => {
    const def = { TimeoutSeconds: 120, ...callback({}) };
    const ex = createExecution(def, { taskHandler: pending });
    expect(await ex.run({ timeOutCallbacks: true })).toEqual({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(ex.events.at(-1)!.type).toBe('ExecutionTimedOut');
    expect(ex.events.at(-1)!.timestamp).toBe('2024-01-01T00:02:00.000Z');
  });

  it('the task handler sees the timeout and heartbeat it runs under', async () => {
    const seen: unknown[] = [];
    const def = callback({ TimeoutSecondsPath: '$.t', HeartbeatSeconds: 10 });
    await createExecution(def, { input: { t: 60 }, taskHandler: (r) => { seen.push([r.timeoutSeconds, r.heartbeatSeconds]); return { kind: 'success', output: 0 }; } }).run();
    expect(seen).toEqual([[60, 10]]);
  });
});
