// YAML text → the same AST as JSON. The YAML state machines are written in (block mappings and sequences, one-line
// scalars and flow collections, block scalars, comments) takes the one-pass parser in yamlFast.ts; anything else
// takes the `yaml` package's Parser + Composer, which any text gives a tree (possibly partial) plus problems.
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, Scalar, type Document, type Node as YNode } from 'yaml';
import type { ArrayNode, AstNode, ObjectNode, ParsedDocument, PropertyNode, StringNode, StringStyle, SyntaxProblem } from './ast';
import { parseYamlFast } from './yamlFast';

const MAX_ALIAS_DEPTH = 50;

export function parseYaml(text: string): ParsedDocument {
  const fast = parseYamlFast(text);
  if (fast) return { format: 'yaml', text, root: fast.root, problems: [], comments: fast.comments };
  return parseYamlComposer(text);
}

/** The `yaml` package's Parser + Composer, converted: the path for everything else (and the fast path's reference). */
export function parseYamlComposer(text: string): ParsedDocument {
  const problems: SyntaxProblem[] = [];
  const comments: { offset: number; length: number }[] = [];
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  collectComments(tokens, comments);
  const docs = Array.from(new Composer({ uniqueKeys: false, strict: false, prettyErrors: false }).compose(tokens, true, text.length)) as Document.Parsed[];
  const ctx: Ctx = { text, doc: docs[0], aliasDepth: 0 };
  let root: AstNode | undefined;
  docs.forEach((doc, i) => {
    for (const e of doc.errors) {
      const [start, end] = e.pos;
      problems.push({ offset: start, length: Math.max(0, end - start), message: cleanMessage(e.message), code: `yaml-${e.code.toLowerCase().replace(/_/g, '-')}` });
    }
    if (i === 0) {
      ctx.doc = doc;
      root = doc.contents ? convert(doc.contents as YNode, undefined, ctx) : undefined;
    } else if (doc.contents) {
      const start = doc.range[0];
      problems.push({ offset: start, length: Math.max(0, doc.range[1] - start), message: 'Only one YAML document is allowed: a state machine is one mapping.', code: 'yaml-multiple-documents' });
    }
  });
  if (root && root.kind === 'null' && root.length === 0) root = undefined;
  if (!root && problems.length === 0) problems.push({ offset: 0, length: 0, message: 'The document is empty: a state machine is a YAML mapping.', code: 'yaml-empty' });
  return { format: 'yaml', text, root, problems, comments };
}

interface Ctx { text: string; doc: Document.Parsed | undefined; aliasDepth: number }

function cleanMessage(m: string): string {
  const first = m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

function collectComments(tokens: unknown, out: { offset: number; length: number }[]): void {
  const stack: unknown[] = [tokens];
  while (stack.length) {
    const t = stack.pop();
    if (Array.isArray(t)) { for (const x of t) stack.push(x); continue; }
    if (!t || typeof t !== 'object') continue;
    const tok = t as { type?: string; offset?: number; source?: string };
    if (tok.type === 'comment' && typeof tok.offset === 'number' && typeof tok.source === 'string') {
      out.push({ offset: tok.offset, length: tok.source.length });
      continue;
    }
    for (const v of Object.values(t)) if (v && typeof v === 'object') stack.push(v);
  }
  out.sort((a, b) => a.offset - b.offset);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function convert(n: YNode | null | undefined, parent: PropertyNode | ArrayNode | undefined, ctx: Ctx): AstNode | undefined {
  if (!n) return undefined;
  if (isAlias(n)) {
    const target = ctx.doc && ctx.aliasDepth < MAX_ALIAS_DEPTH ? n.resolve(ctx.doc) : undefined;
    if (!target) return undefined;
    ctx.aliasDepth++;
    try { return convert(target as YNode, parent, ctx); } finally { ctx.aliasDepth--; }
  }
  const [start, valueEnd] = n.range ?? [0, 0, 0];
  if (isMap(n)) {
    const obj: ObjectNode = { kind: 'object', offset: start, length: trimEnd(ctx.text, start, valueEnd) - start, properties: [], parent };
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const prop = convertPair(pair.key as YNode | null, pair.value as YNode | null, obj, ctx);
      if (prop) obj.properties.push(prop);
    }
    return obj;
  }
  if (isSeq(n)) {
    const arr: ArrayNode = { kind: 'array', offset: start, length: trimEnd(ctx.text, start, valueEnd) - start, items: [], parent };
    for (const item of n.items) {
      const c = convert(item as YNode, arr, ctx);
      if (c) arr.items.push(c);
    }
    return arr;
  }
  if (isScalar(n)) return convertScalar(n, parent, ctx);
  return undefined;
}

function styleOf(s: Scalar): StringStyle {
  switch (s.type) {
    case Scalar.QUOTE_DOUBLE: return '"';
    case Scalar.QUOTE_SINGLE: return "'";
    case Scalar.BLOCK_LITERAL: return '|';
    case Scalar.BLOCK_FOLDED: return '>';
    default: return 'plain';
  }
}

function contentOffsetOf(s: Scalar, style: StringStyle, text: string): number {
  const start = s.range?.[0] ?? 0;
  if (style === '"' || style === "'") return start + 1;
  if (style === '|' || style === '>') {
    let i = text.indexOf('\n', start);
    if (i < 0) return start;
    i++;
    while (i < text.length && text[i] === ' ') i++;
    return i;
  }
  return start;
}

function convertScalar(s: Scalar, parent: PropertyNode | ArrayNode | undefined, ctx: Ctx): AstNode | undefined {
  const [start, valueEnd] = s.range ?? [0, 0, 0];
  const length = trimEnd(ctx.text, start, valueEnd) - start;
  const v = s.value;
  const style = styleOf(s);
  if (v === null || v === undefined) {
    if (length === 0) return undefined; // `Key:` with nothing typed after it yet
    return { kind: 'null', offset: start, length, value: null, parent };
  }
  if (typeof v === 'boolean') return { kind: 'boolean', offset: start, length, value: v, parent };
  if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'number', offset: start, length, value: Number(v), parent };
  return { kind: 'string', offset: start, length, value: String(v), style, contentOffset: contentOffsetOf(s, style, ctx.text), parent };
}

function keyNode(k: YNode | null, ctx: Ctx, fallbackOffset: number): StringNode {
  if (k && isScalar(k)) {
    const [start, valueEnd] = k.range ?? [fallbackOffset, fallbackOffset, fallbackOffset];
    const style = styleOf(k);
    // A plain key like `True` or `200` is a string to ASL: keep the text as written.
    const value = style === 'plain' && typeof k.source === 'string' ? k.source : String(k.value ?? '');
    return { kind: 'string', offset: start, length: trimEnd(ctx.text, start, valueEnd) - start, value, style, contentOffset: contentOffsetOf(k, style, ctx.text), parent: undefined };
  }
  const at = k?.range?.[0] ?? fallbackOffset;
  return { kind: 'string', offset: at, length: 0, value: '', style: 'plain', contentOffset: at, parent: undefined };
}

function convertPair(k: YNode | null, v: YNode | null, obj: ObjectNode, ctx: Ctx): PropertyNode | undefined {
  const valueStart = v?.range?.[0];
  const key = keyNode(k, ctx, valueStart ?? obj.offset);
  let colon = -1;
  for (let i = key.offset + key.length; i < ctx.text.length; i++) {
    const c = ctx.text[i];
    if (c === ':') { colon = i; break; }
    if (c !== ' ' && c !== '\t') break;
  }
  const prop: PropertyNode = { kind: 'property', offset: key.offset, length: 0, key, value: undefined, colonOffset: colon, parent: obj };
  key.parent = prop;
  prop.value = convert(v, prop, ctx);
  const end = prop.value ? prop.value.offset + prop.value.length : Math.max(key.offset + key.length, colon + 1);
  (prop as { length: number }).length = Math.max(0, end - key.offset);
  return prop;
}
