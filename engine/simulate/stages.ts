// The data stages of one state visit, for both query languages, recorded on the visit under the TestState API's names.
// JSONPath: InputPath → Parameters → result → ResultSelector → (Assign) → ResultPath → OutputPath.
// JSONata: Arguments → result → Output, with Assign and Output both evaluated against the values from before the
// state (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html).
import type { Gen } from './ops';
import type { StateCtx } from './run-states';
import { applyResultPath, applyTemplate, selectPath, type PathEnv } from './pipeline';
import { assignJsonPath, evalJsonataValue } from './runtime';
import { checkPayload } from './limits';
import type { JsonataEnv } from './jsonata';

export function contextOf(ctx: StateCtx, token?: string): Record<string, unknown> {
  return ctx.rt.context(ctx.scope, ctx.name, ctx.enteredTime, ctx.retryCount, token);
}

/** The Context object of this visit, built on first use (most paths never read it). */
export function lazyContext(ctx: StateCtx, token?: string): () => Record<string, unknown> {
  let c: Record<string, unknown> | undefined;
  return () => (c ??= contextOf(ctx, token));
}

/** One lazy Context object per visit and retry. */
function sharedContext(ctx: StateCtx): () => Record<string, unknown> {
  if (!ctx.contextFn || ctx.contextRetry !== ctx.retryCount) { ctx.contextFn = lazyContext(ctx); ctx.contextRetry = ctx.retryCount; }
  return ctx.contextFn;
}

export function pathEnv(ctx: StateCtx, data: unknown, context?: unknown | (() => unknown)): PathEnv {
  return ctx.rt.pathEnv(ctx.scope, data, context ?? lazyContext(ctx));
}

export function jsonataEnv(ctx: StateCtx, extra?: Record<string, unknown>, token?: string): JsonataEnv {
  return ctx.rt.jsonataEnv(ctx.scope, { input: ctx.input, context: contextOf(ctx, token), ...extra });
}

/** InputPath, then Parameters when the state has them and `withParameters`. */
export function jsonPathInput(ctx: StateCtx, withParameters: boolean, token?: string): unknown {
  const context = token === undefined ? sharedContext(ctx) : lazyContext(ctx, token);
  const inputPath = ctx.def.InputPath;
  const afterInputPath = inputPath === undefined ? ctx.input : selectPath(inputPath, pathEnv(ctx, ctx.input, context));
  ctx.visit.afterInputPath = afterInputPath;
  if (!withParameters) return afterInputPath;
  const afterParameters = ctx.def.Parameters === undefined ? afterInputPath : applyTemplate(ctx.def.Parameters, pathEnv(ctx, afterInputPath, context));
  ctx.visit.afterParameters = afterParameters;
  checkPayload(ctx.rt.limits, ctx.name, afterParameters);
  return afterParameters;
}

/** ResultSelector (when `withSelector`), Assign, ResultPath and OutputPath over a result. */
export function jsonPathOutput(ctx: StateCtx, result: unknown, withSelector: boolean, withResultPath = true): { output: unknown; assign?: Record<string, unknown> } {
  ctx.visit.result = result;
  checkPayload(ctx.rt.limits, ctx.name, result);
  const context = sharedContext(ctx);
  let selected = result;
  if (withSelector && ctx.def.ResultSelector !== undefined) {
    selected = applyTemplate(ctx.def.ResultSelector, pathEnv(ctx, result, context));
    ctx.visit.afterResultSelector = selected;
  }
  const assign = ctx.def.Assign === undefined ? undefined : assignJsonPath(ctx.def.Assign, pathEnv(ctx, selected, context));
  const afterResultPath = withResultPath ? applyResultPath(ctx.def.ResultPath, ctx.input, selected) : selected;
  ctx.visit.afterResultPath = afterResultPath;
  const outputPath = ctx.def.OutputPath;
  const output = outputPath === undefined ? afterResultPath : selectPath(outputPath, pathEnv(ctx, afterResultPath, context), 'OutputPath');
  return assign === undefined ? { output } : { output, assign };
}

/** JSONata Arguments (or the raw input when the state has none). */
export function* jsonataArguments(ctx: StateCtx, token?: string): Gen<unknown> {
  if (ctx.def.Arguments === undefined) return ctx.input;
  const args = yield* evalJsonataValue(ctx.def.Arguments, jsonataEnv(ctx, undefined, token));
  ctx.visit.afterArguments = args;
  checkPayload(ctx.rt.limits, ctx.name, args);
  return args;
}

/** JSONata Output (default: the result, or the input for states without one) and Assign. */
export function* jsonataOutput(ctx: StateCtx, result: unknown, hasResult: boolean, extraStates?: Record<string, unknown>): Gen<{ output: unknown; assign?: Record<string, unknown> }> {
  if (hasResult) { ctx.visit.result = result; checkPayload(ctx.rt.limits, ctx.name, result); }
  const env = jsonataEnv(ctx, hasResult ? { result, ...extraStates } : extraStates);
  const assign = ctx.def.Assign === undefined ? undefined : (yield* evalJsonataValue(ctx.def.Assign, env)) as Record<string, unknown>;
  const output = ctx.def.Output === undefined ? (hasResult ? result : ctx.input) : yield* evalJsonataValue(ctx.def.Output, env);
  return { output, assign };
}

/** States without a result (Succeed, Choice, Wait): Assign over the effective input, then OutputPath. */
export function jsonPathPassThrough(ctx: StateCtx, effective: unknown, assignTemplate: unknown = ctx.def.Assign): { output: unknown; assign?: Record<string, unknown> } {
  const context = sharedContext(ctx);
  const assign = assignTemplate === undefined ? undefined : assignJsonPath(assignTemplate, pathEnv(ctx, effective, context));
  const outputPath = ctx.def.OutputPath;
  const output = outputPath === undefined ? effective : selectPath(outputPath, pathEnv(ctx, effective, context), 'OutputPath');
  return assign === undefined ? { output } : { output, assign };
}
