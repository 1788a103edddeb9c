// Task results from a mock configuration in AWS Step Functions Local's format:
//   StateMachines → <machine> → TestCases → <case> → { <state>: <response name> }
//   MockedResponses → <response name> → { "0": {Return: …} | {Throw: {Error, Cause}}, "1-2": … }
// Invocations are counted per state across the execution, retries included; a `.waitForTaskToken` task takes its
// mocked response as the callback's result. https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html
import type { TaskHandler, TaskResult } from './types';
import { ExecutionTerminated } from './runtime';
import { Causes } from './errors';

export interface MockStep { from: number; to: number; result: TaskResult }
export interface MockConfig {
  stateMachines: Record<string, Record<string, Record<string, string>>>;
  responses: Record<string, MockStep[]>;
}

function isObject(v: unknown): v is Record<string, any> { return v !== null && typeof v === 'object' && !Array.isArray(v); }

/** Parse and check a mock configuration; every problem says where it is. */
export function parseMockConfig(value: unknown): { config?: MockConfig; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(value)) return { problems: ['The mock configuration must be a JSON object.'] };
  const config: MockConfig = { stateMachines: {}, responses: {} };
  if (value.MockedResponses !== undefined && !isObject(value.MockedResponses)) problems.push('MockedResponses must be an object.');
  for (const [name, steps] of Object.entries((isObject(value.MockedResponses) ? value.MockedResponses : {}) as Record<string, unknown>)) {
    const at = `MockedResponses.${name}`;
    if (!isObject(steps)) { problems.push(`${at} must be an object keyed by invocation ("0", "1-2", …).`); continue; }
    const parsed: MockStep[] = [];
    for (const [key, step] of Object.entries(steps)) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(key);
      if (!m) { problems.push(`${at}: "${key}" is not an invocation number or range such as "0" or "1-2".`); continue; }
      const from = Number(m[1]), to = m[2] === undefined ? from : Number(m[2]);
      if (to < from) { problems.push(`${at}: the range "${key}" ends before it starts.`); continue; }
      const overlap = parsed.find((p) => from <= p.to && p.from <= to);
      if (overlap) problems.push(`${at}: "${key}" overlaps another range.`);
      if (!isObject(step)) { problems.push(`${at}.${key} must be an object with Return or Throw.`); continue; }
      const hasReturn = 'Return' in step, hasThrow = 'Throw' in step;
      if (hasReturn === hasThrow) { problems.push(`${at}.${key} must have exactly one of Return and Throw.`); continue; }
      if (hasReturn) { parsed.push({ from, to, result: { kind: 'success', output: step.Return } }); continue; }
      const t = step.Throw;
      if (!isObject(t) || typeof t.Error !== 'string') { problems.push(`${at}.${key}.Throw must be an object with a string Error (and optional Cause).`); continue; }
      if (t.Cause !== undefined && typeof t.Cause !== 'string') problems.push(`${at}.${key}.Throw.Cause must be a string.`);
      parsed.push({ from, to, result: { kind: 'failure', error: t.Error, cause: typeof t.Cause === 'string' ? t.Cause : undefined } });
    }
    parsed.sort((a, b) => a.from - b.from);
    config.responses[name] = parsed;
  }
  if (!isObject(value.StateMachines)) problems.push('StateMachines is missing or not an object.');
  else {
    for (const [machine, m] of Object.entries(value.StateMachines)) {
      if (!isObject(m) || !isObject(m.TestCases)) { problems.push(`StateMachines.${machine}.TestCases is missing or not an object.`); continue; }
      const cases: Record<string, Record<string, string>> = {};
      for (const [name, c] of Object.entries(m.TestCases)) {
        if (!isObject(c)) { problems.push(`StateMachines.${machine}.TestCases.${name} must map state names to mocked response names.`); continue; }
        for (const [state, response] of Object.entries(c)) {
          if (typeof response !== 'string') problems.push(`StateMachines.${machine}.TestCases.${name}.${state} must be the name of a mocked response.`);
          else if (!(response in config.responses)) problems.push(`StateMachines.${machine}.TestCases.${name}.${state} names the mocked response '${response}', which MockedResponses does not define.`);
        }
        cases[name] = c as Record<string, string>;
      }
      config.stateMachines[machine] = cases;
    }
  }
  return problems.length ? { problems } : { config, problems };
}

/** The state machine a run uses: the given one, or the only one in the file. */
export function pickStateMachine(config: MockConfig, name: string | undefined): { name?: string; problem?: string } {
  const names = Object.keys(config.stateMachines);
  if (name !== undefined) return name in config.stateMachines ? { name } : { problem: `The mock configuration has no state machine '${name}' (it has: ${names.join(', ') || 'none'}).` };
  if (names.length === 1) return { name: names[0] };
  return { problem: `The mock configuration has ${names.length} state machines (${names.join(', ')}): name one with --state-machine.` };
}

export function mockTaskHandler(config: MockConfig, stateMachine: string, testCase: string): TaskHandler {
  const cases = config.stateMachines[stateMachine];
  if (!cases) throw new Error(`The mock configuration has no state machine '${stateMachine}'.`);
  const mapping = cases[testCase];
  if (!mapping) throw new Error(`The state machine '${stateMachine}' has no test case '${testCase}' (it has: ${Object.keys(cases).join(', ') || 'none'}).`);
  return (request) => {
    const responseName = mapping[request.state];
    if (responseName === undefined) throw new ExecutionTerminated('Stepwise.NoMock', Causes.noMock(request.state, testCase));
    const steps = config.responses[responseName];
    const step = steps.find((s) => request.invocation >= s.from && request.invocation <= s.to);
    if (!step) {
      throw new ExecutionTerminated('Stepwise.NoMock', `The mocked response '${responseName}' has no entry for invocation ${request.invocation} of state '${request.state}' in test case '${testCase}'.`);
    }
    return step.result;
  };
}
