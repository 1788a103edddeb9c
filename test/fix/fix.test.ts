import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { applyEdits } from '../../engine/edit';
import { createDocument, getLanguageService, type Diagnostic } from '../../engine/service';

const ls = getLanguageService();
type Format = 'json' | 'yaml';
const render = (v: unknown, f: Format) => (f === 'json' ? JSON.stringify(v, null, 2) : YAML.stringify(v));
const parse = (s: string, f: Format) => (f === 'json' ? JSON.parse(s) : YAML.parse(s));

/** A diagnostic of `code` on the n-th occurrence of `needle`, as the validator would place it. */
function diag(text: string, code: string, needle: string, n = 0, data?: unknown): Diagnostic {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  return { offset: at, length: needle.length, severity: 'error', code, message: code, data };
}

function fixes(text: string, f: Format, d: Diagnostic) {
  const doc = createDocument(text, f);
  return ls.codeActions(doc, { offset: d.offset, length: d.length }, [d]).map((a) => ({ title: a.title, out: applyEdits(text, a.edits), preferred: !!a.isPreferred }));
}

describe.each(['json', 'yaml'] as const)('quick fixes in %s', (f) => {
  it('creates a missing state, or changes the name to a close one', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Chek' }, Check: { Type: 'Succeed' } } }, f);
    const d = diag(text, 'undefined-state', f === 'json' ? '"Chek"' : 'Chek');
    const got = fixes(text, f, d);
    expect(got.map((g) => g.title)).toEqual(['Change to "Check"', 'Create Pass state "Chek"', 'Create Succeed state "Chek"', 'Create Fail state "Chek"']);
    expect(got[0].preferred).toBe(true);
    expect(parse(got[0].out, f).States.A.Next).toBe('Check');
    expect(parse(got[1].out, f).States.Chek).toEqual({ Type: 'Pass', End: true });
    // The fixed document no longer has the diagnostic.
    expect(ls.validate(createDocument(got[1].out, f)).filter((x) => x.code === 'undefined-state')).toEqual([]);
  });

  it('creates a missing catch target as a Fail state in the right branch', () => {
    const text = render({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'T', States: { T: { Type: 'Pass', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] } } }] } } }, f);
    const got = fixes(text, f, diag(text, 'undefined-state', f === 'json' ? '"Oops"' : 'Oops'));
    expect(got[0].title).toBe('Create Fail state "Oops"');
    expect(parse(got[0].out, f).States.P.Branches[0].States.Oops.Type).toBe('Fail');
  });

  it('adds End: true or Next to a state with neither', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Pass' }, B: { Type: 'Succeed' } } }, f);
    const got = fixes(text, f, diag(text, 'missing-transition', f === 'json' ? '"A": {' : 'A:'));
    expect(got.map((g) => g.title)).toEqual(['Add "End": true to "A"', 'Add "Next": "B"']);
    expect(parse(got[0].out, f).States.A).toEqual({ Type: 'Pass', End: true });
    expect(parse(got[1].out, f).States.A).toEqual({ Type: 'Pass', Next: 'B' });
  });

  it('removes an unreachable state', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Succeed' }, Orphan: { Type: 'Pass', End: true } } }, f);
    const got = fixes(text, f, diag(text, 'unreachable-state', 'Orphan'));
    expect(parse(got[0].out, f)).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
  });

  it('moves the States.ALL catcher last', () => {
    const catchers = [{ ErrorEquals: ['States.ALL'], Next: 'B' }, { ErrorEquals: ['Custom'], Next: 'B' }];
    const text = render({ StartAt: 'A', States: { A: { Type: 'Pass', End: true, Catch: catchers }, B: { Type: 'Succeed' } } }, f);
    const got = fixes(text, f, diag(text, 'states-all-not-last', 'States.ALL'));
    expect(got[0].title).toBe('Move the States.ALL catcher last');
    expect(parse(got[0].out, f).States.A.Catch).toEqual([catchers[1], catchers[0]]);
  });

  it('removes End or Next when both are set', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B', End: true }, B: { Type: 'Succeed' } } }, f);
    const got = fixes(text, f, diag(text, 'next-and-end', f === 'json' ? '"A": {' : 'A:'));
    expect(got.map((g) => parse(g.out, f).States.A)).toEqual([{ Type: 'Pass', Next: 'B' }, { Type: 'Pass', End: true }]);
  });

  it('opts a state into JSONata when it uses JSONata fields', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% 1 %}', End: true } } }, f);
    const got = fixes(text, f, diag(text, 'jsonata-field-in-jsonpath', 'Output'));
    expect(Object.keys(parse(got[0].out, f).States.A)).toEqual(['Type', 'QueryLanguage', 'Output', 'End']);
  });

  it('offers nothing for diagnostics outside the range or without fixers', () => {
    const text = render({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }, f);
    const doc = createDocument(text, f);
    const d = diag(text, 'unreachable-state', 'A', 1);
    expect(ls.codeActions(doc, { offset: text.length, length: 0 }, [d])).toEqual([]);
    expect(ls.codeActions(doc, { offset: 0, length: text.length }, [{ ...d, code: 'no-such-code' }])).toEqual([]);
  });
});
