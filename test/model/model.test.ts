import { describe, expect, it } from 'vitest';
import { analyze, reachableStates, referenceAt, referencesTo, resolveReference, scopeAt, stateAt } from '../../engine/model';
import { corpusFiles, formatOfPath, readFixture } from '../util/fixtures';

describe('buildModel', () => {
  it('models states, transitions and references of a JSON workflow', () => {
    const m = analyze(readFixture('examples/stock-trading.asl.json'), 'json');
    expect(m.rootScope?.startAt?.value).toBe('Check Stock Price');
    expect(m.states.map((s) => `${s.name}:${s.type}`)).toContain('Buy or Sell?:Choice');
    const choice = m.states.find((s) => s.name === 'Buy or Sell?')!;
    expect(choice.transitions.map((t) => `${t.kind}>${t.target}`)).toEqual(['choice>Buy Stock', 'choice>Sell Stock', 'default>No Trade']);
    expect(m.states.filter((s) => s.terminal).map((s) => s.name)).toEqual(['No Trade', 'Report Result']);
    const report = m.states.find((s) => s.name === 'Report Result')!;
    expect(referencesTo(m, report).map((r) => r.from?.name)).toEqual(['Buy Stock', 'Sell Stock']);
    expect([...reachableStates(m.rootScope!)].length).toBe(m.states.length);
  });

  it('takes a QueryLanguage written among the states as the block\'s default, not as a state', () => {
    const text = JSON.stringify({ StartAt: 'A', States: {
      QueryLanguage: 'JSONata',
      A: { Type: 'Parallel', Next: 'B', Branches: [{ StartAt: 'In', States: { In: { Type: 'Pass', End: true } } }] },
      B: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true },
    } }, null, 2);
    for (const format of ['json', 'yaml'] as const) {
      const m = analyze(format === 'json' ? text : JSON.stringify(JSON.parse(text)), format);
      expect(m.states.map((s) => `${s.name}:${s.queryLanguage}`)).toEqual(['A:JSONata', 'In:JSONata', 'B:JSONPath']);
      expect(m.rootScope?.blockQueryLanguage?.key.value).toBe('QueryLanguage');
      expect(m.rootScope?.queryLanguage).toBe('JSONata');
      expect(m.queryLanguage).toBe('JSONata');
    }
    // A state that is called QueryLanguage (an object) is still a state.
    const named = analyze(JSON.stringify({ StartAt: 'QueryLanguage', States: { QueryLanguage: { Type: 'Pass', End: true } } }), 'json');
    expect(named.states.map((s) => s.name)).toEqual(['QueryLanguage']);
    expect(named.rootScope?.blockQueryLanguage).toBeUndefined();
  });

  it('models nested scopes, their ids and the effective QueryLanguage', () => {
    const m = analyze(readFixture('examples/parallel-etl.asl.json'), 'json');
    expect(m.queryLanguage).toBe('JSONata');
    expect(m.scopes.map((s) => s.id)).toEqual(['root', 'Transform and Load/processor']);
    const load = m.states.find((s) => s.name === 'Load')!;
    expect(load.path).toEqual(['Transform and Load', 'Load']);
    expect(load.scope.owner?.name).toBe('Transform and Load');
    expect(load.queryLanguage).toBe('JSONata');
    const text = m.doc.text;
    expect(stateAt(m, text.indexOf('"Bucket"'))?.name).toBe('Load');
    expect(scopeAt(m, text.indexOf('"Bucket"'))?.id).toBe('Transform and Load/processor');
  });

  it('gives a state its own QueryLanguage over the top level', () => {
    const m = analyze('StartAt: A\nStates:\n  A:\n    Type: Pass\n    QueryLanguage: JSONata\n    Next: B\n  B:\n    Type: Pass\n    End: true\n', 'yaml');
    expect(m.states.map((s) => s.queryLanguage)).toEqual(['JSONata', 'JSONPath']);
  });

  it('resolves references in their own scope only', () => {
    const text = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'P' } } }], End: true } } });
    const m = analyze(text, 'json');
    const ref = referenceAt(m, text.indexOf('"P"}'))!;
    expect(ref.kind).toBe('next');
    expect(ref.scope.id).toBe('P/branch:0');
    expect(resolveReference(ref)).toBeUndefined();
  });

  it('models every corpus file without throwing, and every reference names a string', () => {
    for (const f of corpusFiles()) {
      const m = analyze(readFixture(f), formatOfPath(f));
      expect(m.rootScope, f).toBeDefined();
      for (const r of m.references) expect(typeof r.target).toBe('string');
    }
  });
});
