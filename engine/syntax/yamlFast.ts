// The fast path for the YAML that state machines are written in: a line-oriented parser that builds the AST in one
// pass, without the `yaml` package's Lexer, Parser and Composer (most of the time a large YAML document used to take).
//
// It takes the common subset — a block mapping at the top; block mappings and sequences (a sequence may sit at its
// key's column); one-line flow collections; plain, quoted and block scalars on one line (block scalars over many);
// comments — and gives up (undefined) on anything else: tabs, CR, anchors, aliases, tags, directives, document
// markers, explicit keys, multi-line plain or quoted scalars, empty items, a comment where an empty value would take
// it, and every construct the Composer reports a problem for. The Composer path (yaml.ts) then parses that text as it
// always has. On what it takes, it builds the tree yaml.ts builds (offsets, lengths after trimEnd, colon offsets,
// values by the core schema, keys as written, comments): test/syntax proves it on the corpus, on edge cases and on
// thousands of mutated documents.
//
// Node lengths follow the Composer's ranges: a collection ends where its last item's range ends, and that range takes
// in the comment on the item's line, comment lines indented deeper than the collection right after a scalar or flow
// value, and trailing comment lines the `yaml` Parser leaves in a nested collection (trailing() below).
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode, StringStyle } from './ast';
import { noteRepeatedKeys, setRepeatedKeys, sliceShared } from './shared';
import { blockValue, coreValue, doubleQuoted, isJsSpace, singleQuoted } from './yamlScalars';

type Parent = PropertyNode | ArrayNode | undefined;
type Range = { offset: number; length: number };

const GIVE_UP = { reason: 'not in the YAML fast path' };

let text = '';
let len = 0;
/** The cursor. Between lines it is at the first character of the next content line (or at `len`). */
let pos = 0;
/** The indentation of the content line at `pos`. */
let lineIndent = 0;
let comments: Range[] = [];
/** The `range[2]` of the last value parsed (see the header): where the enclosing collection's range ends. */
let end2 = 0;
/** Comment lines after the last value that belong to no value yet: end of the last one and the deepest indentation. */
let pendingEnd = -1;
let pendingIndent = -1;
const stack: unknown[] = [];
let top = 0;
/** Properties whose key comes again later in their mapping (see shared.ts). */
let repeated: PropertyNode[] = [];
const NONE: never[] = [];

/** Characters that cannot start a plain scalar here (the other indicators are handled before or make us give up). */
function isIndicator(c: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 ||
    c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Whether the character after an indicator at `i` makes it one: white space, the end, or (in flow) , [ ] { }. */
function endsIndicator(i: number, inFlow: boolean): boolean {
  if (i >= len) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || (inFlow && isFlowIndicator(c));
}

/** A sequence entry `- ` (or `-` at the end of its line) at `i`. */
function isDash(i: number): boolean {
  return text.charCodeAt(i) === 45 && endsIndicator(i + 1, false);
}

function trimEnd(start: number, end: number): number {
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function take(base: number): unknown[] {
  const out = stack.slice(base, top);
  top = base;
  return out;
}

export interface FastYaml {
  root: ObjectNode;
  comments: Range[];
}

/** The AST of `source` when it is in the fast path's subset, else undefined (the caller takes the Composer path). */
export function parseYamlFast(source: string): FastYaml | undefined {
  // Tabs, CR, other control characters and byte order marks: the Composer decides.
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if ((c < 32 && c !== 10) || c === 0xfeff) return undefined;
  }
  text = source;
  len = source.length;
  pos = 0;
  comments = [];
  pendingEnd = pendingIndent = -1;
  repeated = [];
  try {
    lines(Infinity, true);
    if (pos >= len || lineIndent !== 0 || isDash(pos)) return undefined;
    const root = blockMap(0, undefined);
    if (pos < len) return undefined;
    setRepeatedKeys(root, repeated);
    return { root, comments };
  } catch (e) {
    if (e === GIVE_UP || e instanceof RangeError) return undefined;
    throw e;
  } finally {
    text = '';
    comments = [];
    stack.length = 0;
    top = 0;
    repeated = [];
  }
}

/**
 * Skips blank and comment-only lines from the start of a line to the next content line (pos, lineIndent) or the end.
 * Comment lines indented deeper than `mergeIndent` directly after a value join the value's range (end2); the others
 * are pending (the Parser keeps them as an item of their own, see trailing()). With `sep`, the comments are only
 * recorded: they sit between a key and its value, where they change no range.
 */
function lines(mergeIndent: number, sep: boolean): void {
  let merging = true;
  for (;;) {
    const start = pos;
    let i = pos;
    while (i < len && text.charCodeAt(i) === 32) i++;
    if (i >= len) { pos = len; return; }
    const c = text.charCodeAt(i);
    if (c === 10) { pos = i + 1; continue; }
    if (c === 35) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = len;
      comments.push({ offset: i, length: e - i });
      const indent = i - start;
      if (!sep) {
        if (merging && indent > mergeIndent) end2 = e;
        else {
          merging = false;
          pendingEnd = e;
          if (indent > pendingIndent) pendingIndent = indent;
        }
      }
      pos = e < len ? e + 1 : len;
      continue;
    }
    // Document markers (`---`, `...`) at the start of a line.
    if (i === start && (c === 45 || c === 46) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && endsIndicator(i + 3, false)) throw GIVE_UP;
    pos = i;
    lineIndent = i - start;
    return;
  }
}

/** After a value on its line: spaces, an optional comment (after a space), then the end of the line. */
function lineEnd(valueEnd: number): void {
  let i = pos;
  while (i < len && text.charCodeAt(i) === 32) i++;
  end2 = valueEnd;
  if (i >= len) { pos = len; return; }
  let c = text.charCodeAt(i);
  if (c === 35) {
    if (i === pos) throw GIVE_UP; // `"a"#c`: a comment only the lax Composer accepts
    let e = text.indexOf('\n', i);
    if (e < 0) e = len;
    comments.push({ offset: i, length: e - i });
    end2 = e;
    i = e;
    if (i >= len) { pos = len; return; }
    c = 10;
  }
  if (c !== 10) throw GIVE_UP;
  pos = i + 1;
}

/**
 * Where trailing comment lines go when a block collection at `indent` closes: the `yaml` Parser hands them to the
 * parent unless the collection is at column 0 or one of them is indented at least as deep as the collection; then
 * they stay, and the collection's range (so its parent's length) runs to the last of them.
 */
function trailing(indent: number, end: number): number {
  if (pendingEnd >= 0 && indent !== 0 && pendingIndent >= indent) {
    end = pendingEnd;
    pendingEnd = pendingIndent = -1;
  }
  return end;
}

function blockMap(indent: number, parent: Parent): ObjectNode {
  const start = pos;
  const obj: ObjectNode = { kind: 'object', offset: start, length: 0, properties: NONE, parent };
  const base = top;
  for (;;) {
    const prop = key(obj);
    mapValue(prop, indent);
    stack[top++] = prop;
    if (pos >= len || lineIndent < indent) break;
    if (lineIndent > indent || isDash(pos)) throw GIVE_UP;
    pendingEnd = pendingIndent = -1; // trailing comments become the next key's leading ones
  }
  const props = take(base) as PropertyNode[];
  noteRepeatedKeys(props, repeated);
  (obj as { properties: PropertyNode[] }).properties = props;
  (obj as { length: number }).length = trimEnd(start, end2) - start;
  end2 = trailing(indent, end2);
  return obj;
}

function blockSeq(indent: number, parent: Parent): ArrayNode {
  const start = pos;
  const arr: ArrayNode = { kind: 'array', offset: start, length: 0, items: NONE, parent };
  const base = top;
  for (;;) {
    const lineStart = pos - indent;
    let i = pos + 1;
    while (i < len && text.charCodeAt(i) === 32) i++;
    const c = i < len ? text.charCodeAt(i) : 10;
    let item: AstNode;
    if (c === 10) {
      pos = i < len ? i + 1 : len;
      lines(Infinity, true);
      if (pos >= len || lineIndent <= indent) throw GIVE_UP; // an empty item
      item = isDash(pos) ? blockSeq(lineIndent, arr) : blockMap(lineIndent, arr);
    } else if (c === 35 || isDash(i)) {
      throw GIVE_UP; // `- # …` and `- - …`
    } else if (startsPair(i)) {
      pos = i;
      item = blockMap(i - lineStart, arr);
    } else {
      pos = i;
      item = inlineValue(arr, indent);
    }
    stack[top++] = item;
    if (pos >= len || lineIndent < indent) break;
    if (lineIndent > indent) throw GIVE_UP;
    if (!isDash(pos)) break; // a key of the mapping this sequence is the value of, at the same column
    pendingEnd = pendingIndent = -1;
  }
  (arr as { items: AstNode[] }).items = take(base) as AstNode[];
  (arr as { length: number }).length = trimEnd(start, end2) - start;
  end2 = trailing(indent, end2);
  return arr;
}

/** Whether the text at `i` starts an implicit key: a plain or quoted scalar on this line followed by `: `. */
function startsPair(i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, i) : singleQuoted(text, i);
    if (!q) return false;
    let j = q.end;
    while (j < len && text.charCodeAt(j) === 32) j++;
    return text.charCodeAt(j) === 58 && endsIndicator(j + 1, false);
  }
  if (isIndicator(c) || ((c === 45 || c === 63 || c === 58) && endsIndicator(i + 1, false))) return false;
  return plainKeyColon(i) >= 0;
}

/** The `:` ending the plain key at `i` (a `:` before white space or the end, on this line), or -1. */
function plainKeyColon(i: number): number {
  for (let j = i; j < len; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return -1;
    if (c === 58 && endsIndicator(j + 1, false)) return j;
    if (c === 32 && text.charCodeAt(j + 1) === 35) return -1;
  }
  return -1;
}

/** The colon after a key as yaml.ts finds it: spaces or tabs after the key's (trimmed) end, then `:`; else -1. */
function colonAfter(k: StringNode): number {
  for (let i = k.offset + k.length; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c !== 32 && c !== 9) break;
  }
  return -1;
}

function stringNode(start: number, valueEnd: number, value: string, style: StringStyle, contentOffset: number, parent: Parent): StringNode {
  return { kind: 'string', offset: start, length: trimEnd(start, valueEnd) - start, value, style, contentOffset, parent };
}

/** A block mapping's key at `pos` and its `:`; leaves pos after the `:`. */
function key(obj: ObjectNode): PropertyNode {
  const start = pos;
  const c = text.charCodeAt(start);
  let k: StringNode;
  let colon: number;
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, start) : singleQuoted(text, start);
    if (!q) throw GIVE_UP;
    k = stringNode(start, q.end, q.value, c === 34 ? '"' : "'", start + 1, undefined);
    colon = q.end;
    while (colon < len && text.charCodeAt(colon) === 32) colon++;
    if (text.charCodeAt(colon) !== 58 || !endsIndicator(colon + 1, false)) throw GIVE_UP;
  } else {
    if (isIndicator(c) || ((c === 45 || c === 63 || c === 58) && endsIndicator(start + 1, false))) throw GIVE_UP;
    colon = plainKeyColon(start);
    if (colon < 0) throw GIVE_UP;
    let e = colon;
    while (text.charCodeAt(e - 1) === 32) e--;
    // A plain key is a string to ASL, kept as written (yaml.ts uses the scalar's source).
    k = stringNode(start, e, sliceShared(text, start, e), 'plain', start, undefined);
  }
  const prop: PropertyNode = { kind: 'property', offset: k.offset, length: 0, key: k, value: undefined, colonOffset: colonAfter(k), parent: obj };
  k.parent = prop;
  pos = colon + 1;
  return prop;
}

/** The value after a block mapping key's `:` (at pos): on the same line, on the next lines, or empty. */
function mapValue(prop: PropertyNode, indent: number): void {
  let i = pos;
  while (i < len && text.charCodeAt(i) === 32) i++;
  const c = i < len ? text.charCodeAt(i) : 10;
  let v: AstNode | undefined;
  if (c === 10 || c === 35) {
    const emptyAt = i; // where the Composer puts an empty value: after the colon and its spaces
    const seen = comments.length;
    if (c === 35) lineEnd(i);
    else pos = i < len ? i + 1 : len;
    lines(Infinity, true);
    if (pos < len && (lineIndent > indent || (lineIndent === indent && isDash(pos)))) {
      v = isDash(pos) ? blockSeq(lineIndent, prop) : blockMap(lineIndent, prop);
    } else {
      // An empty value (`Next:` not typed yet). Comments after it would join its range: left to the Composer.
      if (comments.length !== seen) throw GIVE_UP;
      end2 = emptyAt;
    }
  } else {
    pos = i;
    v = inlineValue(prop, indent);
  }
  prop.value = v;
  const k = prop.key;
  const end = v ? v.offset + v.length : Math.max(k.offset + k.length, prop.colonOffset + 1);
  (prop as { length: number }).length = Math.max(0, end - k.offset);
}

/**
 * A value that starts on the current line at pos (not a nested block collection): a scalar, a block scalar or a
 * flow collection; then the rest of its line and the blank and comment lines after it. `indent` is the collection's.
 */
function inlineValue(parent: Parent, indent: number): AstNode {
  const start = pos;
  const c = text.charCodeAt(start);
  let v: AstNode;
  if (c === 124 || c === 62) {
    v = blockScalar(parent, indent + 1);
    lines(Infinity, false); // a block scalar has no end tokens: comments after it are pending
    return v;
  }
  if (c === 91 || c === 123) {
    v = flow(parent);
    lineEnd(pos);
  } else if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, start) : singleQuoted(text, start);
    if (!q) throw GIVE_UP;
    v = stringNode(start, q.end, q.value, c === 34 ? '"' : "'", start + 1, parent);
    pos = q.end;
    lineEnd(q.end);
  } else {
    if (isIndicator(c) || ((c === 45 || c === 63 || c === 58) && endsIndicator(start + 1, false))) throw GIVE_UP;
    let last = start;
    let i = start;
    for (; i < len; i++) {
      const d = text.charCodeAt(i);
      if (d === 10) break;
      if (d === 32) {
        if (text.charCodeAt(i + 1) === 35) break;
        continue;
      }
      if (d === 58 && endsIndicator(i + 1, false)) throw GIVE_UP; // `a: b: c`
      last = i + 1;
    }
    v = plain(start, last, parent);
    pos = last;
    lineEnd(last);
  }
  // Scalars and flow collections have end tokens: comment lines indented deeper than the collection join them.
  lines(indent, false);
  return v;
}

/** A plain scalar's node: null, boolean, number or string by the core schema. */
function plain(start: number, end: number, parent: Parent): AstNode {
  const source = sliceShared(text, start, end);
  const value = coreValue(source);
  const length = trimEnd(start, end) - start;
  if (value === null) {
    if (length === 0) throw GIVE_UP;
    return { kind: 'null', offset: start, length, value: null, parent };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', offset: start, length, value, parent };
  if (typeof value === 'number') return { kind: 'number', offset: start, length, value, parent };
  return { kind: 'string', offset: start, length, value, style: 'plain', contentOffset: start, parent };
}

/**
 * A block scalar (`|`, `>`, with `-` or `+`) at pos, its content lines taken as the `yaml` Lexer takes them;
 * `indentNext` is the column its content must reach. Leaves pos at the start of the line after it.
 */
function blockScalar(parent: Parent, indentNext: number): StringNode {
  const start = pos;
  const folded = text.charCodeAt(start) === 62;
  let i = start + 1;
  let chomp: '' | '-' | '+' = '';
  const h = text.charCodeAt(i);
  if (h === 45 || h === 43) { chomp = h === 45 ? '-' : '+'; i++; }
  if (i >= len || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 10)) throw GIVE_UP;
  pos = i;
  lineEnd(i);
  if (pos >= len) throw GIVE_UP;
  const body = pos;
  let indent = 0;
  i = body;
  while (i < len && text.charCodeAt(i) === 32) { i++; indent++; }
  if (i >= len || text.charCodeAt(i) === 10 || indent < indentNext) throw GIVE_UP; // empty, or leading empty lines
  // Lexer.parseBlockScalar: lines go on while blank or indented at least as the first one.
  let nl = text.indexOf('\n', i);
  while (nl !== -1) {
    let j = nl + 1;
    let ind = 0;
    while (text.charCodeAt(j) === 32) { j++; ind++; }
    if (!(j < len && text.charCodeAt(j) === 10) && ind < indent) break;
    nl = text.indexOf('\n', j);
  }
  if (nl === -1) nl = len;
  if (chomp !== '+') {
    // Trailing lines with no more than the first line's indentation are not the scalar's.
    for (;;) {
      let k = nl - 1;
      const lastChar = k;
      while (text.charCodeAt(k) === 32) k--;
      if (k >= body && text.charCodeAt(k) === 10 && k + 1 + indent > lastChar) nl = k;
      else break;
    }
  }
  const end = Math.min(nl + 1, len);
  const value = blockValue(text.slice(body, end), folded, chomp);
  if (value === undefined) throw GIVE_UP;
  pos = end;
  end2 = end;
  let co = text.indexOf('\n', start) + 1;
  while (co < len && text.charCodeAt(co) === 32) co++;
  return stringNode(start, end, value, folded ? '>' : '|', co, parent);
}

/** Spaces inside a one-line flow collection; a line end or a comment there is left to the Composer. */
function flowSpaces(): void {
  while (pos < len && text.charCodeAt(pos) === 32) pos++;
  if (pos >= len) throw GIVE_UP;
  const c = text.charCodeAt(pos);
  if (c === 10 || c === 35) throw GIVE_UP;
}

/** A one-line flow sequence or mapping at pos; leaves pos after its closing bracket. */
function flow(parent: Parent): ObjectNode | ArrayNode {
  const start = pos;
  const isMap = text.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  const node: ObjectNode | ArrayNode = isMap
    ? { kind: 'object', offset: start, length: 0, properties: NONE, parent }
    : { kind: 'array', offset: start, length: 0, items: NONE, parent };
  const base = top;
  pos++;
  flowSpaces();
  if (text.charCodeAt(pos) !== close) {
    for (;;) {
      if (isMap) {
        const k = flowKey();
        const prop: PropertyNode = { kind: 'property', offset: k.offset, length: 0, key: k, value: undefined, colonOffset: colonAfter(k), parent: node as ObjectNode };
        k.parent = prop;
        flowSpaces();
        // A key without a value, or a plain key whose `:` the Lexer would not take as an indicator (`{a:[1]}`).
        if (text.charCodeAt(pos) !== 58 || (k.style === 'plain' && text.charCodeAt(pos + 1) !== 32)) throw GIVE_UP;
        pos++;
        flowSpaces();
        const d = text.charCodeAt(pos);
        if (d === 44 || d === close) throw GIVE_UP;
        const v = flowValue(prop);
        prop.value = v;
        (prop as { length: number }).length = Math.max(0, v.offset + v.length - k.offset);
        stack[top++] = prop;
      } else {
        stack[top++] = flowValue(node as ArrayNode);
      }
      flowSpaces();
      const d = text.charCodeAt(pos);
      if (d === close) break;
      if (d !== 44) throw GIVE_UP; // `[a: b]`, `{a b}`, …
      pos++;
      flowSpaces();
      if (text.charCodeAt(pos) === close || text.charCodeAt(pos) === 44) throw GIVE_UP; // a trailing or empty entry
    }
  }
  pos++;
  if (isMap) {
    const props = take(base) as PropertyNode[];
    noteRepeatedKeys(props, repeated);
    (node as { properties: PropertyNode[] }).properties = props;
  }
  else (node as { items: AstNode[] }).items = take(base) as AstNode[];
  (node as { length: number }).length = pos - start;
  return node;
}

/** The end of the plain scalar at pos inside a flow collection (its last non-space character + 1). */
function flowPlainEnd(): number {
  const c = text.charCodeAt(pos);
  if (isIndicator(c) || ((c === 45 || c === 63 || c === 58) && endsIndicator(pos + 1, true))) throw GIVE_UP;
  let last = pos;
  for (let i = pos; ; i++) {
    if (i >= len) throw GIVE_UP;
    const d = text.charCodeAt(i);
    if (d === 10) throw GIVE_UP;
    if (isFlowIndicator(d)) break;
    if (d === 58 && endsIndicator(i + 1, true)) break;
    if (d === 32) {
      if (text.charCodeAt(i + 1) === 35) throw GIVE_UP;
      continue;
    }
    last = i + 1;
  }
  return last;
}

function flowKey(): StringNode {
  const start = pos;
  const c = text.charCodeAt(start);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, start) : singleQuoted(text, start);
    if (!q) throw GIVE_UP;
    pos = q.end;
    return stringNode(start, q.end, q.value, c === 34 ? '"' : "'", start + 1, undefined);
  }
  const e = flowPlainEnd();
  pos = e;
  return stringNode(start, e, sliceShared(text, start, e), 'plain', start, undefined);
}

function flowValue(parent: PropertyNode | ArrayNode): AstNode {
  const start = pos;
  const c = text.charCodeAt(start);
  if (c === 91 || c === 123) return flow(parent);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, start) : singleQuoted(text, start);
    if (!q) throw GIVE_UP;
    pos = q.end;
    return stringNode(start, q.end, q.value, c === 34 ? '"' : "'", start + 1, parent);
  }
  const e = flowPlainEnd();
  pos = e;
  return plain(start, e, parent);
}
