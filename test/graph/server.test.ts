// The graph LSP methods over a real stdio connection to dist/server.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphChangedNotification, GraphRequest, GraphSubscribeNotification, type GraphUpdate } from '../../protocol/graph';
import { LspClient } from '../server/lspClient';
import { readFixture } from '../util/fixtures';

describe('stepwise/graph over LSP', () => {
  let client: LspClient;
  const pushed: GraphUpdate[] = [];
  const waitFor = async (pred: (u: GraphUpdate) => boolean, ms = 10_000): Promise<GraphUpdate> => {
    const t0 = Date.now();
    while (Date.now() - t0 < ms) {
      const hit = pushed.find(pred);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching graph push within ${ms} ms; got versions ${pushed.map((p) => p.version).join(',')}`);
  };

  beforeAll(async () => {
    client = new LspClient();
    client.conn.onNotification(GraphChangedNotification, (u: GraphUpdate) => { pushed.push(u); });
    await client.initialize();
  });
  afterAll(async () => { await client.stop(); });

  it('answers the graph of the current version on request', async () => {
    const uri = 'file:///w/stock.asl.json';
    await client.open(uri, readFixture('examples/stock-trading.asl.json'), 'asl', 3);
    const r = await client.request<GraphUpdate>(GraphRequest, { uri });
    expect(r.version).toBe(3);
    expect(r.stale).toBe(false);
    expect(r.graph!.nodes.filter((n) => n.kind === 'state')).toHaveLength(8);
    expect(await client.request(GraphRequest, { uri: 'file:///w/not-open.json' })).toBeNull();
  });

  it('pushes the graph on subscribing and after edits, keeps the last good graph while the text does not parse, and marks diagnostics', async () => {
    const uri = 'file:///w/flow.asl.yaml';
    const v1 = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n  B:\n    Type: Succeed\n';
    await client.open(uri, v1, 'asl-yaml', 1);
    await client.conn.sendNotification(GraphSubscribeNotification, { uri, subscribed: true });
    const first = await waitFor((u) => u.uri === uri && u.version === 1);
    expect(first.graph!.nodes.map((n) => n.id)).toContain('B');

    const v2 = v1.replace('Next: B', 'Next: C') + '  C:\n    Type: Pass\n    Next: Nowhere\n';
    await client.change(uri, v2, 2);
    const second = await waitFor((u) => u.uri === uri && u.version === 2);
    expect(second.graph!.nodes.find((n) => n.id === 'C')?.severity).toBe('error');
    expect(second.graph!.structureHash).not.toBe(first.graph!.structureHash);

    await client.change(uri, 'StartAt: A\nStates:\n  A: [\n', 3);
    const broken = await waitFor((u) => u.uri === uri && u.version === 3);
    expect(broken.stale).toBe(true);
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0].line).toBeGreaterThanOrEqual(2);
    expect(broken.graph!.structureHash).toBe(second.graph!.structureHash);

    // A burst of edits is debounced into (typically) one push, for the last version, never out of order.
    const before = pushed.length;
    for (let v = 4; v <= 8; v++) await client.change(uri, v1.replace('Type: Pass', `Type: Pass\n    Comment: edit ${v}`), v);
    const last = await waitFor((u) => u.uri === uri && u.version === 8);
    expect(last.stale).toBe(false);
    const burst = pushed.slice(before).filter((u) => u.uri === uri).map((u) => u.version);
    expect(burst.at(-1)).toBe(8);
    expect(burst.length).toBeLessThan(5);
    expect([...burst].sort((a, b) => a - b)).toEqual(burst);

    await client.conn.sendNotification(GraphSubscribeNotification, { uri, subscribed: false });
    await client.change(uri, v1, 9);
    await new Promise((r) => setTimeout(r, 500));
    expect(pushed.some((u) => u.version === 9)).toBe(false);
    expect(client.alive).toBe(true);
  });
});
