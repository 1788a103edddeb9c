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

  it('measures payloads in bytes of UTF-8 JSON, exactly at the 256 KiB boundary', async () => {
    const limit = 256 * 1024;
    const run = (result: unknown) => createExecution({ StartAt: 'P', States: { P: { Type: 'Pass', Result: result, End: true } } }).run();
    // A string's JSON text is its characters plus two quotes.
    expect((await run('x'.repeat(limit - 2))).status).toBe('SUCCEEDED');
    expect((await run('x'.repeat(limit - 1))).error).toBe('States.DataLimitExceeded');
    // é is two bytes of UTF-8, € three, 😀 (a surrogate pair) four.
    expect((await run('é'.repeat((limit - 2) / 2))).status).toBe('SUCCEEDED');
    expect((await run('é'.repeat((limit - 2) / 2) + 'x')).error).toBe('States.DataLimitExceeded');
    expect((await run('😀'.repeat((limit - 2) / 4))).status).toBe('SUCCEEDED');
    expect((await run('€'.repeat(Math.floor((limit - 2) / 3)) + 'xx')).status).toBe('SUCCEEDED');
    expect((await run('€'.repeat(Math.floor((limit - 2) / 3)) + 'xxx')).error).toBe('States.DataLimitExceeded');
    // A control character is escaped as \u0001: six bytes.
    expect((await run('\u0001'.repeat((limit - 2) / 6 - 1))).status).toBe('SUCCEEDED');
    expect((await run('\u0001'.repeat((limit - 2) / 6 + 1))).error).toBe('States.DataLimitExceeded');
    // Inside an object the same counts apply to the whole text.
    const wrapped = (n: number) => ({ k: 'x'.repeat(n) });
    expect((await run(wrapped(limit - 8))).status).toBe('SUCCEEDED');
    expect((await run(wrapped(limit - 7))).error).toBe('States.DataLimitExceeded');
    expect((await run(wrapped(limit - 7))).cause).toContain(`(${limit + 1} > ${limit})`);
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
