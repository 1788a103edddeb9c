// Task: the work is done by the injected task handler (mocks, or the editor asking its user). Events follow the
// resource: service integrations record TaskScheduled/TaskStarted/(TaskSubmitted)/TaskSucceeded|TaskFailed|TaskTimedOut,
// Lambda function ARNs LambdaFunction*, activities Activity*.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html, connect-to-resource.html (callbacks)
import type { Gen, Op } from '../ops';
import { maybeAwait } from '../ops';
import { registerHandler, withErrorHandling, type Outcome, type StateCtx } from '../run-states';
import { jsonataArguments, jsonataEnv, jsonataOutput, jsonPathInput, jsonPathOutput, pathEnv } from '../stages';
import { Causes, ErrorNames, StatesError, evaluationError } from '../errors';
import { ExecutionTerminated, evalField } from '../runtime';
import { readPath } from '../pipeline';
import { dataText } from '../history';
import type { TaskResult } from '../types';

interface ResourceInfo { family: 'Task' | 'LambdaFunction' | 'Activity'; resourceType: string; resource: string; callback: boolean; submitted: boolean }

export function resourceInfo(arn: string): ResourceInfo {
  const m = /^arn:[^:]+:states:[^:]*:[^:]*:(.+)$/.exec(arn);
  if (m && !m[1].startsWith('activity:')) {
    const parts = m[1].split(':');
    const resource = parts.pop() ?? '';
    const resourceType = parts.join(':');
    const callback = resource.endsWith('.waitForTaskToken');
    return { family: 'Task', resourceType, resource, callback, submitted: callback || /\.sync(:2)?$/.test(resource) };
  }
  if (m) return { family: 'Activity', resourceType: 'activity', resource: arn, callback: false, submitted: false };
  if (/^arn:[^:]+:lambda:/.test(arn)) return { family: 'LambdaFunction', resourceType: 'lambda', resource: arn, callback: false, submitted: false };
  return { family: 'Task', resourceType: 'unknown', resource: arn, callback: false, submitted: false };
}

/** TimeoutSeconds / HeartbeatSeconds: the value, its JSONata expression, or (JSONPath) its …Path read from the
 * state's input after InputPath. */
function* secondsField(ctx: StateCtx, field: 'TimeoutSeconds' | 'HeartbeatSeconds', effective: unknown): Gen<number | undefined> {
  const d = ctx.def;
  let v: unknown = d[field];
  if (ctx.jsonata && typeof v === 'string') v = yield* evalField(field, v, jsonataEnv(ctx));
  if (!ctx.jsonata && d[`${field}Path`] !== undefined) {
    v = readPath(d[`${field}Path`], pathEnv(ctx, effective));
    if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.invalidPath(`${field}Path`, d[`${field}Path`]));
  }
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    const cause = `The ${field} value ${JSON.stringify(v)} is not a positive integer.`;
    throw ctx.jsonata ? evaluationError(field, cause) : new StatesError(ErrorNames.Runtime, cause);
  }
  return v;
}

/** The task's events, named by the resource's family (Task…, LambdaFunction…, Activity…) with AWS's details. */
class TaskEvents {
  private readonly base: Record<string, unknown>;
  constructor(private readonly ctx: StateCtx, private readonly info: ResourceInfo) {
    this.base = info.family === 'Task' ? { resourceType: info.resourceType, resource: info.resource } : {};
  }

  private emit(suffix: string, details?: () => Record<string, unknown>): Op {
    const { rt, scope } = this.ctx;
    const type = `${this.info.family}${suffix}`;
    return rt.eventOp(rt.emit(scope, type, details && (() => ({ [`${lower(type)}EventDetails`]: details() }))));
  }

  scheduled(parameters: unknown, timeout: number | undefined, heartbeat: number | undefined): Op {
    const f = this.info.family;
    const region = this.ctx.rt.info.region;
    return this.emit('Scheduled', () => {
      const d: Record<string, unknown> = f === 'Task'
        ? { ...this.base, region, parameters: dataText(parameters) }
        : { resource: this.info.resource, input: dataText(parameters), inputDetails: { truncated: false } };
      if (timeout !== undefined) d.timeoutInSeconds = timeout;
      // LambdaFunctionScheduledEventDetails has no heartbeat.
      if (heartbeat !== undefined && f !== 'LambdaFunction') d.heartbeatInSeconds = heartbeat;
      return d;
    });
  }

  started(): Op { return this.info.family === 'Task' ? this.emit('Started', () => ({ ...this.base })) : this.emit('Started'); }

  /** .sync and .waitForTaskToken: the service accepted the request. Its response is not simulated: `{}`. */
  submitted(): Op { return this.emit('Submitted', () => ({ ...this.base, output: '{}', outputDetails: { truncated: false } })); }

  succeeded(output: unknown): Op { return this.emit('Succeeded', () => ({ ...this.base, output: dataText(output), outputDetails: { truncated: false } })); }

  failed(error: string | undefined, cause: string | undefined, timedOut: boolean): Op {
    return this.emit(timedOut ? 'TimedOut' : 'Failed', () => {
      const d: Record<string, unknown> = { ...this.base };
      if (error !== undefined) d.error = error;
      if (cause !== undefined) d.cause = cause;
      return d;
    });
  }
}

/** The task ran past its TimeoutSeconds, or (callbacks and activities) went HeartbeatSeconds without a heartbeat:
 * TaskTimedOut with error States.Timeout and no cause, as AWS records both. */
function timedOut(heartbeat: boolean): StatesError {
  const e = new StatesError(ErrorNames.Timeout);
  e.heartbeat = heartbeat;
  return e;
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const rt = ctx.rt;
  const info = resourceInfo(String(ctx.def.Resource ?? ''));
  const token = info.callback ? taskToken(rt.uuid) : undefined;
  const parameters = ctx.jsonata ? yield* jsonataArguments(ctx, token) : jsonPathInput(ctx, true, token);
  const effective = ctx.jsonata ? ctx.input : ctx.visit.afterInputPath;
  const timeout = yield* secondsField(ctx, 'TimeoutSeconds', effective);
  const heartbeat = yield* secondsField(ctx, 'HeartbeatSeconds', effective);
  const events = new TaskEvents(ctx, info);
  yield events.scheduled(parameters, timeout, heartbeat);
  yield events.started();
  // TimeoutSeconds counts from the start; HeartbeatSeconds from the start or the last heartbeat, for the tasks that
  // send heartbeats (callbacks and activities).
  const startedAt = rt.now;
  const timeoutAt = timeout === undefined ? Infinity : startedAt + timeout * 1000;
  const beats = heartbeat !== undefined && (info.callback || info.family === 'Activity');

  let result: TaskResult;
  if (!rt.taskHandler) {
    // Nobody answers: a callback stays pending (and can time out); any other task cannot run.
    if (!info.callback) throw new ExecutionTerminated('Stepwise.NoTaskResult', `No task result for state '${ctx.name}': the execution has no task handler (give a mock configuration).`);
    result = { kind: 'pending' };
  } else {
    try {
      result = yield* maybeAwait(rt.taskHandler({
        state: ctx.name, resource: String(ctx.def.Resource ?? ''), parameters, invocation: rt.nextInvocation(ctx.name),
        retryCount: ctx.retryCount, taskToken: token, callback: info.callback, scope: ctx.scope.path,
        timeoutSeconds: timeout, heartbeatSeconds: heartbeat,
      }));
    } catch (e) {
      if (e instanceof ExecutionTerminated || e instanceof StatesError) throw e;
      throw new ExecutionTerminated('Stepwise.TaskHandlerError', `The task handler failed for state '${ctx.name}': ${(e as Error)?.message ?? String(e)}`);
    }
  }
  if (info.submitted && info.family === 'Task') yield events.submitted();
  if (result.kind === 'pending') {
    const waitToken = token ?? taskToken(rt.uuid);
    let answer: TaskResult | undefined;
    rt.pending.add(waitToken);
    try {
      while (!(answer = rt.callbacks.get(waitToken))) {
        const lastBeat = Math.max(startedAt, rt.heartbeats.get(waitToken) ?? startedAt);
        const heartbeatAt = beats ? lastBeat + heartbeat! * 1000 : Infinity;
        const deadline = Math.min(timeoutAt, heartbeatAt);
        if (rt.now >= deadline) {
          rt.pending.delete(waitToken);
          yield events.failed(ErrorNames.Timeout, undefined, true);
          throw timedOut(heartbeatAt < timeoutAt);
        }
        yield { kind: 'blocked', token: waitToken, until: deadline };
      }
    } finally {
      rt.pending.delete(waitToken);
      rt.heartbeats.delete(waitToken);
      rt.callbacks.delete(waitToken);
    }
    result = answer;
  } else if (result.seconds !== undefined && result.seconds > 0) {
    // A task that reports how long it took: the clock moves, up to its timeout (no heartbeats were sent).
    const end = startedAt + result.seconds * 1000;
    const heartbeatAt = beats ? startedAt + heartbeat! * 1000 : Infinity;
    const deadline = Math.min(timeoutAt, heartbeatAt);
    if (end > deadline) {
      yield { kind: 'sleep', until: deadline };
      yield events.failed(ErrorNames.Timeout, undefined, true);
      throw timedOut(heartbeatAt < timeoutAt);
    }
    yield { kind: 'sleep', until: end };
  }
  if (result.kind === 'failure' || result.kind === 'pending') {
    const error = result.kind === 'failure' ? result.error : undefined;
    const cause = result.kind === 'failure' ? result.cause : undefined;
    yield events.failed(error, cause, error === ErrorNames.Timeout || error === ErrorNames.HeartbeatTimeout);
    throw new StatesError(error, cause);
  }
  const output = result.output;
  try {
    rt.payload.check(ctx.name, output);
  } catch (e) {
    // AWS records an oversized result as the task's failure.
    if (e instanceof StatesError) yield events.failed(e.error, e.causeText, false);
    throw e;
  }
  yield events.succeeded(output);
  if (ctx.jsonata) return yield* jsonataOutput(ctx, output, true);
  return jsonPathOutput(ctx, output, true);
}

function lower(s: string): string { return s[0].toLowerCase() + s.slice(1); }

/** A task token: opaque, well formed, and drawn from the execution's seeded generator. */
function taskToken(uuid: () => string): string {
  return `AQC${uuid().replace(/-/g, '')}${uuid().replace(/-/g, '')}`;
}

function* task(ctx: StateCtx): Gen<Outcome> {
  return yield* withErrorHandling(ctx, () => attempt(ctx));
}

registerHandler('Task', task);
