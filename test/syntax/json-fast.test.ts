// The strict JSON fast path builds exactly the tree the tolerant jsonc-parser path builds, and accepts no text the
// tolerant path reports a problem for.
import { describe, expect, it } from 'vitest';
import { parseDocument, repeatedKeysOf, type PropertyNode } from '../../engine/syntax';
import { parseJsonTolerant } from '../../engine/syntax/json';
import { parseStrictJson } from '../../engine/syntax/jsonStrict';
import { corpusFiles, exampleFiles, readFixture } from '../util/fixtures';
import { mutate, parentProblems, random, repeatedKeysByWalk, strip } from './trees';

/** Fast and tolerant agree on the text; returns whether the fast path took it. */
function same(text: string, label: string): boolean {
  const fast = parseStrictJson(text);
  const tolerant = parseJsonTolerant(text);
  if (fast) {
    expect(tolerant.problems, `${label}: the fast path accepted text with problems`).toEqual([]);
    expect(strip(fast), label).toEqual(strip(tolerant.root));
    expect(parentProblems(fast), label).toEqual([]);
    const noted = [...(repeatedKeysOf<PropertyNode>(fast) ?? [])].sort((a, b) => a.offset - b.offset);
    expect(noted, `${label}: repeated keys`).toEqual(repeatedKeysByWalk(fast));
  }
  const doc = parseDocument(text, 'json');
  expect(doc.problems, label).toEqual(tolerant.problems);
  expect(strip(doc.root), label).toEqual(strip(tolerant.root));
  return fast !== undefined;
}

const jsonFiles = () => [...corpusFiles(), ...exampleFiles()].filter((f) => f.endsWith('.json'));

describe('JSON fast path', () => {
  it('gives the tolerant tree on every corpus and example file (and takes them all)', () => {
    for (const f of jsonFiles()) expect(same(readFixture(f), f), f).toBe(true);
  });

  it('gives the tolerant tree on the corners of the grammar', () => {
    const accepted = [
      '{}', '[]', ' \r\n\t{ } \n', '0', '-0', '1e400', '-1.5E+3', '2e-2', '12.0', '"x"', 'true', 'false', 'null', '[1,[2,[3,[]]]]',
      '{"a":{"b":{"c":[true,false,null,"s",1.25]}}}', '{"a": 1, "a": 2}', '{"":""}',
      String.raw`{"esc": "\" \\ \/ \b \f \n \r \t \u0041 \uD83D\uDE00 \ud800"}`, '{"k\\u0041": "v"}', '"é ✓ 😀 \u007f"',
      '{\r\n  "StartAt": "A",\r\n  "States": {}\r\n}',
    ];
    for (const t of accepted) expect(same(t, JSON.stringify(t)), t).toBe(true);
    const refused = [
      '', '   ', '{', '}', '{"a"}', '{"a":}', '{"a":1,}', '[1,]', '[1 2]', '01', '-', '-a', '1.', '.5', '1e', '1e+', '+1', 'tru', 'truex',
      'nul', 'NaN', 'Infinity', '"a', '"a\nb"', '"\t"', '"\\x"', '"\\u12"', '"\\u12G4"', '{"a":1}x', '{"a":1} // c', '/* c */ {}',
      '\ufeff{}', '\u00a0{}', '{}\u00a0', '{"a":1}\v', "{'a':1}", '{a:1}', '[1,,2]', '{"a"::1}', '{"a" 1}', '[true false]', '"\\',
    ];
    for (const t of refused) expect(same(t, JSON.stringify(t)), t).toBe(false);
  });

  it('agrees with the tolerant path on thousands of mutated documents', () => {
    const rnd = random(20261130);
    const sources = [...exampleFiles().filter((f) => f.endsWith('.json')), ...jsonFiles().filter((f) => f.includes('corpus')).slice(0, 12)].map(readFixture);
    const pool = '{}[]:,"\\ \n\r\t/*-+.0123456789eEtrufalsn\u00a0\ufeff\u0001\u2028xé😀';
    let accepted = 0, total = 0;
    for (const src of sources) {
      for (let i = 0; i < 250; i++) {
        let t = src;
        const edits = 1 + Math.floor(rnd() * 3);
        for (let e = 0; e < edits; e++) t = mutate(t, rnd, pool);
        if (same(t, `mutation ${total}`)) accepted++;
        total++;
      }
    }
    expect(total).toBeGreaterThanOrEqual(3000);
    // Some mutations keep the text valid (a digit in a number, a letter in a string): the fast path is exercised too.
    expect(accepted).toBeGreaterThan(100);
  });

  it('agrees with the tolerant path on random well-formed values, written in random layouts', () => {
    const rnd = random(7);
    const atom = () => {
      const r = rnd();
      if (r < 0.25) return Math.floor(rnd() * 2000 - 1000) / (rnd() < 0.5 ? 1 : 8);
      if (r < 0.35) return rnd() < 0.5;
      if (r < 0.4) return null;
      return Array.from({ length: Math.floor(rnd() * 8) }, () => 'aZ0 "\\/\n\t\u0001é😀$.{%}'[Math.floor(rnd() * 18)]).join('');
    };
    const gen = (depth: number): unknown => {
      const r = rnd();
      if (depth > 3 || r < 0.4) return atom();
      if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 4) }, () => gen(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(rnd() * 5) }, () => [String(atom()), gen(depth + 1)]));
    };
    for (let i = 0; i < 1000; i++) {
      const v = gen(0);
      const t = JSON.stringify(v, null, [0, 1, 2, '\t', '\r\n '][i % 5] as number | string).replace(/\n/g, i % 3 ? '\n' : '\r\n');
      expect(same(t, `value ${i}`), t).toBe(true);
    }
  });
});
