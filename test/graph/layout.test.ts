import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/model';
import { buildGraph, createLayoutCache, layoutGraph, type GraphModel, type LayoutResult } from '../../engine/graph';
import { corpusFiles, exampleFiles, formatOfPath, readFixture } from '../util/fixtures';
import { checkLayout } from './check';
import { generateWorkflow } from './generate';

const graphOf = (text: string, format: 'json' | 'yaml' = 'json'): GraphModel => buildGraph(analyze(text, format));
const round = (l: LayoutResult) => JSON.stringify(l, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v));

describe('layoutGraph', () => {
  it('lays stock-trading out top-down: start on top, Choice targets side by side below it, end at the bottom', async () => {
    const g = graphOf(readFixture('examples/stock-trading.asl.json'));
    const l = await layoutGraph(g);
    expect(checkLayout(g, l)).toEqual([]);
    const n = l.nodes;
    expect(n['root#start'].y).toBeLessThan(n['Check Stock Price'].y);
    expect(n['Check Stock Price'].y).toBeLessThan(n['Buy or Sell?'].y);
    expect(n['Buy Stock'].y).toBeGreaterThan(n['Buy or Sell?'].y);
    expect(n['Buy Stock'].y).toBe(n['Sell Stock'].y);
    expect(n['Buy Stock'].x).toBeLessThan(n['Sell Stock'].x);
    expect(n['root#end'].y).toBeGreaterThan(n['Report Result'].y);
    expect(l.edges['Buy or Sell?|choice|0'].label).toBeDefined();
  });

  it('puts each scope inside its owner and Parallel branches side by side', async () => {
    const g = graphOf(JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [
      { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Pass', End: true } } },
      { StartAt: 'B', States: { B: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } } } } },
    ] } } }));
    const l = await layoutGraph(g);
    expect(checkLayout(g, l)).toEqual([]);
    expect(l.nodes['P/branch:0'].x + l.nodes['P/branch:0'].width).toBeLessThanOrEqual(l.nodes['P/branch:1'].x);
    expect(l.nodes['P/branch:0'].y).toBe(l.nodes['P/branch:1'].y);
  });

  it('draws collapsed containers as one box and hides their contents', async () => {
    const g = graphOf(readFixture('examples/parallel-etl.asl.json'));
    const open = await layoutGraph(g);
    const collapsed = new Set(['Transform and Load']);
    const closed = await layoutGraph(g, { collapsed });
    expect(checkLayout(g, closed, collapsed)).toEqual([]);
    expect(closed.nodes['Transform and Load/processor/Load']).toBeUndefined();
    expect(closed.nodes['Transform and Load'].height).toBeLessThan(open.nodes['Transform and Load'].height);
    expect(closed.key).not.toBe(open.key);
  });

  it('skips the layout for edits that change no structure, and re-runs ELK only for containers that changed', async () => {
    const doc = (resource: string, inner: string[]) => JSON.stringify({ StartAt: 'A', States: {
      A: { Type: 'Task', Resource: resource, Next: 'P' },
      P: { Type: 'Parallel', End: true, Branches: [
        { StartAt: inner[0], States: Object.fromEntries(inner.map((s, i) => [s, { Type: 'Pass', ...(i < inner.length - 1 ? { Next: inner[i + 1] } : { End: true }) }])) },
        { StartAt: 'Y', States: { Y: { Type: 'Pass', End: true } } },
      ] },
    } });
    const cache = createLayoutCache();
    const first = await layoutGraph(graphOf(doc('arn:aws:states:::lambda:invoke', ['X'])), { cache });
    const runs = cache.stats.elkRuns;
    expect(runs).toBe(3); // root, branch 0, branch 1
    const same = await layoutGraph(graphOf(doc('arn:aws:states:::sqs:sendMessage', ['X'])), { cache });
    expect(same).toBe(first);
    expect(cache.stats.elkRuns).toBe(runs);
    const grown = await layoutGraph(graphOf(doc('arn:aws:states:::sqs:sendMessage', ['X', 'X2'])), { cache });
    expect(cache.stats.elkRuns - runs).toBe(2); // branch 0 and the root (P grew); branch 1 came from the cache
    expect(grown.nodes['P/branch:1/Y']).toBeDefined();
  });

  it('keeps nodes above an appended state where they were', async () => {
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 8; i++) states[`S${i}`] = { Type: 'Pass', Next: `S${i + 1}` };
    states.S8 = { Type: 'Succeed' };
    const before = await layoutGraph(graphOf(JSON.stringify({ StartAt: 'S0', States: states })));
    (states.S8 as Record<string, unknown>).Type = 'Pass';
    (states.S8 as Record<string, unknown>).Next = 'S9';
    states.S9 = { Type: 'Succeed' };
    const after = await layoutGraph(graphOf(JSON.stringify({ StartAt: 'S0', States: states })));
    for (let i = 0; i < 8; i++) expect(after.nodes[`S${i}`]).toEqual(before.nodes[`S${i}`]);
  });
});

describe('the layout checks', () => {
  it('catch overlaps, detached edges and boxes outside their container', async () => {
    const g = graphOf(readFixture('examples/parallel-etl.asl.json'));
    const l = await layoutGraph(g);
    const moved = structuredClone(l);
    moved.nodes.Extract = { ...moved.nodes['Transform and Load'], width: 50, height: 20 };
    expect(checkLayout(g, moved).join('\n')).toMatch(/overlaps[\s\S]*does not start on Extract/);
    const out = structuredClone(l);
    out.nodes['Transform and Load/processor/Load'].x -= 500;
    expect(checkLayout(g, out).join('\n')).toMatch(/sticks out of/);
  });
});

describe('layouts of real workflows', () => {
  const files = [...exampleFiles(), ...corpusFiles()];
  it.each(files)('%s: no overlaps, edges attached, deterministic', async (file) => {
    const g = buildGraph(analyze(readFixture(file), formatOfPath(file)));
    const a = await layoutGraph(g);
    expect(checkLayout(g, a)).toEqual([]);
    const b = await layoutGraph(buildGraph(analyze(readFixture(file), formatOfPath(file))));
    expect(round(b)).toBe(round(a));
  });

  it.each([200, 1000])('generated %i-state workflow: no overlaps, edges attached, deterministic', async (n) => {
    const g = graphOf(generateWorkflow(n));
    const a = await layoutGraph(g);
    expect(checkLayout(g, a)).toEqual([]);
    const b = await layoutGraph(graphOf(generateWorkflow(n)));
    expect(round(b)).toBe(round(a));
  }, 120_000);
});
