// A Distributed Map's Map Run: each item (or batch) is a child workflow execution with a history and a Context
// object of its own (`$$.Execution` is the child's), kept on the Map Run record that `Execution.mapRuns` shows; and the
// ResultWriter. There is no S3 here: a ResultWriter with Resource and Parameters/Arguments makes the Map's result the
// object AWS returns ({ MapRunArn, ResultWriterDetails: { Bucket, Key } }, Key = Prefix/<map run id>/manifest.json),
// and the files AWS would write (manifest.json, SUCCEEDED_0.json, FAILED_0.json, …) are kept on the Map Run record;
// a ResultWriter with only WriterConfig shapes the Map's result (COMPACT, FLATTEN, NONE; JSON or JSONL) in place.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html, input-output-resultwriter.html
import type { Gen } from '../ops';
import type { ExecutionStatus, HistoryEvent } from '../types';
import { runScope, type ChildResult, type StateCtx } from '../run-states';
import { evalField, type Runtime, type Scope } from '../runtime';
import { jsonataEnv, pathEnv } from '../stages';
import { applyTemplate } from '../pipeline';
import { dataText, type History } from '../history';
import { utf8Bytes } from '../limits';
import { detailsOf } from './parallel';

/** One child workflow execution of a Map Run, as the debugger shows it. */
export interface MapRunExecution {
  index: number;
  name: string;
  executionArn: string;
  status: ExecutionStatus;
  input: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  startDate: string;
  stopDate?: string;
  /** Its own history, GetExecutionHistory-shaped. */
  readonly events: HistoryEvent[];
}

/** What a ResultWriter would have written to S3: object keys and their texts. */
export interface ResultWriterOutput {
  bucket: string;
  prefix: string;
  manifestKey: string;
  files: Record<string, string>;
}

export interface MapRunInfo {
  mapRunArn: string;
  /** The Map state's name and the scope path of the child execution it runs in. */
  stateName: string;
  scope: (string | number)[];
  label: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  startDate: string;
  stopDate?: string;
  executions: MapRunExecution[];
  resultWriter?: ResultWriterOutput;
}

/** Plain data but for `events`, a getter that materializes the history when read (JSON.stringify leaves it out). */
class ChildRecord implements MapRunExecution {
  status: ExecutionStatus = 'RUNNING';
  output?: unknown;
  error?: string;
  cause?: string;
  stopDate?: string;
  readonly #history: History;
  constructor(readonly index: number, readonly name: string, readonly executionArn: string, readonly input: unknown,
    readonly startDate: string, history: History) { this.#history = history; }
  get events(): HistoryEvent[] { return this.#history.events; }
}

export class MapRun implements MapRunInfo {
  status: MapRunInfo['status'] = 'RUNNING';
  stopDate?: string;
  readonly executions: ChildRecord[] = [];
  resultWriter?: ResultWriterOutput;
  readonly mapRunArn: string;
  readonly startDate: string;
  readonly #rt: Runtime;
  readonly #id: string;
  readonly #childStateMachineArn: string;
  readonly #childArnPrefix: string;

  constructor(rt: Runtime, readonly stateName: string, readonly scope: (string | number)[], readonly label: string) {
    const info = rt.info;
    this.#rt = rt;
    this.#id = rt.uuid();
    const qualified = `${info.stateMachineName}/${label}`;
    this.mapRunArn = `arn:${info.partition}:states:${info.region}:${info.account}:mapRun:${qualified}:${this.#id}`;
    this.#childStateMachineArn = `${info.stateMachineArn}/${label}`;
    this.#childArnPrefix = `arn:${info.partition}:states:${info.region}:${info.account}:execution:${qualified}:`;
    this.startDate = rt.isoTime(rt.now);
  }

  finish(status: MapRunInfo['status']): void {
    this.status = status;
    this.stopDate = this.#rt.isoTime(this.#rt.now);
  }

  /** A child workflow execution: ExecutionStarted … ExecutionSucceeded/Failed in its own history; no access to the
   * parent's variables. An abort (another child passed the tolerated failures) ends it with ExecutionAborted. */
  *child(ctx: StateCtx, scope: Scope, input: unknown, index: number): Gen<ChildResult> {
    const name = ctx.rt.uuid();
    const arn = this.#childArnPrefix + name;
    const rt: Runtime = ctx.rt.child({ executionArn: arn, executionName: name, stateMachineArn: this.#childStateMachineArn, stateMachineName: `${ctx.rt.info.stateMachineName}/${this.label}` }, input);
    const record = new ChildRecord(index, name, arn, input, rt.isoTime(rt.now), rt.history);
    this.executions.push(record);
    scope.lastEventId = 0;
    rt.emitExecution(scope, 'ExecutionStarted', () => ({ executionStartedEventDetails: { input: dataText(input), inputDetails: { truncated: false }, roleArn: rt.info.roleArn } }));
    scope.lastEventId = 0;
    let finished = false;
    try {
      const r = yield* runScope(rt, scope, input);
      finished = true;
      record.stopDate = rt.isoTime(rt.now);
      if (r.ok) {
        record.status = 'SUCCEEDED';
        record.output = r.output;
        rt.emitExecution(scope, 'ExecutionSucceeded', () => ({ executionSucceededEventDetails: { output: dataText(r.output), outputDetails: { truncated: false } } }));
      } else {
        record.status = 'FAILED';
        record.error = r.error;
        record.cause = r.cause;
        rt.emitExecution(scope, 'ExecutionFailed', { executionFailedEventDetails: detailsOf(r) });
      }
      return r;
    } finally {
      if (!finished) {
        record.status = 'ABORTED';
        record.stopDate = rt.isoTime(rt.now);
        rt.emitExecution(scope, 'ExecutionAborted', { executionAbortedEventDetails: {} });
      }
    }
  }

  /** The child execution's entry in a result file: its output as is (COMPACT), flattened (FLATTEN), or with the
   * execution's metadata (NONE, and always for a child that did not succeed). */
  private entry(c: ChildRecord): Record<string, unknown> {
    const e: Record<string, unknown> = {
      ExecutionArn: c.executionArn, Input: dataText(c.input), InputDetails: { Included: true }, Name: c.name,
    };
    if (c.status === 'SUCCEEDED') { e.Output = dataText(c.output); e.OutputDetails = { Included: true }; } else {
      if (c.error !== undefined) e.Error = c.error;
      if (c.cause !== undefined) e.Cause = c.cause;
    }
    Object.assign(e, { RedriveCount: 0, StartDate: c.startDate, StateMachineArn: this.#childStateMachineArn, Status: c.status });
    if (c.stopDate) e.StopDate = c.stopDate;
    return e;
  }

  private shaped(children: ChildRecord[], transformation: string, compactFailure: (c: ChildRecord) => unknown): unknown[] {
    const out: unknown[] = [];
    for (const c of children) {
      if (transformation === 'NONE') out.push(this.entry(c));
      else if (c.status !== 'SUCCEEDED') out.push(compactFailure(c));
      else if (transformation === 'FLATTEN' && Array.isArray(c.output)) out.push(...c.output);
      else out.push(c.output);
    }
    return out;
  }

  /** The Map's result with a ResultWriter. `results` is the array a Map without one would return. */
  *write(ctx: StateCtx, effective: unknown, results: unknown[]): Gen<unknown> {
    const w = ctx.def.ResultWriter as Record<string, any>;
    const config = (w.WriterConfig ?? {}) as Record<string, any>;
    const exporting = w.Resource !== undefined;
    const transformation = String(config.Transformation ?? (exporting ? 'NONE' : 'COMPACT'));
    const jsonl = config.OutputType === 'JSONL';
    const children = [...this.executions].sort((a, b) => a.index - b.index);
    const format = (values: unknown[]) => (jsonl ? values.map((v) => JSON.stringify(v)).join('\n') : JSON.stringify(values));
    if (!exporting) {
      const shaped = this.shaped(children, transformation, (c) => results[c.index]);
      return jsonl ? format(shaped) : shaped;
    }
    let parameters: unknown = w.Parameters ?? w.Arguments ?? {};
    parameters = ctx.jsonata ? yield* evalField('ResultWriter', parameters, jsonataEnv(ctx)) : applyTemplate(parameters, pathEnv(ctx, effective));
    const p = (parameters ?? {}) as Record<string, unknown>;
    const bucket = String(p.Bucket ?? '');
    let prefix = typeof p.Prefix === 'string' ? p.Prefix : '';
    if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
    const base = `${prefix}${this.#id}/`;
    const files: Record<string, string> = {};
    const resultFiles: Record<string, { Key: string; Size: number }[]> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
    const extension = jsonl ? 'jsonl' : 'json';
    for (const status of ['SUCCEEDED', 'FAILED', 'PENDING'] as const) {
      const group = children.filter((c) => (status === 'PENDING' ? c.status === 'RUNNING' : status === 'FAILED' ? c.status !== 'SUCCEEDED' && c.status !== 'RUNNING' : c.status === status));
      if (!group.length) continue;
      const key = `${base}${status}_0.${extension}`;
      const text = format(this.shaped(group, transformation, (c) => this.entry(c)));
      files[key] = text;
      resultFiles[status].push({ Key: key, Size: utf8Bytes(text) });
    }
    const manifestKey = `${base}manifest.json`;
    files[manifestKey] = JSON.stringify({ DestinationBucket: bucket, MapRunArn: this.mapRunArn, ResultFiles: resultFiles });
    this.resultWriter = { bucket, prefix, manifestKey, files };
    return { MapRunArn: this.mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } };
  }
}
