// The syntax tree of an intrinsic function call. Offsets are UTF-16 code units into the intrinsic's text.

import type { ParsedPath } from '../jsonpath';

export interface IntrinsicCall {
  kind: 'call';
  /** 'States.Format' (as written, even when unknown). */
  name: string;
  nameOffset: number;
  args: IntrinsicArg[];
  /** From the first character of the name to the closing ')' (or as far as the text went). */
  offset: number;
  length: number;
}

export type IntrinsicAst = IntrinsicCall;

export type IntrinsicArg =
  | IntrinsicCall
  /** '…': value has the escapes resolved; raw is the text between the quotes (States.Format needs to see `\{`). */
  | { kind: 'string'; value: string; raw: string; offset: number; length: number }
  | { kind: 'number'; value: number; offset: number; length: number }
  | { kind: 'boolean'; value: boolean; offset: number; length: number }
  | { kind: 'null'; offset: number; length: number }
  /** A path ("$…", "$$…" or "$name…"); `path` is missing when the path has problems. */
  | { kind: 'path'; text: string; path?: ParsedPath; offset: number; length: number };
