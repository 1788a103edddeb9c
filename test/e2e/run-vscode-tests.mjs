// Runs the extension's test module (test/e2e/vscode-suite, built to out/e2e/vscode-suite/index.js) inside a REAL
// VS Code: the VS Code server from code-server's npm package (Node extension host) with the workbench in headless
// Debian chromium. The workbench calls window.codeAutomationExit(code) when the module's run() settles.
// On failure, test-results/e2e/vscode/ gets a screenshot per failed test (failure-<test>.png, taken when the test
// fails), one at the end (failure.png), the VS Code logs and the language server's output with a verbose protocol
// trace (language-server.log).
//   node test/e2e/run-vscode-tests.mjs [--no-build] [--grep PATTERN] [--timeout MS] [--keep]
// Exit code 0 = all tests passed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, collectLogs, startServer, workbenchUrl } from './lib/vscode-server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { buildSuite } from './build-suite.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const flag = (name) => process.argv.includes(`--${name}`);
const timeoutMs = Number(arg('timeout', '300000'));
const artifacts = path.join(ROOT, 'test-results/e2e/vscode');
const t0 = Date.now();

let server, browser, tmp;
let code = 1;
try {
  if (!flag('no-build')) {
    const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('build failed');
  }
  const testsPath = await buildSuite();
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  // a copy of the fixture folder, so nothing a test does can change the checked-in fixtures
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });

  const grep = arg('grep');
  // no word-based suggestions: completion items then come only from language servers; the protocol trace goes to
  // the "Stepwise Language Server" output channel, copied to test-results/ as language-server.log on failure
  server = await startServer({ dataDir: path.join(tmp, 'vscode'), settings: { 'editor.wordBasedSuggestions': 'off', 'stepwise.trace.server': 'verbose' },
    env: grep ? { STEPWISE_E2E_GREP: grep } : {} });
  console.log(`VS Code server on ${server.base} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  browser = await launchBrowser();
  let finish;
  const finished = new Promise((r) => (finish = r));
  let page;
  const shots = [];
  await browser.ctx.exposeFunction('codeAutomationLog', (type, args) => {
    const m = /^\[stepwise-e2e\] screenshot (\S+)/.exec(String(args?.[0] ?? ''));
    if (m && page) shots.push(page.screenshot({ path: path.join(artifacts, `failure-${m[1]}.png`) }).catch(() => {}));
    else (console[type] || console.log)(...args);
  });
  await browser.ctx.exposeFunction('codeAutomationExit', (c) => finish(c));
  page = browser.ctx.pages()[0] || await browser.ctx.newPage();
  page.on('pageerror', (e) => console.error('[workbench pageerror]', e.message));
  await page.goto(workbenchUrl(server, { folder: workspace, devPath: ROOT, testsPath }));
  const result = await Promise.race([finished, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  code = result === 0 ? 0 : 1;
  console.log(`tests finished after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await Promise.all(shots);
  if (code !== 0) {
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
    collectLogs(server, artifacts);
    console.error(`VS Code extension tests ${result === 'timeout' ? `timed out after ${timeoutMs} ms` : `failed (exit code ${result})`}; screenshot and logs in ${path.relative(ROOT, artifacts)}/`);
  }
} catch (e) {
  console.error('e2e runner error:', e.message);
  if (server) { try { collectLogs(server, artifacts); } catch { /* best effort */ } }
} finally {
  await browser?.close();
  await server?.stop();
  if (tmp && !flag('keep')) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`real VS Code suite: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
