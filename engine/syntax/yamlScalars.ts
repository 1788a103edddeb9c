// Scalars for the YAML fast path (yamlFast.ts), each rule taken from the `yaml` package (2.x) so that the values
// are the Composer's: the core schema's tests and conversions for plain scalars, the double-quote escapes, the
// block scalar folding. Each helper returns undefined where the `yaml` package would report an error: the fast path
// then gives up and the Composer path reports it.
import { sliceShared } from './shared';

/** `/\s/.test(ch)` without the regular expression: the white space `trimEnd` in yaml.ts trims. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// yaml/dist/schema/core: the tags with `default: true`, in the order the Composer tries them.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** First characters of every plain scalar the core schema does not read as a string. */
function maybeTyped(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 ||
    c === 84 || c === 102 || c === 70;
}

/** The core schema's value of a plain scalar: null, a boolean, a number, or the string itself. */
export function coreValue(s: string): string | number | boolean | null {
  if (!maybeTyped(s.charCodeAt(0))) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

// yaml/dist/compose/resolve-flow-scalar.js: escapeCodes.
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028',
  P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** End (after the closing quote) of the one-line double-quoted scalar at `start`, and its value; undefined otherwise. */
export function doubleQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let from = start + 1;
  let i = from;
  for (;;) {
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    if (c === 34) break;
    if (c === 10 || c === 13) return undefined; // a scalar over several lines folds: the Composer's business
    if (c === 92) {
      value += text.slice(from, i);
      const next = text[i + 1];
      const simple = ESCAPES[next];
      if (simple !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, next)) {
        value += simple;
        i += 2;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        for (let k = 0; k < n; k++) if (!isHex(text.charCodeAt(i + 2 + k))) return undefined;
        const code = parseInt(text.slice(i + 2, i + 2 + n), 16);
        if (code > 0x10ffff) return undefined;
        value += String.fromCodePoint(code);
        i += 2 + n;
      } else return undefined;
      from = i;
      continue;
    }
    i++;
  }
  return { value: value === '' ? sliceShared(text, from, i) : value + text.slice(from, i), end: i + 1 };
}

/** End (after the closing quote) of the one-line single-quoted scalar at `start`, and its value; undefined otherwise. */
export function singleQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let i = start + 1;
  let doubled = false;
  for (;;) {
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    if (c === 39) {
      if (text.charCodeAt(i + 1) === 39) { doubled = true; i += 2; continue; }
      break;
    }
    if (c === 10 || c === 13) return undefined;
    i++;
  }
  return { value: doubled ? text.slice(start + 1, i).replace(/''/g, "'") : sliceShared(text, start + 1, i), end: i + 1 };
}

/**
 * The value of a block scalar whose content (`source`, from the first content line to the end of the last line the
 * lexer gives it) has no leading empty lines and no indentation indicator: resolveBlockScalar() of the `yaml`
 * package, minus the cases it reports as errors (undefined).
 */
export function blockValue(source: string, folded: boolean, chomp: '' | '-' | '+'): string | undefined {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) return undefined;
  const [firstIndent, firstContent] = lines[0];
  if (firstContent === '' || firstContent === '\r') return undefined; // leading empty lines: not taken here
  const trimIndent = firstIndent.length;
  if (trimIndent === 0) return undefined;
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content.endsWith('\r')) return undefined;
    if (content && indent.length < trimIndent) return undefined;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}

/** `[indent, content]` per line, as resolve-block-scalar.js splits them. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
