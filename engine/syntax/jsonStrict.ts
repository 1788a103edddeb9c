// The fast path for well-formed JSON: one pass over the text, building the AST directly (no jsonc-parser tree to
// convert). It accepts only strictly valid JSON — space, tab, CR and LF between tokens, no comments, no trailing
// commas, one value — and gives up (undefined) on the first character that is anything else, so that the tolerant
// path in json.ts parses that text and reports its problems exactly as it always has. On what it accepts, it builds
// the very tree json.ts builds from jsonc-parser's (offsets, lengths, colon offsets, parents); test/syntax proves it
// on the corpus and on thousands of mutated documents.
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode } from './ast';
import { noteRepeatedKeys, setRepeatedKeys, shared, sliceShared } from './shared';

type Parent = PropertyNode | ArrayNode | undefined;

/** Thrown (and caught below) on the first thing that is not strict JSON. */
const GIVE_UP = { reason: 'not strict JSON' };

let text = '';
let pos = 0;
let end = 0;
/**
 * Children are gathered here and copied out in one exact-size array per object or array: an array grown by push
 * keeps room for 17 entries, and most objects have a handful (less memory held, less for the collector to copy).
 */
const stack: unknown[] = [];
let top = 0;
/** Properties whose key comes again later in their object (see shared.ts). */
let repeated: PropertyNode[] = [];
const NONE: never[] = [];

/** The AST of `source` when it is strictly valid JSON, else undefined (the caller takes the tolerant path). */
export function parseStrictJson(source: string): AstNode | undefined {
  text = source;
  pos = 0;
  end = source.length;
  repeated = [];
  try {
    skipSpace();
    if (pos >= end) return undefined;
    const root = value(undefined);
    skipSpace();
    if (pos !== end) return undefined;
    setRepeatedKeys(root, repeated);
    return root;
  } catch (e) {
    // GIVE_UP, or a stack overflow on absurdly deep nesting: either way the tolerant path decides.
    if (e === GIVE_UP || e instanceof RangeError) return undefined;
    throw e;
  } finally {
    text = '';
    stack.length = 0;
    top = 0;
    repeated = [];
  }
}

function skipSpace(): void {
  while (pos < end) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
    else return;
  }
}

function value(parent: Parent): AstNode {
  const c = text.charCodeAt(pos);
  switch (c) {
    case 123 /* { */: return object(parent);
    case 91 /* [ */: return array(parent);
    case 34 /* " */: return string(parent);
    case 116 /* t */:
      if (text.charCodeAt(pos + 1) === 114 && text.charCodeAt(pos + 2) === 117 && text.charCodeAt(pos + 3) === 101) {
        pos += 4;
        return { kind: 'boolean', offset: pos - 4, length: 4, value: true, parent };
      }
      throw GIVE_UP;
    case 102 /* f */:
      if (text.charCodeAt(pos + 1) === 97 && text.charCodeAt(pos + 2) === 108 && text.charCodeAt(pos + 3) === 115 && text.charCodeAt(pos + 4) === 101) {
        pos += 5;
        return { kind: 'boolean', offset: pos - 5, length: 5, value: false, parent };
      }
      throw GIVE_UP;
    case 110 /* n */:
      if (text.charCodeAt(pos + 1) === 117 && text.charCodeAt(pos + 2) === 108 && text.charCodeAt(pos + 3) === 108) {
        pos += 4;
        return { kind: 'null', offset: pos - 4, length: 4, value: null, parent };
      }
      throw GIVE_UP;
    default:
      return number(parent);
  }
}

function object(parent: Parent): ObjectNode {
  const start = pos++;
  const obj: ObjectNode = { kind: 'object', offset: start, length: 0, properties: NONE, parent };
  skipSpace();
  if (text.charCodeAt(pos) === 125 /* } */) {
    pos++;
    (obj as { length: number }).length = pos - start;
    (obj as { properties: PropertyNode[] }).properties = [];
    return obj;
  }
  const base = top;
  for (;;) {
    if (text.charCodeAt(pos) !== 34) throw GIVE_UP;
    const key = string(undefined);
    skipSpace();
    if (text.charCodeAt(pos) !== 58 /* : */) throw GIVE_UP;
    const prop: PropertyNode = { kind: 'property', offset: key.offset, length: 0, key, value: undefined, colonOffset: pos, parent: obj };
    key.parent = prop;
    pos++;
    skipSpace();
    const v = value(prop);
    prop.value = v;
    (prop as { length: number }).length = v.offset + v.length - key.offset;
    stack[top++] = prop;
    skipSpace();
    const d = text.charCodeAt(pos);
    if (d === 44 /* , */) { pos++; skipSpace(); continue; }
    if (d === 125 /* } */) { pos++; break; }
    throw GIVE_UP;
  }
  const props = take(base) as PropertyNode[];
  noteRepeatedKeys(props, repeated);
  (obj as { properties: PropertyNode[] }).properties = props;
  (obj as { length: number }).length = pos - start;
  return obj;
}

function array(parent: Parent): ArrayNode {
  const start = pos++;
  const arr: ArrayNode = { kind: 'array', offset: start, length: 0, items: NONE, parent };
  skipSpace();
  if (text.charCodeAt(pos) === 93 /* ] */) {
    pos++;
    (arr as { items: AstNode[] }).items = [];
    (arr as { length: number }).length = pos - start;
    return arr;
  }
  const base = top;
  for (;;) {
    stack[top++] = value(arr);
    skipSpace();
    const d = text.charCodeAt(pos);
    if (d === 44) { pos++; skipSpace(); continue; }
    if (d === 93) { pos++; break; }
    throw GIVE_UP;
  }
  (arr as { items: AstNode[] }).items = take(base) as AstNode[];
  (arr as { length: number }).length = pos - start;
  return arr;
}

/** The children gathered since `base`, as an array of their exact size, taken off the stack. */
function take(base: number): unknown[] {
  const out = stack.slice(base, top);
  top = base;
  return out;
}

function string(parent: Parent): StringNode {
  const start = pos++;
  let escaped = false;
  for (;;) {
    if (pos >= end) throw GIVE_UP;
    const c = text.charCodeAt(pos);
    if (c === 34) break;
    if (c === 92 /* \ */) { escaped = true; pos += 2; continue; }
    if (c < 32) throw GIVE_UP; // a control character or a line break: jsonc-parser reports it
    pos++;
  }
  pos++;
  let v: string;
  if (escaped) {
    // JSON.parse accepts exactly the escapes jsonc-parser accepts (\" \\ \/ \b \f \n \r \t \uXXXX) and decodes them
    // the same way; anything else (including an escaped control character) makes it throw, and we give up.
    try { v = shared(JSON.parse(text.slice(start, pos)) as string); } catch { throw GIVE_UP; }
  } else v = sliceShared(text, start + 1, pos - 1);
  return { kind: 'string', offset: start, length: pos - start, value: v, style: '"', contentOffset: start + 1, parent };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, exactly jsonc-parser's number without its error cases. */
function number(parent: Parent): AstNode {
  const start = pos;
  if (text.charCodeAt(pos) === 45 /* - */) pos++;
  const first = text.charCodeAt(pos);
  if (first === 48) pos++;
  else if (first >= 49 && first <= 57) { pos++; while (isDigit(text.charCodeAt(pos))) pos++; }
  else throw GIVE_UP;
  if (text.charCodeAt(pos) === 46 /* . */) {
    pos++;
    if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  const e = text.charCodeAt(pos);
  if (e === 101 || e === 69) {
    pos++;
    const sign = text.charCodeAt(pos);
    if (sign === 43 || sign === 45) pos++;
    if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  return { kind: 'number', offset: start, length: pos - start, value: Number(text.slice(start, pos)), parent };
}
