// Completion cases from test/complete/cases/*.md: every context as a JSON document and its YAML twin, with the
// labels expected (and not expected), their order, and for some the exact text a completion leaves in the document.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doComplete } from '../../engine/complete';
import { createDocument, type CompletionItem } from '../../engine/service';
import { list, readCases, resolveSnippet, type MarkedDoc } from './markedCases';

const cases = readCases(path.join(__dirname, 'cases'));

function sorted(items: CompletionItem[]): CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

/** The document after accepting a completion (main edit and additional edits), placeholders at their defaults. */
export function applyCompletion(d: MarkedDoc, item: CompletionItem): string {
  let start = d.offset;
  while (start > 0 && /[\w.$@-]/.test(d.text[start - 1])) start--;
  const range = item.range ?? { offset: start, length: d.offset - start };
  let text = item.insertTextFormat === 'snippet' ? resolveSnippet(item.insertText ?? item.label) : item.insertText ?? item.label;
  // As editors do (LSP insertTextMode adjustIndentation): continuation lines get the indentation of the cursor line.
  const lineStart = d.text.lastIndexOf('\n', range.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(d.text.slice(lineStart))![0];
  text = text.replace(/\n/g, `\n${indent}`);
  const edits = [{ offset: range.offset, length: range.length, newText: text }, ...(item.additionalEdits ?? [])].sort((a, b) => b.offset - a.offset);
  let out = d.text;
  for (const e of edits) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

describe('completion cases', () => {
  it('are there, each with a JSON and a YAML document (or a reason why not)', () => {
    expect(cases.length).toBeGreaterThan(40);
    for (const c of cases) {
      const formats = c.docs.map((d) => d.format).sort();
      if (c.only) expect(formats, `${c.file} / ${c.name}`).toEqual([c.only.format]);
      else expect(formats, `${c.file} / ${c.name}`).toEqual(['json', 'yaml']);
      expect(c.bullets.length + c.blocks.length, `${c.file} / ${c.name} expects nothing`).toBeGreaterThan(0);
    }
  });

  for (const c of cases) {
    describe(`${c.file} / ${c.name}`, () => {
      for (const d of c.docs) {
        it(d.format, () => {
          const result = doComplete(createDocument(d.text, d.format), d.offset);
          const items = sorted(result.items);
          const labels = items.map((i) => i.label);
          const find = (label: string) => {
            const item = items.find((i) => i.label === label);
            expect(item, `no item "${label}" in ${JSON.stringify(labels)}`).toBeDefined();
            return item!;
          };
          for (const { key, value } of c.bullets) {
            const [verb, fmt] = key.split(' ');
            if (fmt && fmt !== d.format) continue;
            switch (verb) {
              case 'has': for (const l of list(value)) expect(labels, `"${l}"`).toContain(l); break;
              case 'lacks': for (const l of list(value)) expect(labels, `"${l}"`).not.toContain(l); break;
              case 'none': expect(labels).toEqual([]); break;
              case 'count': expect(labels.length).toBe(Number(value)); break;
              case 'first': expect(labels[0]).toBe(value); break;
              case 'order': {
                const want = value.split(' < ').map((s) => s.trim());
                const at = want.map((l) => labels.indexOf(l));
                for (const [i, l] of want.entries()) expect(at[i], `"${l}" in ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
                expect(at, `order of ${value}`).toEqual([...at].sort((a, b) => a - b));
                break;
              }
              case 'insert': {
                const m = /^(.+?) => (".*")$/.exec(value);
                if (!m) throw new Error(`bad insert bullet: ${value}`);
                expect(find(m[1]).insertText).toBe(JSON.parse(m[2]));
                break;
              }
              case 'detail': {
                const [label, text] = value.split(' => ');
                expect(find(label).detail ?? '').toContain(text);
                break;
              }
              case 'doc': {
                const [label, text] = value.split(' => ');
                expect(find(label).documentation ?? '').toContain(text);
                break;
              }
              case 'deprecated': for (const l of list(value)) expect(find(l).deprecated, l).toBe(true); break;
              default: throw new Error(`${c.file} / ${c.name}: unknown expectation "${key}"`);
            }
          }
          // The same labels with Windows line endings.
          const crlf = d.text.replace(/\n/g, '\r\n');
          const crlfOffset = d.offset + (d.text.slice(0, d.offset).match(/\n/g)?.length ?? 0);
          expect(sorted(doComplete(createDocument(crlf, d.format), crlfOffset).items).map((i) => i.label), 'with CRLF line endings').toEqual(labels);
          for (const b of c.blocks.filter((x) => x.format === d.format)) {
            const m = /^apply (.+)$/.exec(b.info);
            if (!m) throw new Error(`bad block info: ${b.info}`);
            const after = applyCompletion(d, find(m[1]));
            expect(after).toBe(b.text);
            expect(createDocument(after, d.format).parsed.problems).toEqual([]);
          }
        });
      }
    });
  }
});
