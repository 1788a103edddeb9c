// JSONata for ASL: `{% … %}` fields evaluated with the `jsonata` package, AWS's added functions ($partition, $range,
// $hash, $random, $uuid, $parse), the virtual clock behind $now/$millis, and guards on depth and time so that a
// recursive expression cannot hang an execution.
// https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html
import jsonata from 'jsonata';
import { Causes, ErrorNames, StatesError } from './errors';
import { seededRandom } from './random';

export interface JsonataEnv {
  states: Record<string, unknown>;
  variables: Record<string, unknown>;
  random: () => number;
  uuid: () => string;
  now: number;
  maxDepth: number;
  timeoutMs: number;
  hash?: (value: string, algorithm: string) => string;
}

const cache = new Map<string, jsonata.Expression | StatesError>();

export function isJsonataString(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 4 && v.startsWith('{%') && v.endsWith('%}');
}

/** The expression between `{%` and `%}`. */
export function expressionOf(text: string): string {
  return text.slice(2, -2).trim();
}

function compile(expr: string, env: JsonataEnv): jsonata.Expression {
  const key = `${env.maxDepth}|${env.timeoutMs}|${expr}`;
  let c = cache.get(key);
  if (!c) {
    try {
      c = jsonata(expr, { stack: env.maxDepth, timeout: env.timeoutMs });
    } catch (e) {
      c = new StatesError(ErrorNames.QueryEvaluationError, Causes.jsonata(expr, errorText(e)));
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, c);
  }
  // A new error each time: the stepper marks errors (where they happened, whether they are recorded).
  if (c instanceof StatesError) throw new StatesError(c.error, c.causeText);
  return c;
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { message?: string; code?: string; position?: number };
    const msg = o.message ?? String(e);
    return o.code ? `${msg} (${o.code}${o.position !== undefined ? ` at ${o.position}` : ''})` : msg;
  }
  return String(e);
}

/** Plain JSON from a JSONata result: sequences become arrays, functions and undefined members disappear. */
export function toJson(v: unknown): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function') return undefined;
    if (typeof v === 'number' && !Number.isFinite(v)) return null;
    return v;
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) { const j = toJson(x); out.push(j === undefined ? null : j); }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const j = toJson((v as Record<string, unknown>)[k]);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

function awsFunctions(env: JsonataEnv): Record<string, unknown> {
  return {
    partition: (array: unknown, size: unknown) => {
      if (!Array.isArray(array)) array = array === undefined ? [] : [array];
      const n = Number(size);
      if (!Number.isInteger(n) || n < 1) throw { code: 'D3001', message: '$partition: the chunk size must be a positive integer' };
      const a = array as unknown[];
      const out: unknown[][] = [];
      for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
      return out;
    },
    range: (first: unknown, last: unknown, step?: unknown) => {
      const a = Number(first), b = Number(last), s = step === undefined ? 1 : Number(step);
      if (![a, b, s].every(Number.isFinite) || s === 0) throw { message: '$range: arguments must be numbers and the step non-zero' };
      const out: number[] = [];
      for (let x = a; s > 0 ? x <= b : x >= b; x += s) {
        out.push(x);
        if (out.length > 1_000_000) throw { message: '$range: more than 1,000,000 items' };
      }
      return out;
    },
    hash: (value: unknown, algorithm: unknown) => {
      if (!env.hash) throw { message: '$hash is not available' };
      return env.hash(typeof value === 'string' ? value : JSON.stringify(value), String(algorithm ?? 'SHA-256'));
    },
    random: (seed?: unknown) => seed === undefined ? env.random() : seededRandom(Number(seed) | 0)(),
    uuid: () => env.uuid(),
    parse: (text: unknown) => {
      if (typeof text !== 'string') throw { message: '$parse: the argument must be a string' };
      try { return JSON.parse(text); } catch (e) { throw { message: `$parse: ${(e as Error).message}` }; }
    },
    // "All built-in JSONata functions … are supported, with one exception: $eval is not available—use $parse instead."
    eval: () => { throw { message: '$eval is not available in Step Functions: use $parse' }; },
    now: () => new Date(env.now).toISOString(),
    millis: () => env.now,
  };
}

/** Evaluate one expression (without the `{% %}`). Failures are States.QueryEvaluationError. */
export async function evaluateJsonata(expr: string, env: JsonataEnv): Promise<unknown> {
  const compiled = compile(expr, env);
  const bindings: Record<string, unknown> = { ...env.variables, ...awsFunctions(env), states: env.states };
  try {
    return toJson(await compiled.evaluate(env.states.input, bindings));
  } catch (e) {
    if (e instanceof StatesError) throw e;
    throw new StatesError(ErrorNames.QueryEvaluationError, Causes.jsonata(expr, errorText(e)));
  }
}
