// Hover cases from test/hover/cases/*.md: each as a JSON document and its YAML twin, with the cursor ‸ on the word
// hovered, what the hover must say, and the text its range covers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doHover } from '../../engine/hover';
import { createDocument } from '../../engine/service';
import { readCases } from '../complete/markedCases';

const cases = readCases(path.join(__dirname, 'cases'));

describe('hover cases', () => {
  it('are there, each with a JSON and a YAML document', () => {
    expect(cases.length).toBeGreaterThan(15);
    for (const c of cases) {
      expect(c.docs.map((d) => d.format).sort(), `${c.file} / ${c.name}`).toEqual(c.only ? [c.only.format] : ['json', 'yaml']);
      expect(c.bullets.length, `${c.file} / ${c.name} expects nothing`).toBeGreaterThan(0);
    }
  });

  for (const c of cases) {
    describe(`${c.file} / ${c.name}`, () => {
      for (const d of c.docs) {
        it(d.format, () => {
          const h = doHover(createDocument(d.text, d.format), d.offset);
          for (const { key, value } of c.bullets) {
            const [verb, fmt] = key.split(' ');
            if (fmt && fmt !== d.format) continue;
            switch (verb) {
              case 'none': expect(h).toBeUndefined(); break;
              case 'contains': expect(h?.contents ?? '(no hover)').toContain(value); break;
              case 'lacks': expect(h?.contents ?? '').not.toContain(value); break;
              case 'range': {
                expect(h).toBeDefined();
                expect(d.text.slice(h!.range.offset, h!.range.offset + h!.range.length)).toBe(value);
                break;
              }
              default: throw new Error(`${c.file} / ${c.name}: unknown expectation "${key}"`);
            }
          }
        });
      }
    });
  }
});
