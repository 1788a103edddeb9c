// Checks `npm start` the way a user meets it: run scripts/start.mjs, open the URL it prints in chromium, open
// examples/stock-trading.asl.json from the Explorer, see it as Amazon States Language served by Stepwise, find
// its states in the Outline (from the language server), take a screenshot (test-results/e2e/start/stock-trading.png),
// then Ctrl+C and check everything it started is gone.
//   node test/e2e/start-smoke.mjs [--setup]   (by default skips setup.sh and the build, which run-all has done)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { ROOT } from './lib/vscode-server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const artifacts = path.join(ROOT, 'test-results/e2e/start');
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-start-'));
const args = [path.join(ROOT, 'scripts/start.mjs'), '--port', '0', '--data-dir', dataDir];
if (!process.argv.includes('--setup')) args.push('--no-setup', '--no-build');
const start = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
start.stdout.on('data', (d) => { out += d; });
start.stderr.on('data', (d) => { out += d; });
const exited = new Promise((r) => start.once('exit', (code, signal) => r({ code, signal })));

const refused = (port) => new Promise((resolve) => {
  const s = net.connect(port, '127.0.0.1').once('connect', () => { s.destroy(); resolve(false); }).once('error', () => resolve(true));
});

let browser, page, ok = false;
try {
  const url = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no URL printed within 120 s:\n${out}`)), 120_000);
    const poll = setInterval(() => {
      const m = out.match(/^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)\s*$/m);
      if (m) { clearInterval(poll); clearTimeout(t); resolve(m[1]); }
    }, 100);
    exited.then(({ code }) => { clearInterval(poll); clearTimeout(t); reject(new Error(`npm start exited (${code}):\n${out}`)); });
  });
  const port = Number(new URL(url).port);
  console.log(`npm start printed ${url.slice(0, 60)}… after ${secs()}`);
  browser = await launchBrowser();
  page = browser.ctx.pages()[0] || await browser.ctx.newPage();
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'stock-trading.asl.json' }).click({ timeout: 90_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: 'Check Stock Price' }).waitFor({ timeout: 30_000 });
  await page.locator('.statusbar-item', { hasText: 'Amazon States Language' }).first().waitFor({ timeout: 30_000 });
  // the development extension is loaded: its commands are in the palette
  await page.keyboard.press('F1');
  await page.keyboard.type('Stepwise: Restart Language Server');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Stepwise: Restart Language Server' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  // the language server answers: the Outline shows the states (document symbols)
  await page.locator('.pane-header', { hasText: 'Outline' }).click();
  await page.locator('.outline-pane .monaco-list-row, .pane-body .monaco-list-row', { hasText: 'Buy or Sell?' }).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000); // let the editor settle (diagnostics, decorations) for the picture
  await page.screenshot({ path: path.join(artifacts, 'stock-trading.png') });

  start.kill('SIGINT');
  const { code } = await Promise.race([exited, new Promise((r) => setTimeout(() => r({ code: 'timeout' }), 20_000))]);
  assert.equal(code, 0, `npm start exits 0 on Ctrl+C (got ${code})`);
  assert.ok(await refused(port), 'the VS Code server is gone after Ctrl+C');
  ok = true;
  console.log(`ok   npm start: workbench opened stock-trading.asl.json as Amazon States Language with its states in the Outline; Ctrl+C stopped everything (${secs()})`);
} catch (e) {
  console.error(`FAIL npm start smoke (${secs()}): ${e.message}`);
  if (page) await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  fs.writeFileSync(path.join(artifacts, 'start-output.txt'), out);
} finally {
  await browser?.close();
  if (start.exitCode === null) { start.kill('SIGINT'); await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]); }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
