// `npm test`: every test, in the order CI runs them, from a fresh clone with dependencies installed.
//   1. set-up of what the real-client tests need (Debian chromium + neovim, VS Code server): idempotent, fast when done
//   2. type check (tsc -b), lint, build (the tests run the built dist/ bundles where a real process is involved)
//   3. vitest: engine units, data-driven cases, LSP over stdio, CLI subprocesses, webview in Chromium, Neovim
//   4. the extension in a real VS Code (test/e2e), last because it is the slowest
// Every step runs even when an earlier one failed, so one run shows every failure; the exit code is 1 if any failed.
//   node scripts/test.mjs [--no-setup] [--no-e2e]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const steps = [];
if (!args.includes('--no-setup') && fs.existsSync(path.join(root, 'test/e2e/setup.sh'))) steps.push(['setup', 'bash', ['test/e2e/setup.sh']]);
steps.push(['typecheck', 'npx', ['tsc', '-b']]);
steps.push(['lint', 'npx', ['eslint', '.', '--max-warnings', '0']]);
steps.push(['build', 'node', ['scripts/build.mjs']]);
const e2e = !args.includes('--no-e2e') && fs.existsSync(path.join(root, 'test/e2e/run-all.mjs'));
// dist/ is built once, by the build step; Neovim runs once, with the real-editor suites when they run.
steps.push(['vitest', 'npx', ['vitest', 'run', ...(e2e ? ['--exclude', 'test/neovim/**'] : [])], { STEPWISE_SKIP_BUILD: '1' }]);
if (e2e) steps.push(['vscode e2e', 'node', ['test/e2e/run-all.mjs', '--no-build']]);

const results = [];
for (const [name, cmd, cmdArgs, env] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - t0) / 1000).toFixed(1) });
  if (!ok && (name === 'build' || name === 'setup')) break; // later steps need these
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
if (results.length < steps.length) console.log(`skipped ${steps.length - results.length} later step(s) after a failed ${results.at(-1).name}`);
process.exit(failed || results.length < steps.length ? 1 : 0);
