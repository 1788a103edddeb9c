// Errors thrown by evaluation. Parsing never throws; evaluating or setting a path does, with a kind the simulator maps
// to AWS's error names (a missing path in Parameters is States.Runtime on AWS; a ResultPath that cannot be applied is
// the ResultPath failure the guide describes in "Processing input and output").

export type PathErrorKind = 'notFound' | 'invalid' | 'typeMismatch';

export class PathError extends Error {
  readonly kind: PathErrorKind;
  /** The path text as written. */
  readonly path: string;
  /** Offset into the path of the segment that failed, when one did. */
  readonly offset?: number;

  constructor(kind: PathErrorKind, path: string, message: string, offset?: number) {
    super(message);
    this.name = 'PathError';
    this.kind = kind;
    this.path = path;
    this.offset = offset;
  }
}

/** A definite path named a node that does not exist. */
export class PathNotFoundError extends PathError {
  constructor(path: string, message: string, offset?: number) {
    super('notFound', path, message, offset);
    this.name = 'PathNotFoundError';
  }
}

/** Compact JSON for messages; undefined (a missing value) prints as such rather than vanishing. */
export function jsonForMessage(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
