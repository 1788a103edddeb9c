// `npm run bench simulate`: the simulator side by side with aws-local-stepfunctions, in one process, on
//   1. a Pass/Choice loop of 10,000 transitions whose counter uses States.MathAdd,
//   2. an inline Map over 10,000 items (history limit lifted for ours: 40,000 events),
//   3. a Parallel of 50 branches.
// Method, chosen for a machine that other work shares:
//   - warm-up runs of both peers first, so that the JIT has settled;
//   - then rounds: each round runs every peer once, in alternating order, so that a slow spell of the machine falls on
//     both; the ratio is computed per round (peer's time / ours) and the median of those ratios is reported, with
//     the quartiles of each peer's times and of the ratio as the spread;
//   - wall-clock time is the figure that counts; CPU time of the process (all its threads) is shown beside it;
//   - no forced collection between runs (it shrinks V8's young generation and penalises the next run);
//   - peak memory is the maximum resident set of a child process that runs only that peer on that workload once,
//     next to the resident set of a child that loads both peers and runs nothing.
// Options (after `--`): --rounds N (default 15), --quick (5 rounds, 1 warm-up).
import { fork } from 'node:child_process';
import { StateMachine } from 'aws-local-stepfunctions';
import { createExecution } from '../engine/simulate';

const LOOP_ITERATIONS = 5_000; // Loop + Check per iteration: 10,000 transitions
const MAP_ITEMS = 10_000;
const BRANCHES = 50;

const workloads = {
  loop: {
    transitions: LOOP_ITERATIONS * 2 + 2,
    input: { i: 0 },
    definition: {
      StartAt: 'Init',
      States: {
        // The counter starts at 1: aws-local-stepfunctions reads a 0 there as a missing value.
        Init: { Type: 'Pass', Result: { i: 1 }, Next: 'Loop' },
        Loop: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThanEquals: LOOP_ITERATIONS, Next: 'Loop' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
  },
  map: {
    transitions: MAP_ITEMS + 1,
    input: { items: Array.from({ length: MAP_ITEMS }, (_, i) => ({ id: i })) },
    definition: {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'id.$': '$.id' }, End: true } } }, End: true },
      },
    },
  },
  parallel: {
    transitions: BRANCHES + 1,
    input: { x: 1 },
    definition: {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: Array.from({ length: BRANCHES }, (_, i) => ({ StartAt: `B${i}`, States: { [`B${i}`]: { Type: 'Pass', End: true } } })), End: true },
      },
    },
  },
};
type Workload = keyof typeof workloads;

const peers = {
  stepwise: async (w: Workload) => {
    const { definition, input } = workloads[w];
    const r = await createExecution(definition, { input, noLimits: true }).run();
    if (r.status !== 'SUCCEEDED') throw new Error(`stepwise ${w}: ${JSON.stringify(r).slice(0, 300)}`);
  },
  'aws-local-stepfunctions': async (w: Workload) => {
    const { definition, input } = workloads[w];
    const sm = new StateMachine(definition as never, { validationOptions: { checkArn: false } });
    await sm.run(input as never).result;
  },
};
type Peer = keyof typeof peers;
const PEERS = Object.keys(peers) as Peer[];
const BASE: Peer = 'aws-local-stepfunctions';

interface Sample { wall: number; cpu: number }

async function timed(peer: Peer, w: Workload): Promise<Sample> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await peers[peer](w);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function quantile(values: number[], q: number): number {
  const v = [...values].sort((a, b) => a - b);
  const at = (v.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return v[lo] + (v[hi] - v[lo]) * (at - lo);
}
const median = (v: number[]) => quantile(v, 0.5);

async function measure(w: Workload, rounds: number, warmups: number): Promise<Record<Peer, Sample[]>> {
  const scale = w === 'parallel' ? 4 : 1; // the parallel workload is short: more runs
  for (let i = 0; i < warmups * scale; i++) for (const p of PEERS) await peers[p](w);
  const samples = Object.fromEntries(PEERS.map((p) => [p, [] as Sample[]])) as Record<Peer, Sample[]>;
  for (let r = 0; r < rounds * scale; r++) {
    const order = r % 2 === 0 ? PEERS : [...PEERS].reverse();
    for (const p of order) samples[p].push(await timed(p, w));
  }
  return samples;
}

function peakMemory(peer: Peer | 'idle', w: Workload): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', peer, w], { execArgv: ['--max-old-space-size=8192'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (m) => resolve(Number(m)));
    child.on('error', reject);
    child.on('exit', (code) => { if (code) reject(new Error(`${peer} ${w} exited with ${code}`)); });
  });
}

async function child(peer: Peer | 'idle', w: Workload) {
  if (peer !== 'idle') await peers[peer](w);
  process.send!(process.resourceUsage().maxRSS / 1024);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') { await child(args[1] as Peer | 'idle', args[2] as Workload); return; }
  const quick = args.includes('--quick');
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : quick ? 5 : 15;
  const warmups = quick ? 1 : 3;
  const rows: string[][] = [['workload', 'peer', 'median ms/run', 'p25–p75 ms', 'transitions/s', 'ratio (p25–p75)', 'CPU ratio', 'peak RSS MB']];
  for (const w of Object.keys(workloads) as Workload[]) {
    const samples = await measure(w, rounds, warmups);
    const base = samples[BASE];
    for (const p of PEERS) {
      const s = samples[p];
      const walls = s.map((x) => x.wall);
      const ratios = s.map((x, i) => base[i].wall / x.wall);
      const cpuRatio = median(base.map((x) => x.cpu)) / median(s.map((x) => x.cpu));
      const mb = await peakMemory(p, w);
      rows.push([w, p, fmt(median(walls), 2), `${fmt(quantile(walls, 0.25), 2)}–${fmt(quantile(walls, 0.75), 2)}`,
        fmt(workloads[w].transitions / median(walls) * 1000),
        `${median(ratios).toFixed(1)}× (${quantile(ratios, 0.25).toFixed(1)}–${quantile(ratios, 0.75).toFixed(1)})`,
        `${cpuRatio.toFixed(1)}×`, fmt(mb)]);
    }
  }
  const idle = await peakMemory('idle', 'loop');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log(`\n${rounds} interleaved rounds per workload (×4 for parallel) after warm-up; ratio: the median over rounds of`
    + ` aws-local-stepfunctions' wall time / this peer's, with its quartiles (bar: ≥10× for loop and map).`
    + `\nCPU ratio: the same from medians of process CPU time (all threads). Peak RSS: one run in a fresh child process;`
    + ` a child that loads both peers and runs nothing peaks at ${fmt(idle)} MB.`);
}

main().catch((e) => { console.error(e); process.exit(1); });
