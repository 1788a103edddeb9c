// A position in a path's text plus the problems found so far. Shared by the segment and filter parsers.

import type { PathProblem } from './types';

export class Cursor {
  pos = 0;
  /** Set when a problem stopped parsing, so callers don't report the leftover text a second time. */
  stopped = false;
  constructor(
    readonly text: string,
    readonly problems: PathProblem[] = [],
  ) {}

  get eof(): boolean {
    return this.pos >= this.text.length;
  }

  peek(ahead = 0): string {
    return this.text.charAt(this.pos + ahead);
  }

  skipSpaces(): void {
    while (!this.eof && isSpace(this.peek())) this.pos++;
  }

  problem(offset: number, length: number, message: string): void {
    const start = Math.max(0, Math.min(offset, this.text.length));
    this.problems.push({ offset: start, length: Math.max(0, Math.min(length, this.text.length - start)), message });
  }

  /** Report the character at the cursor as unexpected (or the end of the text as such). */
  unexpected(expected: string): void {
    if (this.eof) this.problem(this.text.length, 0, `Expected ${expected} but the path ends here`);
    else this.problem(this.pos, 1, `Expected ${expected} but found '${this.peek()}'`);
  }
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const ID_START = /^[\p{ID_Start}]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}]$/u;

/**
 * Workflow variable names "MUST follow the rules for Unicode Identifiers" (UAX #31): an ID_Start character, then
 * ID_Continue characters, at most 80 of them (Amazon States Language specification, "State Machine Variables").
 * Reads one code point at a time so astral letters count as one character.
 */
export function readIdentifier(text: string, start: number): string {
  let pos = start;
  while (pos < text.length) {
    const cp = text.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    if (!(pos === start ? ID_START : ID_CONTINUE).test(ch)) break;
    pos += ch.length;
  }
  return text.slice(start, pos);
}

export const MAX_VARIABLE_NAME_LENGTH = 80;
