// Mock configurations in Step Functions Local's format: parsing with clear problems, invocation ranges, counting
// across retries, Throw, callbacks, and a missing mock naming the state and the test case.
import { describe, it, expect } from 'vitest';
import { createExecution, mockTaskHandler, parseMockConfig, pickStateMachine } from '../../engine/simulate';

const retrying = {
  StartAt: 'T',
  States: {
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2 }], Next: 'U' },
    U: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
  },
};

function mock(responses: Record<string, unknown>, mapping: Record<string, string>) {
  const { config, problems } = parseMockConfig({ StateMachines: { SM: { TestCases: { Case: mapping } } }, MockedResponses: responses });
  expect(problems).toEqual([]);
  return mockTaskHandler(config!, 'SM', 'Case');
}

describe('mock configuration', () => {
  it('serves ranges in order and counts invocations across retries', async () => {
    const handler = mock({
      R: { '0-2': { Throw: { Error: 'Flaky', Cause: 'try again' } }, '3': { Return: { ok: 3 } } },
      S: { '0': { Return: 'done' } },
    }, { T: 'R', U: 'S' });
    const ex = createExecution(retrying, { taskHandler: handler });
    const r = await ex.run();
    expect(r).toEqual({ status: 'SUCCEEDED', output: 'done' });
    expect(ex.events.filter((e) => e.type === 'TaskFailed')).toHaveLength(3);
    expect(ex.stateVisits[0].retryCount).toBe(3);
    expect(ex.stateVisits[0].output).toEqual({ ok: 3 });
    // back-off 1 + 2 + 4 seconds of virtual time
    expect(ex.events.at(-1)!.timestamp).toBe('2024-01-01T00:00:07.000Z');
  });

  it('a Throw with no retrier left fails the execution with its error and cause', async () => {
    const handler = mock({ R: { '0-5': { Throw: { Error: 'Flaky', Cause: 'always' } } } }, { T: 'R' });
    const r = await createExecution(retrying, { taskHandler: handler }).run();
    expect(r).toEqual({ status: 'FAILED', error: 'Flaky', cause: 'always' });
  });

  it('an invocation past every range fails with a clear cause', async () => {
    const handler = mock({ R: { '0': { Throw: { Error: 'Flaky' } } } }, { T: 'R' });
    const r = await createExecution(retrying, { taskHandler: handler }).run();
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain("no entry for invocation 1 of state 'T'");
  });

  it('a state without a mock fails naming the state and the test case', async () => {
    const handler = mock({ R: { '0': { Return: 1 } } }, { T: 'R' });
    const r = await createExecution(retrying, { taskHandler: handler }).run();
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Stepwise.NoMock');
    expect(r.cause).toBe("No mocked response for state 'U' in test case 'Case'.");
  });

  it('a .waitForTaskToken task takes its mocked response as the callback result', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'TaskToken.$': '$$.Task.Token' }, ResultPath: '$.approval', End: true } } };
    const handler = mock({ A: { '0': { Return: { approved: true } } } }, { T: 'A' });
    const r = await createExecution(def, { input: { id: 1 }, taskHandler: handler }).run();
    expect(r).toEqual({ status: 'SUCCEEDED', output: { id: 1, approval: { approved: true } } });
  });

  it('reports every problem of a malformed file', () => {
    const { config, problems } = parseMockConfig({
      StateMachines: { SM: { TestCases: { C: { A: 'Missing', B: 3 } } }, Other: {} },
      MockedResponses: { R: { 'x': { Return: 1 }, '2-1': { Return: 1 }, '0': { Return: 1, Throw: { Error: 'E' } }, '1': { Throw: { Cause: 'c' } } } },
    });
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      'MockedResponses.R.0 must have exactly one of Return and Throw.',
      'MockedResponses.R.1.Throw must be an object with a string Error (and optional Cause).',
      'MockedResponses.R: "x" is not an invocation number or range such as "0" or "1-2".',
      'MockedResponses.R: the range "2-1" ends before it starts.',
      "StateMachines.SM.TestCases.C.A names the mocked response 'Missing', which MockedResponses does not define.",
      'StateMachines.SM.TestCases.C.B must be the name of a mocked response.',
      'StateMachines.Other.TestCases is missing or not an object.',
    ]);
    expect(parseMockConfig([]).problems).toEqual(['The mock configuration must be a JSON object.']);
  });

  it('picks the only state machine, and asks for one when there are several', () => {
    const one = parseMockConfig({ StateMachines: { A: { TestCases: {} } }, MockedResponses: {} }).config!;
    expect(pickStateMachine(one, undefined)).toEqual({ name: 'A' });
    const two = parseMockConfig({ StateMachines: { A: { TestCases: {} }, B: { TestCases: {} } } }).config!;
    expect(pickStateMachine(two, undefined).problem).toContain('--state-machine');
    expect(pickStateMachine(two, 'C').problem).toContain("no state machine 'C'");
    expect(() => mockTaskHandler(two, 'A', 'Nope')).toThrow("has no test case 'Nope'");
  });
});
