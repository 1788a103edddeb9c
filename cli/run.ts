// `stepwise run`: one execution of a definition, with mocked task results.
// Exit 0 when it succeeds, 1 for any other end, 2 for bad usage or an unrunnable definition.
import { createExecution, mockTaskHandler, pickStateMachine, type ExecutionResult, type TaskHandler } from '../engine/simulate';
import { parseArgs, UsageError } from './args';
import { contextFor, InputError, readDefinition, readInput, readMockConfig } from './definition';
import { formatTrace, mapRunsJson } from './trace';

const USAGE = 'usage: stepwise run <definition> [--input <json> | --input-file <f>] [--mock-config <f> [--state-machine <name>] --test-case <name>] [--json] [--trace] [--no-limits]';

export async function runCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['input', 'input-file', 'mock-config', 'state-machine', 'test-case'], ['json', 'trace', 'no-limits']);
    if (args.positional.length !== 1) throw new UsageError(args.positional.length ? `one definition, not ${args.positional.length}` : 'no definition given');
    if (args.values['test-case'] !== undefined && args.values['mock-config'] === undefined) throw new UsageError('--test-case needs --mock-config');
    if (args.values['mock-config'] !== undefined && args.values['test-case'] === undefined) throw new UsageError('--mock-config needs --test-case');
    if (args.values['state-machine'] !== undefined && args.values['mock-config'] === undefined) throw new UsageError('--state-machine needs --mock-config');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`stepwise run: ${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
  const file = args.positional[0];
  let definition: unknown, input: unknown, taskHandler: TaskHandler | undefined, stateMachine: string | undefined;
  try {
    definition = readDefinition(file);
    input = readInput(args.values.input, args.values['input-file']);
    if (args.values['mock-config'] !== undefined) {
      const config = readMockConfig(args.values['mock-config']);
      const picked = pickStateMachine(config, args.values['state-machine']);
      if (!picked.name) throw new InputError([`${args.values['mock-config']}: error: ${picked.problem}`]);
      stateMachine = picked.name;
      try { taskHandler = mockTaskHandler(config, picked.name, args.values['test-case']!); } catch (e) {
        throw new InputError([`${args.values['mock-config']}: error: ${(e as Error).message}`]);
      }
    }
  } catch (e) {
    if (e instanceof InputError) { process.stderr.write(e.lines.join('\n') + '\n'); return 2; }
    throw e;
  }
  const execution = createExecution(definition, {
    input, taskHandler, noLimits: args.flags.has('no-limits'),
    context: contextFor(file, stateMachine, args.values['test-case'] ?? 'stepwise-run'),
  });
  // Nothing answers callbacks here: a task waiting for one times out at its TimeoutSeconds/HeartbeatSeconds (or
  // the state machine's) on the virtual clock; without either, the execution ends the command WAITING.
  const result: ExecutionResult = await execution.run({ timeOutCallbacks: true });
  if (args.flags.has('json')) {
    const out: Record<string, unknown> = { status: result.status };
    if (result.output !== undefined) out.output = result.output;
    if (result.error !== undefined) out.error = result.error;
    if (result.cause !== undefined) out.cause = result.cause;
    if (result.status === 'WAITING') out.waitingFor = execution.waitingFor;
    if (args.flags.has('trace')) {
      out.events = execution.events;
      if (execution.mapRuns.length) out.mapRuns = mapRunsJson(execution);
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    process.stdout.write(formatTrace(execution, result, args.flags.has('trace')));
  }
  return result.status === 'SUCCEEDED' ? 0 : 1;
}
