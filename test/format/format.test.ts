import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createDocument, getLanguageService } from '../../engine/service';
import { applyEdits, diffText } from '../../engine/text/diff';
import { corpusFiles, formatOfPath, readFixture } from '../util/fixtures';

const ls = getLanguageService();
const opts = { tabSize: 2, insertSpaces: true };

describe('diffText', () => {
  const cases: [string, string][] = [
    ['a\nb\nc\n', 'a\nB\nc\n'],
    ['a\nb\nc\n', 'a\nc\n'],
    ['a\nc\n', 'a\nb\nc\n'],
    ['', 'x\n'],
    ['x\n', ''],
    ['one\ntwo\nthree\nfour\n', 'zero\none\nthree\nfour\nfive'],
    ['same', 'same'],
  ];
  it.each(cases)('turns %j into %j with edits that apply back', (a, b) => {
    expect(applyEdits(a, diffText(a, b))).toBe(b);
  });
  it('keeps edits minimal: one changed word is one small edit', () => {
    const a = 'line one\nline two\nline three\n';
    const edits = diffText(a, a.replace('two', '2'));
    expect(edits).toEqual([{ offset: a.indexOf('two'), length: 3, newText: '2' }]);
  });
  it('round-trips random line shuffles deterministically', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 200; n++) {
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => `l${Math.floor(rnd() * 5)}\n`);
      const other = lines.filter(() => rnd() > 0.3).concat(rnd() > 0.5 ? ['new\n'] : []);
      const a = lines.join(''), b = other.join('');
      expect(applyEdits(a, diffText(a, b))).toBe(b);
    }
  });
});

describe('formatting', () => {
  it('formats JSON minimally and keeps the value', () => {
    const text = '{"StartAt":"A",\n"States":{"A":{"Type":"Pass","End":true}}}';
    const doc = createDocument(text, 'json');
    const out = applyEdits(text, ls.format(doc, undefined, opts));
    expect(out).toBe('{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}');
    expect(ls.format(createDocument(out, 'json'), undefined, opts)).toEqual([]);
  });

  it('formats YAML keeping every comment, the quoting and the value', () => {
    const text = '# head\nStartAt:   A   # why\nStates:\n    A:\n        Type: Pass      # the pass\n        Result: {"a": 1,   b: [1,2]}\n        End: true\n';
    const out = applyEdits(text, ls.format(createDocument(text, 'yaml'), undefined, opts));
    expect(out).toBe('# head\nStartAt: A # why\nStates:\n  A:\n    Type: Pass # the pass\n    Result: { "a": 1, b: [ 1, 2 ] }\n    End: true\n');
  });

  it('leaves every example and corpus document equal in value, comments included, and is idempotent', () => {
    for (const f of [...corpusFiles(), 'examples/book-trip-saga.asl.yaml', 'examples/stock-trading.asl.json']) {
      const text = readFixture(f);
      const format = formatOfPath(f);
      const out = applyEdits(text, ls.format(createDocument(text, format), undefined, opts));
      const parse = (s: string) => (format === 'json' ? JSON.parse(s) : YAML.parse(s));
      expect(parse(out), f).toEqual(parse(text));
      if (format === 'yaml') {
        const comments = (s: string) => createDocument(s, 'yaml').parsed.comments.map((c) => s.slice(c.offset, c.offset + c.length));
        expect(comments(out), f).toEqual(comments(text));
      }
      expect(ls.format(createDocument(out, format), undefined, opts), f).toEqual([]);
    }
  });

  it('refuses to format a document with syntax errors', () => {
    expect(ls.format(createDocument('{"a": 1,, }', 'json'), undefined, opts)).toEqual([]);
    expect(ls.format(createDocument('a: [1, 2\nb: 3\n', 'yaml'), undefined, opts)).toEqual([]);
  });
});

describe('folding', () => {
  it('folds objects and arrays keeping JSON closing brackets visible', () => {
    const text = readFixture('examples/stock-trading.asl.json');
    const doc = createDocument(text, 'json');
    const lineOf = (o: number) => text.slice(0, o).split('\n').length - 1;
    const folds = ls.foldingRanges(doc).map((f) => [lineOf(f.startOffset), lineOf(f.endOffset)]);
    expect(folds[0]).toEqual([0, text.trimEnd().split('\n').length - 2]);
    expect(folds).toContainEqual([lineOf(text.indexOf('"States"')), text.trimEnd().split('\n').length - 3]);
  });

  it('folds YAML blocks and comment runs', () => {
    const text = '# one\n# two\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';
    const folds = ls.foldingRanges(createDocument(text, 'yaml'));
    expect(folds.find((f) => f.kind === 'comment')).toEqual({ startOffset: 0, endOffset: 11, kind: 'comment' });
    const states = folds.find((f) => f.startOffset === text.indexOf('States'));
    expect(states?.endOffset).toBe(text.length - 1);
  });
});
