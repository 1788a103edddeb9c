// `npm run bench graph`: layout + first draw of the graph view, in Debian's Chromium, side by side with plain elkjs
// (layered, its defaults, one hierarchical run, every Catch edge real) and @dagrejs/dagre (flat: see bench-page.ts)
// on the same graphs, drawn with the same markup. Ours is the real webview (dist/webview.js behind its CSP): the
// time from posting the graph to the frame after the view reports it drawn.
//   - the corpus (test/fixtures/corpus + examples): total and slowest file;
//   - generated 200- and 1,000-state workflows where every Task catches States.ALL into one shared Fail state;
//   - a redraw of the 200-state workflow after an edit that changes no structure (a Resource), which skips layout.
// Wall-clock medians, and the renderer's CPU time (CDP SystemInfo), steadier on a shared machine. "Cold" is the
// first graph in a fresh view (elkjs not yet compiled by V8); three more graphs warm it up before the timed runs, as
// a view open for a while is. Each run of ours renames every node so that the
// view's layout cache never hits: every run is a full layout.
// Flags: --quick (fewer runs), --sizes=200,1000, --no-peers, --no-cpu (wall time only), --peer-timeout=<s> (default 120).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { buildGraph, type GraphModel } from '../engine/graph';
import { createDocument, getLanguageService } from '../engine/service';
import { generateWorkflow } from '../test/graph/generate';
import { GraphPage, launch } from '../test/webview/harness';
import { corpusFiles, exampleFiles, formatOfPath, readFixture, ROOT } from '../test/util/fixtures';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const SIZES = args.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number) ?? [200, 1000];
const PEERS = !args.includes('--no-peers');
const CPU = !args.includes('--no-cpu');
const PEER_TIMEOUT = Number(args.find((a) => a.startsWith('--peer-timeout='))?.slice(15) ?? 120) * 1000;
const RUNS = QUICK ? 3 : 7;
const WARMUP = 3;
const BARS: Record<number, number> = { 200: 150, 1000: 1500 };
const REDRAW_BAR = 50;

const graphOf = (text: string, format: 'json' | 'yaml', sinks = true): GraphModel => {
  const doc = createDocument(text, format);
  return buildGraph(doc.model, getLanguageService().validate(doc), sinks ? {} : { maxCatchFanIn: Infinity });
};

/** The same graph with every id prefixed: same shape, no cache hits. */
function renamed(g: GraphModel, tag: string): GraphModel {
  const r = (id: string | undefined) => (id === undefined ? undefined : `${tag}${id}`);
  return {
    ...g, structureHash: `${tag}${g.structureHash}`, start: r(g.start),
    nodes: g.nodes.map((n) => ({ ...n, id: r(n.id)!, parent: r(n.parent), ref: r(n.ref) })),
    edges: g.edges.map((e) => ({ ...e, id: r(e.id)!, source: r(e.source)!, target: r(e.target)!, parent: r(e.parent), ref: r(e.ref) })),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number | undefined) => (x === undefined ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const ratio = (peer: number | undefined, ours: number) => (peer === undefined ? '—' : `${(peer / ours).toFixed(1)}×`);

// ---- CPU time of the renderer processes ----------------------------------------------------------------------

async function rendererCpu(cdp: CDPSession): Promise<number> {
  const info = await cdp.send('SystemInfo.getProcessInfo') as { processInfo: { type: string; cpuTime: number }[] };
  return info.processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0) * 1000;
}

interface Sample { wall: number; cpu: number }

async function measure(cdp: CDPSession, fn: () => Promise<number>): Promise<Sample> {
  if (!CPU) return { wall: await fn(), cpu: NaN };
  const c0 = await rendererCpu(cdp);
  // Let whatever the process query set off in the renderer settle before the clock starts.
  await new Promise((r) => setTimeout(r, 50));
  const wall = await fn();
  return { wall, cpu: (await rendererCpu(cdp)) - c0 };
}

// ---- ours: the real webview ----------------------------------------------------------------------------------

/** Posts a graph and resolves with the ms until the frame after the view reported it drawn. */
async function showTimed(view: GraphPage, graph: GraphModel): Promise<number> {
  const version = ++view.version;
  const update = { uri: 'file:///bench.asl.json', version, graph, stale: false, problems: [] };
  return view.page.evaluate(async (u) => {
    const w = window as any;
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => { w.__onPost = (m: any) => { if (m.kind === 'rendered' && m.version === u.version) resolve(); }; });
    window.postMessage({ kind: 'graph', update: u }, '*');
    await done;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, update);
}

async function lastRendered(view: GraphPage): Promise<{ structural: boolean; layoutMs: number; drawMs: number }> {
  return view.page.evaluate(() => (window as any).__posted.filter((m: any) => m.kind === 'rendered').at(-1));
}

// ---- peers ---------------------------------------------------------------------------------------------------

async function peerPage(browser: Browser, bundle: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  await page.setContent('<!DOCTYPE html><html><body></body></html>');
  await page.addScriptTag({ content: bundle });
  return page;
}

async function peerRun(page: Page, kind: 'elk' | 'dagre', graph: GraphModel): Promise<number | undefined> {
  const run = page.evaluate(([k, g]) => (window as any).__peers.run(k, g), [kind, graph] as const);
  const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), PEER_TIMEOUT));
  return Promise.race([run, timeout]);
}

// ---- main ----------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const peerBundle = (await esbuild.build({ entryPoints: [path.join(ROOT, 'test/webview/bench-page.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', mainFields: ['browser', 'module', 'main'], logLevel: 'warning' })).outputFiles[0].text;

  console.log(`graph layout + first draw in Chromium — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${RUNS} runs (wall / renderer CPU)`);
  const browser = await launch();
  const cdp = await browser.newBrowserCDPSession();
  const rows: string[][] = [['graph', 'states', 'nodes', 'ours cold', 'ours', 'ours CPU', 'plain elkjs', 'elk CPU', 'dagre', 'dagre CPU', 'elk/ours', 'dagre/ours', 'CPU elk/ours', 'CPU dagre/ours']];
  const verdicts: string[] = [];
  try {
    // Corpus: every file once in one view (as a user opening one after another), and once per peer.
    {
      const files = [...exampleFiles(), ...corpusFiles()];
      const graphs = files.map((f) => graphOf(readFixture(f), formatOfPath(f)));
      const natural = files.map((f) => graphOf(readFixture(f), formatOfPath(f), false));
      const view = await GraphPage.open(browser);
      const cold = await showTimed(view, renamed(graphs[0], 'warm:'));
      const ours: Sample[] = [];
      for (const g of graphs) ours.push(await measure(cdp, () => showTimed(view, g)));
      await view.close();
      const peers: Record<string, Sample[]> = { elk: [], dagre: [] };
      if (PEERS) {
        for (const kind of ['elk', 'dagre'] as const) {
          const page = await peerPage(browser, peerBundle);
          await peerRun(page, kind, natural[0]);
          for (const g of natural) peers[kind].push(await measure(cdp, async () => (await peerRun(page, kind, g)) ?? NaN));
          await page.close();
        }
      }
      const sum = (xs: Sample[], k: keyof Sample) => xs.reduce((s, x) => s + x[k], 0);
      const slowest = Math.max(...ours.map((s) => s.wall));
      const states = files.reduce((s, f) => s + createDocument(readFixture(f), formatOfPath(f)).model.states.length, 0);
      const o = sum(ours, 'wall'), oc = sum(ours, 'cpu');
      const e = PEERS ? sum(peers.elk, 'wall') : undefined, ec = PEERS ? sum(peers.elk, 'cpu') : undefined;
      const d = PEERS ? sum(peers.dagre, 'wall') : undefined, dc = PEERS ? sum(peers.dagre, 'cpu') : undefined;
      rows.push([`corpus, ${files.length} files (total)`, String(states), String(graphs.reduce((s, g) => s + g.nodes.length, 0)), ms(cold), ms(o), ms(oc), ms(e), ms(ec), ms(d), ms(dc), ratio(e, o), ratio(d, o), ratio(ec, oc), ratio(dc, oc)]);
      verdicts.push(`corpus: slowest file ${ms(slowest)}, median file ${ms(median(ours.map((s) => s.wall)))}`);
    }

    for (const n of SIZES) {
      const text = generateWorkflow(n);
      const g = graphOf(text, 'json');
      const natural = graphOf(text, 'json', false);
      const view = await GraphPage.open(browser);
      const cold = await showTimed(view, renamed(g, 'cold:'));
      // Warm-up (as for the peers): V8 is still compiling the layout code for the next few graphs.
      for (let i = 0; i < WARMUP; i++) await showTimed(view, renamed(g, `warm${i}:`));
      const ours: Sample[] = [];
      for (let i = 0; i < RUNS; i++) ours.push(await measure(cdp, () => showTimed(view, renamed(g, `r${i}:`))));
      const layoutMs = (await lastRendered(view)).layoutMs;

      // Redraw after an edit that changes no structure: the same graph with another integration on one Task.
      let redraw: Sample[] = [];
      if (n === 200) {
        const base = renamed(g, 'edit:');
        await showTimed(view, base);
        const task = base.nodes.findIndex((x) => x.type === 'Task');
        redraw = [];
        for (let i = 0; i < RUNS; i++) {
          const edited = { ...base, nodes: base.nodes.map((x, j) => (j === task ? { ...x, sublabel: `SQS SendMessage ${i}`, icon: i % 2 ? 'mail' : 'gear' } : x)) };
          redraw.push(await measure(cdp, () => showTimed(view, edited)));
          if ((await lastRendered(view)).structural) throw new Error('the non-structural edit was laid out again');
        }
      }
      await view.close();

      const peers: Record<string, Sample[]> = { elk: [], dagre: [] };
      if (PEERS) {
        for (const kind of ['elk', 'dagre'] as const) {
          const page = await peerPage(browser, peerBundle);
          // Warm-up on a small graph only: at 1,000 states plain elkjs takes long enough without running twice.
          await peerRun(page, kind, graphOf(readFixture('examples/stock-trading.asl.json'), 'json', false));
          const runs = n >= 1000 ? 1 : RUNS;
          for (let i = 0; i < runs; i++) {
            const s = await measure(cdp, async () => (await peerRun(page, kind, natural)) ?? NaN);
            peers[kind].push(s);
            if (Number.isNaN(s.wall)) break;
          }
          await page.close();
        }
      }
      const m = (xs: Sample[], k: keyof Sample) => (xs.length && !xs.some((x) => Number.isNaN(x.wall)) ? median(xs.map((x) => x[k])) : undefined);
      const o = m(ours, 'wall')!, oc = m(ours, 'cpu')!;
      // A peer that did not finish within --peer-timeout is shown as more than the timeout (and the ratio as at least).
      const out = (kind: 'elk' | 'dagre') => peers[kind].some((x) => Number.isNaN(x.wall));
      const wallOf = (kind: 'elk' | 'dagre') => (out(kind) ? `>${PEER_TIMEOUT / 1000} s` : ms(m(peers[kind], 'wall')));
      const ratioOf = (kind: 'elk' | 'dagre') => (out(kind) ? `>${(PEER_TIMEOUT / o).toFixed(0)}×` : ratio(m(peers[kind], 'wall'), o));
      rows.push([`generated ${n}, shared Fail`, String(n), String(g.nodes.length), ms(cold), ms(o), ms(oc),
        wallOf('elk'), ms(m(peers.elk, 'cpu')), wallOf('dagre'), ms(m(peers.dagre, 'cpu')),
        ratioOf('elk'), ratioOf('dagre'), ratio(m(peers.elk, 'cpu'), oc), ratio(m(peers.dagre, 'cpu'), oc)]);
      const bar = BARS[n];
      if (bar) verdicts.push(`${n} states: layout + first draw ${ms(o)} wall (${ms(oc)} CPU, of which layout ${ms(layoutMs)} in the last run), bar ${bar} ms: ${o <= bar ? 'PASS' : oc <= bar ? 'PASS on CPU time only (machine loaded)' : 'FAIL'}`);
      if (redraw.length) {
        const r = m(redraw, 'wall')!, rc = m(redraw, 'cpu')!;
        rows.push([`redraw 200 after a non-structural edit`, '200', String(g.nodes.length), '', ms(r), ms(rc), '', '', '', '', '', '', '', '']);
        verdicts.push(`200 states, non-structural edit: redraw ${ms(r)} wall (${ms(rc)} CPU), bar ${REDRAW_BAR} ms: ${r <= REDRAW_BAR ? 'PASS' : rc <= REDRAW_BAR ? 'PASS on CPU time only (machine loaded)' : 'FAIL'}`);
      }
    }
  } finally {
    await browser.close();
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('');
  for (const v of verdicts) console.log(v);
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
