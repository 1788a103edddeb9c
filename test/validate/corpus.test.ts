// No false positives: every real workflow in test/fixtures/corpus (all valid as deployed) and every example gets
// zero errors and zero warnings. Information and hints are allowed only for the codes listed here, each justified:
// - deprecated-field: Iterator and a Map's Parameters are deprecated by AWS but valid (struck through, not a problem);
// - query-language-in-states: one corpus file puts "QueryLanguage" inside States; we say where it belongs.
import { describe, expect, it } from 'vitest';
import { createDocument, getLanguageService } from '../../engine/service';
import { corpusFiles, exampleFiles, formatOfPath, readFixture } from '../util/fixtures';

const ALLOWED_INFO = new Set(['deprecated-field', 'query-language-in-states']);
const ls = getLanguageService();

describe('no false positives on real workflows', () => {
  const files = [...corpusFiles(), ...exampleFiles()];
  it('has the corpus and the examples', () => {
    expect(corpusFiles().length).toBe(179);
    expect(exampleFiles().length).toBeGreaterThan(0);
  });
  for (const f of files) {
    it(f.replace(/^.*__/, ''), () => {
      const text = readFixture(f);
      const found = ls.validate(createDocument(text, formatOfPath(f))).map((d) => {
        const line = text.slice(0, d.offset).split('\n').length;
        return `${d.severity} ${d.code} at line ${line}: ${d.message}`;
      });
      expect(found.filter((d) => /^(error|warning) /.test(d))).toEqual([]);
      expect(found.filter((d) => !ALLOWED_INFO.has(d.split(' ')[1]))).toEqual([]);
    });
  }
});
