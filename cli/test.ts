// `stepwise test`: every test case of a mock configuration, each run as its own execution, with a summary and
// optionally JUnit XML. A case passes when it SUCCEEDS, or, given an expectations file (--expect), when it ends as
// that file says:
//   { "TestCases": { "<case>": { "Input": {…}, "Status": "FAILED", "Error": "…", "Cause": "…", "CauseContains": "…",
//                                "Output": {…} } } }
// Exit 0 when every case passes, 1 when one fails, 2 for bad usage or unreadable files.
import fs from 'node:fs';
import { createExecution, mockTaskHandler, pickStateMachine, type ExecutionResult } from '../engine/simulate';
import { parseArgs, UsageError } from './args';
import { contextFor, InputError, parseJsonText, readDefinition, readMockConfig } from './definition';
import { junitXml, type CaseReport } from './junit';

const USAGE = 'usage: stepwise test <definition> --mock-config <f> [--state-machine <name>] [--expect <f>] [--junit <out.xml>] [--no-limits]';

interface Expectation { Input?: unknown; Status?: string; Output?: unknown; Error?: string; Cause?: string; CauseContains?: string }

function readExpectations(file: string): Record<string, Expectation> {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new InputError([`${file}: cannot read the expectations: ${(e as Error).message}`]); }
  const value = parseJsonText(text, file) as { TestCases?: unknown };
  if (!value || typeof value !== 'object' || typeof value.TestCases !== 'object' || value.TestCases === null) {
    throw new InputError([`${file}: error: expected an object with "TestCases": { "<case>": { "Status", "Output", "Error", … } }`]);
  }
  return value.TestCases as Record<string, Expectation>;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
}

function check(result: ExecutionResult, x: Expectation | undefined): string[] {
  const wrong: string[] = [];
  const status = x?.Status ?? 'SUCCEEDED';
  if (result.status !== status) wrong.push(`status ${result.status}, expected ${status}`);
  if (x?.Output !== undefined && !deepEqual(result.output, x.Output)) wrong.push(`output ${JSON.stringify(result.output)}, expected ${JSON.stringify(x.Output)}`);
  if (x?.Error !== undefined && result.error !== x.Error) wrong.push(`error ${result.error}, expected ${x.Error}`);
  if (x?.Cause !== undefined && result.cause !== x.Cause) wrong.push(`cause ${JSON.stringify(result.cause)}, expected ${JSON.stringify(x.Cause)}`);
  if (x?.CauseContains !== undefined && !(result.cause ?? '').includes(x.CauseContains)) wrong.push(`cause ${JSON.stringify(result.cause)} does not contain ${JSON.stringify(x.CauseContains)}`);
  return wrong;
}

export async function testCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['mock-config', 'state-machine', 'junit', 'expect'], ['no-limits']);
    if (args.positional.length !== 1) throw new UsageError(args.positional.length ? `one definition, not ${args.positional.length}` : 'no definition given');
    if (args.values['mock-config'] === undefined) throw new UsageError('--mock-config is required');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`stepwise test: ${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  const file = args.positional[0];
  const mockFile = args.values['mock-config']!;
  let definition: unknown, config, machine: string, expectations: Record<string, Expectation> | undefined;
  try {
    definition = readDefinition(file);
    config = readMockConfig(mockFile);
    const picked = pickStateMachine(config, args.values['state-machine']);
    if (!picked.name) throw new InputError([`${mockFile}: error: ${picked.problem}`]);
    machine = picked.name;
    if (args.values.expect !== undefined) expectations = readExpectations(args.values.expect);
  } catch (e) {
    if (e instanceof InputError) { process.stderr.write(e.lines.join('\n') + '\n'); return 2; }
    throw e;
  }
  const reports: CaseReport[] = [];
  for (const testCase of Object.keys(config.stateMachines[machine])) {
    const x = expectations?.[testCase];
    const t0 = Date.now();
    const execution = createExecution(definition, {
      input: x?.Input ?? {}, taskHandler: mockTaskHandler(config, machine, testCase), noLimits: args.flags.has('no-limits'),
      context: contextFor(file, machine, testCase),
    });
    const result = await execution.run({ timeOutCallbacks: true });
    const problems = check(result, x);
    reports.push({ name: testCase, seconds: (Date.now() - t0) / 1000, problems, result });
    const mark = problems.length ? 'FAIL' : 'ok  ';
    const end = result.status === 'SUCCEEDED' ? '' : ` (${[result.error, result.cause].filter((v) => v !== undefined).join(': ')})`;
    process.stdout.write(`${mark} ${testCase}: ${result.status}${end}\n`);
    for (const p of problems) process.stdout.write(`       ${p}\n`);
  }
  const failed = reports.filter((r) => r.problems.length).length;
  process.stdout.write(`\n${reports.length - failed} passed, ${failed} failed (${machine}, ${reports.length} test case${reports.length === 1 ? '' : 's'})\n`);
  if (args.values.junit !== undefined) fs.writeFileSync(args.values.junit, junitXml(machine, reports));
  return failed ? 1 : 0;
}
