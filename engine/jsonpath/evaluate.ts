// Evaluates a path the way Step Functions (Jayway JsonPath) does: a definite path yields one value and fails when the
// node doesn't exist (AWS reports "The JSONPath '…' … could not be found in the input '…'" as States.Runtime); any
// other path yields a JSON array of every match, possibly empty. The specification: "if the JsonPath $.a[0,1] is
// applied, the result will be two JSON texts … the interpreter gathers the texts into an array".

import { PathError, PathNotFoundError, jsonForMessage } from './errors';
import { getOwn } from './json';
import { parsePath } from './parse';
import { selectAll, walkDefinite } from './select';
import type { ParsePathOptions, ParsedPath } from './types';

export interface PathEnv {
  /** The value "$" refers to (the state input, the effective input, …). */
  input: unknown;
  /** The Context Object, for "$$…". */
  context?: unknown;
  /** Workflow variables in scope, for "$name…". */
  variables?: Record<string, unknown>;
}

/** Parse a path or throw a PathError('invalid') listing its problems. */
export function parsePathOrThrow(text: string, options?: ParsePathOptions): ParsedPath {
  const { path, problems: all } = parsePath(text, options);
  const problems = all.filter((p) => p.severity !== 'warning');
  if (!path || problems.length > 0) {
    throw new PathError('invalid', String(text), `Invalid JSONPath '${text}': ${problems.map((p) => p.message).join('; ')}`,
      problems[0]?.offset);
  }
  return path;
}

export function evaluatePath(path: ParsedPath | string, env: PathEnv): unknown {
  const parsed = typeof path === 'string' ? parsePathOrThrow(path) : path;
  const root = rootValue(parsed, env);
  if (parsed.definite) {
    const found = walkDefinite(parsed.segments, root);
    if (found.ok) return found.value;
    throw new PathNotFoundError(parsed.text, `The JSONPath '${parsed.text}' could not be found in ${describeRoot(parsed, root)}`,
      parsed.segments[found.failedAt]?.offset);
  }
  try {
    return selectAll(parsed.segments, [root], root);
  } catch (e) {
    if (e instanceof PathError) {
      if (e.kind === 'notFound') throw new PathNotFoundError(parsed.text, `The JSONPath '${parsed.text}' could not be found: ${e.message}`, e.offset);
      throw new PathError(e.kind, parsed.text, e.message, e.offset);
    }
    throw e;
  }
}

function rootValue(parsed: ParsedPath, env: PathEnv): unknown {
  switch (parsed.root) {
    case 'input':
      return env.input;
    case 'context':
      return env.context;
    case 'variable': {
      const name = parsed.variable ?? '';
      const vars = env.variables ?? {};
      if (!Object.prototype.hasOwnProperty.call(vars, name)) {
        throw new PathNotFoundError(parsed.text, `The JSONPath '${parsed.text}' could not be found: the variable '$${name}' has no value`, 0);
      }
      return getOwn(vars, name);
    }
  }
}

function describeRoot(parsed: ParsedPath, root: unknown): string {
  if (parsed.root === 'context') return `the Context Object '${jsonForMessage(root)}'`;
  if (parsed.root === 'variable') return `the variable '$${parsed.variable}' '${jsonForMessage(root)}'`;
  return `the input '${jsonForMessage(root)}'`;
}
