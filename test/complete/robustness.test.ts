// Completion and hover on any text: every few offsets of the examples (JSON, YAML, and YAML twins of the JSON
// ones) and at the end of prefixes of them, as while typing. Nothing throws, and every completion's range is on
// one line and contains the cursor, as LSP clients require.
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { doComplete } from '../../engine/complete';
import { doHover } from '../../engine/hover';
import { createDocument } from '../../engine/service';
import { exampleFiles, formatOfPath, readFixture } from '../util/fixtures';

const docs: { name: string; text: string; format: 'json' | 'yaml' }[] = [];
for (const f of exampleFiles()) {
  const text = readFixture(f);
  docs.push({ name: f, text, format: formatOfPath(f) });
  if (formatOfPath(f) === 'json') docs.push({ name: `${f} as YAML`, text: YAML.stringify(JSON.parse(text), { lineWidth: 0 }), format: 'yaml' });
}

function check(text: string, format: 'json' | 'yaml', offset: number): number {
  const doc = createDocument(text, format);
  const r = doComplete(doc, offset);
  for (const item of r.items) {
    const range = item.range!;
    expect(range, item.label).toBeDefined();
    expect(range.offset, item.label).toBeLessThanOrEqual(offset);
    expect(range.offset + range.length, item.label).toBeGreaterThanOrEqual(offset);
    expect(text.slice(range.offset, range.offset + range.length), `${item.label} replaces more than one line`).not.toContain('\n');
    for (const e of item.additionalEdits ?? []) expect(e.offset + e.length <= range.offset || e.offset >= range.offset + range.length).toBe(true);
  }
  const h = doHover(doc, offset);
  if (h) expect(h.range.offset <= offset && offset <= h.range.offset + h.range.length).toBe(true);
  return r.items.length + (h ? 1 : 0);
}

describe('completion and hover on any text', () => {
  for (const d of docs) {
    it(`every 5th offset of ${d.name}`, () => {
      let answered = 0;
      for (let o = 0; o <= d.text.length; o += 5) answered += check(d.text, d.format, o);
      expect(answered).toBeGreaterThan(1000);
    });
    it(`the end of prefixes of ${d.name}, as while typing`, () => {
      let answered = 0;
      for (let cut = 1; cut < d.text.length; cut += 37) answered += check(d.text.slice(0, cut), d.format, cut);
      expect(answered).toBeGreaterThan(50);
    });
  }
});
