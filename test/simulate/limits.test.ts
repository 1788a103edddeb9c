// Limits and runaway guards: payload size, the 25,000-event history, the hard cap that --no-limits keeps, and a
// JSONata expression that recurses forever.
import { describe, it, expect } from 'vitest';
import { createExecution } from '../../engine/simulate';

const forever = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$', IsPresent: true, Next: 'A' }] } } };

describe('limits', () => {
  it('an infinite Pass/Choice loop fails at 25,000 history events', async () => {
    const ex = createExecution(forever);
    const r = await ex.run();
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('25000');
    expect(ex.events.length).toBe(25_000);
  });

  it('with the limits lifted, a hard cap still stops it', async () => {
    const ex = createExecution(forever, { noLimits: true, limits: { hardEventCap: 40_000 } });
    const r = await ex.run();
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('hard cap');
    expect(ex.events.length).toBeLessThanOrEqual(40_001);
    expect(ex.events.length).toBeGreaterThan(25_000);
  });

  it('a state output over 256 KiB is States.DataLimitExceeded, which States.ALL does not catch', async () => {
    const big = 'x'.repeat(300 * 1024);
    const def = { StartAt: 'P', States: {
      P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', Result: big, End: true } } }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }], End: true },
      C: { Type: 'Pass', End: true } } };
    const r = await createExecution(def).run();
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.DataLimitExceeded');
    const lifted = await createExecution(def, { noLimits: true }).run();
    expect(lifted.status).toBe('SUCCEEDED');
  });

  it('a JSONata expression that recurses forever fails with States.QueryEvaluationError and does not hang', async () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% ($f := function($n) { $f($n + 1) + 1 }; $f(0)) %}', End: true } } };
    for (const noLimits of [false, true]) {
      const r = await createExecution(def, { noLimits }).run();
      expect(r.status).toBe('FAILED');
      expect(r.error).toBe('States.QueryEvaluationError');
    }
  });
});
