// Pass, Succeed and Fail.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html, state-succeed.html, state-fail.html
import type { Gen } from '../ops';
import { registerHandler, type Outcome, type StateCtx } from '../run-states';
import { jsonataEnv, jsonataOutput, jsonPathInput, jsonPathOutput, jsonPathPassThrough, pathEnv } from '../stages';
import { StatesError } from '../errors';
import { evalField } from '../runtime';
import { dynamicValue } from '../pipeline';
import { isJsonataString } from '../jsonata';

function passJsonPath(ctx: StateCtx): Outcome {
  const effective = jsonPathInput(ctx, true);
  const result = ctx.def.Result !== undefined ? ctx.def.Result : effective;
  return jsonPathOutput(ctx, result, false);
}

function* pass(ctx: StateCtx): Gen<Outcome> {
  if (ctx.jsonata) return yield* jsonataOutput(ctx, undefined, false);
  return passJsonPath(ctx);
}

function succeedJsonPath(ctx: StateCtx): Outcome {
  const effective = jsonPathInput(ctx, false);
  const out = jsonPathPassThrough(ctx, effective);
  out.end = true;
  return out;
}

function* succeed(ctx: StateCtx): Gen<Outcome> {
  if (ctx.jsonata) { const out = yield* jsonataOutput(ctx, undefined, false); out.end = true; return out; }
  return succeedJsonPath(ctx);
}

/** A Fail state ends its child execution with Error and Cause (or their paths, or JSONata). Without Error, the
 * execution fails with no error name at all. */
function* fail(ctx: StateCtx): Gen<Outcome> {
  const d = ctx.def;
  let error: unknown = d.Error;
  let cause: unknown = d.Cause;
  if (ctx.jsonata) {
    const env = jsonataEnv(ctx);
    if (isJsonataString(error)) error = yield* evalField('Error', error, env);
    if (isJsonataString(cause)) cause = yield* evalField('Cause', cause, env);
  } else {
    const env = pathEnv(ctx, ctx.input);
    if (d.ErrorPath !== undefined) error = dynamicValue('ErrorPath', d.ErrorPath, env);
    if (d.CausePath !== undefined) cause = dynamicValue('CausePath', d.CausePath, env);
  }
  return failWith(ctx, error, cause);
}

function failJsonPath(ctx: StateCtx): Outcome {
  const d = ctx.def;
  const env = pathEnv(ctx, ctx.input);
  const error = d.ErrorPath !== undefined ? dynamicValue('ErrorPath', d.ErrorPath, env) : d.Error;
  const cause = d.CausePath !== undefined ? dynamicValue('CausePath', d.CausePath, env) : d.Cause;
  return failWith(ctx, error, cause);
}

function failWith(ctx: StateCtx, error: unknown, cause: unknown): never {
  if (error !== undefined && typeof error !== 'string') throw new StatesError('States.Runtime', `The Error of the Fail state '${ctx.name}' must be a string, not ${JSON.stringify(error)}.`);
  if (cause !== undefined && typeof cause !== 'string') throw new StatesError('States.Runtime', `The Cause of the Fail state '${ctx.name}' must be a string, not ${JSON.stringify(cause)}.`);
  throw new StatesError(error as string | undefined, cause as string | undefined);
}

registerHandler('Pass', pass, passJsonPath);
registerHandler('Succeed', succeed, succeedJsonPath);
registerHandler('Fail', fail, failJsonPath);
