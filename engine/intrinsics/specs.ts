// Every States.* intrinsic function AWS documents, for completion, hover, arity checks and evaluation.
// Source: "Intrinsic functions for JSONPath states in Step Functions" (the docUrl of each entry), and the Amazon
// States Language specification's Appendix B. The doc sentences are ours.

export type ArgType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'any';

export interface IntrinsicSpec {
  /** 'States.Format' */
  name: string;
  /** Human-readable signature, for completion details and signature help. */
  signature: string;
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
  /** Expected type of each argument; the last entry repeats for variadic functions. */
  argTypes?: readonly ArgType[];
  /** Type of the result. */
  returns: ArgType;
  /** One or two sentences for hover. */
  doc: string;
  docUrl: string;
}

const PAGE = 'https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html';
const ARRAYS = `${PAGE}#asl-intrsc-func-arrays`;
const ENCODING = `${PAGE}#asl-intrsc-func-data-encode-decode`;
const HASH = `${PAGE}#asl-intrsc-func-hash-calc`;
const JSON_FUNCS = `${PAGE}#asl-intrsc-func-json-manipulate`;
const MATH = `${PAGE}#asl-intrsc-func-math-operation`;
const STRING = `${PAGE}#asl-intrsc-func-string-operation`;
const UUID = `${PAGE}#asl-intrsc-func-uuid-generate`;
const GENERIC = `${PAGE}#asl-intrsc-func-generic`;

/** The largest ArrayRange result and the longest Base64/Hash input, as the guide states them. */
export const LIMITS = { arrayRangeItems: 1000, stringChars: 10_000, nesting: 10 } as const;

export const HASH_ALGORITHMS = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;

export const INTRINSICS: readonly IntrinsicSpec[] = [
  {
    name: 'States.Format', signature: 'States.Format(template: string, ...values): string', minArgs: 1, maxArgs: Infinity,
    argTypes: ['string', 'any'], returns: 'string', docUrl: GENERIC,
    doc: "Builds a string by replacing each {} in the template with the next value, in order; there must be exactly as many values as {}. Write \\{, \\} and \\' for literal braces and quotes.",
  },
  {
    name: 'States.StringToJson', signature: 'States.StringToJson(json: string): any', minArgs: 1, maxArgs: 1,
    argTypes: ['string'], returns: 'any', docUrl: JSON_FUNCS,
    doc: 'Parses a string of JSON text and returns the value it describes.',
  },
  {
    name: 'States.JsonToString', signature: 'States.JsonToString(value): string', minArgs: 1, maxArgs: 1,
    argTypes: ['any'], returns: 'string', docUrl: JSON_FUNCS,
    doc: 'Serializes a value (usually selected by a path) into compact JSON text.',
  },
  {
    name: 'States.Array', signature: 'States.Array(...values): array', minArgs: 0, maxArgs: Infinity,
    argTypes: ['any'], returns: 'array', docUrl: ARRAYS,
    doc: 'Returns an array of its arguments, in the order given.',
  },
  {
    name: 'States.ArrayPartition', signature: 'States.ArrayPartition(array: array, chunkSize: number): array', minArgs: 2, maxArgs: 2,
    argTypes: ['array', 'number'], returns: 'array', docUrl: ARRAYS,
    doc: 'Splits an array into consecutive chunks of the given size; the last chunk may be shorter. The chunk size must be a positive integer.',
  },
  {
    name: 'States.ArrayContains', signature: 'States.ArrayContains(array: array, value): boolean', minArgs: 2, maxArgs: 2,
    argTypes: ['array', 'any'], returns: 'boolean', docUrl: ARRAYS,
    doc: 'Tells whether the array holds the value.',
  },
  {
    name: 'States.ArrayRange', signature: 'States.ArrayRange(first: number, last: number, step: number): array', minArgs: 3, maxArgs: 3,
    argTypes: ['number', 'number', 'number'], returns: 'array', docUrl: ARRAYS,
    doc: 'Returns the integers from first towards last (inclusive) in steps of step, which must not be zero. The result can hold at most 1000 items.',
  },
  {
    name: 'States.ArrayGetItem', signature: 'States.ArrayGetItem(array: array, index: number): any', minArgs: 2, maxArgs: 2,
    argTypes: ['array', 'number'], returns: 'any', docUrl: ARRAYS,
    doc: 'Returns the item at a zero-based index of the array.',
  },
  {
    name: 'States.ArrayLength', signature: 'States.ArrayLength(array: array): number', minArgs: 1, maxArgs: 1,
    argTypes: ['array'], returns: 'number', docUrl: ARRAYS,
    doc: 'Returns the number of items in the array.',
  },
  {
    name: 'States.ArrayUnique', signature: 'States.ArrayUnique(array: array): array', minArgs: 1, maxArgs: 1,
    argTypes: ['array'], returns: 'array', docUrl: ARRAYS,
    doc: 'Returns the array without duplicate values.',
  },
  {
    name: 'States.Base64Encode', signature: 'States.Base64Encode(data: string): string', minArgs: 1, maxArgs: 1,
    argTypes: ['string'], returns: 'string', docUrl: ENCODING,
    doc: 'Encodes a string (as UTF-8) in Base64. The input can have at most 10,000 characters.',
  },
  {
    name: 'States.Base64Decode', signature: 'States.Base64Decode(base64: string): string', minArgs: 1, maxArgs: 1,
    argTypes: ['string'], returns: 'string', docUrl: ENCODING,
    doc: 'Decodes a Base64 string into text (as UTF-8). The input can have at most 10,000 characters.',
  },
  {
    name: 'States.Hash', signature: "States.Hash(data, algorithm: 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'): string", minArgs: 2, maxArgs: 2,
    argTypes: ['any', 'string'], returns: 'string', docUrl: HASH,
    doc: 'Returns the hexadecimal hash of the data with MD5, SHA-1, SHA-256, SHA-384 or SHA-512. The data can have at most 10,000 characters.',
  },
  {
    name: 'States.JsonMerge', signature: 'States.JsonMerge(first: object, second: object, deep: false): object', minArgs: 3, maxArgs: 3,
    argTypes: ['object', 'object', 'any'], returns: 'object', docUrl: JSON_FUNCS,
    doc: "Merges two objects; on a shared key the second object's value wins. Only shallow merging exists, so the third argument must be false.",
  },
  {
    name: 'States.MathRandom', signature: 'States.MathRandom(start: number, end: number, seed?: number): number', minArgs: 2, maxArgs: 3,
    argTypes: ['number', 'number', 'number'], returns: 'number', docUrl: MATH,
    doc: 'Returns a random integer from start (inclusive) to end (exclusive); the same seed gives the same number. Not for security-sensitive use.',
  },
  {
    name: 'States.MathAdd', signature: 'States.MathAdd(a: number, b: number): number', minArgs: 2, maxArgs: 2,
    argTypes: ['number', 'number'], returns: 'number', docUrl: MATH,
    doc: 'Returns the sum of two integers, for example to count loop iterations; non-integers are rounded first.',
  },
  {
    name: 'States.StringSplit', signature: 'States.StringSplit(text: string, delimiters: string): array', minArgs: 2, maxArgs: 2,
    argTypes: ['string', 'string'], returns: 'array', docUrl: STRING,
    doc: 'Splits a string at every occurrence of any of the delimiter characters and returns the non-empty pieces.',
  },
  {
    name: 'States.UUID', signature: 'States.UUID(): string', minArgs: 0, maxArgs: 0,
    argTypes: [], returns: 'string', docUrl: UUID,
    doc: 'Returns a random version 4 UUID.',
  },
];

const BY_NAME = new Map(INTRINSICS.map((s) => [s.name, s]));

export function findIntrinsic(name: string): IntrinsicSpec | undefined {
  return BY_NAME.get(name);
}

/** The documented name closest to a misspelt one (same letters ignoring case, or one edit away), for hints. */
export function suggestIntrinsic(name: string): string | undefined {
  const lower = name.toLowerCase();
  const withPrefix = lower.startsWith('states.') ? lower : `states.${lower}`;
  for (const s of INTRINSICS) if (s.name.toLowerCase() === withPrefix) return s.name;
  let best: string | undefined;
  let bestDistance = 3;
  for (const s of INTRINSICS) {
    const d = editDistance(withPrefix, s.name.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = s.name;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
