// The graph view in a real VS Code (the VS Code server from code-server + Debian chromium, as test/e2e/run-ui.mjs):
// open examples/stock-trading.asl.json, run "Stepwise: Open Graph to the Side", check that every state is drawn,
// click a node and see the text cursor select that state, move the cursor and see the node highlighted, split the
// graph into a second view, type a new state and see its node appear in both; then take the
// README screenshots in the light and the dark theme (docs/screenshots/graph-light.png, graph-dark.png).
//   node test/e2e/graph-ui.mjs [--no-build] [--no-screenshots]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, collectLogs, startServer, workbenchUrl } from './lib/vscode-server.mjs';
import { launchBrowser } from './lib/browser.mjs';

const artifacts = path.join(ROOT, 'test-results/e2e/graph');
const docs = path.join(ROOT, 'docs/screenshots');
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const FILE = 'stock-trading.asl.json';
const STATES = ['Check Stock Price', 'Generate Buy/Sell recommendation', 'Request Human Approval', 'Buy or Sell?', 'Buy Stock', 'Sell Stock', 'No Trade', 'Report Result'];

if (!process.argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

const step = (s) => console.log(`  ${secs().padStart(7)}  ${s}`);

/** Runs a command from the palette by its title. */
async function command(page, title) {
  const input = page.locator('.quick-input-widget input');
  // F1 goes to whatever has the focus; when a webview has swallowed it, the title bar's command center opens the
  // same quick input without changing the active editor.
  await page.keyboard.press('F1');
  if (!await input.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
    await page.locator('.command-center .action-label, .command-center-center').first().click();
    await input.waitFor({ timeout: 30_000 });
  }
  await input.fill(`>${title}`);
  // Click the row with this very title (Enter would take the best fuzzy match, not necessarily this one).
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
}

/** The graph webview's document (the one visible iframe). */
function graphFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** The text editor's cursor line (its highlighted line number: the status bar only shows it while the editor has focus). */
async function cursorLine(page) {
  const n = page.locator('.monaco-editor .line-numbers.active-line-number').first();
  return Number((await n.innerText()).trim());
}

/** The text the editor has selected, as drawn. */
async function waitForSelection(page, line, what) {
  const t = Date.now();
  while (Date.now() - t < 30_000) {
    const selected = await page.locator('.monaco-editor .view-overlays .selected-text').count();
    if (selected > 0 && await cursorLine(page).catch(() => 0) === line) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the text editor did not select ${what} on line ${line}: the cursor is on line ${await cursorLine(page).catch(() => '?')}`);
}

/** Switches the colour theme with "Preferences: Color Theme", then waits for the webview to follow. */
async function setTheme(page, label, bodyClass) {
  await command(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input[placeholder*="Color Theme"]').waitFor({ timeout: 30_000 });
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await graphFrame(page).locator(`body.${bodyClass}`).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-graph-ui-'));
let server, browser, page, failed = false;
try {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples', FILE), path.join(workspace, FILE));
  const text = fs.readFileSync(path.join(workspace, FILE), 'utf8');
  server = await startServer({ dataDir: path.join(tmp, 'vscode'), settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false, 'breadcrumbs.enabled': false, 'editor.wordWrap': 'on', 'editor.stickyScroll.enabled': false } });
  browser = await launchBrowser({ viewport: { width: 1600, height: 900 } });
  page = await browser.ctx.newPage();
  await page.goto(workbenchUrl(server, { folder: workspace, devPath: ROOT }));

  step(`open ${FILE}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).click({ timeout: 90_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: 'StartAt' }).waitFor({ timeout: 30_000 });
  await page.locator('.statusbar-item', { hasText: 'Amazon States Language' }).first().waitFor({ timeout: 30_000 });
  const titleButton = page.locator('.editor-actions .action-label[aria-label^="Open Graph to the Side"]');
  assert.ok(await titleButton.count() > 0, 'the editor title has an "Open Graph to the Side" button');

  step('run "Stepwise: Open Graph to the Side"');
  await page.locator('.monaco-editor .view-lines').first().click();
  await command(page, 'Stepwise: Open Graph to the Side');
  const web = graphFrame(page);
  await web.locator('g.node.state').first().waitFor({ timeout: 90_000 });
  await web.locator('#graph[data-version]').waitFor({ timeout: 30_000 });
  const drawn = await web.locator('g.node.state').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual([...drawn].sort(), [...STATES].sort(), 'every state is drawn');
  assert.equal(await page.locator('.editor-group-container').count() >= 2, true, 'the graph opened beside the text');
  step(`graph shows ${drawn.length} states`);

  step('click "Sell Stock"');
  await web.locator('g.node[data-id="Sell Stock"]').click();
  const line = text.slice(0, text.indexOf('"Sell Stock": {')).split('\n').length;
  await waitForSelection(page, line, '"Sell Stock"');
  step(`the text editor selected "Sell Stock" on line ${line}`);

  step('move the text cursor into "Report Result"');
  const reportLine = text.slice(0, text.indexOf('"Report Result": {')).split('\n').length;
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(reportLine + 2));
  await page.keyboard.press('Enter');
  await web.locator('g.node.selected[data-id="Report Result"]').waitFor({ timeout: 30_000 });

  step('split the graph into a second view of the same document');
  // The graph group's own "Split Editor Right" button (shown once its tab makes the group active).
  const graphGroup = page.locator('.editor-group-container').nth(1);
  await graphGroup.locator('.tab').first().click();
  await graphGroup.locator('.editor-actions .action-label[aria-label^="Split Editor Right"]').click();
  await page.waitForFunction(() => document.querySelectorAll('iframe.webview.ready').length >= 2, undefined, { timeout: 60_000 });
  const views = [0, 1].map((i) => page.frameLocator('iframe.webview.ready').nth(i).frameLocator('#active-frame'));
  for (const v of views) await v.locator('g.node[data-id="Sell Stock"]').waitFor({ timeout: 60_000 });
  step('two graph views');

  step('type a new state into the text');
  const statesLine = text.slice(0, text.indexOf('"States": {')).split('\n').length;
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(statesLine));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.insertText('\n"Audit Trade": { "Type": "Pass", "Next": "Report Result" },');
  for (const v of views) await v.locator('g.node[data-id="Audit Trade"]').waitFor({ timeout: 30_000 });
  for (const v of views) {
    const after = await v.locator('g.node.state').evaluateAll((els) => els.map((e) => e.dataset.id));
    assert.equal(after.length, STATES.length + 1, 'one node more in each view');
  }
  step('"Audit Trade" appeared in both graph views');
  await page.screenshot({ path: path.join(artifacts, 'added.png') });
  // Delete the line again: the graph drops the node (a structural change the other way).
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(statesLine + 1));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+k');
  for (const v of views) await v.locator('g.node[data-id="Audit Trade"]').waitFor({ state: 'detached', timeout: 30_000 });
  step('deleting the line removed it again, in both views');
  // Back to one graph view for the screenshots.
  await page.locator('.editor-group-container').nth(2).locator('.tab .tab-actions .action-label[aria-label^="Close"]').first().click();
  await page.waitForFunction(() => document.querySelectorAll('iframe.webview.ready').length === 1, undefined, { timeout: 30_000 });

  if (!process.argv.includes('--no-screenshots')) {
    await web.locator('g.node[data-id="Buy or Sell?"]').click();
    await page.mouse.move(800, 880);
    await page.waitForTimeout(800);
    fs.mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: path.join(docs, 'graph-light.png') });
    await setTheme(page, 'Dark Modern', 'vscode-dark');
    await web.locator('g.node[data-id="Buy or Sell?"]').click();
    await page.mouse.move(800, 880);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(docs, 'graph-dark.png') });
    step('screenshots: docs/screenshots/graph-light.png, graph-dark.png');
  }
  console.log(`ok   graph view in a real VS Code (${secs()})`);
} catch (e) {
  failed = true;
  console.error(`FAIL graph view in a real VS Code (${secs()})\n     ${String(e.stack ?? e).split('\n').join('\n     ')}`);
  await page?.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  if (server) collectLogs(server, artifacts);
} finally {
  await browser?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
