// The cursor in a YAML document, read from the lines themselves: the cursor line says what is being typed (a key,
// a value after `key:`, a `- ` item, an element of a one-line flow collection), and the lines above, by their
// indentation, give the path from the root. Half-typed YAML often has no useful AST near the cursor, so the AST is
// only used to find the object whose keys are already present.
import type { AslDocument } from '../service/types';
import { findNodeAt, pathOf, type AstNode, type ObjectNode } from '../syntax';
import type { Cursor, Path, StringAt } from './cursor';
import { nodeAtPath } from './place';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  readonly blank: boolean;
  /** Columns of the `- ` markers, in order. */
  readonly dashes: number[];
  /** Column where the content after indentation and dashes starts. */
  readonly contentCol: number;
  /** The mapping key on the line, if a `:` follows it. */
  readonly key: { text: string; start: number; end: number; quote: '"' | "'" | undefined } | undefined;
  readonly colon: number;
}

function lineStartAt(text: string, offset: number): number {
  // (lastIndexOf clamps a negative start to 0, which would find a newline at 0 for offset 0.)
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  let nl = text.indexOf('\n', offset);
  if (nl < 0) nl = text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Leading spaces of a line, without reading the rest (most lines above the cursor are only skipped). */
function indentOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text[i] === ' ') i++;
  return i >= end ? Infinity : i - start;
}

function parseLine(text: string, start: number, end: number): Line {
  let i = start;
  while (i < end && text[i] === ' ') i++;
  const indent = i - start;
  const dashes: number[] = [];
  while (i < end && text[i] === '-' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
    dashes.push(i - start);
    i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  }
  const contentCol = i - start;
  const blank = i >= end || text[i] === '#' || (dashes.length === 0 && text.startsWith('---', i) && indent === 0) || (indent === 0 && text.startsWith('...', i));
  let key: Line['key'];
  let colon = -1;
  if (!blank && i < end) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < end && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : 1;
      if (j < end) {
        let k = j + 1;
        while (k < end && text[k] === ' ') k++;
        if (text[k] === ':' && (k + 1 >= end || text[k + 1] === ' ' || text[k + 1] === '\t')) {
          key = { text: unquote(text.slice(i, j + 1)), start: i, end: j + 1, quote: c };
          colon = k;
        }
      }
    } else if (c !== '[' && c !== '{' && c !== '#') {
      for (let j = i; j < end; j++) {
        if (text[j] === ':' && (j + 1 >= end || text[j + 1] === ' ' || text[j + 1] === '\t')) {
          let e = j;
          while (e > i && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
          key = { text: text.slice(i, e), start: i, end: e, quote: undefined };
          colon = j;
          break;
        }
        if (text[j] === '#' && j > i && (text[j - 1] === ' ' || text[j - 1] === '\t')) break;
      }
    }
  }
  return { start, end, indent, blank, dashes, contentCol, key, colon };
}

function unquote(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  try { return JSON.parse(raw) as string; } catch { return raw.slice(1, -1); }
}

function blockIndicator(text: string, line: Line): boolean {
  let i = line.colon + 1;
  while (i < line.end && text[i] === ' ') i++;
  return /^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, line.end));
}

type Pending = { index: number };

/**
 * The path of the container of a node on line `from` at column `col`: a mapping key (`kind: 'key'`) or a sequence
 * item (`kind: 'item'`, `col` being its dash). For an item, also its index among its siblings.
 */
interface Y { readonly text: string; readonly root: AstNode | undefined }

/**
 * The AST path of the property whose key starts at `offset` with this text, when the parser produced it there: the
 * lines above the cursor are usually complete, so the walk up can stop at the first ancestor the AST knows.
 */
function astPathOfKey(root: AstNode | undefined, offset: number, key: string): Path | undefined {
  const n = findNodeAt(root, offset, false);
  if (n?.kind !== 'string' || n.offset !== offset || n.value !== key || n.parent?.kind !== 'property' || n.parent.key !== n) return undefined;
  return pathOf(n.parent);
}

function containerPath(y: Y, from: number, kind: 'key' | 'item', col: number): { path: Path; index: number } {
  const text = y.text;
  const segs: (string | Pending)[] = [];
  let index = 0;
  let pending: Pending | undefined;
  let firstIndex = -1;
  const enterItem = (dashCol: number) => {
    pending = { index: 0 };
    segs.push(pending);
    kind = 'item';
    col = dashCol;
    index = 0;
  };
  const leaveItem = () => {
    if (pending) pending.index = index;
    else firstIndex = index;
    pending = undefined;
  };
  let ls = from;
  while (ls > 0) {
    const prevEnd = ls - 1;
    const next = lineStartAt(text, prevEnd);
    if (next >= ls) break;
    ls = next;
    const lineEnd = prevEnd > ls && text[prevEnd - 1] === '\r' ? prevEnd - 1 : prevEnd;
    if (indentOf(text, ls, lineEnd) > col) continue;
    const line = parseLine(text, ls, lineEnd);
    if (line.blank) continue;
    const lastDash = line.dashes.length ? line.dashes[line.dashes.length - 1] : -1;
    if (kind === 'key') {
      if (line.contentCol === col && line.dashes.length === 0) {
        // A sibling key: when the AST knows it, its container is ours.
        const known = line.key && astPathOfKey(y.root, line.key.start, line.key.text);
        if (known) return finish(known.slice(0, -1));
        continue;
      }
      if (line.contentCol === col && lastDash >= 0) { enterItem(lastDash); continue; } // the item our mapping starts in
      if (lastDash >= 0 && line.dashes[0] >= col) continue; // an item of a sibling's sequence written at our column
      if (line.key && line.contentCol < col) {
        const known = astPathOfKey(y.root, line.key.start, line.key.text);
        if (known) return finish(known);
        segs.push(line.key.text);
        if (lastDash >= 0) enterItem(lastDash);
        else col = line.contentCol;
        continue;
      }
      break;
    } else {
      if (line.dashes.includes(col)) { index++; continue; } // a sibling item
      if (line.key && line.contentCol <= col) {
        leaveItem();
        const known = astPathOfKey(y.root, line.key.start, line.key.text);
        if (known) return finish(known);
        segs.push(line.key.text);
        if (lastDash >= 0) enterItem(lastDash);
        else { kind = 'key'; col = line.contentCol; }
        continue;
      }
      break;
    }
  }
  if (kind === 'item') leaveItem();
  return finish([]);

  function finish(prefix: Path): { path: Path; index: number } {
    const below = segs.reverse().map((s) => (typeof s === 'string' ? s : s.index));
    return { path: [...prefix, ...below], index: firstIndex < 0 ? 0 : firstIndex };
  }
}

export function yamlCursor(doc: AslDocument, offset: number): Cursor | undefined {
  const text = doc.text;
  const ls = lineStartAt(text, offset);
  const le = lineEndAt(text, offset);
  const line = parseLine(text, ls, le);
  const col = offset - ls;
  const y: Y = { text, root: doc.parsed.root };
  const objectAt = (path: Path): ObjectNode | undefined => {
    const n = nodeAtPath(doc.parsed.root, path);
    return n?.kind === 'object' ? n : undefined;
  };

  // Inside a block scalar (`Condition: |` … lines)?
  const block = blockScalarAbove(y, ls, line.blank ? col : line.indent);
  if (block) {
    const path = [...keyContainer(y, block.line), block.line.key!.text];
    const s: StringAt = { quote: 'block', contentStart: block.contentStart, contentEnd: offset, before: text.slice(block.contentStart, offset), terminated: true };
    return { kind: 'value', path, string: s, offset, range: { offset, length: 0 }, prefix: '', extraIndent: '' };
  }

  const contentStart = ls + line.contentCol;
  if (line.blank || offset < contentStart || (offset === contentStart && line.dashes.length > 0 && contentStart === le)) {
    if (line.dashes.length && offset >= contentStart) {
      const { path, index } = containerPath(y, ls, 'item', line.dashes[line.dashes.length - 1]);
      return { kind: 'item', path, index, string: undefined, dash: true, offset, range: { offset, length: 0 }, prefix: '', extraIndent: ' '.repeat(line.contentCol - line.indent) };
    }
    if (offset < contentStart && !line.blank) return undefined; // in the indentation before existing content
    const path = containerPath(y, ls, 'key', col).path;
    return { kind: 'key', path, object: objectAt(path), quote: undefined, hasColon: false, offset, range: { offset, length: 0 }, prefix: '', extraIndent: '' };
  }

  const lastDash = line.dashes.length ? line.dashes[line.dashes.length - 1] : -1;
  const objectPath = (): Path => (lastDash >= 0 ? (() => { const r = containerPath(y, ls, 'item', lastDash); return [...r.path, r.index]; })() : containerPath(y, ls, 'key', line.contentCol).path);
  const extraIndent = lastDash >= 0 ? ' '.repeat(line.contentCol - line.indent) : '';

  if (line.key && line.colon >= 0 && offset > line.colon) {
    return valueCursor(doc, line, offset, [...objectPath(), line.key.text]);
  }
  if (line.key && offset <= line.key.end) {
    const path = objectPath();
    const quote = line.key.quote;
    return { kind: 'key', path, object: objectAt(path), quote, hasColon: true, offset, range: { offset: line.key.start, length: line.key.end - line.key.start },
      prefix: text.slice(line.key.start + (quote ? 1 : 0), offset), extraIndent };
  }
  if (line.key) return undefined; // between the key and its colon

  // Content with no colon yet: a key being typed, or a scalar item after `- `.
  const first = text[contentStart];
  const quote = first === '"' || first === "'" ? first : undefined;
  let end = offset;
  while (end < le && /[^\s:#]/.test(text[end])) end++;
  const prefix = text.slice(contentStart + (quote ? 1 : 0), offset);
  if (first === '[' || first === '{') return undefined;
  if (lastDash >= 0) {
    const { path, index } = containerPath(y, ls, 'item', lastDash);
    const s: StringAt | undefined = quote ? { quote, contentStart: contentStart + 1, contentEnd: offset, before: prefix, terminated: false } : undefined;
    return { kind: 'item', path, index, string: s, dash: true, offset, range: { offset: contentStart, length: end - contentStart }, prefix, extraIndent };
  }
  const path = containerPath(y, ls, 'key', line.contentCol).path;
  return { kind: 'key', path, object: objectAt(path), quote, hasColon: false, offset, range: { offset: contentStart, length: end - contentStart }, prefix, extraIndent: '' };
}

/** The container path of the key on a line (which may follow a `- `). */
function keyContainer(y: Y, line: Line): Path {
  const lastDash = line.dashes.length ? line.dashes[line.dashes.length - 1] : -1;
  if (lastDash >= 0) {
    const r = containerPath(y, line.start, 'item', lastDash);
    return [...r.path, r.index];
  }
  return containerPath(y, line.start, 'key', line.contentCol).path;
}

function blockScalarAbove(y: Y, ls: number, col: number): { line: Line; contentStart: number } | undefined {
  const text = y.text;
  // Walk up through lines indented more than everything seen so far; the first less-indented line with a key
  // decides: a block indicator (`key: |`) means the cursor is in that block's text.
  let cur = ls;
  let min = col;
  let firstContent = -1;
  while (cur > 0) {
    const prevEnd = cur - 1;
    const next = lineStartAt(text, prevEnd);
    if (next >= cur) break;
    cur = next;
    const lineEnd = prevEnd > cur && text[prevEnd - 1] === '\r' ? prevEnd - 1 : prevEnd;
    const ind = indentOf(text, cur, lineEnd);
    if (ind === Infinity) continue;
    if (ind === min) {
      // A key the AST knows at the cursor's indentation: real structure, not the text of a block scalar.
      const l = parseLine(text, cur, lineEnd);
      if (l.key && astPathOfKey(y.root, l.key.start, l.key.text)) return undefined;
    }
    if (ind >= min) { firstContent = cur + ind; continue; }
    const line = parseLine(text, cur, lineEnd);
    if (line.blank && !line.dashes.length) continue;
    if (line.key && line.colon >= 0 && blockIndicator(text, line)) return { line, contentStart: firstContent >= 0 ? firstContent : ls + col };
    if (line.key || line.dashes.length) return undefined;
    min = line.indent;
    firstContent = cur + line.indent;
  }
  return undefined;
}

function valueCursor(doc: AslDocument, line: Line, offset: number, path: Path): Cursor | undefined {
  const text = doc.text;
  let vs = line.colon + 1;
  while (vs < line.end && (text[vs] === ' ' || text[vs] === '\t')) vs++;
  if (offset === line.colon + 1) {
    // Right after the colon: the value replaces whatever follows, after a space we add.
    let ve = line.end;
    while (ve > offset && /\s/.test(text[ve - 1])) ve--;
    const s: StringAt = { quote: 'plain', contentStart: offset, contentEnd: ve, before: '', terminated: true };
    return { kind: 'value', path, string: s, offset, range: { offset, length: ve - offset }, prefix: '', extraIndent: '', insertPrefix: ' ' };
  }
  if (offset < vs) return undefined;
  const c = text[vs];
  if (c === '[' || c === '{') return flowCursor(doc, vs, offset, path, line.end);
  if (c === '|' || c === '>') return undefined;
  if (c === '"' || c === "'") {
    let j = vs + 1;
    while (j < line.end && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : (c === "'" && text[j + 1] === "'" && text[j] === "'" ? 2 : 1);
    const terminated = j < line.end;
    if (terminated && offset > j) return undefined;
    const s: StringAt = { quote: c, contentStart: vs + 1, contentEnd: terminated ? j : offset, before: text.slice(vs + 1, offset), terminated };
    return { kind: 'value', path, string: s, offset, range: { offset: s.contentStart, length: s.contentEnd - s.contentStart }, prefix: s.before, extraIndent: '' };
  }
  let ve = line.end;
  const hash = text.slice(vs, line.end).search(/\s#/);
  if (hash >= 0) ve = vs + hash;
  while (ve > vs && /\s/.test(text[ve - 1])) ve--;
  if (offset > ve && hash >= 0) return undefined; // in the comment
  const end = Math.max(ve, offset);
  const s: StringAt = { quote: 'plain', contentStart: vs, contentEnd: end, before: text.slice(vs, offset), terminated: true };
  return { kind: 'value', path, string: s, offset, range: { offset: vs, length: end - vs }, prefix: s.before, extraIndent: '' };
}

/** A cursor inside a one-line flow collection: `ErrorEquals: [States.ALL, |]`, `Item: { Id: | }`. */
function flowCursor(doc: AslDocument, vs: number, offset: number, path: Path, lineEnd: number): Cursor | undefined {
  const text = doc.text;
  type Frame = { open: '[' | '{'; index: number; key: string | undefined; afterColon: boolean; tokenStart: number };
  const stack: Frame[] = [];
  const segs: (string | number)[] = [];
  let i = vs;
  while (i < offset) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '[' || c === '{') {
      if (top) segs.push(top.open === '[' ? top.index : top.key ?? '');
      stack.push({ open: c, index: 0, key: undefined, afterColon: false, tokenStart: i + 1 });
      i++;
      continue;
    }
    if (c === ']' || c === '}') {
      stack.pop();
      segs.pop();
      i++;
      continue;
    }
    if (!top) { i++; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < lineEnd && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : 1;
      if (j >= offset) break; // the cursor is inside this string
      if (top.open === '{' && !top.afterColon) top.key = unquote(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === ',') { top.index++; top.afterColon = false; top.key = undefined; top.tokenStart = i + 1; i++; continue; }
    if (c === ':' && top.open === '{' && !top.afterColon && /[\s,\]}]/.test(text[i + 1] ?? ' ')) {
      if (top.key === undefined) top.key = text.slice(top.tokenStart, i).trim();
      top.afterColon = true;
      top.tokenStart = i + 1;
      i++;
      continue;
    }
    i++;
  }
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  let ts = top.tokenStart;
  while (ts < offset && (text[ts] === ' ' || text[ts] === '\t')) ts++;
  let te = offset;
  while (te < lineEnd && !/[,\]}:]/.test(text[te]) && !(text[te] === ' ' && text[te + 1] === '#')) te++;
  while (te > offset && /\s/.test(text[te - 1])) te--;
  const q = text[ts] === '"' || text[ts] === "'" ? (text[ts] as '"' | "'") : undefined;
  let s: StringAt | undefined;
  if (q) {
    let j = ts + 1;
    while (j < lineEnd && text[j] !== q) j += text[j] === '\\' && q === '"' ? 2 : 1;
    const terminated = j < lineEnd;
    s = { quote: q, contentStart: ts + 1, contentEnd: terminated ? j : offset, before: text.slice(ts + 1, offset), terminated };
  } else {
    s = { quote: 'plain', contentStart: ts, contentEnd: te, before: text.slice(ts, offset), terminated: true };
  }
  const range = { offset: s.contentStart, length: s.contentEnd - s.contentStart };
  const base = [...path, ...segs];
  if (top.open === '[') return { kind: 'item', path: base, index: top.index, string: s, dash: false, offset, range, prefix: s.before, extraIndent: '', flow: true };
  if (top.afterColon) return { kind: 'value', path: [...base, top.key ?? ''], string: s, offset, range, prefix: s.before, extraIndent: '', flow: true };
  const objNode = nodeAtPath(doc.parsed.root, base);
  return { kind: 'key', path: base, object: objNode?.kind === 'object' ? objNode : undefined, quote: q, hasColon: false, offset,
    range: { offset: ts, length: te - ts }, prefix: text.slice(ts + (q ? 1 : 0), offset), extraIndent: '', flow: true };
}

