// Map: inline (iterations are child executions recorded in this history) and distributed (a Map Run of child
// workflow executions with histories of their own, see map-run.ts). Inputs come from map-input.ts.
// Events: MapStateStarted { length } (0 with an ItemReader: the Map Run reads the items), MapRunStarted/Succeeded/
// Failed for a distributed Map, MapIterationStarted/Succeeded/Failed/Aborted for inline iterations; a failure stops
// the running iterations (MapIterationAborted, and `<Type>StateAborted` for the state each was in) and ends with
// MapStateFailed, which carries no details (the error goes to the execution or the Catch).
// https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html, state-map-distributed.html
import type { Gen } from '../ops';
import { abortEvents, registerHandler, runScope, withErrorHandling, type ChildResult, type Outcome, type StateCtx } from '../run-states';
import { jsonataOutput, jsonPathInput, jsonPathOutput } from '../stages';
import { Causes, ErrorNames, StatesError } from '../errors';
import { VarScope } from '../runtime';
import { childRun, interleave, type ChildRun } from '../scheduler';
import { childScope, detailsOf, failing, failureSource } from './parallel';
import { batchInputs, numberField, readItems, selectItems } from './map-input';
import { MapRun } from './map-run';

/** AWS runs at most 40 inline iterations at once; the figure only shapes how their events interleave. */
const INLINE_CONCURRENCY = 40;

type Processor = { StartAt: string; States: Record<string, any>; ProcessorConfig?: { Mode?: string } };

function inlineIteration(ctx: StateCtx, processor: Processor, input: unknown, index: number): ChildRun {
  const scope = childScope(ctx, index, processor, new VarScope(ctx.scope.vars));
  const rt = ctx.rt;
  return childRun(index, runScope(rt, scope, input, () => rt.emitIteration(scope, 'MapIterationStarted')), scope, rt.now);
}

/** Inputs, MapStateStarted, the iterations or the Map Run; the results (or a ResultWriter's), or the failure thrown. */
function* iterate(ctx: StateCtx): Gen<unknown> {
  const rt = ctx.rt;
  const d = ctx.def;
  const processor = (d.ItemProcessor ?? d.Iterator ?? {}) as Processor;
  const distributed = processor.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const effective = ctx.jsonata ? ctx.input : jsonPathInput(ctx, false);
  let inputs = yield* selectItems(ctx, effective, yield* readItems(ctx, effective));
  if (d.ItemBatcher !== undefined) inputs = yield* batchInputs(ctx, effective, inputs);
  const maxConcurrency = (yield* numberField(ctx, 'MaxConcurrency', effective)) ?? 0;
  const toleratedCount = yield* numberField(ctx, 'ToleratedFailureCount', effective);
  const toleratedPercentage = yield* numberField(ctx, 'ToleratedFailurePercentage', effective, d, (v) => v >= 0 && v <= 100, 'a number from 0 to 100');
  // A distributed Map Run fails with States.ExceedToleratedFailureThreshold once its failures pass the tolerance
  // (none by default); an inline Map fails with its iteration's own error.
  const tolerant = distributed || toleratedCount !== undefined || toleratedPercentage !== undefined;

  yield rt.eventOp(rt.emit(ctx.scope, 'MapStateStarted', { mapStateStartedEventDetails: { length: d.ItemReader !== undefined ? 0 : inputs.length } }));
  let run: MapRun | undefined;
  if (distributed) {
    run = new MapRun(rt, ctx.name, ctx.scope.path, typeof d.Label === 'string' ? d.Label : ctx.name);
    rt.mapRuns.push(run);
    yield rt.eventOp(rt.emit(ctx.scope, 'MapRunStarted', { mapRunStartedEventDetails: { mapRunArn: run.mapRunArn } }));
  }
  const results: unknown[] = new Array(inputs.length);
  let failures = 0;
  let failure: (ChildResult & { ok: false }) | undefined;
  let failed: ChildRun | undefined;
  const total = inputs.length;
  const exceeded = () => {
    if (!tolerant) return failures > 0;
    if (toleratedCount !== undefined && failures > toleratedCount) return true;
    if (toleratedPercentage !== undefined && total > 0 && (failures * 100) / total > toleratedPercentage) return true;
    return toleratedCount === undefined && toleratedPercentage === undefined ? failures > 0 : false;
  };
  const active: ChildRun[] = [];
  ctx.running = active;
  const aborted = yield* interleave(rt, {
    scope: ctx.scope,
    count: inputs.length,
    concurrency: distributed ? maxConcurrency : Math.min(maxConcurrency || INLINE_CONCURRENCY, INLINE_CONCURRENCY),
    active,
    start: (i) => {
      if (!run) return inlineIteration(ctx, processor, inputs[i], i);
      const scope = childScope(ctx, i, processor, new VarScope());
      return childRun(i, run.child(ctx, scope, inputs[i], i), scope, rt.now);
    },
    finished: run ? undefined : (child, r) => rt.emitIteration(child.scope, r.ok ? 'MapIterationSucceeded' : 'MapIterationFailed'),
    done: (child, r) => {
      if (r.ok) { results[child.index] = r.output; return false; }
      failures++;
      const errorOutput: Record<string, unknown> = {};
      if (r.error !== undefined) errorOutput.Error = r.error;
      if (r.cause !== undefined) errorOutput.Cause = r.cause;
      results[child.index] = errorOutput;
      if (exceeded()) { failure = r; failed = child; return true; }
      return false;
    },
  });
  ctx.running = undefined;
  if (failure && failed) {
    const f = tolerant ? { error: ErrorNames.ExceedToleratedFailureThreshold, cause: Causes.toleratedFailure() } : { error: failure.error, cause: failure.cause };
    if (run) {
      run.finish('FAILED');
      ctx.scope.lastEventId = rt.history.length;
      yield rt.eventOp(rt.emit(ctx.scope, 'MapRunFailed', { mapRunFailedEventDetails: detailsOf(f) }));
    } else {
      // What the failing iteration was in, then each iteration stopped and what it was in, all after the failure.
      const prev = failureSource(ctx, failed, true);
      if (failed.scope.open?.def.Type === 'Task') yield* abortEvents(rt, failed.scope, prev);
      for (const a of aborted) {
        yield rt.eventOp(rt.emitIterationAfter(prev, a.scope, 'MapIterationAborted'));
        yield* abortEvents(rt, a.scope, prev);
      }
      ctx.scope.lastEventId = prev;
    }
    throw new StatesError(f.error, f.cause);
  }
  ctx.scope.lastEventId = rt.history.length;
  if (run) {
    run.finish('SUCCEEDED');
    yield rt.eventOp(rt.emit(ctx.scope, 'MapRunSucceeded'));
    if (d.ResultWriter !== undefined) return yield* run.write(ctx, effective, results);
  }
  return results;
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const result = yield* failing(ctx, iterate(ctx), 'MapStateFailed');
  yield ctx.rt.eventOp(ctx.rt.emit(ctx.scope, 'MapStateSucceeded'));
  if (ctx.jsonata) return yield* jsonataOutput(ctx, result, true);
  return jsonPathOutput(ctx, result, true);
}

function* map(ctx: StateCtx): Gen<Outcome> {
  return yield* withErrorHandling(ctx, () => attempt(ctx));
}

registerHandler('Map', map);
