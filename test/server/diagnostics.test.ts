import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, posOf } from './lspClient';

const broken = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Missing' } } }, null, 2);
const brokenYaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Missing\n';

describe('diagnostics over a real LSP connection (stdio)', () => {
  describe('pushed (a client without pull diagnostics)', () => {
    let c: LspClient;
    beforeAll(async () => { c = new LspClient(); await c.initialize(); });
    afterAll(() => c.stop());

    it('publishes a dangling Next with its exact range, in JSON and YAML alike', async () => {
      await c.open('file:///w/a.asl.json', broken);
      await c.open('file:///w/a.asl.yaml', brokenYaml);
      for (const [uri, text] of [['file:///w/a.asl.json', broken], ['file:///w/a.asl.yaml', brokenYaml]] as const) {
        const p = await c.pushed(uri);
        const d = p.diagnostics.find((x) => x.code === 'undefined-state');
        expect(d, uri).toBeDefined();
        expect(d!.source).toBe('stepwise');
        const at = text.endsWith('\n') ? posOf(text, 'Missing') : posOf(text, '"Missing"');
        expect(d!.range.start).toEqual(at);
      }
    });

    it('publishes again after a change, for the new version only', async () => {
      const fixed = broken.replace('"Missing"', '"A"');
      await c.change('file:///w/a.asl.json', fixed, 2);
      const p = await c.pushed('file:///w/a.asl.json');
      expect(p.version).toBe(2);
      expect(p.diagnostics.filter((d) => d.code === 'undefined-state')).toEqual([]);
    });

    it('clears diagnostics when a document closes', async () => {
      await c.close('file:///w/a.asl.yaml');
      const p = await c.pushed('file:///w/a.asl.yaml');
      expect(p.diagnostics).toEqual([]);
    });
  });

  describe('pulled (a client with textDocument/diagnostic)', () => {
    let c: LspClient;
    beforeAll(async () => { c = new LspClient({ pull: true }); await c.initialize(); });
    afterAll(() => c.stop());

    it('answers textDocument/diagnostic and pushes nothing', async () => {
      await c.open('file:///w/b.asl.json', broken);
      const items = await c.pulled('file:///w/b.asl.json');
      expect(items.map((d) => d.code)).toContain('undefined-state');
      await expect(c.pushed('file:///w/b.asl.json', 600)).rejects.toThrow(/no diagnostics/);
    });

    it('honours stepwise.validation.enable = false from workspace/configuration', async () => {
      const off = new LspClient({ pull: true, configuration: { validation: { enable: false } } });
      await off.initialize();
      await off.open('file:///w/c.asl.json', broken);
      expect(await off.pulled('file:///w/c.asl.json')).toEqual([]);
      await off.stop();
    });

    it('leaves out the codes in stepwise.validation.ignore, and formats nothing with stepwise.format.enable = false', async () => {
      const s = new LspClient({ pull: true, configuration: { validation: { ignore: ['undefined-state'] }, format: { enable: false } } });
      await s.initialize();
      const messy = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"}}}';
      await s.open('file:///w/d.asl.json', messy);
      const codes = (await s.pulled('file:///w/d.asl.json')).map((d) => d.code);
      expect(codes).not.toContain('undefined-state');
      expect(codes.length).toBeGreaterThan(0);
      expect(await s.request('textDocument/formatting', { textDocument: { uri: 'file:///w/d.asl.json' }, options: { tabSize: 2, insertSpaces: true } })).toBeNull();
      await s.stop();
    });
  });
});
