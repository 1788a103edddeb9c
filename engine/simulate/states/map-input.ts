// A Map state's inputs: its items (ItemsPath, Items, or an ItemReader whose data the task handler supplies), each
// item's ItemSelector, and the ItemBatcher's batches; and the Map's numeric settings (MaxConcurrency,
// ToleratedFailureCount/Percentage and their …Path variants).
// https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html, input-output-itemreader.html,
// input-output-itembatcher.html, input-output-itemselector.html
import type { Gen } from '../ops';
import { maybeAwait } from '../ops';
import type { StateCtx } from '../run-states';
import { jsonataEnv, pathEnv } from '../stages';
import { Causes, ErrorNames, StatesError, evaluationError } from '../errors';
import { ExecutionTerminated, evalField } from '../runtime';
import { applyTemplate, readPath } from '../pipeline';
import { parseCsv } from '../csv';
import { isJsonataString } from '../jsonata';
import { payloadBytes } from '../limits';

/** A number field of the state (or of `obj`, the ItemBatcher or ReaderConfig): the value, its JSONata expression,
 * or (JSONPath) its `…Path` read from the effective input. */
export function* numberField(ctx: StateCtx, field: string, effective: unknown, obj: Record<string, any> = ctx.def,
  check: (v: number) => boolean = (v) => v >= 0, expected = 'a non-negative number'): Gen<number | undefined> {
  let v: unknown = obj[field];
  if (ctx.jsonata && isJsonataString(v)) v = yield* evalField(field, v, jsonataEnv(ctx));
  if (!ctx.jsonata && obj[`${field}Path`] !== undefined) {
    v = readPath(obj[`${field}Path`], pathEnv(ctx, effective));
    if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.invalidPath(`${field}Path`, obj[`${field}Path`]));
  }
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !check(v)) {
    const cause = `The ${field} value ${JSON.stringify(v)} is not ${expected}.`;
    throw ctx.jsonata ? evaluationError(field, cause) : new StatesError(ErrorNames.Runtime, cause);
  }
  return v;
}

const positiveInteger = (v: number) => Number.isInteger(v) && v > 0;

export function* readItems(ctx: StateCtx, effective: unknown): Gen<unknown[]> {
  const d = ctx.def;
  let items: unknown;
  if (d.ItemReader !== undefined) items = yield* readFromItemReader(ctx, effective);
  else if (ctx.jsonata) items = d.Items === undefined ? ctx.input : yield* evalField('Items', d.Items, jsonataEnv(ctx));
  else if (d.ItemsPath !== undefined) {
    items = readPath(d.ItemsPath, pathEnv(ctx, effective));
    if (items === undefined) throw new StatesError(ErrorNames.Runtime, Causes.invalidPath('ItemsPath', d.ItemsPath));
    if (!Array.isArray(items)) throw new StatesError(ErrorNames.Runtime, Causes.itemsPathNotArray(d.ItemsPath, items));
  } else items = effective;
  if (!Array.isArray(items)) {
    throw ctx.jsonata ? evaluationError('Items', Causes.itemsNotArray(items)) : new StatesError(ErrorNames.Runtime, Causes.itemsPathNotArray('$', items));
  }
  return items;
}

/** The ItemReader's data comes from the task handler (a mocked response for the Map state), as an array, a JSON or
 * CSV text, or an S3 GetObject/ListObjectsV2-shaped object. */
function* readFromItemReader(ctx: StateCtx, effective: unknown): Gen<unknown[]> {
  const reader = ctx.def.ItemReader as Record<string, any>;
  const rt = ctx.rt;
  let parameters: unknown = reader.Parameters ?? reader.Arguments ?? {};
  if (ctx.jsonata) parameters = yield* evalField('ItemReader', parameters, jsonataEnv(ctx));
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
    else if (config.InputType === 'JSONL') data = jsonLines(data);
    else {
      try { data = JSON.parse(data); } catch { throw new StatesError(ErrorNames.ItemReaderFailed, 'The ItemReader data is not valid JSON.'); }
    }
  }
  if (!Array.isArray(data)) throw new StatesError(ErrorNames.ItemReaderFailed, `The ItemReader data is not an array: ${JSON.stringify(data)?.slice(0, 200)}`);
  const max = yield* numberField(ctx, 'MaxItems', effective, config, positiveInteger, 'a positive integer');
  return max !== undefined ? data.slice(0, max) : data;
}

function jsonLines(text: string): unknown[] {
  const out: unknown[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    try { out.push(JSON.parse(line)); } catch { throw new StatesError(ErrorNames.ItemReaderFailed, `The ItemReader data has a line that is not valid JSON: ${line.slice(0, 200)}`); }
  }
  return out;
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
  return yield* evalField('ItemSelector', selector, rt.jsonataEnv(ctx.scope, { input: ctx.input, context }));
}

/** Each item through the ItemSelector (the items themselves when there is none). */
export function* selectItems(ctx: StateCtx, effective: unknown, items: unknown[]): Gen<unknown[]> {
  const selector = ctx.def.ItemSelector ?? ctx.def.Parameters;
  if (selector === undefined) return items;
  const inputs = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    inputs[i] = ctx.jsonata ? yield* selectItemJsonata(ctx, selector, items[i], i) : selectItemPath(ctx, selector, effective, items[i], i);
  }
  return inputs;
}

/** ItemBatcher: the items in batches of at most MaxItemsPerBatch items and MaxInputBytesPerBatch bytes (UTF-8 JSON of
 * the whole batch input, BatchInput included); each child execution gets `{ "BatchInput": …, "Items": [...] }`. An
 * item bigger than the byte limit on its own still makes a batch of one. */
export function* batchInputs(ctx: StateCtx, effective: unknown, inputs: unknown[]): Gen<unknown[]> {
  const b = ctx.def.ItemBatcher as Record<string, any>;
  const maxItems = yield* numberField(ctx, 'MaxItemsPerBatch', effective, b, positiveInteger, 'a positive integer');
  const maxBytes = yield* numberField(ctx, 'MaxInputBytesPerBatch', effective, b, positiveInteger, 'a positive integer');
  let batchInput: unknown = b.BatchInput;
  if (batchInput !== undefined) batchInput = ctx.jsonata ? yield* evalField('ItemBatcher', batchInput, jsonataEnv(ctx)) : applyTemplate(batchInput, pathEnv(ctx, effective));
  const wrap = (items: unknown[]) => (batchInput === undefined ? { Items: items } : { BatchInput: batchInput, Items: items });
  // The envelope without items, `{"Items":[]}` or `{"BatchInput":…,"Items":[]}`; each item adds its bytes and a comma.
  const envelope = payloadBytes(wrap([]));
  const batches: unknown[] = [];
  let current: unknown[] = [];
  let bytes = envelope;
  for (const item of inputs) {
    const size = payloadBytes(item);
    if (current.length && ((maxItems !== undefined && current.length >= maxItems) || (maxBytes !== undefined && bytes + 1 + size > maxBytes))) {
      batches.push(wrap(current));
      current = [];
      bytes = envelope;
    }
    bytes += (current.length ? 1 : 0) + size;
    current.push(item);
  }
  if (current.length) batches.push(wrap(current));
  return batches;
}
