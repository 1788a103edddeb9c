// The YAML fast path builds exactly the tree and comments the Composer path builds, and takes no text the Composer
// reports a problem for. Real YAML workflows all take it.
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseDocument, repeatedKeysOf, type PropertyNode } from '../../engine/syntax';
import { parseYamlComposer } from '../../engine/syntax/yaml';
import { parseYamlFast } from '../../engine/syntax/yamlFast';
import { coreValue, isJsSpace } from '../../engine/syntax/yamlScalars';
import { generate } from '../../bench/workflows';
import { corpusFiles, exampleFiles, readFixture } from '../util/fixtures';
import { mutate, parentProblems, random, repeatedKeysByWalk, strip } from './trees';
import { yamlDocument } from './yamlgen';

/** Fast and Composer agree on the text; returns whether the fast path took it. */
function same(text: string, label: string): boolean {
  const fast = parseYamlFast(text);
  const composer = parseYamlComposer(text);
  if (fast) {
    expect(composer.problems, `${label}: the fast path took text with problems\n${text}`).toEqual([]);
    expect(strip(fast.root), `${label}\n${text}`).toEqual(strip(composer.root));
    expect(fast.comments, `${label}\n${text}`).toEqual(composer.comments);
    expect(parentProblems(fast.root), label).toEqual([]);
    const noted = [...(repeatedKeysOf<PropertyNode>(fast.root) ?? [])].sort((a, b) => a.offset - b.offset);
    expect(noted, `${label}: repeated keys`).toEqual(repeatedKeysByWalk(fast.root));
  }
  const doc = parseDocument(text, 'yaml');
  expect(doc.problems, label).toEqual(composer.problems);
  expect(strip(doc.root), label).toEqual(strip(composer.root));
  expect(doc.comments, label).toEqual(composer.comments);
  return fast !== undefined;
}

const yamlFiles = () => [...corpusFiles(), ...exampleFiles()].filter((f) => /\.ya?ml$/.test(f));
const jsonValues = () => [...corpusFiles(), ...exampleFiles()].filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFixture(f)) as unknown);

describe('YAML fast path', () => {
  it('takes every corpus and example YAML file, with the Composer tree and comments', () => {
    for (const f of yamlFiles()) expect(same(readFixture(f), f), f).toBe(true);
  });

  it('agrees with the Composer on YAML.stringify of every JSON workflow, and takes those written one scalar a line', () => {
    let folded = 0;
    for (const [i, v] of jsonValues().entries()) {
      if (same(YAML.stringify(v), `stringify ${i}`)) folded++;
      // lineWidth 0: no folded scalars; only one corpus file has a string with line breaks (a multi-line quoted scalar)
      same(YAML.stringify(v, { lineWidth: 0 }), `stringify0 ${i}`);
    }
    expect(folded).toBeGreaterThan(50);
    const taken = jsonValues().filter((v) => parseYamlFast(YAML.stringify(v, { lineWidth: 0 }))).length;
    expect(taken).toBe(jsonValues().length - 1);
    expect(same(YAML.stringify(generate(200), { lineWidth: 0 }), 'bench 200')).toBe(true);
  });

  it('agrees with the Composer on the edge cases, and leaves the unusual ones to it', () => {
    const taken = [
      'a: 1', 'a: 1\n', 'a:\n', 'a:   \nb: 1', 'a:\n\n\nb: 2\n', '"a": 1\n\'b\': 2\n', 'a : 1\n', 'a b: c d\n', 'a#b: c#d\n',
      'a: [x, "y"] # c\n  # d\nb: {"k":1, k2 : v}\n', 'a: []\nb: {}\n', 'a: [[1, [2]], {x: [3]}]\n', 'a: {"x":y}\n',
      'a:\n- x\n- y\nb:\n', 'a:\n  - x\n  -   y\n', 'a:\n  - b: 1\n    c: 2\n  - d: 3\n', 'a:\n  -\n    b: 1\n',
      'a: |\n  x\n  y\n\nb: 1\n', 'a: >-\n  x\n  y\n\n   z\nb: 1', 'a: |+\n  x\n\n\nb: 1\n', 'a: >\n  x\n    more\n  y\n', 'a: | # c\n  x\n',
      'a: |\n  x\n # c\nb: 1\n', 'a:\n- x: |\n    y\n', 'a:\n  b: |\n    x\n   # c\n',
      'A:\n  B: 1\n  # c1\n# c2\nC: 2\n', 'States:\n  A:\n    Type: Pass\n    # trailing c\n', 'States:\n  A:\n    Type: Pass\n  # trailing c\n',
      'States:\n  A:\n    Type: Pass\n# trailing c\n', 'a:\n  b: 1   # same line\n', 'a:\n  b: 1\n      # deeper\n\n   # less\n  # at\n',
      'a:\n  - x # c\n', 'a:\n  - x\n  # c\n', 'a:\n  - x\n    # c\nb: 1\n', 'x:\n  a:\n    b: [1] # c\n     # d\n', '# top\na: 1\n# end\n',
      'a: # on the key line\n  b: 1\n', 'a:\n  # before\n  b: 1\n', 'True: 1\n200: 2\nnull: 3\n~: 4\n',
      'a: ~\nb: null\nc: true\nd: FALSE\ne: 0x1F\nf: 0o17\ng: -12\nh: +1.5\ni: 1e3\nj: .inf\nk: -.INF\nl: .NaN\nm: 007\nn: 1_000\no: yes\n',
      'a: "\\t\\n\\u00e9\\x41\\U0001F600\\/\\\\\\"\\ \\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P"\n', "a: 'it''s'\n", 'a: \'{% $x %}\'\n',
      'a: arn:aws:states:::lambda:invoke\nb: $.x\nc: a:b\n', 'a: é😀 ünï\n', 'a: x\u00a0\n', 'a\u00a0: 1\n', 'a: \u3000\n', 'a: -x\nb: ?x\nc: :x\n',
      '"a": {"b": ["c", {"d": 1}]}\n', 'a: [arn:aws:states:::x, "q"]\n',
      'a: 1\na: 2\nb: {x: 1, x: 2}\nc:\n  - d: 1\n    d: 2\n',
    ];
    for (const t of taken) expect(same(t, JSON.stringify(t)), t).toBe(true);
    const refused = [
      '', '# only a comment\n', '- a\n', '[1]\n', '{a: 1}\n', 'plain\n', '---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n',
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', '? a\n: 1\n', '[a]: 1\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', '\ufeffa: 1\n', 'a: b: c\n', 'a: x\n  y\n',
      'a: "x\n  y"\n', "a: 'x\n  y'\n", 'a: [x,\n  y]\n', 'a: [x, y,]\n', 'a: [x, , y]\n', 'a: {x}\n', 'a: {x:[1]}\n', 'a: [x: y]\n',
      'a: "x"#c\n', 'a: [x]#c\n', 'a: "\\q"\n', 'a: "\\x4"\n', 'a: |2\n   x\n', 'a: |\n\n  x\n', 'a: |\nb: 1\n', 'a: |', 'a: |\n',
      'a:\n  - # c\n    b: 1\n', 'a:\n  -\n', 'a: # c\nb: 1\n', 'a:\n  # c\nb: 1\n', 'a: 1\nb\n', 'a: 1\n  b: 2\n', ' a: 1\n',
      'a:\n  b: 1\n c: 2\n', 'a: 1\n- b\n', 'a: - b\n', 'a: ,b\n', 'a: @b\n', 'a: `b\n', 'a: %b\n', 'a: [a #c]\n', 'a: @\n', 'a:\n  - - x\n', '- x: |\n    y\n',
    ];
    for (const t of refused) expect(same(t, JSON.stringify(t)), t).toBe(false);
  });

  it('agrees with the Composer on thousands of generated documents (comment and indentation corners)', () => {
    const rnd = random(20261130);
    let taken = 0;
    for (let i = 0; i < 4000; i++) if (same(yamlDocument(rnd), `generated ${i}`)) taken++;
    expect(taken).toBeGreaterThan(1000);
  });

  it('agrees with the Composer on thousands of mutated documents', () => {
    const rnd = random(42);
    const sources = [...yamlFiles().map(readFixture), ...jsonValues().slice(0, 20).map((v) => YAML.stringify(v, { lineWidth: 0 }))]
      .map((t) => t.slice(0, 4000));
    const pool = ' \n:-#[]{},"\'|>&*!?%@`abc0129.~\\\u00a0x';
    let taken = 0, total = 0;
    for (let i = 0; i < 3000; i++) {
      let t = sources[i % sources.length];
      const edits = 1 + Math.floor(rnd() * 3);
      for (let e = 0; e < edits; e++) t = mutate(t, rnd, pool);
      if (same(t, `mutation ${i}`)) taken++;
      total++;
    }
    expect(taken).toBeGreaterThan(500);
    expect(total - taken).toBeGreaterThan(500);
  });

  it('reads white space and plain scalars as yaml.ts and the core schema do', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(`U+${c.toString(16)}`);
    expect(differ).toEqual([]);
    const plain = ['~', 'null', 'Null', 'NULL', 'nulL', 'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', '0o17', '0o8', '12', '-12', '+12', '007',
      '0x1F', '0x1g', '1.5', '-1.5e3', '1e3', '.5', '5.', '+.5', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '-.nan', '1_000', 'yes', 'n', '.',
      '+', '1e', '99999999999999999999', '0x', 'Infinity', '~x'];
    for (const s of plain) expect(coreValue(s), s).toEqual(YAML.parse(`a: ${s}`).a);
  });
});
