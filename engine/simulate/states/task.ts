// Task: the work is done by the injected task handler (mocks, or the editor asking its user). Events follow the
// resource: service integrations record TaskScheduled/TaskStarted/(TaskSubmitted)/TaskSucceeded|TaskFailed|TaskTimedOut,
// Lambda function ARNs LambdaFunction*, activities Activity*.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html, connect-to-resource.html (callbacks)
import type { Gen } from '../ops';
import { maybeAwait } from '../ops';
import { registerHandler, withErrorHandling, type Outcome, type StateCtx } from '../run-states';
import { jsonataArguments, jsonataEnv, jsonataOutput, jsonPathInput, jsonPathOutput, pathEnv } from '../stages';
import { ErrorNames, StatesError } from '../errors';
import { ExecutionTerminated, evalJsonataValue } from '../runtime';
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

function* secondsField(ctx: StateCtx, field: 'TimeoutSeconds' | 'HeartbeatSeconds', effective: unknown): Gen<number | undefined> {
  const d = ctx.def;
  let v: unknown = d[field];
  if (ctx.jsonata && typeof v === 'string') v = yield* evalJsonataValue(v, jsonataEnv(ctx));
  if (!ctx.jsonata && d[`${field}Path`] !== undefined) v = readPath(d[`${field}Path`], pathEnv(ctx, effective));
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new StatesError(ctx.jsonata ? ErrorNames.QueryEvaluationError : ErrorNames.Runtime, `The ${field} value ${JSON.stringify(v)} is not a positive integer.`);
  }
  return v;
}

function* attempt(ctx: StateCtx): Gen<Outcome> {
  const rt = ctx.rt;
  const info = resourceInfo(String(ctx.def.Resource ?? ''));
  const token = info.callback ? taskToken(rt.uuid) : undefined;
  const parameters = ctx.jsonata ? yield* jsonataArguments(ctx, token) : jsonPathInput(ctx, true, token);
  const timeout = yield* secondsField(ctx, 'TimeoutSeconds', parameters);
  const heartbeat = yield* secondsField(ctx, 'HeartbeatSeconds', parameters);
  const f = info.family;
  const base = f === 'Task' ? { resourceType: info.resourceType, resource: info.resource } : {};
  if (f === 'Task') {
    const details: Record<string, unknown> = { ...base, region: rt.info.region, parameters: dataText(parameters) };
    if (timeout !== undefined) details.timeoutInSeconds = timeout;
    if (heartbeat !== undefined) details.heartbeatInSeconds = heartbeat;
    yield rt.eventOp(rt.emit(ctx.scope, 'TaskScheduled', { taskScheduledEventDetails: details }));
  } else {
    const details: Record<string, unknown> = { resource: info.resource, input: dataText(parameters), inputDetails: { truncated: false } };
    if (timeout !== undefined) details.timeoutInSeconds = timeout;
    if (heartbeat !== undefined) details.heartbeatInSeconds = heartbeat;
    yield rt.eventOp(rt.emit(ctx.scope, `${f}Scheduled`, { [`${lower(f)}ScheduledEventDetails`]: details }));
  }
  yield rt.eventOp(rt.emit(ctx.scope, `${f}Started`, f === 'Task' ? { taskStartedEventDetails: base } : undefined));

  let result: TaskResult;
  if (!rt.taskHandler) throw new ExecutionTerminated('Stepwise.NoTaskResult', `No task result for state '${ctx.name}': the execution has no task handler (give a mock configuration).`);
  try {
    result = yield* maybeAwait(rt.taskHandler({
      state: ctx.name, resource: String(ctx.def.Resource ?? ''), parameters, invocation: rt.nextInvocation(ctx.name),
      retryCount: ctx.retryCount, taskToken: token, callback: info.callback, scope: ctx.scope.path,
    }));
  } catch (e) {
    if (e instanceof ExecutionTerminated || e instanceof StatesError) throw e;
    throw new ExecutionTerminated('Stepwise.TaskHandlerError', `The task handler failed for state '${ctx.name}': ${(e as Error)?.message ?? String(e)}`);
  }
  if (info.submitted && f === 'Task') {
    yield rt.eventOp(rt.emit(ctx.scope, 'TaskSubmitted', { taskSubmittedEventDetails: { ...base, output: '{}', outputDetails: { truncated: false } } }));
  }
  if (result.kind === 'pending') {
    const waitToken = token ?? taskToken(rt.uuid);
    let answer: TaskResult | undefined;
    while (!(answer = rt.callbacks.get(waitToken))) yield { kind: 'blocked', token: waitToken };
    rt.callbacks.delete(waitToken);
    result = answer;
  }
  if (result.kind === 'failure' || result.kind === 'pending') {
    const error = result.kind === 'failure' ? result.error : undefined;
    const cause = result.kind === 'failure' ? result.cause : undefined;
    const timedOut = error === ErrorNames.Timeout || error === ErrorNames.HeartbeatTimeout;
    const type = `${f}${timedOut ? 'TimedOut' : 'Failed'}`;
    const details: Record<string, unknown> = { ...base };
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    yield rt.eventOp(rt.emit(ctx.scope, type, { [`${lower(type)}EventDetails`]: details }));
    throw new StatesError(error, cause);
  }
  const output = result.output;
  yield rt.eventOp(rt.emit(ctx.scope, `${f}Succeeded`, {
    [`${lower(f)}SucceededEventDetails`]: { ...base, output: dataText(output), outputDetails: { truncated: false } },
  }));
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
