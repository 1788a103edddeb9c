// Data-driven validation cases: test/validate/cases/*.json. Each case is a document and the diagnostics it must
// produce — no more, no fewer. A case written as a JSON value is checked as JSON text and as its YAML twin
// (converted here with the yaml package); a case written as `yaml` text (comments, quoting, block scalars) is
// checked as written. Expected ranges name a node by its path (`key: "States/A"` for the key, `value:
// "States/A/Next"` for the value, with `sub` for a part of a string value), so one expectation serves both twins; or
// the exact text they cover (`at`, its `nth` occurrence), or `line:col-line:col` (1-based) in `range`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createDocument, getLanguageService, DEFAULT_SETTINGS, type AslDocument, type LanguageSettings } from '../../engine/service';
import { valueIndexToOffset, type AstNode, type PropertyNode } from '../../engine/syntax';
import { CODES } from '../../engine/validate';

interface Expected {
  code: string; severity?: string;
  /** The key (`key`) or value (`value`) at a path of keys and indices, `States/A/Next`; `sub` narrows to text inside that string value. */
  key?: string; value?: string; sub?: string; subNth?: number;
  /** With `value`: an empty range at the end of the string value. */
  end?: boolean;
  /** Or the exact text covered (its `nth` occurrence), or a `line:col-line:col` range (1-based, end exclusive). */
  at?: string; nth?: number; range?: string;
  message?: string; messageIncludes?: string; tags?: string[];
}
interface Case { name: string; document?: unknown; json?: string; yaml?: string; yamlTwin?: boolean; settings?: Partial<LanguageSettings>; expect: Expected[] }

const DIR = path.join(__dirname, 'cases');
const ls = getLanguageService();

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

function fromRange(text: string, range: string): { offset: number; length: number } {
  const [a, b] = range.split('-').map((p) => p.split(':').map(Number));
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = starts[a[0] - 1] + a[1] - 1;
  return { offset, length: starts[b[0] - 1] + b[1] - 1 - offset };
}

/** Where `needle` is in the text; in a YAML twin a JSON string needle may be plain, single- or double-quoted. */
function locate(text: string, needle: string, nth: number, yaml: boolean): { offset: number; length: number } {
  const forms = yaml && /^".*"$/.test(needle) ? [needle, `'${needle.slice(1, -1)}'`, needle.slice(1, -1)] : [needle];
  for (const form of forms) {
    let at = -1;
    for (let i = 0; i <= nth; i++) { at = text.indexOf(form, at + 1); if (at < 0) break; }
    if (at >= 0) return { offset: at, length: form.length };
  }
  throw new Error(`"${needle}" (#${nth}) not found in:\n${text}`);
}

/** The node at a path of keys and indices; with duplicate keys, the `#n`-suffixed segment picks the n-th. */
function byPath(doc: AslDocument, p: string): { prop?: PropertyNode; node: AstNode } {
  let node = doc.parsed.root;
  let prop: PropertyNode | undefined;
  for (const seg of p.split('/')) {
    const [name, n] = seg.split('#');
    if (node?.kind === 'object') {
      prop = node.properties.filter((x) => x.key.value === name)[Number(n ?? 0)];
      node = prop?.value;
    } else if (node?.kind === 'array') { node = node.items[Number(name)]; prop = undefined; }
    else node = undefined;
    if (!node && !prop) throw new Error(`no node at ${p}`);
  }
  return { prop, node: node! };
}

function target(doc: AslDocument, e: Expected): { offset: number; length: number } | undefined {
  if (e.key !== undefined) {
    const { prop } = byPath(doc, e.key);
    if (!prop) throw new Error(`no key at ${e.key}`);
    return { offset: prop.key.offset, length: prop.key.length };
  }
  if (e.value !== undefined) {
    const { node } = byPath(doc, e.value);
    if (e.sub === undefined && !e.end) return { offset: node.offset, length: node.length };
    if (node.kind !== 'string') throw new Error(`${e.value} is not a string`);
    if (e.end) { const at = valueIndexToOffset(node, doc.text, node.value.length); return { offset: at, length: 0 }; }
    let i = -1;
    for (let k = 0; k <= (e.subNth ?? 0); k++) i = node.value.indexOf(e.sub!, i + 1);
    if (i < 0) throw new Error(`"${e.sub}" not in ${e.value}`);
    const start = valueIndexToOffset(node, doc.text, i);
    return { offset: start, length: valueIndexToOffset(node, doc.text, i + e.sub!.length) - start };
  }
  return undefined;
}

function check(c: Case, text: string, format: 'json' | 'yaml', twin: boolean): void {
  const settings = { ...DEFAULT_SETTINGS, ...c.settings };
  const doc = createDocument(text, format);
  const actual = ls.validate(doc, settings);
  const show = (d: { code: string; offset: number; length: number; severity: string }) =>
    `${d.code} ${d.severity} ${lineCol(text, d.offset)}-${lineCol(text, d.offset + d.length)} ${JSON.stringify(text.slice(d.offset, d.offset + d.length))}`;
  const located = c.expect.map((e) => ({ e, r: target(doc, e) ?? (e.range && !twin ? fromRange(text, e.range) : e.at !== undefined ? locate(text, e.at, e.nth ?? 0, twin) : fromRange(text, e.range!)) }));
  const expected = located.map(({ e, r }) => show({ code: e.code, severity: e.severity ?? CODES[e.code as keyof typeof CODES]?.severity ?? 'error', ...r }));
  expect(actual.map(show).sort(), `${c.name} (${format}${twin ? ' twin' : ''})`).toEqual(expected.sort());
  for (const { e, r } of located) {
    const here = actual.filter((x) => x.code === e.code && x.offset === r.offset);
    if (e.message) expect(here.map((d) => d.message)).toContain(e.message);
    if (e.messageIncludes) expect(here.some((d) => d.message.includes(e.messageIncludes!)), `${here[0]?.message} includes ${e.messageIncludes}`).toBe(true);
    if (e.tags) expect(here[0]?.tags).toEqual(e.tags);
  }
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('validation cases', () => {
  it('has case files', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    const cases = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Case[];
    describe(f, () => {
      for (const c of cases) {
        it(c.name, () => {
          for (const e of c.expect) if (!/^(json|yaml)-/.test(e.code)) expect(CODES, `${e.code} is in the code table`).toHaveProperty([e.code]);
          if (c.document !== undefined) {
            const json = JSON.stringify(c.document, null, 2);
            check(c, json, 'json', false);
            if (c.yamlTwin !== false) check(c, YAML.stringify(c.document, { lineWidth: 0 }), 'yaml', true);
          }
          if (c.json !== undefined) check(c, c.json, 'json', false);
          if (c.yaml !== undefined) check(c, c.yaml, 'yaml', false);
        });
      }
    });
  }
});
