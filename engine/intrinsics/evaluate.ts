// Evaluates an intrinsic call: arguments first (paths against the input, the Context Object or variables; nested
// calls inside out), then the function. Every failure is an IntrinsicError named States.Runtime (see errors.ts);
// a path argument that finds nothing fails like AWS's "… could not be found in the input '…'".

import { PathError, evaluatePath } from '../jsonpath';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { IntrinsicError } from './errors';
import type { IntrinsicEnv, IntrinsicImpl } from './functions/args';
import { arrayFunctions } from './functions/arrays';
import { dataFunctions } from './functions/data';
import { textMathFunctions } from './functions/text-math';
import { parseIntrinsic } from './parse';
import { findIntrinsic } from './specs';

const IMPLEMENTATIONS: Record<string, IntrinsicImpl> = { ...arrayFunctions, ...dataFunctions, ...textMathFunctions };

export function evaluateIntrinsic(ast: IntrinsicCall | string, env: IntrinsicEnv): unknown {
  if (typeof ast === 'string') {
    const { ast: parsed, problems: all } = parseIntrinsic(ast);
    const problems = all.filter((p) => p.severity !== 'warning');
    if (!parsed || problems.length > 0) {
      throw new IntrinsicError(`Invalid intrinsic function '${ast}': ${problems.map((p) => p.message).join('; ')}`);
    }
    return call(parsed, env);
  }
  return call(ast, env);
}

function call(node: IntrinsicCall, env: IntrinsicEnv): unknown {
  const spec = findIntrinsic(node.name);
  const impl = IMPLEMENTATIONS[node.name];
  if (!spec || !impl) throw new IntrinsicError(`Unknown intrinsic function '${node.name}'`, node.name);
  const n = node.args.length;
  if (n < spec.minArgs || n > spec.maxArgs) {
    throw new IntrinsicError(`Invalid arguments in ${node.name}: it takes ${describeArity(spec.minArgs, spec.maxArgs)} but was given ${n}`, node.name);
  }
  const args = node.args.map((arg) => argument(arg, node.name, env));
  return impl(args, { call: node, env });
}

function argument(arg: IntrinsicArg, fn: string, env: IntrinsicEnv): unknown {
  switch (arg.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
    case 'call':
      return call(arg, env);
    case 'path':
      try {
        return evaluatePath(arg.path ?? arg.text, env);
      } catch (e) {
        if (e instanceof PathError) throw new IntrinsicError(`${e.message} (an argument of ${fn})`, fn);
        throw e;
      }
  }
}

function describeArity(min: number, max: number): string {
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${min} argument${min === 1 ? '' : 's'}`;
  return `${min} or ${max} arguments`;
}
