// Filter expressions inside `[?( … )]`: comparisons (== != < <= > >=), existence tests, `&&`, `||`, `!` and
// parentheses, over `@…` / `$…` paths and literals. Parsed into data and interpreted by filter-eval.ts; nothing here
// or there ever reaches eval or Function.
//
// Step Functions' paths page says that lexical operators (such as subsetof) and filtering by regular expression
// aren't supported, so `=~`, `in`, `nin`, `subsetof`, `anyof`, `noneof`, `size`, `empty` and `contains` are reported
// (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html).

import { Cursor, isDigit, isSpace } from './cursor';
import { isDefinite, parseSegments, readQuoted } from './parse';
import type { ComparisonOperator, FilterExpression, FilterOperand } from './types';

const LEXICAL = ['subsetof', 'contains', 'noneof', 'anyof', 'empty', 'size', 'nin', 'in'];

/** Parse the expression after `?(`; leaves the cursor at the closing ')'. Undefined after a reported problem. */
export function parseFilter(c: Cursor): FilterExpression | undefined {
  c.skipSpaces();
  if (c.peek() === ')') {
    c.problem(c.pos, 1, 'A filter needs an expression, for example [?(@.price < 10)]');
    c.stopped = true;
    return undefined;
  }
  return parseOr(c);
}

function parseOr(c: Cursor): FilterExpression | undefined {
  let left = parseAnd(c);
  while (left) {
    c.skipSpaces();
    if (!(c.peek() === '|' && c.peek(1) === '|')) break;
    c.pos += 2;
    const right = parseAnd(c);
    if (!right) return undefined;
    left = { kind: 'or', left, right, offset: left.offset, length: right.offset + right.length - left.offset };
  }
  return left;
}

function parseAnd(c: Cursor): FilterExpression | undefined {
  let left = parseUnary(c);
  while (left) {
    c.skipSpaces();
    if (!(c.peek() === '&' && c.peek(1) === '&')) break;
    c.pos += 2;
    const right = parseUnary(c);
    if (!right) return undefined;
    left = { kind: 'and', left, right, offset: left.offset, length: right.offset + right.length - left.offset };
  }
  return left;
}

function parseUnary(c: Cursor): FilterExpression | undefined {
  c.skipSpaces();
  const start = c.pos;
  if (c.peek() === '!' && c.peek(1) !== '=') {
    c.pos++;
    const operand = parseUnary(c);
    return operand && { kind: 'not', operand, offset: start, length: operand.offset + operand.length - start };
  }
  if (c.peek() === '(') {
    c.pos++;
    const inner = parseOr(c);
    if (!inner) return undefined;
    c.skipSpaces();
    if (c.peek() !== ')') return fail(c, "')'");
    c.pos++;
    return { ...inner, offset: start, length: c.pos - start };
  }
  return parseComparison(c);
}

function parseComparison(c: Cursor): FilterExpression | undefined {
  const left = parseOperand(c);
  if (!left) return undefined;
  c.skipSpaces();
  const operator = readOperator(c);
  if (operator === null) return undefined;
  if (operator === undefined) return { kind: 'exists', operand: left, offset: left.offset, length: left.length };
  c.skipSpaces();
  const right = parseOperand(c);
  if (!right) return undefined;
  return { kind: 'compare', operator, left, right, offset: left.offset, length: right.offset + right.length - left.offset };
}

/** A comparison operator, undefined when there is none (an existence test), null after a reported problem. */
function readOperator(c: Cursor): ComparisonOperator | undefined | null {
  const two = c.text.slice(c.pos, c.pos + 2);
  if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
    c.pos += 2;
    return two;
  }
  if (two === '=~') {
    c.problem(c.pos, 2, 'Step Functions does not support filtering by regular expression (=~)');
    c.stopped = true;
    return null;
  }
  const one = c.peek();
  if (one === '<' || one === '>') {
    c.pos++;
    return one;
  }
  if (one === '=') {
    c.problem(c.pos, 1, "Use '==' to compare values in a filter");
    c.stopped = true;
    return null;
  }
  for (const word of LEXICAL) {
    if (c.text.startsWith(word, c.pos) && !/[A-Za-z0-9_]/.test(c.text.charAt(c.pos + word.length))) {
      c.problem(c.pos, word.length, `Step Functions does not support lexical filter operators such as '${word}'`);
      c.stopped = true;
      return null;
    }
  }
  return undefined;
}

const WORD_STOP = new Set([')', '(', '=', '!', '<', '>', '&', '|', ',', ']', '[']);

function parseOperand(c: Cursor): FilterOperand | undefined {
  c.skipSpaces();
  const start = c.pos;
  const ch = c.peek();
  if (ch === '@' || ch === '$') {
    c.pos++;
    if (ch === '$' && c.peek() === '$') {
      c.problem(start, 2, "The Context Object ('$$') can't be referenced inside a filter");
      c.stopped = true;
      return undefined;
    }
    const segments = parseSegments(c, true);
    if (c.stopped) return undefined;
    return { kind: 'path', relative: ch === '@', segments, definite: isDefinite(segments), offset: start, length: c.pos - start };
  }
  if (ch === "'" || ch === '"') {
    const value = readQuoted(c);
    if (value === undefined) {
      c.stopped = true;
      return undefined;
    }
    return { kind: 'literal', value, offset: start, length: c.pos - start };
  }
  if (isDigit(ch) || (ch === '-' && isDigit(c.peek(1)))) {
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(c.text.slice(c.pos))!;
    c.pos += m[0].length;
    return { kind: 'literal', value: Number(m[0]), offset: start, length: m[0].length };
  }
  if (ch === '/' || ch === '[') {
    c.problem(start, 1, ch === '/' ? 'Step Functions does not support filtering by regular expression'
      : 'Array literals (for in/nin) are not supported in filters');
    c.stopped = true;
    return undefined;
  }
  // A bare word: true, false, null, or (as deployed workflows show, e.g. [?(@.Name==Receipt)]) an unquoted string.
  while (!c.eof && !isSpace(c.peek()) && !WORD_STOP.has(c.peek())) c.pos++;
  const word = c.text.slice(start, c.pos);
  if (!word) return fail(c, "a value, '@' or '$'");
  const value = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : word;
  return { kind: 'literal', value, offset: start, length: word.length };
}

function fail(c: Cursor, expected: string): undefined {
  c.unexpected(expected);
  c.stopped = true;
  return undefined;
}
