// Minimal, format-keeping text edits on the AST, for JSON and YAML: insert a property, remove a property, replace
// a value, move an array item. Quick fixes use them now; graph edits will too. Every edit keeps the surrounding
// indentation and the user's comments, and leaves the document parseable.
import YAML from 'yaml';
import type { ArrayNode, AstNode, DocumentFormat, ObjectNode, PropertyNode } from '../syntax';
import type { TextEdit } from '../service/types';

export interface EditContext { text: string; format: DocumentFormat }

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => { const i = text.indexOf('\n', offset); return i < 0 ? text.length : i; };
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);
const isFlow = (text: string, n: AstNode) => text[n.offset] === '{' || text[n.offset] === '[';

/** The document's indentation unit: the smallest indentation step seen, or two spaces. */
export function indentUnit(text: string): string {
  let best = Infinity;
  let prev = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const ind = line.length - line.trimStart().length;
    if (line[0] === '\t') return '\t';
    if (ind > prev && ind - prev < best) best = ind - prev;
    prev = ind;
  }
  return ' '.repeat(Number.isFinite(best) ? Math.min(best, 8) : 2);
}

/** The indentation (whitespace) of the line the offset is on. */
function lineIndent(text: string, offset: number): string {
  const s = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(s, offset))![0];
}

/** A value written as JSON, nested at `indent`, with `unit` per level. */
export function jsonValue(value: unknown, indent: string, unit: string): string {
  return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

/** A `key: value` entry written as YAML block lines at `indent` (the first line without its indent). */
export function yamlEntry(key: string, value: unknown, indent: string, unit: string): string {
  const out = YAML.stringify({ [key]: value }, { indent: unit.length || 2, lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, '');
  return out.replace(/\n/g, `\n${indent}`);
}

/** Inserts `key: value` as the last property of an object (or after `after`), in the object's own style. */
export function insertProperty(ctx: EditContext, obj: ObjectNode, key: string, value: unknown, after?: PropertyNode): TextEdit {
  const { text } = ctx;
  const unit = indentUnit(text);
  const anchor = after ?? obj.properties[obj.properties.length - 1];
  if (ctx.format === 'json' || isFlow(text, obj)) {
    const json = ctx.format === 'json';
    const k = json ? JSON.stringify(key) : YAML.stringify(key).trim();
    const close = obj.offset + obj.length - 1; // the closing brace
    const multiline = text.slice(obj.offset, close).includes('\n');
    if (!anchor) {
      if (!multiline && !json) return { offset: close, length: 0, newText: ` ${k}: ${flowValue(value)} ` };
      const ind = lineIndent(text, obj.offset);
      const body = json ? jsonValue(value, ind + unit, unit) : flowValue(value);
      return { offset: obj.offset + 1, length: close - obj.offset - 1, newText: `\n${ind}${unit}${k}: ${body}\n${ind}` };
    }
    const end = anchor.offset + anchor.length;
    const body = json ? jsonValue(value, multiline ? lineIndent(text, anchor.offset) : '', multiline ? unit : '') : flowValue(value);
    const sep = multiline ? `\n${lineIndent(text, anchor.offset)}` : ' ';
    // Right after the anchor's value: any comma that followed it now follows the new property.
    return { offset: end, length: 0, newText: `,${sep}${k}: ${body}` };
  }
  // YAML block mapping: a new line at the column of the existing keys, after the anchor's last line.
  if (!anchor) {
    const ind = lineIndent(text, obj.offset);
    return { offset: obj.offset, length: 0, newText: `${yamlEntry(key, value, ind, unit)}\n${ind}` };
  }
  const ind = ' '.repeat(columnOf(text, anchor.offset));
  const end = lineEnd(text, anchor.offset + anchor.length);
  return { offset: end, length: 0, newText: `\n${ind}${yamlEntry(key, value, ind, unit)}` };
}

function flowValue(value: unknown): string {
  return JSON.stringify(value);
}

/** Removes a property with its separator (JSON commas; whole YAML lines), leaving neighbours untouched. */
export function removeProperty(ctx: EditContext, prop: PropertyNode): TextEdit {
  const { text } = ctx;
  const obj = prop.parent;
  const i = obj.properties.indexOf(prop);
  const prev = obj.properties[i - 1];
  const next = obj.properties[i + 1];
  if (ctx.format === 'json' || isFlow(text, obj)) {
    if (next) {
      // From this property to the next one: the comma and the line break go with it.
      const ownLine = text.slice(lineStart(text, prop.offset), prop.offset).trim() === '';
      const start = ownLine && prev ? lineStart(text, prop.offset) : prop.offset;
      const end = ownLine && prev ? lineStart(text, next.offset) : next.offset;
      return { offset: start, length: end - start, newText: '' };
    }
    if (prev) {
      const start = prev.offset + prev.length;
      return { offset: start, length: prop.offset + prop.length - start, newText: '' };
    }
    return { offset: obj.offset + 1, length: obj.length - 2, newText: '' };
  }
  if (obj.properties.length === 1) {
    // The last key of a block mapping: the mapping becomes an empty flow mapping.
    return { offset: obj.offset, length: obj.length, newText: '{}' };
  }
  const start = lineStart(text, prop.offset);
  const endLine = lineEnd(text, prop.offset + prop.length);
  const end = endLine < text.length ? endLine + 1 : endLine;
  // The first key of a nested block mapping shares its line with "- " or the parent key: keep that prefix.
  if (text.slice(start, prop.offset).trim() !== '') {
    return { offset: prop.offset, length: (next ? next.offset : end) - prop.offset, newText: '' };
  }
  return { offset: start, length: end - start, newText: '' };
}

/** Replaces a value with a new one, written in the document's format (YAML block values keep their column). */
export function replaceValue(ctx: EditContext, node: AstNode, value: unknown): TextEdit {
  const { text } = ctx;
  const unit = indentUnit(text);
  if (ctx.format === 'json') return { offset: node.offset, length: node.length, newText: jsonValue(value, lineIndent(text, node.offset), unit) };
  if (value === null || typeof value !== 'object' || isFlow(text, node)) return { offset: node.offset, length: node.length, newText: flowOrScalar(value) };
  const ind = ' '.repeat(columnOf(text, node.offset));
  const block = YAML.stringify(value, { indent: unit.length || 2, lineWidth: 0 }).replace(/\n$/, '').replace(/\n/g, `\n${ind}`);
  return { offset: node.offset, length: node.length, newText: block };
}

function flowOrScalar(value: unknown): string {
  if (typeof value === 'string') return YAML.stringify(value).trim();
  return JSON.stringify(value);
}

/** Moves an array item to another index, moving its text (lines, for block sequences) as is. */
export function moveArrayItem(ctx: EditContext, arr: ArrayNode, from: number, to: number): TextEdit[] {
  if (from === to || !arr.items[from] || !arr.items[to]) return [];
  const { text } = ctx;
  const block = ctx.format === 'yaml' && !isFlow(text, arr);
  const span = (n: AstNode) => {
    if (!block) return { start: n.offset, end: n.offset + n.length };
    const start = lineStart(text, n.offset);
    const e = lineEnd(text, n.offset + n.length);
    return { start, end: e < text.length ? e + 1 : e };
  };
  const order = arr.items.map((_, i) => i);
  order.splice(to, 0, order.splice(from, 1)[0]);
  // Rewrite each slot whose item changed with the text of the item that goes there; separators stay in place.
  const edits: TextEdit[] = [];
  order.forEach((src, slot) => {
    if (src === slot) return;
    const s = span(arr.items[slot]);
    const t = span(arr.items[src]);
    let newText = text.slice(t.start, t.end);
    if (block && !newText.endsWith('\n')) newText += '\n';
    if (block && s.end === text.length && !text.endsWith('\n')) newText = newText.replace(/\n$/, '');
    edits.push({ offset: s.start, length: s.end - s.start, newText });
  });
  return edits;
}
