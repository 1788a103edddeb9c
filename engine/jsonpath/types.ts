// The shapes a parsed JSONPath takes. Offsets are UTF-16 code units into the path text, so the language server can
// underline any part of a path; the simulator only needs the segments.

/** A syntax problem in a path (or an intrinsic function), with the exact range of the offending text. */
export interface PathProblem {
  offset: number;
  length: number;
  message: string;
  /**
   * Absent for errors: the text cannot be used. 'warning' for text that is well-formed and that AWS accepts in a
   * definition, but that fails when it runs (a JSONPath function, a literal of the wrong type in an intrinsic).
   */
  severity?: 'warning';
}

/** "$" is the state input, "$$" the Context Object, "$name" a workflow variable. */
export type PathRoot = 'input' | 'context' | 'variable';

interface SegmentBase {
  /** Offset of the segment's first character ('.', '..' or '['). */
  offset: number;
  length: number;
  /** True when the segment came after '..' (recursive descent): it applies to every descendant. */
  descendant?: boolean;
}

/** `.name`, `['name']` or `["name"]`. */
export interface NameSegment extends SegmentBase {
  kind: 'name';
  name: string;
  /** Range of the name itself (without quotes or the leading dot), for completion and hover. */
  nameOffset: number;
  nameLength: number;
}

/** `[3]` or `[-1]` (negative indices count from the end, as in Jayway JsonPath). */
export interface IndexSegment extends SegmentBase {
  kind: 'index';
  index: number;
}

/** `.*` or `[*]`. */
export interface WildcardSegment extends SegmentBase {
  kind: 'wildcard';
}

/** `['a','b']` or `[0,2]`. */
export interface UnionSegment extends SegmentBase {
  kind: 'union';
  members: Array<string | number>;
}

/** `[start:end]`; either bound may be missing or negative. */
export interface SliceSegment extends SegmentBase {
  kind: 'slice';
  start?: number;
  end?: number;
}

/** `[?( expression )]`. */
export interface FilterSegment extends SegmentBase {
  kind: 'filter';
  expression: FilterExpression;
}

/** `.length()` and friends: Jayway syntax that Step Functions rejects; kept so the editor can say so precisely. */
export interface FunctionSegment extends SegmentBase {
  kind: 'function';
  name: string;
}

export type PathSegment =
  | NameSegment
  | IndexSegment
  | WildcardSegment
  | UnionSegment
  | SliceSegment
  | FilterSegment
  | FunctionSegment;

export interface ParsedPath {
  text: string;
  root: PathRoot;
  /** The variable name (without '$') when root is 'variable'. */
  variable?: string;
  segments: PathSegment[];
  /** No wildcard, filter, slice, union, recursive descent or function: the path names at most one node. */
  definite: boolean;
}

export interface ParsePathOptions {
  /** A Reference Path (ResultPath, ItemsPath, …): only names and indices, so it names a single node. */
  reference?: boolean;
  /** Accept "$$…" (default true). ResultPath, for one, must not start with "$$". */
  allowContext?: boolean;
  /** Accept "$name…" workflow variables (default true). */
  allowVariables?: boolean;
}

// ---- filter expressions ----------------------------------------------------------------------------------------

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type FilterExpression =
  | { kind: 'or' | 'and'; left: FilterExpression; right: FilterExpression; offset: number; length: number }
  | { kind: 'not'; operand: FilterExpression; offset: number; length: number }
  | { kind: 'compare'; operator: ComparisonOperator; left: FilterOperand; right: FilterOperand; offset: number; length: number }
  /** A bare operand, as in `[?(@.isbn)]`: true when it exists (paths) or is truthy (literals). */
  | { kind: 'exists'; operand: FilterOperand; offset: number; length: number };

export type FilterOperand =
  | { kind: 'literal'; value: string | number | boolean | null; offset: number; length: number }
  /** `@…` (relative to the item being filtered) or `$…` (the root of the whole document). */
  | { kind: 'path'; relative: boolean; segments: PathSegment[]; definite: boolean; offset: number; length: number };
