// JSONPath for Amazon States Language: parse with exact problem ranges (language server), evaluate and set
// (simulator). See https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html.

export type {
  PathProblem,
  PathRoot,
  PathSegment,
  NameSegment,
  IndexSegment,
  WildcardSegment,
  UnionSegment,
  SliceSegment,
  FilterSegment,
  FunctionSegment,
  ParsedPath,
  ParsePathOptions,
  FilterExpression,
  FilterOperand,
  ComparisonOperator,
} from './types';
export { parsePath, isDefinite } from './parse';
export { evaluatePath, parsePathOrThrow, type PathEnv } from './evaluate';
export { setReferencePath } from './set';
export { PathError, PathNotFoundError, type PathErrorKind } from './errors';
export { isObject, jsonEqual, typeName, define, type JsonObject } from './json';
