// JSONPath parser for the syntax Step Functions accepts (Jayway JsonPath, per the Amazon States Language
// specification's "Paths" section). Never throws: every problem is reported with the exact range of the text.
//
// Liberal where AWS is: deployed workflows use `$.detail-type`, `$.Snapshots.[0].State`, `$.[*].['bucket', 'key']`
// and bare words in filters (`[?(@.Name==Receipt)]`), so dot names run until '.', '[', '(', ')', ']' or a space,
// and '.' may be followed by a bracket. Backslash escapes in dot names (`$.store\.book`, `$.\uD800\uDF46`) come from
// the specification's list of acceptable Reference Path syntax.

import { Cursor, MAX_VARIABLE_NAME_LENGTH, isDigit, isSpace, readIdentifier } from './cursor';
import { parseFilter } from './filter-parse';
import type { ParsePathOptions, ParsedPath, PathProblem, PathRoot, PathSegment } from './types';

const PATHS_URL = 'https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html';

export function parsePath(text: string, options: ParsePathOptions = {}): { path?: ParsedPath; problems: PathProblem[] } {
  const c = new Cursor(text);
  if (typeof text !== 'string' || text.length === 0) {
    return { problems: [{ offset: 0, length: 0, message: "A path must begin with '$'" }] };
  }
  if (text[0] !== '$') {
    c.problem(0, 1, `A path must begin with '$' but found '${text[0]}'`);
    return { problems: c.problems };
  }
  let root: PathRoot = 'input';
  let variable: string | undefined;
  c.pos = 1;
  if (c.peek() === '$') {
    root = 'context';
    c.pos = 2;
    if (options.allowContext === false) c.problem(0, 2, "The Context Object ('$$') can't be used here");
  } else {
    const name = readIdentifier(text, 1);
    if (name) {
      root = 'variable';
      variable = name;
      c.pos = 1 + name.length;
      if (options.allowVariables === false) c.problem(0, c.pos, `Variables ('$${name}') can't be used here`);
      else if ([...name].length > MAX_VARIABLE_NAME_LENGTH) {
        c.problem(1, name.length, `A variable name can have at most ${MAX_VARIABLE_NAME_LENGTH} characters`);
      }
    }
  }
  const segments = parseSegments(c, false);
  if (!c.eof && !c.stopped) {
    if (isSpace(c.peek())) c.problem(c.pos, c.text.length - c.pos, 'A path must not contain spaces outside brackets');
    else c.unexpected("'.' or '['");
  }
  const definite = isDefinite(segments);
  if (options.reference) checkReference(c, segments);
  return { path: { text, root, ...(variable !== undefined ? { variable } : {}), segments, definite }, problems: c.problems };
}

export function isDefinite(segments: PathSegment[]): boolean {
  return segments.every((s) => !s.descendant && (s.kind === 'name' || s.kind === 'index'));
}

function checkReference(c: Cursor, segments: PathSegment[]): void {
  for (const s of segments) {
    if (s.kind === 'function') continue; // already reported
    if (s.descendant || (s.kind !== 'name' && s.kind !== 'index')) {
      c.problem(s.offset, s.length,
        'A Reference Path can only use field names and array indices, so that it names a single node ' +
        "(no '..', '*', unions, slices or filters)");
    }
  }
}

/** Parse `.name`, `..name`, `[…]` segments until something that can't continue a path. */
export function parseSegments(c: Cursor, inFilter: boolean): PathSegment[] {
  const segments: PathSegment[] = [];
  while (!c.eof && !c.stopped) {
    const start = c.pos;
    const ch = c.peek();
    if (ch === '[') {
      const seg = parseBracket(c, start, inFilter);
      if (seg) segments.push(seg);
      continue;
    }
    if (ch !== '.') break;
    const descendant = c.peek(1) === '.';
    c.pos += descendant ? 2 : 1;
    const next = c.peek();
    let seg: PathSegment | undefined;
    if (next === '[') {
      seg = parseBracket(c, start, inFilter);
    } else if (next === '*') {
      c.pos++;
      seg = { kind: 'wildcard', offset: start, length: c.pos - start };
    } else {
      const nameOffset = c.pos;
      const name = readDotName(c, inFilter);
      if (c.pos === nameOffset) {
        c.unexpected(descendant ? "a field name, '*' or '[' after '..'" : "a field name, '*' or '[' after '.'");
        c.stopped = true;
        break;
      }
      if (c.peek() === '(') seg = parseFunction(c, start, name);
      else seg = { kind: 'name', name, offset: start, length: c.pos - start, nameOffset, nameLength: c.pos - nameOffset };
    }
    if (seg) {
      if (descendant) seg.descendant = true;
      segments.push(seg);
    }
  }
  return segments;
}

function parseFunction(c: Cursor, start: number, name: string): PathSegment {
  c.pos++; // '('
  c.skipSpaces();
  if (c.peek() === ')') c.pos++;
  else {
    c.unexpected("')' (JSONPath functions take no arguments here)");
    c.stopped = true;
  }
  const length = c.pos - start;
  const hint = name === 'length' ? '; use States.ArrayLength instead' : '';
  // AWS accepts such a path in a definition and fails at run time ("The JSONPath '$.Jobs.sum()' … could not be
  // found in the input", as an execution reported on re:Post shows), hence a warning.
  c.problem(start + 1, length - 1, `Step Functions does not support JSONPath functions such as ${name}()${hint} (see ${PATHS_URL})`);
  c.problems[c.problems.length - 1].severity = 'warning';
  return { kind: 'function', name, offset: start, length };
}

const STOP = new Set(['.', '[', '(', ')', ']']);
const FILTER_STOP = new Set(['=', '!', '<', '>', '&', '|', ',']);

function readDotName(c: Cursor, inFilter: boolean): string {
  let out = '';
  while (!c.eof) {
    const ch = c.peek();
    if (STOP.has(ch) || isSpace(ch) || (inFilter && FILTER_STOP.has(ch))) break;
    if (ch === '\\') {
      out += readEscape(c);
      continue;
    }
    out += ch;
    c.pos++;
  }
  return out;
}

/** At a backslash: `\uXXXX` is a UTF-16 unit, `\x` is x. Advances past the escape. */
function readEscape(c: Cursor): string {
  const start = c.pos;
  if (c.peek(1) === 'u' && /^[0-9a-fA-F]{4}$/.test(c.text.slice(c.pos + 2, c.pos + 6))) {
    c.pos += 6;
    return String.fromCharCode(parseInt(c.text.slice(start + 2, start + 6), 16));
  }
  if (c.pos + 1 >= c.text.length) {
    c.problem(start, 1, 'A backslash must be followed by the character it escapes');
    c.pos++;
    return '';
  }
  c.pos += 2;
  return c.text[start + 1];
}

/** Parse `[ … ]` starting at the '[' under the cursor; `start` is where the segment began (a '.' before it counts). */
function parseBracket(c: Cursor, start: number, inFilter: boolean): PathSegment | undefined {
  const open = c.pos;
  c.pos++;
  c.skipSpaces();
  const ch = c.peek();
  if (c.eof) {
    c.problem(open, c.pos - open, "Missing ']' to close this '['");
    return abandonBracket(c, open);
  }
  let seg: PathSegment | undefined;
  if (ch === '?') {
    c.pos++;
    c.skipSpaces();
    if (c.peek() !== '(') {
      c.unexpected("'(' after '?'");
      return abandonBracket(c, open);
    }
    c.pos++;
    const expression = parseFilter(c);
    if (!expression) return abandonBracket(c, open);
    c.skipSpaces();
    if (c.peek() !== ')') {
      c.unexpected("')' to close the filter expression");
      return abandonBracket(c, open);
    }
    c.pos++;
    seg = { kind: 'filter', expression, offset: start, length: 0 };
  } else if (ch === '(') {
    c.problem(c.pos, 1, 'Script expressions such as [(@.length-1)] are not supported; use an index or a slice');
    return abandonBracket(c, open);
  } else if (ch === '*') {
    c.pos++;
    seg = { kind: 'wildcard', offset: start, length: 0 };
  } else if (ch === "'" || ch === '"') {
    const names: Array<{ name: string; offset: number; length: number }> = [];
    for (;;) {
      const q = c.pos;
      const name = readQuoted(c);
      if (name === undefined) return abandonBracket(c, open);
      names.push({ name, offset: q + 1, length: Math.max(0, c.pos - q - 2) });
      c.skipSpaces();
      if (c.peek() !== ',') break;
      c.pos++;
      c.skipSpaces();
      if (c.peek() !== "'" && c.peek() !== '"') {
        c.unexpected('a quoted field name after \',\'');
        return abandonBracket(c, open);
      }
    }
    seg = names.length === 1
      ? { kind: 'name', name: names[0].name, offset: start, length: 0, nameOffset: names[0].offset, nameLength: names[0].length }
      : { kind: 'union', members: names.map((n) => n.name), offset: start, length: 0 };
  } else if (isDigit(ch) || ch === '-' || ch === ':') {
    seg = parseNumeric(c, start);
    if (!seg) return abandonBracket(c, open);
  } else {
    c.unexpected("a quoted name, an index, '*', a slice or a filter inside '[ ]'");
    return abandonBracket(c, open);
  }
  c.skipSpaces();
  if (c.peek() !== ']') {
    if (c.eof) c.problem(open, c.pos - open, "Missing ']' to close this '['");
    else c.unexpected("']'");
    return abandonBracket(c, open);
  }
  c.pos++;
  seg.length = c.pos - seg.offset;
  if (inFilter && seg.kind === 'filter') {
    c.problem(seg.offset, seg.length, 'Nested filters are not supported');
  }
  return seg;
}

/** After a problem inside brackets: skip to the matching ']' (or the end) and stop parsing the path. */
function abandonBracket(c: Cursor, open: number): undefined {
  let depth = 0;
  let pos = open;
  while (pos < c.text.length) {
    const ch = c.text[pos];
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) break;
    pos++;
  }
  c.pos = Math.min(pos + 1, c.text.length);
  c.stopped = true;
  return undefined;
}

/** Read a '…' or "…" string with backslash escapes; undefined (after a problem) when it is not closed. */
export function readQuoted(c: Cursor): string | undefined {
  const quote = c.peek();
  const start = c.pos;
  c.pos++;
  let out = '';
  while (!c.eof) {
    const ch = c.peek();
    if (ch === quote) {
      c.pos++;
      return out;
    }
    if (ch === '\\') {
      out += readEscape(c);
      continue;
    }
    out += ch;
    c.pos++;
  }
  c.problem(start, c.text.length - start, `Unterminated string: missing the closing ${quote}`);
  return undefined;
}

function readInt(c: Cursor): number | undefined {
  const start = c.pos;
  if (c.peek() === '-') c.pos++;
  while (isDigit(c.peek())) c.pos++;
  const raw = c.text.slice(start, c.pos);
  if (raw === '') return undefined;
  if (raw === '-') {
    c.pos = start;
    c.unexpected('digits after \'-\'');
    return NaN;
  }
  return Number(raw);
}

/** `[3]`, `[-1]`, `[0,2]`, `[1:3]`, `[:2]`, `[-2:]`. */
function parseNumeric(c: Cursor, start: number): PathSegment | undefined {
  const first = readInt(c);
  if (Number.isNaN(first)) return undefined;
  c.skipSpaces();
  if (c.peek() === ':') {
    c.pos++;
    c.skipSpaces();
    const end = readInt(c);
    if (Number.isNaN(end)) return undefined;
    c.skipSpaces();
    if (c.peek() === ':') {
      c.problem(c.pos, 1, 'Slices with a step ([start:end:step]) are not supported');
      return undefined;
    }
    return { kind: 'slice', ...(first !== undefined ? { start: first } : {}), ...(end !== undefined ? { end } : {}), offset: start, length: 0 };
  }
  if (first === undefined) {
    c.unexpected('an index');
    return undefined;
  }
  if (c.peek() !== ',') return { kind: 'index', index: first, offset: start, length: 0 };
  const members: number[] = [first];
  while (c.peek() === ',') {
    c.pos++;
    c.skipSpaces();
    const n = readInt(c);
    if (n === undefined) {
      c.unexpected("an index after ','");
      return undefined;
    }
    if (Number.isNaN(n)) return undefined;
    members.push(n);
    c.skipSpaces();
  }
  return { kind: 'union', members, offset: start, length: 0 };
}
