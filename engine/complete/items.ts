// Turning "offer this key / this value" into completion items with the right text for the format and the cursor:
// quotes and escapes, commas in JSON, plain or quoted scalars in YAML, the range to replace.
import type { CompletionItem, CompletionKind, TextEdit } from '../service/types';
import type { AstNode, DocumentFormat } from '../syntax';
import type { Cursor, KeyCursor } from './cursor';
import { renderEntry, renderValue, snippetEscape, yamlPlainSafe, yamlScalar, type Snip } from './render';

export interface Emit {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly root: AstNode | undefined;
  /** The text has syntax errors: structure after the cursor may be misparsed. */
  readonly broken: boolean;
  readonly unit: string;
  readonly cursor: Cursor;
  readonly items: CompletionItem[];
}

export interface ItemInfo {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  sortText?: string;
  deprecated?: boolean;
  preselect?: boolean;
  retrigger?: boolean;
}

function commaEdits(c: Cursor): TextEdit[] | undefined {
  return c.commaBefore !== undefined ? [{ offset: c.commaBefore, length: 0, newText: ',' }] : undefined;
}

function keyText(name: string, format: DocumentFormat, c: KeyCursor): string {
  if (format === 'json') return `"${snippetEscape(JSON.stringify(name).slice(1, -1))}"`;
  if (c.quote === "'") return `'${snippetEscape(name.replace(/'/g, "''"))}'`;
  if (c.quote === '"' || !yamlPlainSafe(name, c.flow)) return snippetEscape(JSON.stringify(name));
  return snippetEscape(name);
}

/** A property name, with its value snippet when no colon follows yet. */
export function addKey(e: Emit, name: string, value: Snip | undefined, info: ItemInfo): void {
  const c = e.cursor;
  if (c.kind !== 'key' && !(c.kind === 'item' && c.dash)) return;
  const kc = c as KeyCursor;
  const hasColon = c.kind === 'key' && c.hasColon;
  let text = keyText(name, e.format, kc);
  if (!hasColon) {
    const v = value ?? (e.format === 'json' ? { t: 'str' as const, s: '$1' } : { t: 'lit' as const, s: '$1' });
    const inline = c.flow ? flatten(v) : v;
    text = renderEntry(text.replace(/^"|"$/g, e.format === 'json' ? '' : '$&'), inline, e.format, e.unit, c.extraIndent);
    if (e.format === 'json' && c.commaAfter) text += ',';
  }
  const quote = c.kind === 'key' ? c.quote : undefined;
  e.items.push({
    label: name, kind: info.kind, detail: info.detail, documentation: info.documentation, sortText: info.sortText, deprecated: info.deprecated, preselect: info.preselect,
    insertText: text, insertTextFormat: 'snippet', range: c.range, filterText: quote ? `${quote}${name}` : name,
    additionalEdits: hasColon ? undefined : commaEdits(c), retrigger: info.retrigger && !hasColon,
  });
}

/** A one-line version of a snippet value (inside a YAML flow collection). */
function flatten(v: Snip): Snip {
  return v.t === 'obj' || v.t === 'arr' ? { t: 'lit', s: v.t === 'obj' ? '{ $1 }' : '[$1]' } : v;
}

/** A whole snippet inserted at a key position (a new state: name and body). */
export function addEntrySnippet(e: Emit, label: string, key: string, body: Snip, info: ItemInfo): void {
  const c = e.cursor;
  if (c.kind !== 'key' || c.hasColon || c.flow) return;
  let text = renderEntry(key, body, e.format, e.unit, c.extraIndent);
  if (e.format === 'json' && c.commaAfter) text += ',';
  e.items.push({
    label, kind: info.kind, detail: info.detail, documentation: info.documentation, sortText: info.sortText, preselect: info.preselect,
    insertText: text, insertTextFormat: 'snippet', range: c.range, filterText: c.quote ? `${c.quote}${label}` : label, additionalEdits: commaEdits(c),
  });
}

/** A scalar value (string, number, boolean) where a value or an array item goes. */
export function addValue(e: Emit, value: string | number | boolean, info: ItemInfo): void {
  const c = e.cursor;
  if (c.kind === 'key') return;
  const s = c.string;
  let text: string;
  if (s) {
    if (typeof value !== 'string') {
      if (s.quote !== 'plain' || e.format === 'json') return;
      text = (c.insertPrefix ?? '') + String(value);
    } else if (s.quote === '"') text = JSON.stringify(value).slice(1, -1) + (s.terminated ? '' : '"');
    else if (s.quote === "'") text = value.replace(/'/g, "''") + (s.terminated ? '' : "'");
    else if (s.quote === 'plain') text = (c.insertPrefix ?? '') + yamlScalar(value, c.flow);
    else text = value;
  } else if (e.format === 'json') {
    text = JSON.stringify(value) + (c.commaAfter ? ',' : '');
  } else {
    text = (c.insertPrefix ?? '') + (typeof value === 'string' ? yamlScalar(value, c.flow) : String(value));
  }
  e.items.push({
    label: typeof value === 'string' ? value : String(value), kind: info.kind, detail: info.detail, documentation: info.documentation, sortText: info.sortText,
    deprecated: info.deprecated, preselect: info.preselect, insertText: text, insertTextFormat: 'plain', range: c.range,
    additionalEdits: s ? undefined : commaEdits(c),
  });
}

/** A structured value (a snippet) where a value or array item goes, e.g. a retrier in `Retry: [ | ]`. */
export function addValueSnippet(e: Emit, label: string, value: Snip, info: ItemInfo): void {
  const c = e.cursor;
  if (c.kind === 'key' || (c.string && !(c.string.quote === 'plain' && c.string.contentEnd === c.string.contentStart))) return;
  let text = renderValue(value, e.format, e.unit, c.extraIndent);
  if (e.format === 'json' && c.commaAfter) text += ',';
  let range = c.range;
  if (e.format === 'yaml') {
    // A block value starts on the next line: take the space after the colon along, so no line ends in a space.
    if (text.startsWith('\n')) {
      if (c.offset === range.offset && e.text[range.offset - 1] === ' ') range = { offset: range.offset - 1, length: range.length + 1 };
    } else text = (c.insertPrefix ?? '') + text;
  }
  e.items.push({
    label, kind: info.kind, detail: info.detail, documentation: info.documentation, sortText: info.sortText, insertText: text, insertTextFormat: 'snippet',
    range, additionalEdits: commaEdits(c),
  });
}

/**
 * A token inside a string (a path, a function, a variable): replaces `replaceLength` characters before the cursor.
 * `snippet` is LSP snippet text; quotes it contains are escaped for the string the cursor is in.
 */
export function addInString(e: Emit, label: string, replaceLength: number, snippet: string, info: ItemInfo & { filterText?: string }): void {
  const c = e.cursor;
  const s = c.kind === 'key' ? undefined : c.string;
  if (!s) return;
  let text = snippet;
  if (s.quote === '"') text = text.replace(/"/g, '\\"');
  else if (s.quote === "'") text = text.replace(/'/g, "''");
  e.items.push({
    label, kind: info.kind, detail: info.detail, documentation: info.documentation, sortText: info.sortText, deprecated: info.deprecated, preselect: info.preselect,
    insertText: text, insertTextFormat: 'snippet', range: { offset: c.offset - replaceLength, length: replaceLength }, filterText: info.filterText ?? label,
    retrigger: info.retrigger,
  });
}
