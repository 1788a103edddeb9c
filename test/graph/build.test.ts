import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/model';
import { buildGraph, type GraphModel } from '../../engine/graph';
import { createDocument, getLanguageService } from '../../engine/service';
import { corpusFiles, exampleFiles, formatOfPath, readFixture } from '../util/fixtures';
import { checkGraph } from './check';
import { generateWorkflow } from './generate';

const graphOf = (text: string, format: 'json' | 'yaml' = 'json'): GraphModel => buildGraph(analyze(text, format));
const json = (o: unknown) => JSON.stringify(o, null, 2);

describe('buildGraph', () => {
  it('draws stock-trading: one node per state, markers, and edges of every kind with labels', () => {
    const g = graphOf(readFixture('examples/stock-trading.asl.json'));
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => `${n.label}:${n.type}`)).toEqual([
      'Check Stock Price:Task', 'Generate Buy/Sell recommendation:Task', 'Request Human Approval:Task', 'Buy or Sell?:Choice',
      'Buy Stock:Task', 'Sell Stock:Task', 'No Trade:Succeed', 'Report Result:Task',
    ]);
    expect(g.start).toBe('Check Stock Price');
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get('Request Human Approval')?.sublabel).toBe('SQS SendMessage (wait for callback)');
    expect(byId.get('Check Stock Price')?.sublabel).toBe('Lambda Invoke');
    expect(byId.get('Report Result')?.sublabel).toBe('SNS Publish');
    expect(byId.get('Buy Stock')?.badges.map((b) => b.kind)).toEqual(['retry']);
    expect(byId.get('Buy Stock')?.badges[0].title).toContain('Lambda.TooManyRequestsException');
    expect(g.edges.filter((e) => e.source === 'Buy or Sell?').map((e) => `${e.kind}:${e.label}>${e.target}`)).toEqual([
      'choice:type == "buy">Buy Stock', 'choice:type == "sell">Sell Stock', 'default:Default>No Trade',
    ]);
    expect(g.edges.find((e) => e.id === 'Buy or Sell?|choice|0')?.title).toBe('Rule 1: $.recommended.type == "buy"');
    expect(g.edges.filter((e) => e.kind === 'start').map((e) => `${e.source}>${e.target}`)).toEqual(['root#start>Check Stock Price']);
    expect(g.edges.filter((e) => e.kind === 'end').map((e) => e.source)).toEqual(['No Trade', 'Report Result']);
  });

  it('nests Parallel branches and Map processors as containers, with their own markers', () => {
    const g = graphOf(json({
      StartAt: 'P', States: {
        P: { Type: 'Parallel', Next: 'M', Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 3, Next: 'C' }, C: { Type: 'Succeed' } } },
        ] },
        M: { Type: 'Map', End: true, ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'X', States: { X: { Type: 'Pass', End: true } } } },
      },
    }));
    const parent = Object.fromEntries(g.nodes.map((n) => [n.id, n.parent ?? '']));
    expect(parent).toMatchObject({ P: '', 'P/branch:0': 'P', 'P/branch:1': 'P', 'P/branch:0/A': 'P/branch:0', 'P/branch:1/C': 'P/branch:1', 'P/branch:1#start': 'P/branch:1', M: '', 'M/processor': 'M', 'M/processor/X': 'M/processor' });
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(byId.get('P')?.container).toBe(true);
    expect(byId.get('P')?.sublabel).toBe('2 branches');
    expect(byId.get('M')?.sublabel).toBe('Distributed');
    expect(byId.get('P/branch:1/B')?.sublabel).toBe('3 s');
    expect(byId.get('P/branch:0')?.label).toBe('Branch 1');
    expect(g.edges.find((e) => e.id === 'P/branch:1/B|next|0')).toMatchObject({ target: 'P/branch:1/C', parent: 'P/branch:1' });
  });

  it('labels Catch edges with their errors and draws a missing target as a missing node', () => {
    const g = graphOf(json({ StartAt: 'T', States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Nowhere', Catch: [
        { ErrorEquals: ['States.Timeout'], Next: 'F' }, { ErrorEquals: ['Lambda.ServiceException', 'Lambda.SdkClientException', 'States.ALL'], Next: 'F' }] },
      F: { Type: 'Fail', Error: 'Boom' },
    } }));
    expect(g.edges.filter((e) => e.kind === 'catch').map((e) => [e.label, e.title])).toEqual([
      ['States.Timeout', 'Catch States.Timeout'], ['Lambda.ServiceException +2', 'Catch Lambda.ServiceException, Lambda.SdkClientException, States.ALL'],
    ]);
    const missing = g.nodes.find((n) => n.kind === 'missing');
    expect(missing).toMatchObject({ id: 'root/?Nowhere', label: 'Nowhere', severity: 'error' });
    expect(g.nodes.find((n) => n.id === 'F')?.sublabel).toBe('Boom');
  });

  it('short-forms Choice rules: comparisons, paths, tests, And/Or/Not and JSONata conditions', () => {
    const g = graphOf(json({ StartAt: 'C', States: {
      C: { Type: 'Choice', Default: 'D', Choices: [
        { Variable: '$.a.b', NumericGreaterThanEquals: 10, Next: 'D' },
        { And: [{ Variable: '$.x', IsPresent: true }, { Not: { Variable: '$.y', StringMatches: 'log-*' } }], Next: 'D' },
        { Or: [{ Variable: '$.t', TimestampLessThanPath: '$.limit' }, { Variable: '$.z', IsNull: false }], Next: 'D' },
        { Condition: '{% $states.input.n > 3 %}', Next: 'D' },
      ] },
      D: { Type: 'Succeed' },
    } }));
    expect(g.edges.filter((e) => e.kind === 'choice').map((e) => e.label)).toEqual([
      'b >= 10', 'x is present && !(y matches "log-*")', 't < limit || z is not null', '$states.input.n > 3',
    ]);
    expect(g.edges.find((e) => e.id === 'C|choice|2')?.title).toBe('Rule 3: $.t < $.limit || $.z is not null');
  });

  it('sends many Catch edges into one state to per-source sinks, keeping the last real', () => {
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 6; i++) states[`T${i}`] = { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Next: i < 5 ? `T${i + 1}` : 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] };
    states.Done = { Type: 'Succeed' };
    states.Oops = { Type: 'Fail' };
    const model = analyze(json({ StartAt: 'T0', States: states }), 'json');
    const g = buildGraph(model);
    const catches = g.edges.filter((e) => e.kind === 'catch');
    expect(catches.map((e) => e.target)).toEqual([...[0, 1, 2, 3, 4].map((i) => `T${i}|catch|0#sink`), 'Oops']);
    expect(catches.slice(0, 5).every((e) => e.ref === 'Oops')).toBe(true);
    expect(g.nodes.filter((n) => n.kind === 'sink').every((n) => n.ref === 'Oops' && n.label === 'Oops')).toBe(true);
    expect(checkGraph(model, g)).toEqual([]);
    // At or under the threshold every Catch edge is real.
    expect(buildGraph(model, [], { maxCatchFanIn: 6 }).nodes.some((n) => n.kind === 'sink')).toBe(false);
  });

  it('marks states with their worst diagnostic, and StartAt problems on the start marker', () => {
    const text = json({ StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } });
    const doc = createDocument(text, 'json');
    const diagnostics = getLanguageService().validate(doc);
    expect(diagnostics.length).toBeGreaterThan(0);
    const g = buildGraph(doc.model, diagnostics);
    expect(g.nodes.find((n) => n.id === 'root#start')?.severity).toBe('error');
    const a = buildGraph(doc.model, [{ offset: text.indexOf('"Next": "B"'), length: 4, severity: 'warning', code: 'x', message: 'w' },
      { offset: text.indexOf('"Next": "B"'), length: 4, severity: 'error', code: 'y', message: 'e' }]).nodes.find((n) => n.id === 'A')!;
    expect(a.severity).toBe('error');
    expect(a.problems).toEqual(['w', 'e']);
  });

  it('gives YAML documents the same graph as JSON', () => {
    const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn:aws:states:::lambda:invoke\n    Next: B\n  B:\n    Type: Succeed\n';
    const j = json({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B' }, B: { Type: 'Succeed' } } });
    const strip = (g: GraphModel) => ({ ...g, nodes: g.nodes.map(({ range: _r, extent: _e, ...n }) => n) });
    expect(strip(graphOf(yaml, 'yaml'))).toEqual(strip(graphOf(j)));
  });

  it('does not draw a QueryLanguage written among the states as a state', () => {
    const g = graphOf(json({ StartAt: 'A', States: { QueryLanguage: 'JSONata', A: { Type: 'Pass', End: true } } }));
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => n.label)).toEqual(['A']);
    // A state that happens to be called QueryLanguage still is one.
    const h = graphOf(json({ StartAt: 'QueryLanguage', States: { QueryLanguage: { Type: 'Pass', End: true } } }));
    expect(h.nodes.filter((n) => n.kind === 'state').map((n) => n.label)).toEqual(['QueryLanguage']);
  });

  it('never throws on half-typed or non-ASL text', () => {
    for (const t of ['', '{', '[]', '{"StartAt": 1, "States": []}', '{"States": {"A": 3, "B": {"Type": "Choice", "Choices": [1, {"Next": 2}]}}}', 'StartAt: A\nStates:\n  A:\n    Type:']) {
      expect(() => graphOf(t, t.startsWith('StartAt') ? 'yaml' : 'json')).not.toThrow();
    }
  });
});

describe('structureHash', () => {
  const base = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'C' }, C: { Type: 'Choice', Choices: [{ Variable: '$.x', StringEquals: 'a', Next: 'D' }], Default: 'D' }, D: { Type: 'Succeed' } } };
  const hash = (o: unknown) => graphOf(json(o)).structureHash;

  it('ignores what does not move anything: Resource, Comment, rule values, Retry, the type of a simple state, formatting', () => {
    const h = hash(base);
    const edited = structuredClone(base) as any;
    edited.States.A.Resource = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken';
    edited.States.A.Comment = 'now a queue';
    edited.States.A.Retry = [{ ErrorEquals: ['States.ALL'] }];
    edited.States.C.Choices[0].StringEquals = 'something much longer';
    edited.States.D.Type = 'Fail';
    expect(hash(edited)).toBe(h);
    expect(graphOf(JSON.stringify(base)).structureHash).toBe(h);
  });

  it('changes with states, names, types and transitions', () => {
    const h = hash(base);
    const variants = [
      (o: any) => { o.States.B = { Type: 'Pass', End: true }; },
      (o: any) => { o.States.A.Next = 'D'; },
      (o: any) => { o.States.A.Type = 'Map'; o.States.A.ItemProcessor = { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }; },
      (o: any) => { o.States.C.Choices.push({ Variable: '$.y', IsNull: true, Next: 'A' }); },
      (o: any) => { o.States.A.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'D' }]; },
    ];
    const hashes = variants.map((v) => { const o = structuredClone(base); v(o); return hash(o); });
    for (const x of hashes) expect(x).not.toBe(h);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('graphs of real workflows', () => {
  const files = [...exampleFiles(), ...corpusFiles()];
  it.each(files)('%s: every state a node in its container, every transition an edge of its kind', (file) => {
    const model = analyze(readFixture(file), formatOfPath(file));
    expect(checkGraph(model, buildGraph(model))).toEqual([]);
  });

  it.each([50, 200, 1000])('generated %i-state workflow', (n) => {
    const model = analyze(generateWorkflow(n), 'json');
    expect(model.states.length).toBe(n);
    const g = buildGraph(model);
    expect(checkGraph(model, g)).toEqual([]);
    expect(g.nodes.filter((x) => x.kind === 'sink').length).toBeGreaterThan(n / 4);
  });
});
