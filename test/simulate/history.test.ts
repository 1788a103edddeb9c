// The history as GetExecutionHistory returns it: event types in order, previousEventId chains, timestamps on the
// virtual clock, and each type's details object with AWS's field names (API reference: HistoryEvent and its
// *EventDetails). Sequences for failures inside Map and Parallel follow histories recorded on AWS (LocalStack's
// AWS-validated snapshot tests/aws/services/stepfunctions/v2/timeouts/test_timeouts.snapshot.json).
import { describe, it, expect } from 'vitest';
import { createExecution, mockTaskHandler, parseMockConfig, type HistoryEvent, type TaskHandler } from '../../engine/simulate';

function mocks(responses: Record<string, unknown>, mapping: Record<string, string>): TaskHandler {
  const { config, problems } = parseMockConfig({ StateMachines: { SM: { TestCases: { T: mapping } } }, MockedResponses: responses });
  expect(problems).toEqual([]);
  return mockTaskHandler(config!, 'SM', 'T');
}

/** `id<previousEventId type` lines: the shape of a history at a glance. */
function chain(events: HistoryEvent[]): string[] {
  return events.map((e) => `${e.id}<${e.previousEventId} ${e.type}${e.scope ? ` ${e.scope.join('/')}` : ''}`);
}

/** The details object of an event (the one key that is not id, previousEventId, timestamp, type or scope). */
function details(e: HistoryEvent): unknown {
  const keys = Object.keys(e).filter((k) => !['id', 'previousEventId', 'timestamp', 'type', 'scope'].includes(k));
  expect(keys.length).toBeLessThanOrEqual(1);
  return keys.length ? e[keys[0]] : undefined;
}

describe('history events', () => {
  it('a Task that is retried, then caught: one TaskStateEntered, Scheduled/Started/Failed per attempt, then TaskStateExited with the error output', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName': 'f', 'Payload.$': '$' },
          Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 2, MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Handled' }], End: true,
        },
        Handled: { Type: 'Pass', End: true },
      },
    };
    const ex = createExecution(def, { input: { a: 1 }, taskHandler: mocks({ R: { '0-1': { Throw: { Error: 'Flaky', Cause: 'try later' } } } }, { T: 'R' }) });
    expect((await ex.run()).status).toBe('SUCCEEDED');
    expect(chain(ex.events)).toEqual([
      '1<0 ExecutionStarted', '2<0 TaskStateEntered',
      '3<2 TaskScheduled', '4<3 TaskStarted', '5<4 TaskFailed',
      '6<5 TaskScheduled', '7<6 TaskStarted', '8<7 TaskFailed',
      '9<8 TaskStateExited', '10<9 PassStateEntered', '11<10 PassStateExited', '12<11 ExecutionSucceeded',
    ]);
    expect(details(ex.events[0])).toEqual({ input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsRole' });
    expect(details(ex.events[2])).toEqual({ resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{"FunctionName":"f","Payload":{"a":1}}' });
    expect(details(ex.events[3])).toEqual({ resourceType: 'lambda', resource: 'invoke' });
    expect(details(ex.events[4])).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'Flaky', cause: 'try later' });
    // The retry waits IntervalSeconds on the virtual clock.
    expect(ex.events[4].timestamp).toBe('2024-01-01T00:00:00.000Z');
    expect(ex.events[5].timestamp).toBe('2024-01-01T00:00:02.000Z');
    expect(details(ex.events[8])).toEqual({
      name: 'T', output: '{"a":1,"err":{"Error":"Flaky","Cause":"try later"}}', outputDetails: { truncated: false },
    });
    expect(details(ex.events[11])).toEqual({ output: '{"a":1,"err":{"Error":"Flaky","Cause":"try later"}}', outputDetails: { truncated: false } });
  });

  it('an uncaught Task failure ends with ExecutionFailed after TaskFailed, without TaskStateExited', async () => {
    const def = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } };
    const ex = createExecution(def, { taskHandler: mocks({ R: { '0': { Throw: { Error: 'Boom', Cause: 'why' } } } }, { T: 'R' }) });
    await ex.run();
    expect(chain(ex.events)).toEqual(['1<0 ExecutionStarted', '2<0 TaskStateEntered', '3<2 TaskScheduled', '4<3 TaskStarted', '5<4 TaskFailed', '6<5 ExecutionFailed']);
    expect(details(ex.events[5])).toEqual({ error: 'Boom', cause: 'why' });
  });

  it('an inline Map: MapStateStarted { length }, then each iteration between MapIterationStarted and MapIterationSucceeded { name, index }', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } } };
    const ex = createExecution(def, { input: ['a', 'b'] });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: ['a', 'b'] });
    expect(chain(ex.events)).toEqual([
      '1<0 ExecutionStarted', '2<0 MapStateEntered', '3<2 MapStateStarted',
      '4<3 MapIterationStarted M/0', '5<3 MapIterationStarted M/1',
      '6<4 PassStateEntered M/0', '7<5 PassStateEntered M/1', '8<6 PassStateExited M/0', '9<7 PassStateExited M/1',
      '10<8 MapIterationSucceeded M/0', '11<9 MapIterationSucceeded M/1',
      '12<11 MapStateSucceeded', '13<12 MapStateExited', '14<13 ExecutionSucceeded',
    ]);
    expect(details(ex.events[2])).toEqual({ length: 2 });
    expect(details(ex.events[4])).toEqual({ name: 'M', index: 1 });
    expect(details(ex.events[9])).toEqual({ name: 'M', index: 0 });
    expect(details(ex.events[11])).toBeUndefined();
  });

  it('a failing Map iteration stops the others: MapIterationFailed, MapIterationAborted and the state each was in, then MapStateFailed without details', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map', End: true,
          ItemProcessor: {
            StartAt: 'C',
            States: {
              C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 1, Next: 'Boom' }], Default: 'W' },
              Boom: { Type: 'Fail', Error: 'E', Cause: 'c' },
              W: { Type: 'Wait', Seconds: 10, End: true },
            },
          },
        },
      },
    };
    const ex = createExecution(def, { input: [0, 1, 2] });
    expect(await ex.run()).toEqual({ status: 'FAILED', error: 'E', cause: 'c' });
    expect(chain(ex.events).slice(12)).toEqual([
      '13<10 WaitStateEntered M/0', '14<11 FailStateEntered M/1', '15<12 WaitStateEntered M/2',
      '16<14 MapIterationFailed M/1',
      '17<14 MapIterationAborted M/0', '18<14 WaitStateAborted M/0',
      '19<14 MapIterationAborted M/2', '20<14 WaitStateAborted M/2',
      '21<14 MapStateFailed', '22<21 ExecutionFailed',
    ]);
    expect(details(ex.events[16])).toEqual({ name: 'M', index: 0 });
    expect(details(ex.events[17])).toBeUndefined();
    expect(details(ex.events[20])).toBeUndefined();
    // The aborted waits took no time.
    expect(ex.events.at(-1)!.timestamp).toBe('2024-01-01T00:00:00.000Z');
  });

  it('iterations that fail in a Task: the failing one records TaskStateAborted after MapIterationFailed, as AWS does', async () => {
    const def = {
      StartAt: 'M',
      States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } } } },
    };
    const ex = createExecution(def, { input: [0, 1], taskHandler: mocks({ R: { '0-1': { Throw: { Error: 'States.Timeout' } } } }, { T: 'R' }) });
    await ex.run();
    expect(chain(ex.events).slice(3)).toEqual([
      '4<3 MapIterationStarted M/0', '5<3 MapIterationStarted M/1',
      '6<4 TaskStateEntered M/0', '7<5 TaskStateEntered M/1', '8<6 TaskScheduled M/0', '9<7 TaskScheduled M/1',
      '10<8 TaskStarted M/0', '11<9 TaskStarted M/1', '12<10 TaskTimedOut M/0', '13<11 TaskTimedOut M/1',
      '14<12 MapIterationFailed M/0', '15<12 TaskStateAborted M/0', '16<12 MapIterationAborted M/1', '17<12 TaskStateAborted M/1',
      '18<12 MapStateFailed', '19<18 ExecutionFailed',
    ]);
    expect(details(ex.events[11])).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'States.Timeout' });
    expect(details(ex.events[18])).toEqual({ error: 'States.Timeout' });
  });

  it('a Parallel: ParallelStateStarted and ParallelStateSucceeded carry no details; a failing branch aborts the others', async () => {
    const branches = [
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
      { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } },
    ];
    const ok = createExecution({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: branches, End: true } } }, { taskHandler: mocks({ R: { '0': { Return: 1 } } }, { T: 'R' }) });
    expect(await ok.run()).toEqual({ status: 'SUCCEEDED', output: [1, {}] });
    expect(chain(ok.events)).toEqual([
      '1<0 ExecutionStarted', '2<0 ParallelStateEntered', '3<2 ParallelStateStarted',
      '4<3 TaskStateEntered P/0', '5<3 WaitStateEntered P/1', '6<4 TaskScheduled P/0', '7<6 TaskStarted P/0',
      '8<7 TaskSucceeded P/0', '9<8 TaskStateExited P/0', '10<5 WaitStateExited P/1',
      '11<10 ParallelStateSucceeded', '12<11 ParallelStateExited', '13<12 ExecutionSucceeded',
    ]);
    expect(details(ok.events[2])).toBeUndefined();
    expect(ok.events[9].timestamp).toBe('2024-01-01T00:00:05.000Z');

    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: branches, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }], End: true }, Done: { Type: 'Pass', End: true } } };
    const ex = createExecution(def, { taskHandler: mocks({ R: { '0': { Throw: { Error: 'Bad', Cause: 'x' } } } }, { T: 'R' }) });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: { Error: 'Bad', Cause: 'x' } });
    expect(chain(ex.events).slice(7)).toEqual([
      '8<7 TaskFailed P/0', '9<8 TaskStateAborted P/0', '10<8 WaitStateAborted P/1', '11<8 ParallelStateFailed',
      '12<11 ParallelStateExited', '13<12 PassStateEntered', '14<13 PassStateExited', '15<14 ExecutionSucceeded',
    ]);
    expect(details(ex.events[10])).toBeUndefined();
  });

  it('a .waitForTaskToken Task: TaskScheduled, TaskStarted, TaskSubmitted, then (after the callback) TaskSucceeded', async () => {
    const def = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', TimeoutSeconds: 600, Parameters: { 'QueueUrl': 'q', 'MessageBody': { 'Token.$': '$$.Task.Token' } }, End: true } },
    };
    const ex = createExecution(def, { taskHandler: () => ({ kind: 'pending' }) });
    expect((await ex.run()).status).toBe('WAITING');
    const token = ex.waitingFor[0];
    expect(chain(ex.events)).toEqual(['1<0 ExecutionStarted', '2<0 TaskStateEntered', '3<2 TaskScheduled', '4<3 TaskStarted', '5<4 TaskSubmitted']);
    expect(details(ex.events[2])).toEqual({
      resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', region: 'us-east-1',
      parameters: JSON.stringify({ QueueUrl: 'q', MessageBody: { Token: token } }), timeoutInSeconds: 600,
    });
    expect(details(ex.events[4])).toEqual({ resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', output: '{}', outputDetails: { truncated: false } });
    ex.sendTaskSuccess(token, { ok: true });
    expect(await ex.run()).toEqual({ status: 'SUCCEEDED', output: { ok: true } });
    expect(chain(ex.events).slice(5)).toEqual(['6<5 TaskSucceeded', '7<6 TaskStateExited', '8<7 ExecutionSucceeded']);
    expect(details(ex.events[5])).toEqual({ resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken', output: '{"ok":true}', outputDetails: { truncated: false } });
  });

  it('a legacy Lambda ARN records LambdaFunction* events: Scheduled { resource, input, inputDetails, timeoutInSeconds }, Started without details', async () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:f';
    const def = { StartAt: 'L', States: { L: { Type: 'Task', Resource: arn, TimeoutSeconds: 5, HeartbeatSeconds: 2, End: true } } };
    const ex = createExecution(def, { input: { x: 1 }, taskHandler: mocks({ R: { '0': { Return: { y: 2 } } } }, { L: 'R' }) });
    await ex.run();
    expect(ex.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(details(ex.events[2])).toEqual({ resource: arn, input: '{"x":1}', inputDetails: { truncated: false }, timeoutInSeconds: 5 });
    expect(details(ex.events[3])).toBeUndefined();
    expect(details(ex.events[4])).toEqual({ output: '{"y":2}', outputDetails: { truncated: false } });
  });

  it('a JSONata evaluation failure records EvaluationFailed { error, cause, location, state } before the failure is handled', async () => {
    const def = {
      QueryLanguage: 'JSONata', StartAt: 'A',
      States: {
        A: { Type: 'Pass', Output: '{% $undefinedFunction() %}', End: true },
      },
    };
    const ex = createExecution(def);
    const r = await ex.run();
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(chain(ex.events)).toEqual(['1<0 ExecutionStarted', '2<0 PassStateEntered', '3<2 EvaluationFailed', '4<3 ExecutionFailed']);
    expect(details(ex.events[2])).toEqual({ error: 'States.QueryEvaluationError', cause: r.cause, location: 'Output', state: 'A' });

    // In a Task with a Catch: EvaluationFailed (no TaskScheduled: the Arguments never evaluated), then the catcher.
    const task = {
      QueryLanguage: 'JSONata', StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { 'Payload': '{% $number("x") + $nope %}' }, Catch: [{ ErrorEquals: ['States.QueryEvaluationError'], Next: 'C' }], End: true },
        C: { Type: 'Pass', End: true },
      },
    };
    const caught = createExecution(task, { taskHandler: () => ({ kind: 'success', output: {} }) });
    expect((await caught.run()).status).toBe('SUCCEEDED');
    expect(chain(caught.events)).toEqual(['1<0 ExecutionStarted', '2<0 TaskStateEntered', '3<2 EvaluationFailed', '4<3 TaskStateExited', '5<4 PassStateEntered', '6<5 PassStateExited', '7<6 ExecutionSucceeded']);
    expect((details(caught.events[2]) as { location: string }).location).toBe('Arguments');

    // A Choice Condition that is not a boolean.
    const choice = createExecution({ QueryLanguage: 'JSONata', StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Condition: '{% 1 %}', Next: 'D' }], Default: 'D' }, D: { Type: 'Succeed' } } });
    await choice.run();
    expect(details(choice.events[2])).toMatchObject({ error: 'States.QueryEvaluationError', location: 'Condition', state: 'C' });
  });

  it('a state that assigns variables records assignedVariables (JSON texts) on its Exited event', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Assign: { n: 1, 's.$': '$.s' }, Next: 'B' }, B: { Type: 'Pass', End: true } } };
    const ex = createExecution(def, { input: { s: 'x' } });
    await ex.run();
    expect(details(ex.events[2])).toEqual({
      name: 'A', output: '{"s":"x"}', outputDetails: { truncated: false },
      assignedVariables: { n: '1', s: '"x"' }, assignedVariablesDetails: { truncated: false },
    });
    expect(details(ex.events[4])).toEqual({ name: 'B', output: '{"s":"x"}', outputDetails: { truncated: false } });
    // Each visit keeps the variables as they were then.
    expect(ex.stateVisits.map((v) => v.variables)).toEqual([{ n: 1, s: 'x' }, { n: 1, s: 'x' }]);
  });

  it('the state machine\'s TimeoutSeconds ends the execution with ExecutionTimedOut at the deadline', async () => {
    const ex = createExecution({ TimeoutSeconds: 30, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } });
    expect(await ex.run()).toEqual({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(chain(ex.events)).toEqual(['1<0 ExecutionStarted', '2<0 WaitStateEntered', '3<2 ExecutionTimedOut']);
    expect(details(ex.events[2])).toEqual({ error: 'States.Timeout' });
    expect(ex.events[2].timestamp).toBe('2024-01-01T00:00:30.000Z');
  });

  it('a distributed Map: MapRunStarted { mapRunArn } and MapRunSucceeded in the parent; each child execution has a history of its own', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map', Label: 'Fan', End: true,
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'v.$': '$', 'id.$': '$$.Execution.Id' }, End: true } } },
        },
      },
    };
    const ex = createExecution(def, { input: [1, 2] });
    const r = await ex.run();
    expect(r.status).toBe('SUCCEEDED');
    expect(chain(ex.events)).toEqual([
      '1<0 ExecutionStarted', '2<0 MapStateEntered', '3<2 MapStateStarted', '4<3 MapRunStarted', '5<4 MapRunSucceeded',
      '6<5 MapStateSucceeded', '7<6 MapStateExited', '8<7 ExecutionSucceeded',
    ]);
    const [run] = ex.mapRuns;
    expect(details(ex.events[3])).toEqual({ mapRunArn: run.mapRunArn });
    expect(run.mapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:Main\/Fan:[0-9a-f-]{36}$/);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.executions.map((c) => c.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const child = run.executions[1];
    expect(child.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:Main\/Fan:[0-9a-f-]{36}$/);
    // $$.Execution in a child workflow is the child's.
    expect(r.output).toEqual([{ v: 1, id: run.executions[0].executionArn }, { v: 2, id: child.executionArn }]);
    // Its events carry the child's scope path, as its state visits do.
    expect(chain(child.events)).toEqual(['1<0 ExecutionStarted M/1', '2<0 PassStateEntered M/1', '3<2 PassStateExited M/1', '4<3 ExecutionSucceeded M/1']);
    expect(details(child.events[0])).toEqual({ input: '2', inputDetails: { truncated: false }, roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsRole' });
    expect(details(child.events[3])).toEqual({ output: JSON.stringify({ v: 2, id: child.executionArn }), outputDetails: { truncated: false } });
  });

  it('stepping and running give the same history, with nested Parallel and Map branches that wait, fail and are caught', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel', Next: 'After', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'After' }],
          Branches: [
            { StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$', End: true } } }, End: true } } },
            { StartAt: 'W2', States: { W2: { Type: 'Wait', Seconds: 3, Next: 'F' }, F: { Type: 'Fail', Error: 'Late' } } },
          ],
        },
        After: { Type: 'Pass', End: true },
      },
    };
    const run = createExecution(def, { input: { items: [1, 5, 2] } });
    await run.run();
    const stepped = createExecution(def, { input: { items: [1, 5, 2] } });
    let n = 0;
    while (await stepped.step()) n++;
    expect(n).toBe(stepped.events.length);
    expect(stepped.events).toEqual(run.events);
    expect(stepped.result).toEqual(run.result);
    expect(run.events.map((e) => e.type)).toContain('WaitStateAborted');
  });
});
