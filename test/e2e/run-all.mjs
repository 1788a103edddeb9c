// Every real-editor suite, one after the other (these machines have 2 cores), with one summary:
//   vscode    the extension test module inside a real VS Code (run-vscode-tests.mjs)
//   ui        Playwright scenarios in the real workbench: the Problems panel (run-ui.mjs)
//   graph     the graph view in the real workbench: Open Graph to the Side, clicks, typing (graph-ui.mjs)
//   start     `npm start` opened in a browser like a user would, then Ctrl+C (start-smoke.mjs)
//   neovim    Neovim as a second LSP client (vitest test/neovim)
//   electron  the same test module through @vscode/test-electron: SKIPPED unless VSCODE_EXECUTABLE_PATH is set
// Exit code 1 if any suite that ran failed; a skipped suite is reported as SKIPPED and never counted as passed.
// Failures leave screenshots and logs under test-results/e2e/.
//   node test/e2e/run-all.mjs [--no-build] [suite…]
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, checkInstalled } from './lib/vscode-server.mjs';

const argv = process.argv.slice(2);
const only = argv.filter((a) => !a.startsWith('--'));
const node = (file, ...args) => [process.execPath, [path.join(ROOT, 'test/e2e', file), ...args]];
const suites = [
  ['vscode', ...node('run-vscode-tests.mjs', '--no-build')],
  ['ui', ...node('run-ui.mjs', '--no-build')],
  ['graph', ...node('graph-ui.mjs', '--no-build', '--no-screenshots')],
  ['start', ...node('start-smoke.mjs')],
  ['neovim', process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/neovim'], { STEPWISE_SKIP_BUILD: '1' }],
  ['electron', ...node('run-electron.mjs', '--no-build')],
].filter(([name]) => only.length === 0 || only.includes(name));

try {
  checkInstalled();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
if (!argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) { console.error('build failed: no real-editor suite can run'); process.exit(1); }
}

/** Runs a suite, echoing its output, and resolves { code, output }. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    p.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    p.on('close', (code) => resolve({ code, output }));
  });
}

const results = [];
for (const [name, cmd, args, env] of suites) {
  console.log(`\n--- e2e ${name}`);
  const t0 = Date.now();
  const { code, output } = await run(cmd, args, env);
  const status = code !== 0 ? 'FAIL' : /^SKIPPED\b/m.test(output) ? 'SKIPPED' : 'ok';
  results.push({ name, status, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
}

console.log('\n--- e2e summary');
for (const r of results) console.log(`${r.status.padEnd(7)} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => r.status === 'FAIL').length;
const skipped = results.filter((r) => r.status === 'SKIPPED').length;
console.log(`${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped${failed ? '; screenshots and logs in test-results/e2e/' : ''}`);
process.exit(failed ? 1 : 0);
