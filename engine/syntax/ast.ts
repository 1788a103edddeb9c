// One AST for JSON and YAML documents. Every node carries its offset and length in the document text (UTF-16
// code units), so features never care which format the text was written in.

export type AstNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;
export type AnyNode = AstNode | PropertyNode;

interface NodeBase {
  readonly offset: number;
  readonly length: number;
  /** The containing object property (for values), array, or undefined for the root. */
  parent: PropertyNode | ArrayNode | undefined;
}

export interface ObjectNode extends NodeBase {
  readonly kind: 'object';
  readonly properties: PropertyNode[];
}

export interface ArrayNode extends NodeBase {
  readonly kind: 'array';
  readonly items: AstNode[];
}

/** How a string was written: JSON strings are always `"`; YAML strings may be plain, quoted or block scalars. */
export type StringStyle = '"' | "'" | 'plain' | '|' | '>';

export interface StringNode extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
  readonly style: StringStyle;
  /** Offset of the first character of the content (after the opening quote or block header). */
  readonly contentOffset: number;
}

export interface NumberNode extends NodeBase {
  readonly kind: 'number';
  readonly value: number;
}

export interface BooleanNode extends NodeBase {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface NullNode extends NodeBase {
  readonly kind: 'null';
  readonly value: null;
}

export interface PropertyNode {
  readonly kind: 'property';
  readonly offset: number;
  readonly length: number;
  readonly key: StringNode;
  /** Undefined while the value is not typed yet (`"Next":` or `Next:` at the end of a line). */
  value: AstNode | undefined;
  /** Offset of the `:` separator, or -1 when there is none yet. */
  readonly colonOffset: number;
  parent: ObjectNode;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem the parser found in the text itself (not in what the text means). */
export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  readonly code: string;
}

export type DocumentFormat = 'json' | 'yaml';

export interface ParsedDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  /** The root value, or undefined when the text holds no value at all. */
  readonly root: AstNode | undefined;
  readonly problems: readonly SyntaxProblem[];
  /** YAML comments (`# …`), as ranges; always empty for JSON. */
  readonly comments: readonly { offset: number; length: number }[];
}
