// The graph webview in real Chromium, without VS Code: the page the custom editor serves (client/graph/html.ts,
// with its CSP), loaded from file:// with dist/webview.js, a stub acquireVsCodeApi that records what the view
// posts, and a theme's --vscode-* variables as VS Code would inject them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { graphPage, makeNonce } from '../../client/graph/html';
import type { GraphModel } from '../../engine/graph';
import type { GraphUpdate } from '../../protocol/graph';
import type { HostMessage, RenderedMessage, ViewMessage } from '../../protocol/webview';
import { ROOT } from '../util/fixtures';
import { THEMES, type ThemeName } from './themes';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-results/webview');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface ViewOptions { theme?: ThemeName; width?: number; height?: number; state?: unknown }

export class GraphPage {
  version = 0;
  readonly errors: string[] = [];
  private constructor(readonly page: Page, private readonly dir: string) {}

  static async open(browser: Browser, options: ViewOptions = {}): Promise<GraphPage> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-webview-'));
    const nonce = makeNonce();
    const url = (rel: string) => `file://${path.join(ROOT, rel)}`;
    const theme = THEMES[options.theme ?? 'light'];
    let page = graphPage({ cspSource: 'file:', script: url('dist/webview.js'), style: url('dist/webview.css'), codicons: url('dist/codicons/codicon.css'), nonce });
    const vars = Object.entries(theme.variables).map(([k, v]) => `${k}:${v}`).join(';');
    const stub = `<style nonce="${nonce}">html{${vars}}</style><script nonce="${nonce}">
      window.__posted = []; window.__state = ${JSON.stringify(options.state ?? null)};
      window.acquireVsCodeApi = () => ({ postMessage: (m) => { window.__posted.push(m); window.__onPost?.(m); }, getState: () => window.__state, setState: (s) => { window.__state = s; } });
    </script>`;
    page = page.replace('<body>', `<body class="${theme.bodyClass}">`).replace('</head>', `${stub}</head>`);
    fs.writeFileSync(path.join(dir, 'index.html'), page);
    const ctx = await browser.newContext({ viewport: { width: options.width ?? 1000, height: options.height ?? 760 } });
    const p = await ctx.newPage();
    const gp = new GraphPage(p, dir);
    p.on('pageerror', (e) => gp.errors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => { if (m.type() === 'error') gp.errors.push(`console: ${m.text()}`); });
    await p.goto(`file://${path.join(dir, 'index.html')}`);
    await p.waitForFunction(() => (window as any).__posted.some((m: ViewMessage) => m.kind === 'ready'));
    return gp;
  }

  async posted(): Promise<ViewMessage[]> {
    return this.page.evaluate(() => (window as any).__posted);
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate(() => { (window as any).__posted = []; });
  }

  async state<T>(): Promise<T> {
    return this.page.evaluate(() => (window as any).__state);
  }

  async send(message: HostMessage): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  /** Sends a graph as the next version and waits until it is drawn. */
  async show(graph: GraphModel | null, extra: Partial<GraphUpdate> = {}): Promise<RenderedMessage> {
    const version = ++this.version;
    await this.send({ kind: 'graph', update: { uri: 'file:///doc.asl.json', version, graph, stale: false, problems: [], ...extra } });
    return this.rendered(version);
  }

  async rendered(version: number, timeout = 30_000): Promise<RenderedMessage> {
    const handle = await this.page.waitForFunction((v) => (window as any).__posted.find((m: ViewMessage) => m.kind === 'rendered' && m.version === v), version, { timeout });
    return (await handle.jsonValue()) as RenderedMessage;
  }

  /** The ids of the drawn nodes, in document order. */
  async nodeIds(): Promise<string[]> {
    return this.page.$$eval('#viewport g.node', (els) => els.map((e) => (e as SVGGElement).dataset.id!));
  }

  node(id: string) {
    return this.page.locator(`#viewport g.node[data-id="${id.replace(/"/g, '\\"')}"]`);
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.page.context().close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
