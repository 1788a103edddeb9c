// The graph webview in real Chromium (test/webview/harness.ts): it draws every corpus workflow, clicks and keys
// post the right selection messages, updates keep or animate the layout, and the view state survives reloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildGraph, layoutGraph, type GraphModel } from '../../engine/graph';
import { createDocument, getLanguageService } from '../../engine/service';
import type { ExportedMessage, SelectMessage, ViewMessage } from '../../protocol/webview';
import { corpusFiles, exampleFiles, formatOfPath, readFixture } from '../util/fixtures';
import { GraphPage, launch } from './harness';

const graphOf = (text: string, format: 'json' | 'yaml' = 'json'): GraphModel => {
  const doc = createDocument(text, format);
  return buildGraph(doc.model, getLanguageService().validate(doc));
};
const stock = () => graphOf(readFixture('examples/stock-trading.asl.json'));
const selects = (posted: ViewMessage[]) => posted.filter((m): m is SelectMessage => m.kind === 'select');

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('graph webview', () => {
  it('draws every example and corpus workflow: each node and edge, without errors or CSP violations', async () => {
    const page = await GraphPage.open(browser);
    await page.page.evaluate(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const failures: string[] = [];
    for (const file of [...exampleFiles(), ...corpusFiles()]) {
      const g = graphOf(readFixture(file), formatOfPath(file));
      const r = await page.show(g);
      const drawn = new Set(await page.nodeIds());
      const missing = g.nodes.filter((n) => !drawn.has(n.id)).map((n) => n.id);
      const edges = await page.page.$$eval('#viewport path.edge', (els) => els.length);
      if (missing.length || drawn.size !== g.nodes.length || edges !== g.edges.length || r.nodes !== g.nodes.length) {
        failures.push(`${file}: missing ${missing.join(', ')}; ${drawn.size}/${g.nodes.length} nodes, ${edges}/${g.edges.length} edges`);
      }
    }
    expect(failures).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(await page.page.evaluate(() => (window as any).__violations)).toEqual([]);
    await page.close();
  }, 600_000);

  it('draws the same layout as the engine gives the CLI', async () => {
    const page = await GraphPage.open(browser);
    for (const file of exampleFiles()) {
      const g = graphOf(readFixture(file), formatOfPath(file));
      await page.show(g);
      const layout = await layoutGraph(g);
      await page.page.waitForFunction(() => !document.querySelector('#viewport.animating'));
      const drawn = await page.page.$$eval('#viewport g.node', (els) => els.map((e) => [(e as SVGGElement).dataset.id!, e.getAttribute('transform')!]));
      for (const [id, transform] of drawn) {
        const r = layout.nodes[id];
        expect(transform, `${file} ${id}`).toBe(`translate(${Math.round(r.x * 10) / 10},${Math.round(r.y * 10) / 10})`);
      }
    }
    await page.close();
  });

  it('posts a select message for a clicked node (a sink selects the state it stands for) and highlights on request', async () => {
    const page = await GraphPage.open(browser);
    await page.show(stock());
    await page.clearPosted();
    await page.node('Buy Stock').click();
    expect(selects(await page.posted())).toEqual([{ kind: 'select', id: 'Buy Stock', version: 1, focusEditor: false }]);
    await expect.poll(() => page.node('Buy Stock').getAttribute('class')).toContain('selected');
    await page.node('Sell Stock').dblclick();
    expect(selects(await page.posted()).at(-1)).toEqual({ kind: 'select', id: 'Sell Stock', version: 1, focusEditor: true });

    await page.send({ kind: 'highlight', id: 'Report Result' });
    await expect.poll(() => page.node('Report Result').getAttribute('class')).toContain('selected');
    expect(await page.node('Sell Stock').getAttribute('class')).not.toContain('selected');

    const states: Record<string, unknown> = {};
    for (let i = 0; i < 5; i++) states[`T${i}`] = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: i < 4 ? `T${i + 1}` : 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] };
    await page.show(graphOf(JSON.stringify({ StartAt: 'T0', States: { ...states, Done: { Type: 'Succeed' }, Oops: { Type: 'Fail' } } })));
    await page.clearPosted();
    await page.node('T1|catch|0#sink').click();
    expect(selects(await page.posted())).toEqual([{ kind: 'select', id: 'Oops', version: 2, focusEditor: false }]);
    await page.close();
  });

  it('moves between nodes with the arrow keys, selects with Enter, collapses with Space, goes Home', async () => {
    const page = await GraphPage.open(browser);
    await page.show(graphOf(readFixture('examples/parallel-etl.asl.json')));
    await page.node('Extract').click();
    await page.clearPosted();
    const focused = () => page.page.evaluate(() => (document.activeElement as SVGGElement | null)?.dataset?.id);
    await page.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Transform and Load');
    expect(selects(await page.posted()).map((m) => m.id)).toEqual(['Transform and Load']);
    await page.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Extract');
    await page.page.keyboard.press('Home');
    expect(await focused()).toBe('root#start');
    await page.page.keyboard.press('ArrowDown');
    await page.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Transform and Load');
    expect(await page.page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    await page.clearPosted();
    await page.page.keyboard.press('Shift+Enter');
    expect(selects(await page.posted())).toEqual([{ kind: 'select', id: 'Transform and Load', version: 1, focusEditor: true }]);

    expect(await page.node('Transform and Load/processor/Load').count()).toBe(1);
    await page.page.keyboard.press(' ');
    await page.page.waitForFunction(() => !document.querySelector('g.node[data-id="Transform and Load/processor/Load"]'));
    expect(await page.node('Transform and Load').getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await page.state<{ collapsed: string[] }>()).collapsed).toEqual(['Transform and Load']);
    expect(await focused()).toBe('Transform and Load');
    await page.node('Transform and Load').locator('.toggle').click();
    await page.page.waitForSelector('g.node[data-id="Transform and Load/processor/Load"]');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('finds states by name and steps through the matches', async () => {
    const page = await GraphPage.open(browser);
    await page.show(stock());
    await page.clearPosted();
    await page.page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.page.keyboard.press('Control+f');
    await page.page.keyboard.type('stock');
    const matches = () => page.page.$$eval('g.node.match', (els) => els.map((e) => (e as SVGGElement).dataset.id));
    await expect.poll(matches).toEqual(['Check Stock Price', 'Buy Stock', 'Sell Stock']);
    expect(await page.page.textContent('#find-count')).toBe('1 of 3');
    await page.page.keyboard.press('Enter');
    expect(await page.page.textContent('#find-count')).toBe('2 of 3');
    expect(selects(await page.posted()).map((m) => m.id)).toEqual(['Check Stock Price', 'Buy Stock']);
    await page.page.keyboard.press('Escape');
    expect(await matches()).toEqual([]);
    await page.close();
  });

  it('updates in place for edits that change no structure, animates structural ones, and keeps the last graph with a banner', async () => {
    const page = await GraphPage.open(browser);
    const text = readFixture('examples/stock-trading.asl.json');
    const first = await page.show(graphOf(text));
    expect(first.structural).toBe(true);
    const box = () => page.node('Buy Stock').getAttribute('transform');
    const before = await box();

    const edited = graphOf(text.replace('arn:aws:states:::sns:publish', 'arn:aws:states:::sqs:sendMessage'));
    const second = await page.show(edited);
    expect(second.structural).toBe(false);
    expect(await page.node('Report Result').locator('text.sub').textContent()).toBe('SQS SendMessage');
    expect(await box()).toBe(before);

    const top = (await page.node('Check Stock Price').boundingBox())!;
    const grown = graphOf(text.replace('"Next": "Report Result"\n    },\n    "Sell Stock"', '"Next": "Audit"\n    },\n    "Audit": { "Type": "Pass", "Next": "Report Result" },\n    "Sell Stock"'));
    expect(grown.nodes.some((n) => n.id === 'Audit')).toBe(true);
    // The text editor has the focus while the user types: a redraw must not take it.
    await page.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const third = await page.show(grown);
    expect(third.structural).toBe(true);
    expect(await page.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.page.waitForSelector('g.node[data-id="Audit"]');
    await page.page.waitForFunction(() => !document.querySelector('#viewport.animating'));
    // Nodes above the insertion did not move on screen.
    const after = (await page.node('Check Stock Price').boundingBox())!;
    expect(Math.abs(after.x - top.x) + Math.abs(after.y - top.y)).toBeLessThan(1);

    await page.send({ kind: 'graph', update: { uri: 'file:///doc.asl.json', version: ++page.version, graph: grown, stale: true, problems: [{ message: 'Value expected', line: 11, character: 4 }] } });
    await expect.poll(() => page.page.textContent('#banner')).toContain('Line 12: Value expected');
    expect(await page.page.isVisible('#banner')).toBe(true);
    expect(await page.nodeIds()).toContain('Audit');
    await page.show(grown);
    expect(await page.page.isVisible('#banner')).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps nodes that did not move where they were on screen after a structural change', async () => {
    const page = await GraphPage.open(browser);
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 6; i++) states[`S${i}`] = { Type: 'Pass', Next: i < 5 ? `S${i + 1}` : 'End' };
    states.End = { Type: 'Succeed' };
    await page.show(graphOf(JSON.stringify({ StartAt: 'S0', States: states })));
    const at = async (id: string) => (await page.node(id).boundingBox())!;
    const s2 = await at('S2');
    (states.S5 as Record<string, unknown>).Next = 'Extra';
    states.Extra = { Type: 'Pass', Next: 'End' };
    await page.show(graphOf(JSON.stringify({ StartAt: 'S0', States: states })));
    await page.page.waitForFunction(() => !document.querySelector('#viewport.animating'));
    const moved = await at('S2');
    expect(Math.abs(moved.x - s2.x)).toBeLessThan(1);
    expect(Math.abs(moved.y - s2.y)).toBeLessThan(1);
    await page.close();
  });

  it('restores zoom, pan and collapsed containers when the view comes back', async () => {
    const state = { viewport: { x: 40, y: -20, k: 0.5 }, userMoved: true, collapsed: ['Transform and Load'], minimap: true };
    const page = await GraphPage.open(browser, { state });
    await page.show(graphOf(readFixture('examples/parallel-etl.asl.json')));
    expect(await page.page.getAttribute('#viewport', 'transform')).toBe('translate(40,-20) scale(0.5)');
    expect(await page.node('Transform and Load/processor/Load').count()).toBe(0);
    await page.page.mouse.move(400, 400);
    await page.page.keyboard.down('Control');
    await page.page.mouse.wheel(0, -200);
    await page.page.keyboard.up('Control');
    await expect.poll(async () => (await page.state<{ viewport: { k: number } }>()).viewport.k).toBeGreaterThan(0.5);
    await page.close();
  });

  it('shows a minimap for large graphs and pans when it is clicked', async () => {
    const page = await GraphPage.open(browser, { width: 800, height: 600 });
    const { generateWorkflow } = await import('../graph/generate');
    await page.show(graphOf(generateWorkflow(200)));
    expect(await page.page.isVisible('#minimap')).toBe(true);
    const before = await page.page.getAttribute('#viewport', 'transform');
    const mm = (await page.page.locator('#minimap svg').boundingBox())!;
    await page.page.mouse.click(mm.x + mm.width / 2, mm.y + mm.height - 5);
    expect(await page.page.getAttribute('#viewport', 'transform')).not.toBe(before);
    // Fitted, a 200-state graph is too small to read: names are left out until one zooms in.
    expect(await page.page.getAttribute('#graph', 'class')).toContain('lod');
    expect(await page.page.isVisible('g.node.state text.label >> nth=0')).toBe(false);
    await page.send({ kind: 'action', action: { kind: 'zoom', level: 1 } });
    await expect.poll(() => page.page.getAttribute('#graph', 'class')).not.toContain('lod');
    // Drawn zoomed out without them, the names, icons and badges are added once the view is zoomed in to read them.
    await expect.poll(() => page.page.isVisible('g.node.state text.label >> nth=0')).toBe(true);
    expect(await page.page.locator('g.node.state text.label').count()).toBe(200);
    expect(await page.page.locator('g.node.state use.icon').count()).toBe(200);
    const small = await GraphPage.open(browser, { width: 800, height: 600 });
    await small.show(stock());
    expect(await small.page.isVisible('#minimap')).toBe(false);
    await small.close();
    await page.close();
  });

  it('adds the details when zoomed in during a structural animation, and leaves no edge hidden', async () => {
    const page = await GraphPage.open(browser, { width: 800, height: 600 });
    const { generateWorkflow } = await import('../graph/generate');
    await page.show(graphOf(generateWorkflow(200)));
    expect(await page.page.getAttribute('#graph', 'class')).toContain('lod');
    const grown = await page.show(graphOf(generateWorkflow(201)));
    expect(grown.structural).toBe(true);
    // Zoom in while the new layout is still animating: the drawing is replaced with its details.
    await page.send({ kind: 'action', action: { kind: 'zoom', level: 1 } });
    await expect.poll(() => page.page.locator('g.node.state text.label').count()).toBe(201);
    await page.page.waitForTimeout(400); // longer than the animation
    expect(await page.page.evaluate(() => document.querySelector('#viewport')!.classList.contains('animating'))).toBe(false);
    expect(await page.page.evaluate(() => getComputedStyle(document.querySelector('.layer.edges')!).opacity)).toBe('1');
    await page.close();
  });

  it('exports SVG (every state name as text, valid XML, concrete colours) and PNG', async () => {
    const page = await GraphPage.open(browser, { theme: 'dark' });
    const g = stock();
    await page.show(g);
    await page.send({ kind: 'action', action: { kind: 'export', format: 'svg' } });
    const svg = (await page.page.waitForFunction(() => (window as any).__posted.find((m: ViewMessage) => m.kind === 'exported')).then((h) => h.jsonValue())) as ExportedMessage;
    const parsed = await page.page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg.data);
    expect(parsed.error).toBeNull();
    for (const n of g.nodes.filter((x) => x.kind === 'state')) expect(parsed.texts).toContain(n.label);
    expect(svg.data).toContain('#1f1f1f');
    expect(svg.data).not.toContain('var(--');
    await page.clearPosted();
    await page.send({ kind: 'action', action: { kind: 'export', format: 'png' } });
    const png = (await page.page.waitForFunction(() => (window as any).__posted.find((m: ViewMessage) => m.kind === 'exported')).then((h) => h.jsonValue())) as ExportedMessage;
    expect(png.format).toBe('png');
    expect(Buffer.from(png.data, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('labels nodes for screen readers and keeps exactly one node in the Tab order', async () => {
    const page = await GraphPage.open(browser);
    await page.show(stock());
    expect(await page.page.getAttribute('#graph', 'role')).toBe('tree');
    expect(await page.node('Request Human Approval').getAttribute('aria-label')).toBe('Request Human Approval, Task state, SQS SendMessage (wait for callback)');
    expect(await page.node('Buy Stock').getAttribute('aria-label')).toContain('retries');
    expect(await page.page.$$eval('g.node[tabindex="0"]', (els) => els.map((e) => (e as SVGGElement).dataset.id))).toEqual(['Check Stock Price']);
    await page.close();
  });
});

describe('graph webview screenshots (test-results/webview/, for looking at)', () => {
  const corpus = 'test/fixtures/corpus/step-functions-workflows-collection__quorum-with-parallel-pattern__statemachine__statemachine.asl.json';
  it.each([
    ['stock-trading-light', 'light', 'examples/stock-trading.asl.json'],
    ['stock-trading-dark', 'dark', 'examples/stock-trading.asl.json'],
    ['stock-trading-hc', 'hc', 'examples/stock-trading.asl.json'],
    ['quorum-parallel-light', 'light', corpus],
    ['book-trip-saga-dark', 'dark', 'examples/book-trip-saga.asl.yaml'],
  ] as const)('%s', async (name, theme, file) => {
    const page = await GraphPage.open(browser, { theme, width: 1100, height: 800 });
    await page.show(graphOf(readFixture(file), formatOfPath(file)));
    const first = (await page.nodeIds()).find((id) => !id.includes('#'))!;
    await page.node(first).click();
    await page.page.mouse.move(5, 300);
    const file2 = await page.screenshot(`graph-${name}`);
    expect(file2).toMatch(/\.png$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
