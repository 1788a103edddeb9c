// Data-driven cases written as Markdown: each `## name` holds a document in JSON and in YAML (fenced, with the
// cursor marked `‸`) and bullet expectations. Shared by the completion and hover suites.
import fs from 'node:fs';
import path from 'node:path';

export const CURSOR = '‸';

export interface MarkedDoc { format: 'json' | 'yaml'; text: string; offset: number }

export interface MarkedCase {
  file: string;
  name: string;
  docs: MarkedDoc[];
  /** `- key: value` bullets, in order. */
  bullets: { key: string; value: string }[];
  /** Fenced blocks with an info string beyond the language, e.g. ```json apply Next. */
  blocks: { format: 'json' | 'yaml'; info: string; text: string }[];
  /** Why a case has only one format (`- only <format>: reason`). */
  only?: { format: 'json' | 'yaml'; reason: string };
}

export function readCases(dir: string): MarkedCase[] {
  const out: MarkedCase[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    let cur: MarkedCase | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.startsWith('## ')) {
        cur = { file: f, name: line.slice(3).trim(), docs: [], bullets: [], blocks: [] };
        out.push(cur);
        continue;
      }
      if (!cur) continue;
      const fence = /^```(json|yaml)\s*(.*)$/.exec(line);
      if (fence) {
        const body: string[] = [];
        for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
        const text = body.join('\n') + '\n';
        const format = fence[1] as 'json' | 'yaml';
        if (fence[2]) cur.blocks.push({ format, info: fence[2].trim(), text });
        else {
          const offset = text.indexOf(CURSOR);
          if (offset < 0) throw new Error(`${f} / ${cur.name}: no cursor ${CURSOR} in the ${format} document`);
          cur.docs.push({ format, text: text.replace(CURSOR, ''), offset });
        }
        continue;
      }
      const bullet = /^- ([a-z]+(?: (?:json|yaml))?):\s?(.*)$/.exec(line);
      if (line.startsWith('- ') && !bullet) throw new Error(`${f} / ${cur.name}: cannot read the expectation "${line}"`);
      if (bullet) {
        const [, key, value] = bullet;
        if (key.startsWith('only ')) cur.only = { format: key.slice(5).trim() as 'json' | 'yaml', reason: value };
        else cur.bullets.push({ key: key.trim(), value: value.trim() });
      }
    }
  }
  return out;
}

/** Splits `a, b, c` (labels never contain `, `). */
export function list(value: string): string[] {
  return value.split(', ').map((s) => s.trim()).filter(Boolean);
}

/** Resolves LSP snippet syntax to the text it shows with default placeholders: `${1:name}` → `name`, `\$` → `$`. */
export function resolveSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length) { out += snippet[++i]; continue; }
    if (c === '$') {
      const rest = snippet.slice(i);
      const simple = /^\$(\d+)/.exec(rest);
      if (simple) { i += simple[0].length - 1; continue; }
      const open = /^\$\{\d+(:|\|)?/.exec(rest);
      if (open) {
        let depth = 1, j = i + open[0].length, inner = '';
        while (j < snippet.length && depth > 0) {
          if (snippet[j] === '\\') { inner += snippet.slice(j, j + 2); j += 2; continue; }
          if (snippet[j] === '{') depth++;
          if (snippet[j] === '}' && --depth === 0) break;
          inner += snippet[j++];
        }
        out += open[1] === '|' ? inner.replace(/\|$/, '').split(',')[0] : resolveSnippet(inner);
        i = j;
        continue;
      }
    }
    out += c;
  }
  return out;
}
