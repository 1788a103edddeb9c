// JSONPath input and output processing: InputPath → Parameters → (result) → ResultSelector → ResultPath → OutputPath,
// payload templates with `.$` keys (paths, context paths, variables and intrinsic functions), and Assign.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html
import { evaluatePath, parsePath, setReferencePath, PathError } from '../jsonpath';
import { evaluateIntrinsic, isIntrinsicExpression, parseIntrinsic, IntrinsicError } from '../intrinsics';
import { Causes, ErrorNames, StatesError } from './errors';

export interface PathEnv {
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
  uuid: () => string;
  random: () => number;
}

type Parsed = ReturnType<typeof parsePath>['path'];
const pathCache = new Map<string, Parsed | null>();
const intrinsicCache = new Map<string, unknown>();

function parsedPath(text: string): Parsed | null {
  let p = pathCache.get(text);
  if (p === undefined) {
    const r = parsePath(text, { allowContext: true, allowVariables: true });
    // Warnings mark text AWS accepts in a definition but fails at run time: the evaluator raises AWS's error then.
    p = r.path && !r.problems.some((x) => x.severity !== 'warning') ? r.path : null;
    if (pathCache.size > 10_000) pathCache.clear();
    pathCache.set(text, p);
  }
  return p;
}

/** Evaluate a path against the state's data; `undefined` when a definite path selects nothing. */
export function readPath(text: string, env: PathEnv): unknown {
  if (text === '$') return env.input;
  const p = parsedPath(text);
  if (!p) throw new StatesError(ErrorNames.Runtime, `Invalid path '${text}': the path is not valid JSONPath.`);
  try {
    return evaluatePath(p as never, { input: env.input, context: env.context, variables: env.variables });
  } catch (e) {
    if (e instanceof PathError && e.kind === 'notFound') return undefined;
    if (e instanceof PathError) throw new StatesError(ErrorNames.Runtime, `Invalid path '${text}': ${e.message}`);
    throw e;
  }
}

/** InputPath / OutputPath: null discards (gives {}), a missing path is States.Runtime. */
export function selectPath(path: string | null | undefined, env: PathEnv, field = 'InputPath'): unknown {
  if (path === undefined) return env.input;
  if (path === null) return {};
  const v = readPath(path, env);
  if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.parameterPath(field, path, path.startsWith('$$') ? env.context : env.input));
  return v;
}

function evaluateIntrinsicText(text: string, env: PathEnv): unknown {
  let ast = intrinsicCache.get(text);
  if (ast === undefined) {
    const r = parseIntrinsic(text);
    if (!r.ast || r.problems.some((x) => x.severity !== 'warning')) {
      throw new StatesError(ErrorNames.Runtime, `Invalid intrinsic function '${text}': ${r.problems.map((p) => p.message).join('; ')}`);
    }
    ast = r.ast;
    if (intrinsicCache.size > 10_000) intrinsicCache.clear();
    intrinsicCache.set(text, ast);
  }
  try {
    return evaluateIntrinsic(ast as never, { input: env.input, context: env.context, variables: env.variables, uuid: env.uuid, random: env.random });
  } catch (e) {
    // The guide's error table lists States.IntrinsicFailure, but executions on AWS fail a bad intrinsic call with
    // States.Runtime and the cause "Invalid arguments in States.<Fn>" (recorded by tests run against AWS). We do
    // what AWS does; engine/intrinsics names the error.
    if (e instanceof IntrinsicError) throw new StatesError(e.errorName, e.message);
    if (e instanceof PathError) throw new StatesError(ErrorNames.Runtime, e.message);
    throw e;
  }
}

/** The value of one `key.$` field: a path or an intrinsic function call. */
export function dynamicValue(field: string, text: unknown, env: PathEnv): unknown {
  if (typeof text !== 'string') throw new StatesError(ErrorNames.Runtime, `The value of the field '${field}' must be a string (a path or an intrinsic function).`);
  if (isIntrinsicExpression(text)) return evaluateIntrinsicText(text, env);
  const v = readPath(text, env);
  if (v === undefined) throw new StatesError(ErrorNames.Runtime, Causes.parameterPath(field, text, text.startsWith('$$') ? env.context : env.input));
  return v;
}

/** A payload template (Parameters, ItemSelector, ResultSelector, Assign): `.$` keys are evaluated, the rest copied. */
export function applyTemplate(template: unknown, env: PathEnv): unknown {
  if (Array.isArray(template)) return template.map((t) => applyTemplate(t, env));
  if (template === null || typeof template !== 'object') return template;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(template)) {
    const value = (template as Record<string, unknown>)[key];
    if (key.endsWith('.$')) out[key.slice(0, -2)] = dynamicValue(key, value, env);
    else out[key] = applyTemplate(value, env);
  }
  return out;
}

/** ResultPath: absent → the result replaces the input; null → the input passes; otherwise the result is placed. */
export function applyResultPath(resultPath: string | null | undefined, input: unknown, result: unknown): unknown {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null) return input;
  try {
    return setReferencePath(input, resultPath as never, result);
  } catch (e) {
    if (e instanceof PathError) throw new StatesError(ErrorNames.ResultPathMatchFailure, Causes.resultPath(resultPath, input));
    throw e;
  }
}
