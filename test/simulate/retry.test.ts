// Retry intervals on the virtual clock: IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds, and with
// JitterStrategy FULL a random fraction of that, drawn from the execution's injected random source.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error
import { describe, it, expect } from 'vitest';
import { createExecution, type TaskHandler } from '../../engine/simulate';

const flaky = (failures: number): TaskHandler => (r) => (r.invocation < failures ? { kind: 'failure', error: 'Flaky' } : { kind: 'success', output: r.invocation });

function attemptTimes(ex: ReturnType<typeof createExecution>): number[] {
  return ex.events.filter((e) => e.type === 'TaskScheduled').map((e) => (Date.parse(e.timestamp) - Date.UTC(2024, 0, 1)) / 1000);
}

const task = (retrier: Record<string, unknown>) => ({
  StartAt: 'T',
  States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Flaky'], ...retrier }], End: true } },
});

describe('retry intervals', () => {
  it('IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds', async () => {
    const ex = createExecution(task({ IntervalSeconds: 4, BackoffRate: 2, MaxDelaySeconds: 10, MaxAttempts: 3 }), { taskHandler: flaky(3) });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: 3 });
    // 4, 8, then 16 capped at 10.
    expect(attemptTimes(ex)).toEqual([0, 4, 12, 22]);
    expect(ex.stateVisits[0].retryCount).toBe(3);
  });

  it('JitterStrategy FULL multiplies each (capped) interval by a draw from the injected random source', async () => {
    const draws: number[] = [0.5, 0.25, 1 / 3];
    const ex = createExecution(task({ IntervalSeconds: 4, BackoffRate: 2, MaxDelaySeconds: 6, MaxAttempts: 3, JitterStrategy: 'FULL' }), {
      taskHandler: flaky(3), random: () => draws.shift() ?? 0,
    });
    expect((await ex.run()).status).toBe('SUCCEEDED');
    // 4 × 0.5 = 2; min(8, 6) × 0.25 = 1.5; min(16, 6) × 1/3 = 2.
    expect(attemptTimes(ex)).toEqual([0, 2, 3.5, 5.5]);
    expect(draws).toEqual([]);
  });

  it('MaxAttempts 0 never retries; the defaults are 1 s, rate 2, three attempts', async () => {
    const none = createExecution(task({ MaxAttempts: 0 }), { taskHandler: flaky(1) });
    expect(await none.run()).toEqual({ status: 'FAILED', error: 'Flaky' });
    const defaults = createExecution(task({}), { taskHandler: flaky(4) });
    expect(await defaults.run()).toEqual({ status: 'FAILED', error: 'Flaky' });
    expect(attemptTimes(defaults)).toEqual([0, 1, 3, 7]);
  });
});
