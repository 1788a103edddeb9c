// Snippets are written once, as a small tree, and rendered as JSON or as YAML. Strings in the tree are LSP snippet
// text (`${1:name}`, `\$` for a literal dollar) and never contain quotes or backslashes, so they read the same in both.
import type { DocumentFormat } from '../syntax';

export type Snip =
  | { readonly t: 'obj'; readonly entries: readonly (readonly [string, Snip])[] }
  | { readonly t: 'arr'; readonly items: readonly Snip[] }
  | { readonly t: 'str'; readonly s: string }
  | { readonly t: 'lit'; readonly s: string }
  /** An object to fill in: the cursor goes inside it, on its own line. */
  | { readonly t: 'open'; readonly s: string };

export const obj = (...entries: (readonly [string, Snip])[]): Snip => ({ t: 'obj', entries });
export const arr = (...items: Snip[]): Snip => ({ t: 'arr', items });
export const str = (s: string): Snip => ({ t: 'str', s });
export const lit = (s: string): Snip => ({ t: 'lit', s });
export const open = (s = '$1'): Snip => ({ t: 'open', s });

/** The text a snippet shows once its placeholders take their defaults. */
export function displayOf(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) { out += snippet[++i]; continue; }
    if (c === '$') {
      const m = /^\$\{(\d+)(?::|\|)?/.exec(snippet.slice(i)) ?? /^\$(\d+)/.exec(snippet.slice(i));
      if (m) {
        if (m[0].startsWith('${')) {
          // Keep the default (or the first choice) and drop the closing brace later.
          const isChoice = m[0].endsWith('|');
          let depth = 1, j = i + m[0].length, inner = '';
          while (j < snippet.length && depth > 0) {
            if (snippet[j] === '\\') { inner += snippet[j + 1] ?? ''; j += 2; continue; }
            if (snippet[j] === '{') depth++;
            if (snippet[j] === '}') { depth--; if (depth === 0) break; }
            inner += snippet[j++];
          }
          out += isChoice ? inner.split(',')[0] : displayOf(inner);
          i = j;
        } else i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Escapes text for use inside an LSP snippet. */
export function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\.inf|\.nan)|[-+]?(?:0x[0-9a-f]+|0o[0-7]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|\.[0-9]+(?:e[-+]?[0-9]+)?))$/i;

/** Whether a string can be written as a YAML plain scalar and read back as the same string. */
export function yamlPlainSafe(s: string, inFlow = false): boolean {
  if (s === '' || s.trim() !== s || /[\n\r\t]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s,[\]{}]/.test(s)) return false;
  if (/^[,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #/.test(s)) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  if (YAML_RESERVED.test(s)) return false;
  return true;
}

/** A string as YAML: plain when that reads back as the same string, double-quoted (JSON escapes) otherwise. */
export function yamlScalar(s: string, inFlow = false): string {
  return yamlPlainSafe(s, inFlow) ? s : JSON.stringify(s);
}

function scalar(n: Snip, format: DocumentFormat): string {
  if (n.t === 'lit') return n.s;
  if (n.t !== 'str') return '';
  if (format === 'json') return `"${n.s}"`;
  const shown = displayOf(n.s);
  return shown === '' || yamlPlainSafe(shown) ? n.s : `"${n.s}"`;
}

const isScalar = (n: Snip) => n.t === 'str' || n.t === 'lit';

function renderJson(n: Snip, ind: string, unit: string): string {
  if (n.t === 'open') return `{\n${ind}${unit}${n.s}\n${ind}}`;
  if (n.t === 'obj') {
    if (!n.entries.length) return '{}';
    return `{\n${n.entries.map(([k, v]) => `${ind}${unit}"${k}": ${renderJson(v, ind + unit, unit)}`).join(',\n')}\n${ind}}`;
  }
  if (n.t === 'arr') {
    if (!n.items.length) return '[]';
    if (n.items.every(isScalar)) return `[${n.items.map((i) => scalar(i, 'json')).join(', ')}]`;
    return `[\n${n.items.map((i) => `${ind}${unit}${renderJson(i, ind + unit, unit)}`).join(',\n')}\n${ind}]`;
  }
  return scalar(n, 'json');
}

/** `key: value` lines of a YAML mapping; the first line has no indentation (it goes where the cursor is). */
function yamlEntries(entries: readonly (readonly [string, Snip])[], ind: string, unit: string): string {
  return entries.map(([k, v], i) => `${i ? ind : ''}${k}:${yamlValue(v, ind, unit)}`).join('\n');
}

/** The part after `key:` — ` scalar`, ` []`, or a nested block on the next lines. */
function yamlValue(v: Snip, ind: string, unit: string): string {
  if (v.t === 'open') return `\n${ind}${unit}${v.s}`;
  if (v.t === 'obj') return v.entries.length ? `\n${ind}${unit}${yamlEntries(v.entries, ind + unit, unit)}` : ' {}';
  if (v.t === 'arr') {
    if (!v.items.length) return ' []';
    if (v.items.every(isScalar)) return ` [${v.items.map((i) => scalar(i, 'yaml')).join(', ')}]`;
    return v.items.map((i) => `\n${ind}${unit}- ${yamlItem(i, ind + unit + '  ', unit)}`).join('');
  }
  return ` ${scalar(v, 'yaml')}`;
}

function yamlItem(i: Snip, ind: string, unit: string): string {
  if (i.t === 'open') return i.s;
  if (i.t === 'obj') return i.entries.length ? yamlEntries(i.entries, ind, unit) : '{}';
  if (i.t === 'arr') return i.items.length ? `[${i.items.map((x) => scalar(x, 'yaml')).join(', ')}]` : '[]';
  return scalar(i, 'yaml');
}

/**
 * `key: value` as text to insert where a key is typed. Continuation lines are indented relative to the line of
 * the cursor (editors add that line's indentation), plus `extra` (YAML keys after `- `).
 */
export function renderEntry(key: string, value: Snip, format: DocumentFormat, unit: string, extra = ''): string {
  if (format === 'json') return `"${key}": ${renderJson(value, extra, unit)}`;
  return `${key}:${yamlValue(value, extra, unit)}`;
}

/** A value alone (an array item, a value after the colon). */
export function renderValue(value: Snip, format: DocumentFormat, unit: string, extra = ''): string {
  if (format === 'json') return renderJson(value, extra, unit);
  if (value.t === 'obj') return value.entries.length ? yamlEntries(value.entries, extra, unit) : '{}';
  if (value.t === 'open') return value.s;
  return yamlValue(value, extra, unit).replace(/^ /, '');
}

/** The document's indentation unit: the smallest indentation step it uses (two spaces when it has none). */
export function indentUnit(text: string): string {
  let min = Infinity;
  let tabs = false;
  const re = /\n([ \t]+)\S/g;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(text)) && count++ < 200) {
    if (m[1].startsWith('\t')) { tabs = true; break; }
    if (m[1].length < min) min = m[1].length;
  }
  if (tabs) return '\t';
  return ' '.repeat(Number.isFinite(min) && min > 0 && min <= 8 ? min : 2);
}
