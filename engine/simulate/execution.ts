// The stepper. An execution advances one history event at a time (`step()`), or to its end or next pause (`run()`).
// Time is virtual, randomness and task results are injected, so the same options always give the same history.
import type { ExecutionContextInfo, ExecutionOptions, ExecutionResult, ExecutionStatus, HistoryEvent, StateVisit, TaskResult } from './types';
import type { Gen, Op } from './ops';
import { ExecutionTerminated, Runtime, VarScope, type MachineDef, type Scope } from './runtime';
import { runScope, type ChildResult } from './run-states';
import { resolveLimits } from './limits';
import { seededRandom, uuidFrom } from './random';
import { dataText, type Details } from './history';
import type { MapRunInfo } from './states/map-run';
import { blockQueryLanguage, checkStructure, type StructureProblem } from './structure';
import { ErrorNames } from './errors';
import { evaluateIntrinsic } from '../intrinsics';
import './states/simple';
import './states/choice-wait';
import './states/task';
import './states/parallel';
import './states/map';

export const DEFAULT_CONTEXT: ExecutionContextInfo = {
  executionName: 'test-execution',
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Main:test-execution',
  stateMachineName: 'Main',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Main',
  roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsRole',
  region: 'us-east-1',
  account: '123456789012',
  partition: 'aws',
};

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);

export class DefinitionError extends Error {
  constructor(readonly problems: StructureProblem[]) { super(problems.map((p) => `${p.path || '/'}: ${p.message}`).join('\n')); }
}

function hashWithIntrinsics(value: string, algorithm: string): string {
  return evaluateIntrinsic('States.Hash($.v, $.a)', { input: { v: value, a: algorithm } }) as string;
}

export class Execution {
  status: ExecutionStatus = 'RUNNING';
  result: ExecutionResult | undefined;
  private readonly rt: Runtime;
  private gen: Gen<ChildResult> | undefined;
  private readonly input: unknown;
  private readonly top: Scope;
  private readonly deadline: number;
  private send: unknown;
  private thrown: unknown;
  private hasThrown = false;
  private timeOutCallbacks = false;

  constructor(definition: MachineDef, options: ExecutionOptions = {}) {
    const problems = checkStructure(definition);
    if (problems.length) throw new DefinitionError(problems);
    const random = options.random ?? seededRandom(options.seed ?? 20240101);
    const uuid = options.uuid ?? uuidFrom(random);
    const info = { ...DEFAULT_CONTEXT, ...options.context };
    const start = options.startTime ?? DEFAULT_START_TIME;
    const input = options.input === undefined ? {} : options.input;
    this.rt = new Runtime(definition, input, resolveLimits(options.limits, options.noLimits), info, start, random, uuid, options.taskHandler, hashWithIntrinsics);
    this.top = {
      path: [], states: definition.States, startAt: definition.StartAt,
      queryLanguage: blockQueryLanguage(definition.States, definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath'), vars: new VarScope(), lastEventId: 0, interleaved: false, open: undefined,
    };
    this.deadline = typeof definition.TimeoutSeconds === 'number' ? start + definition.TimeoutSeconds * 1000 : Infinity;
    this.input = input;
  }

  get events(): HistoryEvent[] { return this.rt.history.events; }
  get stateVisits(): StateVisit[] { return this.rt.visits; }
  get now(): number { return this.rt.now; }
  /** Task tokens the execution is waiting for (status WAITING). */
  get waitingFor(): string[] { return [...this.rt.pending]; }
  get done(): boolean { return this.result !== undefined; }

  /** ExecutionStarted, then the top-level states run as one child execution (the first state's previousEventId is 0,
   * as in GetExecutionHistory). */
  private start(): Op {
    const rt = this.rt;
    const input = this.input;
    const started = rt.emitExecution(this.top, 'ExecutionStarted', () => ({
      executionStartedEventDetails: { input: dataText(input), inputDetails: { truncated: false }, roleArn: rt.info.roleArn },
    }));
    this.top.lastEventId = 0;
    this.gen = runScope(rt, this.top, this.input);
    return rt.eventOp(started);
  }

  private finish(status: ExecutionStatus, r: { output?: unknown; error?: string; cause?: string }): Op & { kind: 'event' } {
    this.status = status;
    const result: ExecutionResult = { status };
    const type = status === 'SUCCEEDED' ? 'ExecutionSucceeded' : status === 'TIMED_OUT' ? 'ExecutionTimedOut' : status === 'ABORTED' ? 'ExecutionAborted' : 'ExecutionFailed';
    const key = type[0].toLowerCase() + type.slice(1) + 'EventDetails';
    let details: Details;
    if (status === 'SUCCEEDED') {
      const output = result.output = r.output;
      details = () => ({ [key]: { output: dataText(output), outputDetails: { truncated: false } } });
    } else {
      const d: Record<string, unknown> = {};
      if (r.error !== undefined) { result.error = r.error; d.error = r.error; }
      if (r.cause !== undefined) { result.cause = r.cause; d.cause = r.cause; }
      details = { [key]: d };
    }
    this.result = result;
    this.top.lastEventId = Math.max(this.top.lastEventId, 0);
    return this.rt.eventOp(this.rt.emitExecution(this.top, type, details));
  }

  /** Advance the generator synchronously to the next event, await, or block. */
  private pump(): Op | undefined {
    if (this.result) return undefined;
    if (!this.gen) return this.start();
    const gen = this.gen;
    while (true) {
      let it: IteratorResult<Op, ChildResult>;
      try {
        it = this.hasThrown ? gen.throw(this.thrown) : gen.next(this.send);
      } catch (e) {
        this.hasThrown = false;
        if (e instanceof ExecutionTerminated) return this.finish('FAILED', { error: e.error, cause: e.causeText });
        return this.finish('FAILED', { error: 'Stepwise.InternalError', cause: (e as Error)?.stack ?? String(e) });
      }
      this.hasThrown = false;
      this.send = undefined;
      if (it.done) {
        const r = it.value;
        return r.ok ? this.finish('SUCCEEDED', { output: r.output }) : this.finish('FAILED', { error: r.error, cause: r.cause });
      }
      const op = it.value;
      // Virtual time moves for a Wait or a back-off, and (when the caller runs to completion) to the deadline of a
      // task whose callback never comes. Past the state machine's TimeoutSeconds, the execution times out.
      const until = op.kind === 'sleep' ? op.until : op.kind === 'blocked' && this.timeOutCallbacks ? op.until : undefined;
      if (until === undefined || (until === Infinity && this.deadline === Infinity)) return op;
      if (until > this.deadline) {
        this.rt.now = this.deadline;
        this.stop();
        return this.finish('TIMED_OUT', { error: ErrorNames.Timeout });
      }
      if (until > this.rt.now) this.rt.now = until;
    }
  }

  private async settle(promise: Promise<unknown>): Promise<void> {
    try { this.send = await promise; } catch (e) { this.thrown = e; this.hasThrown = true; }
  }

  /** The next history event, or undefined when the execution has ended or waits for a callback (status WAITING). */
  async step(): Promise<HistoryEvent | undefined> {
    this.rt.quiet = false;
    this.timeOutCallbacks = false;
    while (true) {
      if (this.status === 'WAITING') this.status = 'RUNNING';
      const op = this.pump();
      if (!op) return undefined;
      if (op.kind === 'event') return op.history.event(op.id);
      if (op.kind === 'await') { await this.settle(op.promise); continue; }
      if (op.kind === 'blocked') { this.status = 'WAITING'; return undefined; }
    }
  }

  /** Run until the execution ends, or waits for a callback: then `result` is undefined and status is WAITING. With
   * `timeOutCallbacks`, a task waiting for a callback is not waited for: the virtual clock moves to its TimeoutSeconds
   * (or HeartbeatSeconds) deadline and it times out, or to the state machine's TimeoutSeconds; only a callback with
   * neither leaves the execution WAITING. */
  async run(options: { timeOutCallbacks?: boolean } = {}): Promise<ExecutionResult> {
    this.rt.quiet = true;
    this.timeOutCallbacks = options.timeOutCallbacks === true;
    while (true) {
      if (this.status === 'WAITING') this.status = 'RUNNING';
      const op = this.pump();
      if (!op) break;
      if (op.kind === 'await') { await this.settle(op.promise); continue; }
      if (op.kind === 'blocked') { this.status = 'WAITING'; break; }
    }
    return this.result ?? { status: this.status };
  }

  /** Complete a waiting task: the callback a `.waitForTaskToken` task (or an editor's user) sends. */
  sendTaskSuccess(token: string, output: unknown): void { this.answer(token, { kind: 'success', output }); }
  sendTaskFailure(token: string, error?: string, cause?: string): void { this.answer(token, { kind: 'failure', error, cause }); }
  /** A waiting task's heartbeat (SendTaskHeartbeat): its HeartbeatSeconds start again from the current virtual time. */
  sendTaskHeartbeat(token: string): void {
    if (this.result) throw new Error('The execution has ended.');
    if (!this.rt.pending.has(token)) throw new Error(`No task is waiting for the token '${token}'.`);
    this.rt.heartbeats.set(token, this.rt.now);
  }

  private answer(token: string, r: TaskResult): void {
    if (this.result) throw new Error('The execution has ended.');
    this.rt.callbacks.set(token, r);
  }

  /** The Distributed Maps' runs so far, each with its child executions' histories (and a ResultWriter's files). */
  get mapRuns(): MapRunInfo[] { return this.rt.mapRuns; }

  private stop(): void {
    try { this.gen?.return(undefined as never); } catch { /* finally blocks may throw; the execution ends anyway */ }
  }

  /** Stop the execution (StopExecution): it ends ABORTED. */
  abort(error?: string, cause?: string): HistoryEvent | undefined {
    if (this.result) return undefined;
    this.stop();
    this.finish('ABORTED', { error, cause });
    return this.rt.history.event(this.rt.history.length);
  }
}

export function createExecution(definition: unknown, options?: ExecutionOptions): Execution {
  return new Execution(definition as MachineDef, options);
}
