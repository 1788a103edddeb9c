// Where the cursor is, in terms both formats share: typing a key of an object, the value of a property, or an item
// of an array — with the path from the root, the text typed so far and the range a completion replaces. Works on
// half-typed text: an unterminated string, a key with no colon yet, a value with nothing after the colon.
import type { AslDocument, TextRange } from '../service/types';
import type { ObjectNode } from '../syntax';
import { jsonCursor } from './cursorJson';
import { yamlCursor } from './cursorYaml';

export type Path = (string | number)[];

/** A string the cursor is inside of. */
export interface StringAt {
  readonly quote: '"' | "'" | 'plain' | 'block';
  /** Offset of the first content character. */
  readonly contentStart: number;
  /** Offset just past the last content character (before the closing quote, or the cursor when unterminated). */
  readonly contentEnd: number;
  /** Raw text from contentStart to the cursor. */
  readonly before: string;
  readonly terminated: boolean;
}

interface Base {
  readonly offset: number;
  /** What a completion replaces. */
  readonly range: TextRange;
  /** What was typed in the range before the cursor (without quotes). */
  readonly prefix: string;
  /** JSON: insert a comma at this offset (after the previous member) along with the completion. */
  readonly commaBefore?: number;
  /** JSON: another member follows; end the inserted text with a comma. */
  readonly commaAfter?: boolean;
  /** The column of the line the completion is inserted on, and extra indentation for continuation lines (YAML after `- `). */
  readonly extraIndent: string;
  /** Text to put before the inserted text (YAML `Next:|` needs a space). */
  readonly insertPrefix?: string;
  /** Inside a one-line YAML flow collection: insert one-line values only. */
  readonly flow?: boolean;
}

export interface KeyCursor extends Base {
  readonly kind: 'key';
  /** Path to the object whose key is being typed. */
  readonly path: Path;
  readonly object: ObjectNode | undefined;
  /** The key being typed is in quotes (the range includes the opening quote). */
  readonly quote: '"' | "'" | undefined;
  /** A `:` already follows the key: insert only the name. */
  readonly hasColon: boolean;
}

export interface ValueCursor extends Base {
  readonly kind: 'value';
  /** Path to the property (its last element is the key). */
  readonly path: Path;
  readonly string: StringAt | undefined;
}

export interface ItemCursor extends Base {
  readonly kind: 'item';
  /** Path to the array. */
  readonly path: Path;
  readonly index: number;
  readonly string: StringAt | undefined;
  /** YAML block sequence item (`- …`): it may also start an object, whose first key is being typed. */
  readonly dash: boolean;
}

export type Cursor = KeyCursor | ValueCursor | ItemCursor;

export function cursorAt(doc: AslDocument, offset: number): Cursor | undefined {
  return doc.format === 'yaml' ? yamlCursor(doc, offset) : jsonCursor(doc, offset);
}

/** The characters a bare word is made of, when no quote delimits it (as the server's default range). */
export const WORD = /[\w.$@-]/;

export function wordBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  return start;
}
