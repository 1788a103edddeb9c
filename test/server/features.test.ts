// Navigation, rename, symbols, highlights, formatting and folding through the real server over stdio.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, posOf } from './lspClient';
import { readFixture } from '../util/fixtures';

const json = readFixture('examples/stock-trading.asl.json');
const yaml = readFixture('examples/book-trip-saga.asl.yaml');
const J = 'file:///w/stock-trading.asl.json';
const Y = 'file:///w/book-trip-saga.asl.yaml';

function applyLsp(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

describe('language features over a real LSP connection', () => {
  let c: LspClient;
  beforeAll(async () => {
    c = new LspClient();
    await c.initialize();
    await c.open(J, json);
    await c.open(Y, yaml);
  });
  afterAll(() => c.stop());

  it('goes to the definition of a Next target, in JSON and YAML', async () => {
    const j = await c.request('textDocument/definition', { textDocument: { uri: J }, position: posOf(json, '"Next": "Report Result"', 10) });
    expect(j).toEqual([{ uri: J, range: { start: posOf(json, '"Report Result": {'), end: posOf(json, '"Report Result": {', 15) } }]);
    const y = await c.request('textDocument/definition', { textDocument: { uri: Y }, position: posOf(yaml, 'Next: Cancel Flight', 7) });
    expect(y[0].range.start).toEqual(posOf(yaml, '  Cancel Flight:', 2));
  });

  it('finds references with and without the declaration', async () => {
    const p = { textDocument: { uri: Y }, position: posOf(yaml, '  Cancel Hotel:', 3) };
    expect(await c.request('textDocument/references', { ...p, context: { includeDeclaration: true } })).toHaveLength(3);
    expect(await c.request('textDocument/references', { ...p, context: { includeDeclaration: false } })).toHaveLength(2);
  });

  it('prepares and performs a rename of a state and its references only', async () => {
    const position = posOf(json, '"Buy Stock": {', 3);
    const prep = await c.request('textDocument/prepareRename', { textDocument: { uri: J }, position });
    expect(prep.placeholder).toBe('Buy Stock');
    const r = await c.request('textDocument/rename', { textDocument: { uri: J }, position, newName: 'Purchase' });
    const out = applyLsp(json, r.changes[J]);
    const v = JSON.parse(out);
    expect(Object.keys(v.States)).toContain('Purchase');
    expect(v.States['Buy or Sell?'].Choices[0].Next).toBe('Purchase');
    expect(out.replace(/Purchase/g, 'Buy Stock')).toBe(json);
  });

  it('refuses a rename onto an existing name with an error the client shows', async () => {
    const position = posOf(json, '"Buy Stock": {', 3);
    await expect(c.request('textDocument/rename', { textDocument: { uri: J }, position, newName: 'Sell Stock' })).rejects.toThrow(/already exists/);
  });

  it('gives document symbols as a tree with types', async () => {
    const syms = await c.request('textDocument/documentSymbol', { textDocument: { uri: J } });
    expect(syms.map((s: { name: string }) => s.name)).toEqual(['Check Stock Price', 'Generate Buy/Sell recommendation', 'Request Human Approval', 'Buy or Sell?', 'Buy Stock', 'Sell Stock', 'No Trade', 'Report Result']);
    expect(syms[3].detail).toMatch(/Choice/);
  });

  it('highlights a state name and its references', async () => {
    const hs = await c.request('textDocument/documentHighlight', { textDocument: { uri: J }, position: posOf(json, '"Report Result": {', 2) });
    expect(hs).toHaveLength(3);
  });

  it('formats YAML keeping comments, and returns no edits for formatted JSON', async () => {
    const edits = await c.request('textDocument/formatting', { textDocument: { uri: Y }, options: { tabSize: 2, insertSpaces: true } });
    const out = applyLsp(yaml, edits);
    expect(out).toContain('# Compensations run in reverse order of the forward steps.');
    const messy = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
    await c.open('file:///w/messy.asl.json', messy);
    const je = await c.request('textDocument/formatting', { textDocument: { uri: 'file:///w/messy.asl.json' }, options: { tabSize: 4, insertSpaces: true } });
    expect(JSON.parse(applyLsp(messy, je))).toEqual(JSON.parse(messy));
    expect(applyLsp(messy, je)).toContain('\n    "StartAt"');
  });

  it('gives folding ranges', async () => {
    const f = await c.request('textDocument/foldingRange', { textDocument: { uri: Y } });
    expect(f.length).toBeGreaterThan(10);
    expect(f.every((r: { startLine: number; endLine: number }) => r.endLine > r.startLine)).toBe(true);
  });

  it('answers every request for a document it does not know with an empty result', async () => {
    const u = { textDocument: { uri: 'file:///nowhere.asl.json' }, position: { line: 0, character: 0 } };
    expect(await c.request('textDocument/definition', u)).toBeNull();
    expect(await c.request('textDocument/hover', u)).toBeNull();
    expect(c.alive).toBe(true);
  });
});
