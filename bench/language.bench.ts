// `npm run bench language`: the language features on large documents, side by side with amazon-states-language-service
// (the engine behind the AWS Toolkit), in one process, warm, median of N runs.
//   - diagnostics: ours = parse + model + validate from text; the peer's = parseJSONDocument + doValidation (JSON) or
//     its YAML service's doValidation (which parses itself);
//   - completion of a state name in a Next value near the end: on a document already parsed (what an editor asks
//     between keystrokes once the server has the version) and from text (parse + complete);
//   - memory held per open 1,000-state document (parsed and modelled), as a heap delta with --expose-gc.
// Every timed call starts from a collected heap (gc() before it, both sides): run alternately in one process, each
// side would otherwise pay for the other's garbage (the peer leaves hundreds of MB per call at 1,000 states).
// Documents are generated: Tasks with Retry/Catch, a Choice every ten states, a Parallel and a Map, 200 to 5,000 states.
// Flags: --quick (fewer runs), --sizes=200,1000.
import { getLanguageService as peerService, getYamlLanguageService as peerYamlService, TextDocument } from 'amazon-states-language-service';
import { createDocument, getLanguageService } from '../engine/service';
import { workflowText } from './workflows';

type Format = 'json' | 'yaml';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const SIZES = (args.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number)) ?? [200, 1000, 5000];

// ---- documents ---------------------------------------------------------------------------------------------------

const text = workflowText;

/** Offset just inside the value of the last `Next` before "Done" (a state-name completion). */
function nextValueOffset(t: string, format: Format): number {
  const needle = format === 'json' ? '"Next": "Done"' : 'Next: Done';
  const at = t.lastIndexOf(needle);
  return at + needle.length - 'Done'.length;
}

// ---- timing --------------------------------------------------------------------------------------------------------

const now = () => performance.now();

/**
 * Medians of `runs` timed calls of each function, after warm-up calls (below), alternating ours and the peer's so that
 * both see the same machine (other processes, GC, CPU frequency) and the ratio stays fair on a busy machine.
 */
async function medians(runs: number, ours: () => unknown, peer: () => unknown): Promise<[number, number, number, number]> {
  const a: number[] = [], b: number[] = [], ac: number[] = [], bc: number[] = [];
  const time = async (fn: () => unknown, wall: number[], cpu: number[]) => {
    // Each timed call starts from a collected heap, so that neither side pays for the garbage the other left.
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = now();
    await fn();
    wall.push(now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  };
  // Warm-up, the same rule for both: at least two calls, up to six while they take under two seconds in all (V8 is
  // still optimising after two calls on a 1,000-state document; six calls of the peer at 5,000 states would be a minute).
  for (const fn of [ours, peer]) for (let i = 0, t0 = now(); i < 2 || (i < 6 && now() - t0 < 2000); i++) await fn();
  for (let i = 0; i < runs; i++) { await time(ours, a, ac); await time(peer, b, bc); }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [mid(a), mid(b), mid(ac), mid(bc)];
}

function runsFor(n: number): number {
  const base = n >= 5000 ? 7 : n >= 1000 ? 15 : 40;
  return QUICK ? Math.max(3, Math.floor(base / 3)) : base;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (peer: number, ours: number) => `${(peer / ours).toFixed(1)}×`;

// ---- the two services ------------------------------------------------------------------------------------------------

const ours = getLanguageService();
const peerJson = peerService({});
const peerYaml = peerYamlService({});

function oursDiagnostics(t: string, format: Format): number {
  return ours.validate(createDocument(t, format)).length;
}

async function peerDiagnostics(t: string, format: Format): Promise<number> {
  const td = TextDocument.create(`file:///bench.asl.${format}`, format === 'json' ? 'asl' : 'asl-yaml', 1, t);
  if (format === 'json') return (await peerJson.doValidation(td, peerJson.parseJSONDocument(td))).length;
  return (await peerYaml.doValidation(td, undefined as never)).length;
}

/** Wall-clock medians (`ours`, `peer`) and CPU-time medians (`oursCpu`, `peerCpu`: steadier on a shared machine). */
interface Row { what: string; size: number; format: Format; ours: number; peer: number; oursCpu: number; peerCpu: number; note?: string }

async function diagnosticsRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of SIZES) {
    for (const format of ['json', 'yaml'] as Format[]) {
      const t = text(n, format);
      const [o, p, oc, pc] = await medians(runsFor(n), () => oursDiagnostics(t, format), () => peerDiagnostics(t, format));
      const found = oursDiagnostics(t, format);
      rows.push(print({ what: 'diagnostics', size: n, format, ours: o, peer: p, oursCpu: oc, peerCpu: pc, note: found ? `${found} diagnostics from us (expected 0)` : undefined }));
    }
  }
  return rows;
}

async function completionRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of SIZES) {
    for (const format of ['json', 'yaml'] as Format[]) {
      const t = text(n, format);
      const offset = nextValueOffset(t, format);
      const doc = createDocument(t, format);
      const td = TextDocument.create(`file:///bench.asl.${format}`, format === 'json' ? 'asl' : 'asl-yaml', 1, t);
      const pos = td.positionAt(offset);
      const jsonDoc = format === 'json' ? peerJson.parseJSONDocument(td) : undefined;
      // The peer's YAML completion throws on some positions (yaml-language-server's indentation guesser): timed as it is.
      const guard = async (fn: () => unknown) => { try { await fn(); } catch { peerFailed = true; } };
      let peerFailed = false;
      const peerComplete = () => guard(() => (format === 'json' ? peerJson.doComplete(td, pos, jsonDoc!) : peerYaml.doComplete(td, pos, undefined as never)));
      const items = ours.complete(doc, offset).items;
      const hasDone = items.some((i) => i.label === 'Done');
      const notes = [hasDone ? '' : `our completion offered ${items.length} items, not the state names yet`];
      const [warm, peerWarm, warmCpu, peerWarmCpu] = await medians(runsFor(n) * 3, () => ours.complete(doc, offset), peerComplete);
      if (peerFailed) notes.push('the peer threw (its time is until it threw)');
      rows.push(print({ what: 'completion (parsed doc)', size: n, format, ours: warm, peer: peerWarm, oursCpu: warmCpu, peerCpu: peerWarmCpu, note: notes.filter(Boolean).join('; ') || undefined }));
      const [cold, peerCold, coldCpu, peerColdCpu] = await medians(runsFor(n), () => ours.complete(createDocument(t, format), offset), () => guard(() => {
        const fresh = TextDocument.create(td.uri, td.languageId, 2, t);
        return format === 'json' ? peerJson.doComplete(fresh, pos, peerJson.parseJSONDocument(fresh)) : peerYaml.doComplete(fresh, pos, undefined as never);
      }));
      rows.push(print({ what: 'completion (parse + complete)', size: n, format, ours: cold, peer: peerCold, oursCpu: coldCpu, peerCpu: peerColdCpu }));
    }
  }
  return rows;
}

// ---- memory ------------------------------------------------------------------------------------------------------------

function heapDelta(make: () => unknown, copies = 8): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  const keep: unknown[] = [];
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < copies; i++) keep.push(make());
  gc(); gc();
  const after = process.memoryUsage().heapUsed;
  if (keep.length !== copies) throw new Error('unreachable');
  return (after - before) / copies;
}

function memoryRows(): string[] {
  const out: string[] = [];
  for (const format of ['json', 'yaml'] as Format[]) {
    const t = text(1000, format);
    // Each copy gets its own string so that nothing is shared between copies but the code.
    const o = heapDelta(() => createDocument((' ' + t).slice(1), format));
    const p = format === 'json'
      ? heapDelta(() => peerJson.parseJSONDocument(TextDocument.create('file:///m.json', 'asl', 1, (' ' + t).slice(1))))
      : NaN;
    const text1 = t.length * 2;
    out.push(`| 1,000 states | ${format} | ${(o / 1048576).toFixed(2)} MB | ${Number.isNaN(p) ? 'n/a (its YAML service keeps no document)' : `${(p / 1048576).toFixed(2)} MB`} | text itself ${(text1 / 1048576).toFixed(2)} MB |`);
  }
  return out;
}

// ---- report ------------------------------------------------------------------------------------------------------------

const HEADER = '| measure | states | format | Stepwise (ms) | peer (ms) | peer / Stepwise | CPU: Stepwise / peer (ms) | CPU ratio | note |\n| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |';

/** Rows are printed as they are measured: the large YAML documents take the peer a while. */
function print(r: Row): Row {
  console.log(`| ${r.what} | ${r.size.toLocaleString('en')} | ${r.format} | ${ms(r.ours)} | ${ms(r.peer)} | ${ratio(r.peer, r.ours)} | ${ms(r.oursCpu)} / ${ms(r.peerCpu)} | ${ratio(r.peerCpu, r.oursCpu)} | ${r.note ?? ''} |`);
  return r;
}

async function main(): Promise<void> {
  console.log(`language features vs amazon-states-language-service 1.16 (Node ${process.version}, median of N warm runs${QUICK ? ', --quick' : ''})\n`);
  console.log(HEADER);
  const diag = await diagnosticsRows();
  console.log(`\n${HEADER}`);
  const comp = await completionRows();
  console.log('\n| memory per open document | format | Stepwise | peer | |\n| --- | --- | ---: | ---: | --- |');
  for (const l of memoryRows()) console.log(l);
  const bar = diag.filter((r) => r.size >= 1000).every((r) => r.peerCpu / r.oursCpu >= 10);
  const comp5k = comp.filter((r) => r.what === 'completion (parsed doc)' && r.size === Math.max(...SIZES));
  console.log(`\nbars: diagnostics ≥10× faster (CPU) at ≥1,000 states: ${bar ? 'met' : 'NOT met'}; state-name completion at ${Math.max(...SIZES).toLocaleString('en')} states: ${comp5k.map((r) => `${r.format} ${ms(r.ours)} ms`).join(', ')} (bar < 5 ms)`);
}

if (!process.env.BENCH_NO_MAIN) main().catch((e) => { console.error(e); process.exit(1); });
