// What one execution shares across its states, branches and iterations: the history, the virtual clock, injected
// randomness and task handler, limits, variables and the Context object.
import type { ExecutionContextInfo, Limits, StateVisit, TaskHandler, TaskResult } from './types';
import { History, eventTypeId, type Details } from './history';
import { PayloadMeter } from './limits';
import { Causes, ErrorNames, StatesError } from './errors';
import type { JsonataEnv } from './jsonata';
import { evaluateJsonata, expressionOf, isJsonataString } from './jsonata';
import { awaitPromise, type Gen, type Op } from './ops';
import type { PathEnv } from './pipeline';
import type { StateCtx } from './run-states';
import type { MapRun } from './states/map-run';
import { applyTemplate } from './pipeline';

export type StateDef = Record<string, any> & { Type: string };
export interface MachineDef { StartAt: string; States: Record<string, StateDef>; QueryLanguage?: string; TimeoutSeconds?: number; [k: string]: unknown }

/** Thrown through every generator to end the execution at once (history limit, hard cap). */
export class ExecutionTerminated extends Error {
  constructor(readonly error: string, readonly causeText: string) { super(causeText); }
}

/** Variables visible in one child execution: its own plus, read-only, those of the scopes it runs in. Every Assign
 * makes new objects (copy on write), so what a state visit recorded stays as it was. */
export class VarScope {
  private values: Record<string, unknown> = Object.create(null);
  private own = 0;
  private seen: Record<string, unknown> | undefined;
  private merged: Record<string, unknown> | undefined;
  constructor(readonly parent?: VarScope) {}
  visible(): Record<string, unknown> {
    if (!this.parent) return this.values;
    const outer = this.parent.visible();
    if (this.own === 0) return outer;
    if (this.seen !== outer || !this.merged) { this.seen = outer; this.merged = Object.assign(Object.create(null), outer, this.values); }
    return this.merged!;
  }
  assign(values: Record<string, unknown>): void {
    this.values = Object.assign(Object.create(null), this.values, values);
    this.own = Object.keys(this.values).length;
    this.merged = undefined;
  }
  get isEmpty(): boolean { return this.own === 0 && (!this.parent || this.parent.isEmpty); }
}

/** One child execution: the top level, a Parallel branch or a Map iteration. */
export interface Scope {
  path: (string | number)[];
  states: Record<string, StateDef>;
  startAt: string;
  queryLanguage: 'JSONPath' | 'JSONata';
  vars: VarScope;
  lastEventId: number;
  /** A Parallel branch or Map iteration: its events must reach the scheduler that interleaves it with its siblings. */
  interleaved: boolean;
  /** The state entered and not yet left (a failed state stays open). */
  open: StateCtx | undefined;
}

/** A PathEnv whose Context object and variables are computed when a path first reads them. */
class LazyPathEnv implements PathEnv {
  private vars: Record<string, unknown> | undefined;
  constructor(readonly input: unknown, private ctx: unknown, private readonly scopeVars: VarScope,
    readonly uuid: () => string, readonly random: () => number) {}
  get context(): unknown {
    if (typeof this.ctx === 'function') this.ctx = (this.ctx as () => unknown)();
    return this.ctx;
  }
  get variables(): Record<string, unknown> { return this.vars ??= this.scopeVars.visible(); }
}

export class Runtime {
  readonly visits: StateVisit[] = [];
  readonly history = new History(this.visits);
  readonly callbacks = new Map<string, TaskResult>();
  /** The tokens of the tasks waiting for a callback. */
  readonly pending = new Set<string>();
  /** The virtual time of each waiting task's last heartbeat. */
  readonly heartbeats = new Map<string, number>();
  readonly invocations = new Map<string, number>();
  /** The Distributed Maps' runs, in the order they started (shared with their child executions). */
  readonly mapRuns: MapRun[] = [];
  /** Shared with child executions of a distributed Map, which keep histories of their own. */
  readonly clock: { now: number };
  private readonly executionContext: Record<string, unknown>;
  private readonly eventCap: number;
  /** The payload quota's check, shared with a distributed Map's child executions. */
  readonly payload: PayloadMeter;
  private readonly stateMachineContext: Record<string, unknown>;

  constructor(
    readonly def: MachineDef,
    readonly input: unknown,
    readonly limits: Limits,
    readonly info: ExecutionContextInfo,
    startTime: number,
    readonly random: () => number,
    readonly uuid: () => string,
    readonly taskHandler: TaskHandler | undefined,
    readonly hash: ((value: string, algorithm: string) => string) | undefined,
  ) {
    this.clock = { now: startTime };
    this.eventCap = Math.min(limits.maxHistoryEvents - 1, limits.hardEventCap);
    this.payload = new PayloadMeter(limits.maxPayloadBytes);
    this.executionContext = {
      Id: info.executionArn, Input: input, Name: info.executionName, RoleArn: info.roleArn,
      StartTime: new Date(startTime).toISOString(), RedriveCount: 0,
    };
    this.stateMachineContext = { Id: info.stateMachineArn, Name: info.stateMachineName };
  }

  private readonly op = { kind: 'event' as const, history: undefined as unknown as History, id: 0 };
  /** The operation that reports event `id` of this runtime's history. One object is reused: whoever drives the
   * generator reads it at once. */
  eventOp(id: number): Op & { kind: 'event' } {
    this.op.history = this.history;
    this.op.id = id;
    return this.op;
  }

  /** Set while `run()` drives the execution: nobody pauses at events, so a chain that no scheduler interleaves
   * need not yield them (the history is recorded all the same). */
  quiet = false;

  /** Does an event of `scope` have to be yielded? */
  pauses(scope: Scope): boolean { return !this.quiet || scope.interleaved; }

  get now(): number { return this.clock.now; }
  set now(t: number) { this.clock.now = t; }

  /** A runtime for a distributed Map's child execution: same clock, randomness, handler, visits and Map Runs; its own
   * history, names (`$$.Execution`, `$$.StateMachine`) and input. */
  child(names: Partial<ExecutionContextInfo>, input: unknown): Runtime {
    const c = Object.create(this) as Runtime;
    const w = c as unknown as { history: History; info: ExecutionContextInfo; executionContext: Record<string, unknown>; stateMachineContext: Record<string, unknown> };
    w.history = new History(this.visits);
    const info = w.info = { ...this.info, ...names };
    w.executionContext = {
      Id: info.executionArn, Input: input, Name: info.executionName, RoleArn: info.roleArn,
      StartTime: this.isoTime(this.now), RedriveCount: 0,
    };
    w.stateMachineContext = { Id: info.stateMachineArn, Name: info.stateMachineName };
    return c;
  }

  private stampAt = NaN;
  private stamp = '';
  /** ISO text of a virtual time, as the Context object and AWS's timestamps render it. */
  isoTime(t: number): string {
    if (t !== this.stampAt) { this.stampAt = t; this.stamp = new Date(t).toISOString(); }
    return this.stamp;
  }

  /** Before any event but the execution's own: ends the execution when the history is full. */
  private room(): void {
    const n = this.history.length;
    if (n >= this.eventCap) {
      if (n >= this.limits.maxHistoryEvents - 1) throw new ExecutionTerminated(ErrorNames.Runtime, Causes.historyLimit(this.limits.maxHistoryEvents));
      throw new ExecutionTerminated(ErrorNames.Runtime, Causes.hardCap(this.limits.hardEventCap));
    }
  }

  /** Record an event in `scope`'s chain; returns its id. Ends the execution when the history passes its limits. */
  emit(scope: Scope, type: string, details?: Details): number {
    this.room();
    return (scope.lastEventId = this.history.add(eventTypeId(type), scope.lastEventId, this.clock.now, details, scope.path));
  }

  /** A state visit's Entered or Exited event (`type` from eventTypeId); its details come from the visit. */
  emitVisit(scope: Scope, type: number, exited: boolean, visit: number): number {
    this.room();
    const h = this.history;
    return (scope.lastEventId = exited ? h.exited(type, scope.lastEventId, this.clock.now, visit) : h.entered(type, scope.lastEventId, this.clock.now, visit));
  }

  /** MapIterationStarted/Succeeded/Failed/Aborted of the iteration whose child execution is `scope`. */
  emitIteration(scope: Scope, type: string): number {
    this.room();
    return (scope.lastEventId = this.history.iteration(eventTypeId(type), scope.lastEventId, this.clock.now, scope.path));
  }

  /** An event that follows `prev` (not the end of `scope`'s chain, which it leaves as it is): what a failure causes
   * in its siblings. */
  emitAfter(prev: number, scope: Scope, type: string, details?: Details): number {
    this.room();
    return this.history.add(eventTypeId(type), prev, this.clock.now, details, scope.path);
  }

  emitIterationAfter(prev: number, scope: Scope, type: string): number {
    this.room();
    return this.history.iteration(eventTypeId(type), prev, this.clock.now, scope.path);
  }

  /** ExecutionStarted and the execution's end: recorded whatever the limits. */
  emitExecution(scope: Scope, type: string, details?: Details): number {
    return (scope.lastEventId = this.history.add(eventTypeId(type), scope.lastEventId, this.clock.now, details, scope.path));
  }

  context(state: string, enteredTime: number, retryCount: number, token?: string, mapItem?: { Index: number; Value: unknown }): Record<string, unknown> {
    const c: Record<string, unknown> = {
      Execution: this.executionContext,
      State: { EnteredTime: this.isoTime(enteredTime), Name: state, RetryCount: retryCount },
      StateMachine: this.stateMachineContext,
    };
    if (token !== undefined) c.Task = { Token: token };
    if (mapItem) c.Map = { Item: mapItem };
    return c;
  }

  /** The data a path or intrinsic sees. The context and variables are computed only when a path asks for them. */
  pathEnv(scope: Scope, input: unknown, context: unknown | (() => unknown)): PathEnv {
    return new LazyPathEnv(input, context, scope.vars, this.uuid, this.random);
  }

  jsonataEnv(scope: Scope, states: Record<string, unknown>): JsonataEnv {
    return {
      states, variables: scope.vars.visible(), random: this.random, uuid: this.uuid, now: this.now,
      maxDepth: this.limits.jsonataMaxDepth, timeoutMs: this.limits.jsonataTimeoutMs, hash: this.hash,
    };
  }

  nextInvocation(state: string): number {
    const n = this.invocations.get(state) ?? 0;
    this.invocations.set(state, n + 1);
    return n;
  }
}

/** Evaluate a JSONata field value: `{% %}` strings anywhere inside objects and arrays; everything else is literal. */
export function* evalJsonataValue(value: unknown, env: JsonataEnv): Gen<unknown> {
  if (isJsonataString(value)) return yield* awaitPromise(evaluateJsonata(expressionOf(value), env));
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) out.push(yield* evalJsonataValue(v, env));
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = yield* evalJsonataValue((value as Record<string, unknown>)[k], env);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return value;
}

/** Evaluate the JSONata field `field` of a state; a failure says where it happened (EvaluationFailed's location). */
export function* evalField(field: string, value: unknown, env: JsonataEnv): Gen<unknown> {
  try {
    return yield* evalJsonataValue(value, env);
  } catch (e) {
    if (e instanceof StatesError && e.location === undefined) e.location = field;
    throw e;
  }
}

/** JSONPath-mode Assign: a template whose `.$` keys read the state's data, context and variables. */
export function assignJsonPath(assign: unknown, env: PathEnv): Record<string, unknown> {
  if (assign === null || typeof assign !== 'object' || Array.isArray(assign)) {
    throw new StatesError(ErrorNames.Runtime, 'The Assign field must be a JSON object.');
  }
  return applyTemplate(assign, env) as Record<string, unknown>;
}
