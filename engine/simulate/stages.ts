// The data stages of one state visit, for both query languages, recorded on the visit under the TestState API's names.
// JSONPath: InputPath → Parameters → result → ResultSelector → (Assign) → ResultPath → OutputPath.
// JSONata: Arguments → result → Output, with Assign and Output both evaluated against the values from before the
// state (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html).
import type { Gen } from './ops';
import { outcome, type Outcome, type StateCtx } from './run-states';
import { applyResultPath, applyTemplate, selectPath, type PathEnv } from './pipeline';
import { assignJsonPath, evalField } from './runtime';
import type { JsonataEnv } from './jsonata';

export function contextOf(ctx: StateCtx, token?: string): Record<string, unknown> {
  return ctx.rt.context(ctx.name, ctx.enteredTime, ctx.retryCount, token);
}

/** The Context object of this visit and retry (without a task token), built once and only if a path reads it. */
function sharedContext(ctx: StateCtx): Record<string, unknown> {
  if (!ctx.contextObj || ctx.contextRetry !== ctx.retryCount) { ctx.contextObj = contextOf(ctx); ctx.contextRetry = ctx.retryCount; }
  return ctx.contextObj;
}

/** What a path or an intrinsic call of this state sees: `data` as `$`, and the Context object and variables computed
 * when something first reads them (most paths never do). */
class StatePathEnv implements PathEnv {
  private vars: Record<string, unknown> | undefined;
  private tokenContext: Record<string, unknown> | undefined;
  constructor(readonly input: unknown, private readonly ctx: StateCtx, private readonly token: string | undefined) {}
  get context(): unknown {
    if (this.token === undefined) return sharedContext(this.ctx);
    return (this.tokenContext ??= contextOf(this.ctx, this.token));
  }
  get variables(): Record<string, unknown> { return (this.vars ??= this.ctx.scope.vars.visible()); }
  get uuid(): () => string { return this.ctx.rt.uuid; }
  get random(): () => number { return this.ctx.rt.random; }
}

export function pathEnv(ctx: StateCtx, data: unknown, token?: string): PathEnv {
  return new StatePathEnv(data, ctx, token);
}

export function jsonataEnv(ctx: StateCtx, extra?: Record<string, unknown>, token?: string): JsonataEnv {
  return ctx.rt.jsonataEnv(ctx.scope, { input: ctx.input, context: contextOf(ctx, token), ...extra });
}

/** InputPath, then Parameters when the state has them and `withParameters`. */
export function jsonPathInput(ctx: StateCtx, withParameters: boolean, token?: string): unknown {
  const inputPath = ctx.def.InputPath;
  const afterInputPath = inputPath === undefined ? ctx.input : selectPath(inputPath, pathEnv(ctx, ctx.input, token));
  ctx.visit.afterInputPath = afterInputPath;
  if (!withParameters) return afterInputPath;
  const afterParameters = ctx.def.Parameters === undefined ? afterInputPath : applyTemplate(ctx.def.Parameters, pathEnv(ctx, afterInputPath, token));
  ctx.visit.afterParameters = afterParameters;
  ctx.rt.payload.check(ctx.name, afterParameters);
  return afterParameters;
}

/** ResultSelector (when `withSelector`), Assign, ResultPath and OutputPath over a result. */
export function jsonPathOutput(ctx: StateCtx, result: unknown, withSelector: boolean, withResultPath = true): Outcome {
  ctx.visit.result = result;
  ctx.rt.payload.check(ctx.name, result);
  let selected = result;
  if (withSelector && ctx.def.ResultSelector !== undefined) {
    selected = applyTemplate(ctx.def.ResultSelector, pathEnv(ctx, result));
    ctx.visit.afterResultSelector = selected;
  }
  const assign = ctx.def.Assign === undefined ? undefined : assignJsonPath(ctx.def.Assign, pathEnv(ctx, selected));
  const afterResultPath = withResultPath ? applyResultPath(ctx.def.ResultPath, ctx.input, selected) : selected;
  ctx.visit.afterResultPath = afterResultPath;
  const outputPath = ctx.def.OutputPath;
  const output = outputPath === undefined ? afterResultPath : selectPath(outputPath, pathEnv(ctx, afterResultPath), 'OutputPath');
  return outcome(output, assign);
}

/** JSONata Arguments (or the raw input when the state has none). */
export function* jsonataArguments(ctx: StateCtx, token?: string): Gen<unknown> {
  if (ctx.def.Arguments === undefined) return ctx.input;
  const args = yield* evalField('Arguments', ctx.def.Arguments, jsonataEnv(ctx, undefined, token));
  ctx.visit.afterArguments = args;
  ctx.rt.payload.check(ctx.name, args);
  return args;
}

/** JSONata Output (default: the result, or the input for states without one) and Assign. */
export function* jsonataOutput(ctx: StateCtx, result: unknown, hasResult: boolean, extraStates?: Record<string, unknown>): Gen<Outcome> {
  if (hasResult) { ctx.visit.result = result; ctx.rt.payload.check(ctx.name, result); }
  const env = jsonataEnv(ctx, hasResult ? { result, ...extraStates } : extraStates);
  const assign = ctx.def.Assign === undefined ? undefined : (yield* evalField('Assign', ctx.def.Assign, env)) as Record<string, unknown>;
  const output = ctx.def.Output === undefined ? (hasResult ? result : ctx.input) : yield* evalField('Output', ctx.def.Output, env);
  return outcome(output, assign);
}

/** States without a result (Succeed, Choice, Wait): Assign over the effective input, then OutputPath. */
export function jsonPathPassThrough(ctx: StateCtx, effective: unknown, assignTemplate: unknown = ctx.def.Assign): Outcome {
  const assign = assignTemplate === undefined ? undefined : assignJsonPath(assignTemplate, pathEnv(ctx, effective));
  const outputPath = ctx.def.OutputPath;
  const output = outputPath === undefined ? effective : selectPath(outputPath, pathEnv(ctx, effective), 'OutputPath');
  return outcome(output, assign);
}
