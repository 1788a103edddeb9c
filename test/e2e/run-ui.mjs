// Playwright UI scenarios in a real VS Code workbench (the same VS Code server and chromium as run-vscode-tests.mjs),
// with this extension loaded as a development extension on a copy of test/e2e/fixtures/workspace. Each scenario
// (test/e2e/ui/*.scenario.mjs: `name`, `run({ page, openWorkbench, screenshot })`) gets a fresh page. Screenshots go to
// test-results/e2e/ui/; a failing scenario also leaves failure-<scenario>.png and the VS Code / language server logs.
//   node test/e2e/run-ui.mjs [--no-build] [filter]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, collectLogs, startServer, workbenchUrl } from './lib/vscode-server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const artifacts = path.join(ROOT, 'test-results/e2e/ui');
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

if (!process.argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const dir = path.join(ROOT, 'test/e2e/ui');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.scenario.mjs') && f.includes(filter)).sort();
if (!files.length) { console.error(`no UI scenario matches "${filter}"`); process.exit(1); }
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-ui-'));
let server, browser, failed = 0;
try {
  server = await startServer({ dataDir: path.join(tmp, 'vscode') });
  browser = await launchBrowser();
  for (const f of files) {
    const scenario = await import(path.join(dir, f));
    const id = f.replace(/\.scenario\.mjs$/, '');
    const workspace = path.join(tmp, `workspace-${id}`);
    fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
    const page = await browser.ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const ctx = {
      page, server, workspace,
      openWorkbench: () => page.goto(workbenchUrl(server, { folder: workspace, devPath: ROOT })),
      screenshot: (n) => page.screenshot({ path: path.join(artifacts, `${n}.png`) }),
    };
    try {
      const note = await scenario.run(ctx);
      console.log(`ok   ${scenario.name} (${secs()})${note ? `\n     ${note}` : ''}`);
    } catch (e) {
      failed++;
      console.error(`FAIL ${scenario.name} (${secs()})\n     ${e.message.split('\n').join('\n     ')}`);
      await page.screenshot({ path: path.join(artifacts, `failure-${id}.png`) }).catch(() => {});
      if (errors.length) fs.writeFileSync(path.join(artifacts, `failure-${id}.pageerrors.txt`), errors.join('\n'));
    } finally {
      await page.close().catch(() => {});
    }
  }
  if (failed) { collectLogs(server, artifacts); console.error(`screenshots and logs in ${path.relative(ROOT, artifacts)}/`); }
} catch (e) {
  failed++;
  console.error('UI runner error:', e.message);
  if (server) collectLogs(server, artifacts);
} finally {
  await browser?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`UI scenarios: ${files.length - failed} passed, ${failed} failed in ${secs()}`);
process.exit(failed ? 1 : 0);
