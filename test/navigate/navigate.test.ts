import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createDocument, getLanguageService, type TextEdit } from '../../engine/service';
import { readFixture } from '../util/fixtures';

const ls = getLanguageService();

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

const nested = {
  StartAt: 'Fan out',
  States: {
    'Fan out': {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Work', States: { Work: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } } },
        { StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
};

const twins = {
  json: JSON.stringify(nested, null, 2),
  yaml: YAML.stringify(nested),
};

describe.each(Object.entries(twins))('navigation in %s', (format, text) => {
  const doc = createDocument(text, format as 'json' | 'yaml');
  const at = (needle: string, occurrence = 0, delta = 1) => {
    let i = -1;
    for (let k = 0; k <= occurrence; k++) i = text.indexOf(needle, i + 1);
    return i + delta;
  };
  const slice = (l: { offset: number; length: number }) => text.slice(l.offset, l.offset + l.length).replace(/^["']|["']$/g, '');
  const lineOf = (o: number) => text.slice(0, o).split('\n').length;
  const topDone = (format === 'json' ? text.lastIndexOf('"Done": {') : text.lastIndexOf('\n  Done:') + 3);

  it('goes from a reference to the state of its own scope', () => {
    const fromCatch = ls.definition(doc, at('Next: Done') > 0 ? at('Next: Done', 1, 7) : at('"Next": "Done"', 1, 10));
    expect(fromCatch).toHaveLength(1);
    expect(fromCatch[0].offset).toBe(topDone);
    const fromBranch = ls.definition(doc, format === 'json' ? at('"Next": "Done"', 0, 10) : at('Next: Done', 0, 7));
    expect(lineOf(fromBranch[0].offset)).toBeLessThan(lineOf(topDone));
  });

  it('finds references of the top-level Done only (not the branches\' Done states)', () => {
    const refs = ls.references(doc, topDone + 1, true);
    expect(refs.map(slice)).toEqual(['Done', 'Done', 'Done']);
    expect(refs[refs.length - 1].offset).toBe(topDone);
    expect(ls.references(doc, topDone + 1, false)).toHaveLength(2);
  });

  it('renames a state key and every reference in its scope, and nothing else', () => {
    const prep = ls.prepareRename(doc, topDone + 1);
    expect(prep && 'placeholder' in prep && prep.placeholder).toBe('Done');
    const r = ls.rename(doc, topDone + 1, 'All done');
    expect(r && 'edits' in r).toBe(true);
    const out = apply(text, (r as { edits: TextEdit[] }).edits);
    const v = format === 'json' ? JSON.parse(out) : YAML.parse(out);
    expect(Object.keys(v.States)).toEqual(['Fan out', 'All done']);
    expect(v.States['Fan out'].Next).toBe('All done');
    expect(v.States['Fan out'].Catch[0].Next).toBe('All done');
    expect(v.States['Fan out'].Branches[0].States.Work.Next).toBe('Done');
    expect(v.States['Fan out'].Branches[1].StartAt).toBe('Done');
  });

  it('quotes a YAML name that needs it, and refuses clashes, empty and over-long names', () => {
    const r = ls.rename(doc, topDone + 1, 'yes: really') as { edits: TextEdit[] };
    const out = apply(text, r.edits);
    expect(Object.keys((format === 'json' ? JSON.parse(out) : YAML.parse(out)).States)).toContain('yes: really');
    expect(ls.rename(doc, topDone + 1, 'Fan out')).toEqual({ error: 'A state named "Fan out" already exists here.' });
    expect(ls.rename(doc, topDone + 1, ' ')).toHaveProperty('error');
    expect(ls.rename(doc, topDone + 1, 'x'.repeat(81))).toHaveProperty('error');
  });

  it('gives the states as a tree with branches', () => {
    const syms = ls.documentSymbols(doc);
    expect(syms.map((s) => `${s.name}:${s.detail}`)).toEqual(['Fan out:Parallel', 'Done:Succeed']);
    expect(syms[0].children.map((c) => c.name)).toEqual(['Branch 1', 'Branch 2']);
    expect(syms[0].children[0].children.map((c) => c.name)).toEqual(['Work', 'Done']);
  });

  it('highlights the key as write and references as read', () => {
    const hs = ls.documentHighlights(doc, topDone + 1);
    expect(hs.map((h) => h.kind).sort()).toEqual(['read', 'read', 'write']);
  });
});

describe('navigation on real documents', () => {
  it('renames in the YAML saga example and keeps comments and formatting', () => {
    const text = readFixture('examples/book-trip-saga.asl.yaml');
    const doc = createDocument(text, 'yaml');
    const r = ls.rename(doc, text.indexOf('Cancel Hotel:') + 2, 'Undo Hotel') as { edits: TextEdit[] };
    const out = apply(text, r.edits);
    expect(out.split('\n').length).toBe(text.split('\n').length);
    expect(out).toContain('# Compensations run in reverse order of the forward steps.');
    expect(out.match(/Undo Hotel/g)).toHaveLength(3);
    expect(out.match(/Cancel Hotel/g)).toBeNull();
  });

  it('answers nothing (rather than failing) away from state names and on broken text', () => {
    const text = readFixture('examples/stock-trading.asl.json');
    const doc = createDocument(text, 'json');
    expect(ls.definition(doc, text.indexOf('"Comment"') + 2)).toEqual([]);
    expect(ls.prepareRename(doc, text.indexOf('"Comment"') + 2)).toBeUndefined();
    const broken = createDocument(text.slice(0, text.length / 2), 'json');
    expect(() => ls.documentSymbols(broken)).not.toThrow();
  });
});
