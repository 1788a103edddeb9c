// JSONPath input and output processing: InputPath → Parameters → (result) → ResultSelector → ResultPath → OutputPath,
// payload templates with `.$` keys (paths, context paths, variables and intrinsic functions), and Assign.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html
//
// Paths, intrinsic calls and templates are compiled once per definition object (the first time they run) into
// small functions: a loop that visits a state ten thousand times parses nothing after the first visit. Whatever
// the text gets wrong still fails when the state runs, with the same error, as AWS fails it.
import { define, evaluatePath, isObject, parsePath, parsePathOrThrow, setReferencePath, PathError, type ParsedPath } from '../jsonpath';
import { evaluateIntrinsic, isIntrinsicExpression, parseIntrinsic, IntrinsicError, type IntrinsicCall } from '../intrinsics';
import { Causes, ErrorNames, StatesError } from './errors';

export interface PathEnv {
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
  uuid: () => string;
  random: () => number;
}

/** Reads a path: the value, or undefined when a definite path selects nothing. Throws States.Runtime for a path
 * that cannot be evaluated. */
export type PathReader = (env: PathEnv) => unknown;

const readers = new Map<string, PathReader>();

function fails(error: string, cause: string): () => never {
  return () => { throw new StatesError(error, cause); };
}

/** A path's reader, compiled once per text. */
export function pathReader(text: string): PathReader {
  let r = readers.get(text);
  if (!r) {
    r = compilePath(text);
    if (readers.size > 10_000) readers.clear();
    readers.set(text, r);
  }
  return r;
}

function compilePath(text: string): PathReader {
  if (text === '$') return (env) => env.input;
  const parsed = parsePath(text, { allowContext: true, allowVariables: true });
  // Warnings mark text AWS accepts in a definition but fails at run time: the evaluator raises AWS's error then.
  const p = parsed.path && !parsed.problems.some((x) => x.severity !== 'warning') ? parsed.path : undefined;
  if (!p) return fails(ErrorNames.Runtime, `Invalid path '${text}': the path is not valid JSONPath.`);
  if (p.definite && p.segments.every((s) => !s.descendant && (s.kind === 'name' || s.kind === 'index'))) return definiteReader(p);
  return (env) => {
    try {
      return evaluatePath(p, env);
    } catch (e) {
      if (e instanceof PathError && e.kind === 'notFound') return undefined;
      if (e instanceof PathError) throw new StatesError(ErrorNames.Runtime, `Invalid path '${text}': ${e.message}`);
      throw e;
    }
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Names and indexes only (the common case): walked here without the evaluator's not-found exceptions. Same rules:
 * own fields of objects, indexes of arrays (negative from the end), a variable that has no value selects nothing. */
function definiteReader(p: ParsedPath): PathReader {
  const keys: (string | number)[] = p.segments.map((s) => (s.kind === 'name' ? s.name : (s as { index: number }).index));
  const root = p.root;
  const variable = p.variable ?? '';
  return (env) => {
    let node: unknown;
    if (root === 'input') node = env.input;
    else if (root === 'context') node = env.context;
    else {
      const vars = env.variables;
      if (!vars || !hasOwn.call(vars, variable)) return undefined;
      node = vars[variable];
    }
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k === 'string') {
        if (!isObject(node) || !hasOwn.call(node, k)) return undefined;
        node = node[k];
      } else {
        if (!Array.isArray(node)) return undefined;
        const at = k < 0 ? node.length + k : k;
        if (at < 0 || at >= node.length) return undefined;
        node = node[at];
      }
    }
    return node;
  };
}

/** Evaluate a path against the state's data; `undefined` when a definite path selects nothing. */
export function readPath(text: string, env: PathEnv): unknown {
  return pathReader(text)(env);
}

/** InputPath / OutputPath: null discards (gives {}), a missing path is States.Runtime. */
export function selectPath(path: string | null | undefined, env: PathEnv, field = 'InputPath'): unknown {
  if (path === undefined) return env.input;
  if (path === null) return {};
  const v = pathReader(path)(env);
  if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.parameterPath(field, path, path.startsWith('$$') ? env.context : env.input));
  return v;
}

function intrinsicEvaluator(text: string): PathReader {
  const r = parseIntrinsic(text);
  if (!r.ast || r.problems.some((x) => x.severity !== 'warning')) {
    return fails(ErrorNames.Runtime, `Invalid intrinsic function '${text}': ${r.problems.map((p) => p.message).join('; ')}`);
  }
  const ast: IntrinsicCall = r.ast;
  return (env) => {
    try {
      // The env is passed as it is: the Context object and the variables are built only if an argument reads them.
      return evaluateIntrinsic(ast, env);
    } catch (e) {
      // The guide's error table lists States.IntrinsicFailure, but executions on AWS fail a bad intrinsic call with
      // States.Runtime and the cause "Invalid arguments in States.<Fn>" (recorded by tests run against AWS). We do
      // what AWS does; engine/intrinsics names the error.
      if (e instanceof IntrinsicError) throw new StatesError(e.errorName, e.message);
      if (e instanceof PathError) throw new StatesError(ErrorNames.Runtime, e.message);
      throw e;
    }
  };
}

/** The evaluator of one `key.$` field: a path or an intrinsic function call. */
function dynamicEvaluator(field: string, text: unknown): PathReader {
  if (typeof text !== 'string') return fails(ErrorNames.Runtime, `The value of the field '${field}' must be a string (a path or an intrinsic function).`);
  if (isIntrinsicExpression(text)) return intrinsicEvaluator(text);
  const read = pathReader(text);
  const isContext = text.startsWith('$$');
  return (env) => {
    const v = read(env);
    if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.parameterPath(field, text, isContext ? env.context : env.input));
    return v;
  };
}

const dynamicCache = new Map<string, PathReader>();

/** The value of one `key.$` field: a path or an intrinsic function call. */
export function dynamicValue(field: string, text: unknown, env: PathEnv): unknown {
  if (typeof text !== 'string') return dynamicEvaluator(field, text)(env);
  const key = `${field}\u0000${text}`;
  let f = dynamicCache.get(key);
  if (!f) {
    f = dynamicEvaluator(field, text);
    if (dynamicCache.size > 10_000) dynamicCache.clear();
    dynamicCache.set(key, f);
  }
  return f(env);
}

const templates = new WeakMap<object, PathReader>();

function compileValue(value: unknown): PathReader {
  if (value === null || typeof value !== 'object') return () => value;
  let f = templates.get(value);
  if (!f) { f = compileTemplate(value); templates.set(value, f); }
  return f;
}

function compileTemplate(template: object): PathReader {
  if (Array.isArray(template)) {
    const items = template.map(compileValue);
    return (env) => {
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = items[i](env);
      return out;
    };
  }
  const keys: string[] = [];
  const values: PathReader[] = [];
  let unsafe = false;
  for (const key of Object.keys(template)) {
    const value = (template as Record<string, unknown>)[key];
    const name = key.endsWith('.$') ? key.slice(0, -2) : key;
    keys.push(name);
    values.push(key.endsWith('.$') ? dynamicEvaluator(key, value) : compileValue(value));
    if (name === '__proto__') unsafe = true;
  }
  const n = keys.length;
  return (env) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const v = values[i](env);
      if (unsafe) define(out, keys[i], v); else out[keys[i]] = v;
    }
    return out;
  };
}

/** A payload template (Parameters, ItemSelector, ResultSelector, Assign): `.$` keys are evaluated, the rest copied. */
export function applyTemplate(template: unknown, env: PathEnv): unknown {
  return compileValue(template)(env);
}

const referencePaths = new Map<string, ParsedPath | PathError>();

/** ResultPath: absent → the result replaces the input; null → the input passes; otherwise the result is placed. */
export function applyResultPath(resultPath: string | null | undefined, input: unknown, result: unknown): unknown {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null) return input;
  let parsed = referencePaths.get(resultPath);
  if (!parsed) {
    try { parsed = parsePathOrThrow(resultPath, { reference: true, allowContext: false, allowVariables: false }); } catch (e) {
      if (!(e instanceof PathError)) throw e;
      parsed = e;
    }
    if (referencePaths.size > 10_000) referencePaths.clear();
    referencePaths.set(resultPath, parsed);
  }
  try {
    if (parsed instanceof PathError) throw parsed;
    return setReferencePath(input, parsed, result);
  } catch (e) {
    if (e instanceof PathError) throw new StatesError(ErrorNames.ResultPathMatchFailure, Causes.resultPath(resultPath, input));
    throw e;
  }
}
