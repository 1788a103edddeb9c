// `npm run bench simulate`: the simulator side by side with aws-local-stepfunctions, in one process, on
//   1. a Pass/Choice loop of 10,000 transitions whose counter uses States.MathAdd,
//   2. an inline Map over 10,000 items (history limit lifted for ours: 40,000 events),
//   3. a Parallel of 50 branches.
// Throughput is transitions (state visits) per second of the best run after a warm-up; peak memory is the
// maximum resident set of a child process that runs only that peer on that workload.
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

/** Transitions per second of the best single run, after warm-up runs that let the JIT settle, by the wall clock and
 * by this process's CPU time (the second is steadier on a machine that other work shares). Both peers get the same
 * treatment. */
async function throughput(peer: Peer, w: Workload): Promise<{ wall: number; cpu: number }> {
  const runs = w === 'parallel' ? 60 : 8;
  // One full collection before a peer starts, none between its runs: a forced collection shrinks V8's young
  // generation back to its minimum, which then penalises whichever run follows it.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < (w === 'parallel' ? 20 : 3); i++) await peers[peer](w); // warm-up
  let bestWall = Infinity, bestCpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await peers[peer](w);
    const c = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  return { wall: (workloads[w].transitions / bestWall) * 1000, cpu: (workloads[w].transitions / bestCpu) * 1000 };
}

function peakMemory(peer: Peer, w: Workload): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', peer, w], { execArgv: ['--max-old-space-size=8192'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (m) => resolve(Number(m)));
    child.on('error', reject);
    child.on('exit', (code) => { if (code) reject(new Error(`${peer} ${w} exited with ${code}`)); });
  });
}

async function child(peer: Peer, w: Workload) {
  await peers[peer](w);
  process.send!(process.resourceUsage().maxRSS / 1024);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') { await child(args[1] as Peer, args[2] as Workload); return; }
  const rows: string[][] = [['workload', 'peer', 'transitions/s', 'ms/run', 'ratio', 'CPU transitions/s', 'CPU ratio', 'peak RSS MB']];
  for (const w of Object.keys(workloads) as Workload[]) {
    const figures: Record<string, { tps: { wall: number; cpu: number }; mb: number }> = {};
    for (const peer of Object.keys(peers) as Peer[]) figures[peer] = { tps: await throughput(peer, w), mb: await peakMemory(peer, w) };
    const base = figures['aws-local-stepfunctions'].tps;
    for (const peer of Object.keys(peers) as Peer[]) {
      const f = figures[peer];
      rows.push([w, peer, Math.round(f.tps.wall).toLocaleString('en-US'), (workloads[w].transitions / f.tps.wall * 1000).toFixed(2),
        `${(f.tps.wall / base.wall).toFixed(1)}×`, Math.round(f.tps.cpu).toLocaleString('en-US'), `${(f.tps.cpu / base.cpu).toFixed(1)}×`, f.mb.toFixed(0)]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('\nratio: throughput of the peer / throughput of aws-local-stepfunctions on the same workload (bar: ≥10× for loop and map)');
}

main().catch((e) => { console.error(e); process.exit(1); });
