// `npm run bench`: every benchmark in bench/*.bench.ts, each bundled with esbuild (npm packages left external, so the
// peers load exactly as published) and run in its own Node process with --expose-gc, one after the other so they
// do not compete for the 2 cores. Each prints its own table of figures and ratios against its peers.
//   node scripts/bench.mjs [name-filter] [-- args passed to each benchmark]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sep = process.argv.indexOf('--');
const own = sep < 0 ? process.argv.slice(2) : process.argv.slice(2, sep);
const passOn = sep < 0 ? [] : process.argv.slice(sep + 1);
const filter = own[0] ?? '';
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
if (files.length === 0) { console.error(`no benchmark matches "${filter}"`); process.exit(2); }
const outDir = path.join(root, 'out/bench');
let failed = 0;
for (const f of files) {
  const outfile = path.join(outDir, f.replace(/\.ts$/, '.cjs'));
  await esbuild.build({ entryPoints: [path.join(root, 'bench', f)], outfile, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', packages: 'external', sourcemap: 'inline', logLevel: 'warning', absWorkingDir: root });
  console.log(`\n##### ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile, ...passOn], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.error(`${f} exited with ${r.status}`); }
}
process.exit(failed ? 1 : 0);
