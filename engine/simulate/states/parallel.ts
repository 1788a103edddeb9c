// Parallel: each branch is a child execution driven by the same stepper; their events interleave in the history.
// A failing branch stops the others and the state fails with the branch's error and cause.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
import type { Gen } from '../ops';
import { registerHandler, runScope, withErrorHandling, type ChildResult, type Outcome, type StateCtx } from '../run-states';
import { jsonataArguments, jsonataOutput, jsonPathInput, jsonPathOutput } from '../stages';
import { StatesError } from '../errors';
import { VarScope, type Scope } from '../runtime';
import { interleave } from '../scheduler';

export function childScope(ctx: StateCtx, index: number, machine: { StartAt: string; States: Record<string, any> }, vars: VarScope): Scope {
  return {
    path: [...ctx.scope.path, ctx.name, index],
    states: machine.States ?? {},
    startAt: machine.StartAt,
    queryLanguage: ctx.rt.def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath',
    vars,
    lastEventId: ctx.scope.lastEventId,
    interleaved: true,
  };
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const rt = ctx.rt;
  const input = ctx.jsonata ? yield* jsonataArguments(ctx) : jsonPathInput(ctx, true);
  const branches = (ctx.def.Branches ?? []) as { StartAt: string; States: Record<string, any> }[];
  yield rt.eventOp(rt.emit(ctx.scope, 'ParallelStateStarted'));
  const results: unknown[] = new Array(branches.length);
  let failure: (ChildResult & { ok: false }) | undefined;
  const scopes: Scope[] = [];
  yield* interleave(rt, {
    scope: ctx.scope,
    count: branches.length,
    concurrency: 0,
    start: (i) => {
      const s = childScope(ctx, i, branches[i], new VarScope(ctx.scope.vars));
      scopes.push(s);
      return runScope(rt, s, input);
    },
    done: (i, r) => {
      if (r.ok) { results[i] = r.output; return false; }
      failure = r;
      return true;
    },
  });
  ctx.scope.lastEventId = rt.history.length;
  if (failure) {
    yield rt.eventOp(rt.emit(ctx.scope, 'ParallelStateFailed', { parallelStateFailedEventDetails: detailsOf(failure) }));
    throw new StatesError(failure.error, failure.cause);
  }
  yield rt.eventOp(rt.emit(ctx.scope, 'ParallelStateSucceeded'));
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
