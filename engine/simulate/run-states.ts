// Running states: the loop of one child execution (top level, branch or iteration) from StartAt to an end, and the
// frame common to every state visit: Entered/Exited events, the visit record, Assign, Retry and Catch.
import type { StateVisit } from './types';
import type { Gen } from './ops';
import { Runtime, Scope, StateDef } from './runtime';
import type { ChildRun } from './scheduler';
import { Causes, ErrorNames, StatesError } from './errors';
import { eventTypeId } from './history';
import { matchCatcher, matchRetrier, maxAttempts, retryDelaySeconds, type Catcher } from './retry';
import { applyResultPath } from './pipeline';
import { assignJsonPath, evalField } from './runtime';

export interface StateCtx {
  rt: Runtime;
  scope: Scope;
  name: string;
  def: StateDef;
  /** The raw state input. */
  input: unknown;
  visit: StateVisit;
  /** Index of `visit` in the execution's visits. */
  visitIndex: number;
  enteredEventId: number;
  /** Virtual time (ms) the state was entered. */
  enteredTime: number;
  jsonata: boolean;
  retryCount: number;
  /** The Context object of the current retry, once a path has read it. */
  contextObj: Record<string, unknown> | undefined;
  contextRetry: number;
  /** A Map or Parallel state's running children (to record what an abort interrupts). */
  running: ChildRun[] | undefined;
}

/** A state's successful end: its output, the next state (absent: the child execution ends) and the variables it
 * assigns, which take effect once the state is done. */
export interface Outcome { output: unknown; assign: Record<string, unknown> | undefined; next: string | undefined; end: boolean }

/** An Outcome, always of the same shape. */
export function outcome(output: unknown, assign?: Record<string, unknown>, next?: string, end = false): Outcome {
  return { output, assign, next, end };
}

export type Handler = (ctx: StateCtx) => Gen<Outcome>;

export type ChildResult = { ok: true; output: unknown } | { ok: false; error: string | undefined; cause: string | undefined };

const handlers: Record<string, Handler> = {};
/** States that, in JSONPath, never pause inside (Pass, Choice, Succeed, Fail) also register a plain function: the
 * stepper then runs them without a nested generator, which is most of the cost of a tight loop. */
const syncHandlers: Record<string, (ctx: StateCtx) => Outcome> = {};
export function registerHandler(type: string, h: Handler, jsonPathSync?: (ctx: StateCtx) => Outcome): void {
  handlers[type] = h;
  if (jsonPathSync) syncHandlers[type] = jsonPathSync;
}

const enteredType: Record<string, number> = {};
const exitedType: Record<string, number> = {};

/** Run a child execution from `scope.startAt` until a state ends it. Each state visit yields its Entered event,
 * whatever the state yields while it works, and its Exited event. States that run synchronously (JSONPath Pass,
 * Choice, Succeed, Fail) are called directly rather than through a nested generator: that keeps a tight loop cheap. */
export function* runScope(rt: Runtime, scope: Scope, input: unknown, started?: () => number): Gen<ChildResult> {
  if (started) { const id = started(); if (rt.pauses(scope)) yield rt.eventOp(id); }
  let name = scope.startAt;
  let data = input;
  while (true) {
    const def = scope.states[name];
    if (!def) return { ok: false, error: ErrorNames.Runtime, cause: `The state '${name}' does not exist.` };
    const ctx = enterState(rt, scope, name, def, data);
    scope.open = ctx;
    if (rt.pauses(scope)) yield rt.eventOp(ctx.enteredEventId);
    const handler = handlers[def.Type];
    const sync = ctx.jsonata ? undefined : syncHandlers[def.Type];
    let out: Outcome;
    try {
      if (!handler) throw new StatesError(ErrorNames.Runtime, `The state type '${def.Type}' is not supported.`);
      out = sync ? sync(ctx) : yield* handler(ctx);
      rt.payload.check(name, out.output);
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      yield* recordEvaluationFailure(ctx, e);
      const cause = e.error === ErrorNames.Runtime ? Causes.withState(name, ctx.enteredEventId, e.causeText) : e.causeText;
      ctx.visit.error = e.error;
      ctx.visit.cause = cause;
      return { ok: false, error: e.error, cause };
    }
    const next = out.end ? undefined : (out.next ?? (def.End === true || def.Type === 'Succeed' ? undefined : def.Next));
    scope.open = undefined;
    const exited = exitState(ctx, out, next);
    if (rt.pauses(scope)) yield rt.eventOp(exited);
    if (next === undefined) return { ok: true, output: out.output };
    name = next;
    data = out.output;
  }
}

function enterState(rt: Runtime, scope: Scope, name: string, def: StateDef, input: unknown): StateCtx {
  const type = def.Type;
  const index = rt.visits.length;
  const id = rt.emitVisit(scope, enteredType[type] ??= eventTypeId(`${type}StateEntered`), false, index);
  // Every stage a JSONPath state records is declared here, so that the visit is one allocation of one shape.
  const visit: StateVisit = {
    name, type, scope: scope.path, enteredEventId: id, input, afterInputPath: undefined, afterParameters: undefined,
    result: undefined, afterResultPath: undefined, output: undefined, next: undefined,
  };
  rt.visits.push(visit);
  return {
    rt, scope, name, def, input, visit, visitIndex: index, enteredEventId: id, enteredTime: rt.now,
    jsonata: (def.QueryLanguage ?? scope.queryLanguage) === 'JSONata', retryCount: 0, contextObj: undefined, contextRetry: 0,
    running: undefined,
  };
}

function exitState(ctx: StateCtx, out: Outcome, next: string | undefined): number {
  const { scope, visit } = ctx;
  if (out.assign) { scope.vars.assign(out.assign); visit.assigned = out.assign; }
  if (!scope.vars.isEmpty) visit.variables = scope.vars.visible();
  visit.output = out.output;
  visit.next = next;
  return ctx.rt.emitVisit(scope, exitedType[ctx.def.Type] ??= eventTypeId(`${ctx.def.Type}StateExited`), true, ctx.visitIndex);
}

/** Retry and Catch around the work of a Task, Parallel or Map state. `attempt` runs once per try. */
export function* withErrorHandling(ctx: StateCtx, attempt: () => Gen<Outcome>): Gen<Outcome> {
  const retriers = ctx.def.Retry as Parameters<typeof matchRetrier>[0];
  const counts = retriers ? new Array<number>(retriers.length).fill(0) : [];
  while (true) {
    try {
      return yield* attempt();
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      yield* recordEvaluationFailure(ctx, e);
      const i = matchRetrier(retriers, e.error, e.heartbeat);
      if (i >= 0 && counts[i] < maxAttempts(retriers![i])) {
        const delay = retryDelaySeconds(retriers![i], counts[i], ctx.rt.random);
        counts[i]++;
        ctx.retryCount++;
        ctx.visit.retryCount = ctx.retryCount;
        if (delay > 0) yield { kind: 'sleep', until: ctx.rt.now + delay * 1000 };
        continue;
      }
      const catcher = matchCatcher(ctx.def.Catch as Catcher[] | undefined, e.error, e.heartbeat);
      if (!catcher) throw e;
      return yield* applyCatcher(ctx, catcher, e);
    }
  }
}

function* applyCatcher(ctx: StateCtx, catcher: Catcher, e: StatesError): Gen<Outcome> {
  const errorOutput: Record<string, unknown> = {};
  if (e.error !== undefined) errorOutput.Error = e.error;
  if (e.causeText !== undefined) errorOutput.Cause = e.causeText;
  ctx.visit.error = e.error;
  ctx.visit.cause = e.causeText;
  let output: unknown;
  let assign: Record<string, unknown> | undefined;
  if (ctx.jsonata) {
    const env = ctx.rt.jsonataEnv(ctx.scope, { input: ctx.input, errorOutput, context: ctx.rt.context(ctx.name, ctx.enteredTime, ctx.retryCount) });
    output = catcher.Output === undefined ? errorOutput : yield* evalField('Catch.Output', catcher.Output, env);
    if (catcher.Assign !== undefined) assign = (yield* evalField('Catch.Assign', catcher.Assign, env)) as Record<string, unknown>;
  } else {
    if (catcher.Assign !== undefined) {
      const env = ctx.rt.pathEnv(ctx.scope, errorOutput, ctx.rt.context(ctx.name, ctx.enteredTime, ctx.retryCount));
      assign = assignJsonPath(catcher.Assign, env);
    }
    output = applyResultPath(catcher.ResultPath, ctx.input, errorOutput);
  }
  return outcome(output, assign, catcher.Next);
}

/** A JSONata evaluation failure (States.QueryEvaluationError) is recorded as an EvaluationFailed event, once, before
 * Retry, Catch or the end of the child execution deal with it.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_EvaluationFailedEventDetails.html */
export function* recordEvaluationFailure(ctx: StateCtx, e: StatesError): Gen<void> {
  if (e.recorded || e.error !== ErrorNames.QueryEvaluationError) return;
  e.recorded = true;
  const details: Record<string, unknown> = { error: e.error };
  if (e.causeText !== undefined) details.cause = e.causeText;
  if (e.location !== undefined) details.location = e.location;
  details.state = ctx.name;
  yield ctx.rt.eventOp(ctx.rt.emit(ctx.scope, 'EvaluationFailed', { evaluationFailedEventDetails: details }));
}

/** State types whose interruption AWS records as `<Type>StateAborted`. */
const ABORTABLE = new Set(['Task', 'Wait', 'Map', 'Parallel']);

/** The events for a child execution that a sibling's failure stops: for the state it was in, first what that state
 * was running itself (a Map's iterations, a Parallel's branches), then `<Type>StateAborted`. All follow `prev`, the
 * failure that caused them. Pass, Choice, Succeed and Fail take no time on AWS and record nothing. */
export function* abortEvents(rt: Runtime, scope: Scope, prev: number): Gen<void> {
  const open = scope.open;
  if (!open) return;
  scope.open = undefined;
  if (open.running) {
    for (const child of [...open.running].sort((a, b) => a.index - b.index)) {
      if (open.def.Type === 'Map') yield rt.eventOp(rt.emitIterationAfter(prev, child.scope, 'MapIterationAborted'));
      yield* abortEvents(rt, child.scope, prev);
    }
  }
  if (ABORTABLE.has(open.def.Type)) yield rt.eventOp(rt.emitAfter(prev, scope, `${open.def.Type}StateAborted`));
}
