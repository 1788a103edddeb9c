// Parallel: each branch is a child execution driven by the same stepper; their events interleave in the history.
// A failing branch stops the others (what they were doing is recorded as `<Type>StateAborted`) and the state fails
// with the branch's error and cause.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
import type { Gen } from '../ops';
import { abortEvents, registerHandler, runScope, withErrorHandling, recordEvaluationFailure, type ChildResult, type Outcome, type StateCtx } from '../run-states';
import { jsonataArguments, jsonataOutput, jsonPathInput, jsonPathOutput } from '../stages';
import { StatesError } from '../errors';
import { VarScope, type Scope } from '../runtime';
import { childRun, interleave, type ChildRun } from '../scheduler';
import { blockQueryLanguage } from '../structure';

export function childScope(ctx: StateCtx, index: number, machine: { StartAt: string; States: Record<string, any> }, vars: VarScope): Scope {
  return {
    path: [...ctx.scope.path, ctx.name, index],
    states: machine.States ?? {},
    startAt: machine.StartAt,
    queryLanguage: blockQueryLanguage(machine.States, ctx.scope.queryLanguage),
    vars,
    lastEventId: ctx.scope.lastEventId,
    interleaved: true,
    open: undefined,
  };
}

/** Runs `work` (the part of a Parallel or Map state from its input to its children's end) and records
 * `<Type>StateFailed` when it fails, whatever the cause, after an EvaluationFailed event when the cause is a JSONata
 * evaluation. */
export function* failing<T>(ctx: StateCtx, work: Gen<T>, failedType: string): Gen<T> {
  try {
    return yield* work;
  } catch (e) {
    if (!(e instanceof StatesError)) throw e;
    yield* recordEvaluationFailure(ctx, e);
    yield ctx.rt.eventOp(ctx.rt.emit(ctx.scope, failedType));
    throw e;
  }
}

/** A branch or iteration failed: the failure's source event (the child's last event before its own end event). */
export function failureSource(ctx: StateCtx, child: ChildRun, withEndEvent: boolean): number {
  const last = child.scope.lastEventId;
  return withEndEvent ? ctx.rt.history.previousOf(last) : last;
}

/** Input, ParallelStateStarted and the branches; their results, or the branch failure thrown. */
function* branchesOf(ctx: StateCtx): Gen<unknown[]> {
  const rt = ctx.rt;
  const input = ctx.jsonata ? yield* jsonataArguments(ctx) : jsonPathInput(ctx, true);
  const branches = (ctx.def.Branches ?? []) as { StartAt: string; States: Record<string, any> }[];
  yield rt.eventOp(rt.emit(ctx.scope, 'ParallelStateStarted'));
  const results: unknown[] = new Array(branches.length);
  let failure: ChildResult & { ok: false } | undefined;
  let failed: ChildRun | undefined;
  const active: ChildRun[] = [];
  ctx.running = active;
  const aborted = yield* interleave(rt, {
    scope: ctx.scope,
    count: branches.length,
    concurrency: 0,
    active,
    start: (i) => {
      const s = childScope(ctx, i, branches[i], new VarScope(ctx.scope.vars));
      return childRun(i, runScope(rt, s, input), s, rt.now);
    },
    done: (child, r) => {
      if (r.ok) { results[child.index] = r.output; return false; }
      failure = r;
      failed = child;
      return true;
    },
  });
  ctx.running = undefined;
  if (failure && failed) {
    // What the failing branch was in, then what the others were doing, all after the failure's own event.
    const prev = failureSource(ctx, failed, false);
    if (failed.scope.open?.def.Type === 'Task') yield* abortEvents(rt, failed.scope, prev);
    for (const a of aborted) yield* abortEvents(rt, a.scope, prev);
    ctx.scope.lastEventId = prev;
    throw new StatesError(failure.error, failure.cause);
  }
  ctx.scope.lastEventId = rt.history.length;
  return results;
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const results = yield* failing(ctx, branchesOf(ctx), 'ParallelStateFailed');
  yield ctx.rt.eventOp(ctx.rt.emit(ctx.scope, 'ParallelStateSucceeded'));
  if (ctx.jsonata) return yield* jsonataOutput(ctx, results, true);
  return jsonPathOutput(ctx, results, true);
}

export function detailsOf(r: { error?: string; cause?: string }): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (r.error !== undefined) d.error = r.error;
  if (r.cause !== undefined) d.cause = r.cause;
  return d;
}

function* parallel(ctx: StateCtx): Gen<Outcome> {
  return yield* withErrorHandling(ctx, () => attempt(ctx));
}

registerHandler('Parallel', parallel);
