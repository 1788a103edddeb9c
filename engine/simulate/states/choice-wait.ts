// Choice and Wait.
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html, state-wait.html
import type { Gen } from '../ops';
import { outcome, registerHandler, type Outcome, type StateCtx } from '../run-states';
import { jsonataEnv, jsonataOutput, jsonPathInput, jsonPathPassThrough, pathEnv } from '../stages';
import { Causes, ErrorNames, StatesError, evaluationError } from '../errors';
import { evalField } from '../runtime';
import { evaluateRule } from '../choice';
import { readPath } from '../pipeline';
import { isJsonataString } from '../jsonata';

function* choice(ctx: StateCtx): Gen<Outcome> {
  const rules = (ctx.def.Choices ?? []) as Record<string, any>[];
  if (ctx.jsonata) {
    const env = jsonataEnv(ctx);
    for (const rule of rules) {
      const c = isJsonataString(rule.Condition) ? yield* evalField('Condition', rule.Condition, env) : rule.Condition;
      if (typeof c !== 'boolean') throw evaluationError('Condition', Causes.jsonataType('Condition', 'a boolean', c));
      if (c) { const out = yield* ruleOutput(ctx, rule); out.next = rule.Next; return out; }
    }
    if (ctx.def.Default === undefined) throw new StatesError(ErrorNames.NoChoiceMatched, Causes.noChoiceMatched(ctx.input));
    const out = yield* jsonataOutput(ctx, undefined, false);
    out.next = ctx.def.Default;
    return out;
  }
  return choiceJsonPath(ctx);
}

function choiceJsonPath(ctx: StateCtx): Outcome {
  const rules = (ctx.def.Choices ?? []) as Record<string, any>[];
  const effective = jsonPathInput(ctx, false);
  const env = pathEnv(ctx, effective);
  for (const rule of rules) {
    if (evaluateRule(rule, env)) {
      // A matched rule assigns its own Assign; the state-level Assign goes with the Default.
      const out = jsonPathPassThrough(ctx, effective, rule.Assign);
      out.next = rule.Next;
      return out;
    }
  }
  if (ctx.def.Default === undefined) throw new StatesError(ErrorNames.NoChoiceMatched, Causes.noChoiceMatched(effective));
  const out = jsonPathPassThrough(ctx, effective);
  out.next = ctx.def.Default;
  return out;
}

/** A matched JSONata rule's own Output and Assign take the place of the state's (which go with the Default). */
function* ruleOutput(ctx: StateCtx, rule: Record<string, any>): Gen<Outcome> {
  const env = jsonataEnv(ctx);
  const assignT = rule.Assign;
  const outputT = rule.Output;
  const assign = assignT === undefined ? undefined : (yield* evalField('Assign', assignT, env)) as Record<string, unknown>;
  const output = outputT === undefined ? ctx.input : yield* evalField('Output', outputT, env);
  return outcome(output, assign);
}

const MAX_WAIT_SECONDS = 99_999_999;

function* wait(ctx: StateCtx): Gen<Outcome> {
  const d = ctx.def;
  let seconds: unknown;
  let stamp: unknown;
  let effective: unknown = ctx.input;
  if (ctx.jsonata) {
    const env = jsonataEnv(ctx);
    if (d.Seconds !== undefined) seconds = yield* evalField('Seconds', d.Seconds, env);
    if (d.Timestamp !== undefined) stamp = yield* evalField('Timestamp', d.Timestamp, env);
  } else {
    effective = jsonPathInput(ctx, false);
    const env = pathEnv(ctx, effective);
    seconds = d.Seconds;
    stamp = d.Timestamp;
    if (d.SecondsPath !== undefined) {
      seconds = readPath(d.SecondsPath, env);
      if (seconds === undefined) throw new StatesError(ErrorNames.Runtime, Causes.waitPath('SecondsPath', d.SecondsPath));
    }
    if (d.TimestampPath !== undefined) {
      stamp = readPath(d.TimestampPath, env);
      if (stamp === undefined) throw new StatesError(ErrorNames.Runtime, Causes.waitPath('TimestampPath', d.TimestampPath));
    }
  }
  let until = ctx.rt.now;
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_WAIT_SECONDS) {
      const cause = Causes.waitPath('Seconds', d.SecondsPath ?? 'Seconds', seconds);
      throw ctx.jsonata ? evaluationError('Seconds', cause) : new StatesError(ErrorNames.Runtime, cause);
    }
    until = ctx.rt.now + seconds * 1000;
  } else if (stamp !== undefined) {
    const t = typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(stamp) ? Date.parse(stamp) : NaN;
    if (Number.isNaN(t)) {
      const cause = Causes.waitPath('Timestamp', d.TimestampPath ?? 'Timestamp', stamp);
      throw ctx.jsonata ? evaluationError('Timestamp', cause) : new StatesError(ErrorNames.Runtime, cause);
    }
    until = Math.max(ctx.rt.now, t);
  }
  if (until > ctx.rt.now) yield { kind: 'sleep', until };
  if (ctx.jsonata) return yield* jsonataOutput(ctx, undefined, false);
  return jsonPathPassThrough(ctx, effective);
}

registerHandler('Choice', choice, choiceJsonPath);
registerHandler('Wait', wait);
