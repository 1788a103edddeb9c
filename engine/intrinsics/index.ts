// Intrinsic functions (States.Format, States.Hash, …) of JSONPath states: the catalogue, a parser with exact problem
// ranges, and an evaluator. https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html

export { INTRINSICS, HASH_ALGORITHMS, LIMITS, findIntrinsic, suggestIntrinsic, type IntrinsicSpec, type ArgType } from './specs';
export type { IntrinsicAst, IntrinsicCall, IntrinsicArg } from './ast';
export type { PathProblem } from '../jsonpath';
export { isIntrinsicExpression, parseIntrinsic } from './parse';
export { evaluateIntrinsic } from './evaluate';
export type { IntrinsicEnv } from './functions/args';
export { IntrinsicError, INTRINSIC_ERROR_NAME } from './errors';
export { formatValue } from './format';
