// Map: inline (iterations are child executions recorded in this history) and distributed (child executions with
// histories of their own, items from an ItemReader whose data the task handler supplies, ItemBatcher, tolerated
// failures). https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html, state-map-distributed.html
import type { Gen } from '../ops';
import { maybeAwait } from '../ops';
import { registerHandler, runScope, withErrorHandling, type ChildResult, type Outcome, type ScopeFrame, type StateCtx } from '../run-states';
import { contextOf, jsonataEnv, jsonataOutput, jsonPathInput, jsonPathOutput, pathEnv } from '../stages';
import { Causes, ErrorNames, StatesError } from '../errors';
import { ExecutionTerminated, VarScope, evalJsonataValue, type Runtime, type Scope } from '../runtime';
import { applyTemplate, readPath } from '../pipeline';
import { interleave } from '../scheduler';
import { childScope, detailsOf } from './parallel';
import { parseCsv } from '../csv';
import { isJsonataString } from '../jsonata';

/** AWS runs at most 40 inline iterations at once; the figure only shapes how their events interleave. */
const INLINE_CONCURRENCY = 40;

function* numberField(ctx: StateCtx, field: string, effective: unknown): Gen<number | undefined> {
  const d = ctx.def;
  let v: unknown = d[field];
  if (ctx.jsonata && isJsonataString(v)) v = yield* evalJsonataValue(v, jsonataEnv(ctx));
  if (!ctx.jsonata && d[`${field}Path`] !== undefined) {
    v = readPath(d[`${field}Path`], pathEnv(ctx, effective));
    if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.invalidPath(`${field}Path`, d[`${field}Path`]));
  }
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || v < 0) throw new StatesError(ctx.jsonata ? ErrorNames.QueryEvaluationError : ErrorNames.Runtime, `The ${field} value ${JSON.stringify(v)} is not a non-negative number.`);
  return v;
}

function* readItems(ctx: StateCtx, effective: unknown): Gen<unknown[]> {
  const d = ctx.def;
  let items: unknown;
  if (d.ItemReader !== undefined) items = yield* readFromItemReader(ctx, effective);
  else if (ctx.jsonata) items = d.Items === undefined ? ctx.input : yield* evalJsonataValue(d.Items, jsonataEnv(ctx));
  else if (d.ItemsPath !== undefined) {
    items = readPath(d.ItemsPath, pathEnv(ctx, effective));
    if (items === undefined) throw new StatesError(ErrorNames.Runtime, Causes.invalidPath('ItemsPath', d.ItemsPath));
    if (!Array.isArray(items)) throw new StatesError(ErrorNames.Runtime, Causes.itemsPathNotArray(d.ItemsPath, items));
  } else items = effective;
  if (!Array.isArray(items)) {
    throw new StatesError(ctx.jsonata ? ErrorNames.QueryEvaluationError : ErrorNames.Runtime, ctx.jsonata ? Causes.itemsNotArray(items) : Causes.itemsPathNotArray('$', items));
  }
  return items;
}

/** The ItemReader's data comes from the task handler (a mocked response for the Map state), as an array, a JSON or
 * CSV text, or an S3 GetObject/ListObjectsV2-shaped object. */
function* readFromItemReader(ctx: StateCtx, effective: unknown): Gen<unknown[]> {
  const reader = ctx.def.ItemReader as Record<string, any>;
  const rt = ctx.rt;
  let parameters: unknown = reader.Parameters ?? reader.Arguments ?? {};
  if (ctx.jsonata) parameters = yield* evalJsonataValue(parameters, jsonataEnv(ctx));
  else parameters = applyTemplate(parameters, pathEnv(ctx, effective));
  if (!rt.taskHandler) throw new ExecutionTerminated('Stepwise.NoTaskResult', `No ItemReader data for the Map state '${ctx.name}': the execution has no task handler.`);
  const r = yield* maybeAwait(rt.taskHandler({
    state: ctx.name, resource: String(reader.Resource ?? ''), parameters, invocation: rt.nextInvocation(ctx.name),
    retryCount: ctx.retryCount, callback: false, scope: ctx.scope.path,
  }));
  if (r.kind === 'failure') throw new StatesError(r.error ?? ErrorNames.ItemReaderFailed, r.cause);
  if (r.kind !== 'success') throw new StatesError(ErrorNames.ItemReaderFailed, 'The ItemReader gave no data.');
  const config = (reader.ReaderConfig ?? {}) as Record<string, any>;
  let data: unknown = r.output;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    if ('Body' in o) data = o.Body;
    else if (Array.isArray(o.Contents)) data = o.Contents;
  }
  if (typeof data === 'string') {
    if (config.InputType === 'CSV') data = parseCsv(data, config.CSVHeaderLocation === 'GIVEN' ? config.CSVHeaders : undefined);
    else {
      try { data = JSON.parse(data); } catch { throw new StatesError(ErrorNames.ItemReaderFailed, 'The ItemReader data is not valid JSON.'); }
    }
  }
  if (!Array.isArray(data)) throw new StatesError(ErrorNames.ItemReaderFailed, `The ItemReader data is not an array: ${JSON.stringify(data)?.slice(0, 200)}`);
  const max = typeof config.MaxItems === 'number' ? config.MaxItems : undefined;
  return max !== undefined && max > 0 ? data.slice(0, max) : data;
}

/** ItemSelector (or the legacy Parameters) of a JSONPath Map for one item; `$$.Map.Item` is that item. */
function selectItemPath(ctx: StateCtx, selector: unknown, effective: unknown, item: unknown, index: number): unknown {
  const rt = ctx.rt;
  const mapItem = { Index: index, Value: item };
  return applyTemplate(selector, rt.pathEnv(ctx.scope, effective, () => rt.context(ctx.name, ctx.enteredTime, ctx.retryCount, undefined, mapItem)));
}

function* selectItemJsonata(ctx: StateCtx, selector: unknown, item: unknown, index: number): Gen<unknown> {
  const rt = ctx.rt;
  const context = rt.context(ctx.name, ctx.enteredTime, ctx.retryCount, undefined, { Index: index, Value: item });
  return yield* evalJsonataValue(selector, rt.jsonataEnv(ctx.scope, { input: ctx.input, context }));
}

function* batchInputs(ctx: StateCtx, effective: unknown, inputs: unknown[]): Gen<unknown[]> {
  const b = ctx.def.ItemBatcher as Record<string, any>;
  const maxItems = yield* numberFieldOf(ctx, b, 'MaxItemsPerBatch', effective);
  const maxBytes = yield* numberFieldOf(ctx, b, 'MaxInputBytesPerBatch', effective);
  let batchInput: unknown = b.BatchInput;
  if (batchInput !== undefined) batchInput = ctx.jsonata ? yield* evalJsonataValue(batchInput, jsonataEnv(ctx)) : applyTemplate(batchInput, pathEnv(ctx, effective));
  const batches: unknown[] = [];
  let current: unknown[] = [];
  let bytes = 0;
  for (const item of inputs) {
    const size = JSON.stringify(item)?.length ?? 0;
    if (current.length && ((maxItems && current.length >= maxItems) || (maxBytes && bytes + size > maxBytes))) {
      batches.push(current); current = []; bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches.map((items) => (batchInput === undefined ? { Items: items } : { BatchInput: batchInput, Items: items }));
}

function* numberFieldOf(ctx: StateCtx, obj: Record<string, any>, field: string, effective: unknown): Gen<number | undefined> {
  let v: unknown = obj[field];
  if (ctx.jsonata && isJsonataString(v)) v = yield* evalJsonataValue(v, jsonataEnv(ctx));
  if (!ctx.jsonata && obj[`${field}Path`] !== undefined) v = readPath(obj[`${field}Path`], pathEnv(ctx, effective));
  return typeof v === 'number' ? v : undefined;
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const rt = ctx.rt;
  const d = ctx.def;
  const processor = (d.ItemProcessor ?? d.Iterator ?? {}) as { StartAt: string; States: Record<string, any>; ProcessorConfig?: { Mode?: string } };
  const distributed = processor.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const effective = ctx.jsonata ? ctx.input : jsonPathInput(ctx, false);
  const items = yield* readItems(ctx, effective);
  const selector = d.ItemSelector ?? d.Parameters;
  let inputs: unknown[] = items;
  if (selector !== undefined) {
    inputs = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      inputs[i] = ctx.jsonata ? yield* selectItemJsonata(ctx, selector, items[i], i) : selectItemPath(ctx, selector, effective, items[i], i);
    }
  }
  if (d.ItemBatcher !== undefined) inputs = yield* batchInputs(ctx, effective, inputs);
  const maxConcurrency = (yield* numberField(ctx, 'MaxConcurrency', effective)) ?? 0;
  const toleratedCount = yield* numberField(ctx, 'ToleratedFailureCount', effective);
  const toleratedPercentage = yield* numberField(ctx, 'ToleratedFailurePercentage', effective);
  // A distributed Map Run fails with States.ExceedToleratedFailureThreshold once its failures pass the tolerance
  // (none by default); an inline Map fails with its iteration's own error.
  const tolerant = distributed || toleratedCount !== undefined || toleratedPercentage !== undefined;

  yield rt.eventOp(rt.emit(ctx.scope, 'MapStateStarted', { mapStateStartedEventDetails: { length: inputs.length } }));
  if (distributed) yield rt.eventOp(rt.emit(ctx.scope, 'MapRunStarted', { mapRunStartedEventDetails: { mapRunArn: `${rt.info.stateMachineArn.replace(':stateMachine:', ':mapRun:')}/${ctx.name}:${rt.uuid()}` } }));
  const results: unknown[] = new Array(inputs.length);
  let failures = 0;
  let failure: (ChildResult & { ok: false }) | undefined;
  const total = inputs.length;
  const exceeded = () => {
    if (!tolerant) return failures > 0;
    if (toleratedCount !== undefined && failures > toleratedCount) return true;
    if (toleratedPercentage !== undefined && total > 0 && (failures * 100) / total > toleratedPercentage) return true;
    return toleratedCount === undefined && toleratedPercentage === undefined ? failures > 0 : false;
  };
  const runChild = (i: number): Gen<ChildResult> => distributed ? distributedChild(ctx, processor, inputs[i], i) : inlineIteration(ctx, processor, inputs[i], i);
  const aborted = yield* interleave(rt, {
    scope: ctx.scope,
    count: inputs.length,
    concurrency: distributed ? maxConcurrency : Math.min(maxConcurrency || INLINE_CONCURRENCY, INLINE_CONCURRENCY),
    start: runChild,
    done: (i, r) => {
      if (r.ok) { results[i] = r.output; return false; }
      failures++;
      const errorOutput: Record<string, unknown> = {};
      if (r.error !== undefined) errorOutput.Error = r.error;
      if (r.cause !== undefined) errorOutput.Cause = r.cause;
      results[i] = errorOutput;
      if (exceeded()) { failure = r; return true; }
      return false;
    },
  });
  ctx.scope.lastEventId = rt.history.length;
  if (!distributed) {
    for (const i of aborted) {
      const iteration: Scope = { ...ctx.scope, path: [...ctx.scope.path, ctx.name, i] };
      yield rt.eventOp(rt.emitIteration(iteration, 'MapIterationAborted'));
      ctx.scope.lastEventId = iteration.lastEventId;
    }
  }
  if (failure) {
    const f = tolerant ? { error: ErrorNames.ExceedToleratedFailureThreshold, cause: Causes.toleratedFailure() } : { error: failure.error, cause: failure.cause };
    if (distributed) yield rt.eventOp(rt.emit(ctx.scope, 'MapRunFailed', { mapRunFailedEventDetails: detailsOf(f) }));
    yield rt.eventOp(rt.emit(ctx.scope, 'MapStateFailed', { mapStateFailedEventDetails: detailsOf(f) }));
    throw new StatesError(f.error, f.cause);
  }
  if (distributed) yield rt.eventOp(rt.emit(ctx.scope, 'MapRunSucceeded'));
  yield rt.eventOp(rt.emit(ctx.scope, 'MapStateSucceeded'));
  if (ctx.jsonata) return yield* jsonataOutput(ctx, results, true);
  return jsonPathOutput(ctx, results, true);
}

/** An inline iteration's own events around its states. */
class IterationFrame implements ScopeFrame {
  constructor(private readonly rt: Runtime, private readonly scope: Scope) {}
  started(): number { return this.rt.emitIteration(this.scope, 'MapIterationStarted'); }
  finished(r: ChildResult): number { return this.rt.emitIteration(this.scope, r.ok ? 'MapIterationSucceeded' : 'MapIterationFailed'); }
}

function inlineIteration(ctx: StateCtx, processor: { StartAt: string; States: Record<string, any> }, input: unknown, index: number): Gen<ChildResult> {
  const scope = childScope(ctx, index, processor, new VarScope(ctx.scope.vars));
  return runScope(ctx.rt, scope, input, new IterationFrame(ctx.rt, scope));
}

/** A distributed Map's child execution: a history of its own, and no access to the parent's variables. */
function* distributedChild(ctx: StateCtx, processor: { StartAt: string; States: Record<string, any> }, input: unknown, index: number): Gen<ChildResult> {
  const rt: Runtime = ctx.rt.child();
  const scope = childScope(ctx, index, processor, new VarScope());
  scope.lastEventId = 0;
  rt.emitExecution(scope, 'ExecutionStarted', { executionStartedEventDetails: { input: JSON.stringify(input), inputDetails: { truncated: false } } });
  scope.lastEventId = 0;
  const r = yield* runScope(rt, scope, input);
  if (r.ok) rt.emitExecution(scope, 'ExecutionSucceeded', { executionSucceededEventDetails: { output: JSON.stringify(r.output) } });
  else rt.emitExecution(scope, 'ExecutionFailed', { executionFailedEventDetails: detailsOf(r) });
  return r;
}

function* map(ctx: StateCtx): Gen<Outcome> {
  void contextOf;
  return yield* withErrorHandling(ctx, () => attempt(ctx));
}

registerHandler('Map', map);
