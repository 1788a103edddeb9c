// The cursor in a JSON document, from the tolerant AST plus the characters around the cursor.
import type { AslDocument } from '../service/types';
import { findNodeAt, pathOf, type ArrayNode, type ObjectNode, type StringNode } from '../syntax';
import { wordBefore, type Cursor, type StringAt } from './cursor';

export function jsonCursor(doc: AslDocument, offset: number): Cursor | undefined {
  const text = doc.text;
  const root = doc.parsed.root;
  if (!root) {
    // An empty document: the top level is being started.
    const start = wordBefore(text, offset);
    return { kind: 'key', path: [], object: undefined, quote: undefined, hasColon: false, offset, range: { offset: start, length: offset - start }, prefix: text.slice(start, offset), extraIndent: '' };
  }
  const n = findNodeAt(root, offset);
  if (!n) return undefined;
  switch (n.kind) {
    case 'string': {
      const parent = n.parent;
      const terminated = isTerminated(text, n);
      const end = n.offset + n.length;
      // Right before a key: a new member goes there, before it.
      if (offset <= n.offset) return parent?.kind === 'property' && parent.key === n ? objectKey(text, parent.parent, offset) : undefined;
      if (terminated && offset >= end) return undefined; // after the closing quote
      // An unterminated string runs to the end of the line: replace only up to the cursor (the closing quote is added).
      if (!terminated && offset > lineEnd(text, n.offset)) return undefined;
      const contentEnd = terminated ? end - 1 : offset;
      const s: StringAt = { quote: '"', contentStart: n.offset + 1, contentEnd, before: text.slice(n.offset + 1, offset), terminated };
      const tokenRange = { offset: n.offset, length: (terminated ? end : offset) - n.offset };
      if (parent?.kind === 'property' && parent.key === n) {
        return { kind: 'key', path: pathOf(parent.parent), object: parent.parent, quote: '"', hasColon: parent.colonOffset >= 0, offset, range: tokenRange, prefix: s.before,
          ...commas(text, n.offset, terminated ? end : offset, parent.colonOffset < 0), extraIndent: '' };
      }
      const contentRange = { offset: s.contentStart, length: contentEnd - s.contentStart };
      if (parent?.kind === 'property') return { kind: 'value', path: pathOf(parent), string: s, offset, range: contentRange, prefix: s.before, extraIndent: '' };
      if (parent?.kind === 'array') return { kind: 'item', path: pathOf(parent), index: parent.items.indexOf(n), string: s, dash: false, offset, range: contentRange, prefix: s.before, extraIndent: '' };
      return undefined;
    }
    case 'number': case 'boolean': case 'null': {
      const range = { offset: n.offset, length: n.length };
      const prefix = text.slice(n.offset, offset);
      if (n.parent?.kind === 'property') return { kind: 'value', path: pathOf(n.parent), string: undefined, offset, range, prefix, extraIndent: '' };
      if (n.parent?.kind === 'array') return { kind: 'item', path: pathOf(n.parent), index: n.parent.items.indexOf(n), string: undefined, dash: false, offset, range, prefix, extraIndent: '' };
      return undefined;
    }
    case 'property': {
      if (n.colonOffset < 0 || offset <= n.colonOffset) return undefined;
      const start = wordBefore(text, offset);
      // A value typed without quotes yet (`"End": tr`), or nothing at all.
      return { kind: 'value', path: pathOf(n), string: undefined, offset, range: { offset: start, length: offset - start }, prefix: text.slice(start, offset),
        commaAfter: (n.value && n.value.offset >= offset) ? followedByMember(text, offset) : undefined, extraIndent: '' };
    }
    case 'object':
      return objectKey(text, n, offset);
    case 'array':
      return arrayItem(text, n, offset);
  }
  return undefined;
}

function objectKey(text: string, obj: ObjectNode, offset: number): Cursor | undefined {
  if (offset <= obj.offset) return undefined;
  const start = wordBefore(text, offset);
  return { kind: 'key', path: pathOf(obj), object: obj, quote: undefined, hasColon: false, offset, range: { offset: start, length: offset - start }, prefix: text.slice(start, offset),
    ...commas(text, start, offset, true), extraIndent: '' };
}

function arrayItem(text: string, arr: ArrayNode, offset: number): Cursor | undefined {
  if (offset <= arr.offset) return undefined;
  const start = wordBefore(text, offset);
  const index = arr.items.filter((i) => i.offset + i.length <= start).length;
  return { kind: 'item', path: pathOf(arr), index, string: undefined, dash: false, offset, range: { offset: start, length: offset - start }, prefix: text.slice(start, offset),
    ...commas(text, start, offset, true), extraIndent: '' };
}

/** Whether a comma is needed before the inserted member (and where), and after it. */
function commas(text: string, start: number, end: number, newMember: boolean): { commaBefore?: number; commaAfter?: boolean } {
  if (!newMember) return {};
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  const prev = text[i];
  const out: { commaBefore?: number; commaAfter?: boolean } = {};
  if (i >= 0 && prev !== '{' && prev !== '[' && prev !== ',' && prev !== ':') out.commaBefore = i + 1;
  if (followedByMember(text, end)) out.commaAfter = true;
  return out;
}

function followedByMember(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && /\s/.test(text[j])) j++;
  return j < text.length && /["{[\d\-tfn]/.test(text[j]);
}

function isTerminated(text: string, n: StringNode): boolean {
  const end = n.offset + n.length;
  if (n.length < 2 || text[end - 1] !== '"') return false;
  let backslashes = 0;
  for (let i = end - 2; i > n.offset && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : (text[nl - 1] === '\r' ? nl - 1 : nl);
}
