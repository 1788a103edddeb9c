// Fuzzing over the real LSP connection: seeded, deterministic mutations of real workflows (corpus, examples and YAML
// twins of corpus files) sent as didChange to ONE server; after each, every feature is asked at random positions.
// Every request must answer (no error response), the server must stay alive, no feature may log a failure, and no
// diagnostic may be `internal-error` (a validation rule that threw).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { seededRandom } from '../../engine/simulate/random';
import { corpusFiles, exampleFiles, readFixture } from '../util/fixtures';
import { LspClient } from './lspClient';

const SEED = 20260314;
const ROUNDS = 2500;
/** Mutations pile up on the same text for a few rounds before it is reset to a pristine file. */
const RESET_EVERY = 4;

/** A seeded generator (the simulator's), so a failure reproduces exactly. */
const prng = seededRandom;

const SNIPPETS = ['{', '}', '[', ']', '"', ':', ',', '\n', ' ', '  ', '- ', '#', '$', '$.', '$$.', '{%', '%}', '.$', 'States.Format(', ')',
  '"Next": ', 'Next: ', '"Type": "Map"', 'Type: Choice', '"End": true', '\\', '\\u00', "'", '|', '>', '&a', '*a', '!!str ', '\t', '🚀',
  'null', 'true', '-1', '1e999', '"States": {', 'StartAt: ', '${X}', '\u2028', '\r\n'];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);

function mutate(r: Rand, text: string): string {
  const at = int(r, text.length + 1);
  switch (int(r, 8)) {
    case 0: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + int(r, 8))); // delete characters
    case 1: return text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at); // insert a token
    case 2: return text.slice(0, at) + text.charAt(at) + text.slice(at); // duplicate a character
    case 3: { // duplicate a line
      const lines = text.split('\n');
      const i = int(r, lines.length);
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 4: { // delete a line
      const lines = text.split('\n');
      lines.splice(int(r, lines.length), 1);
      return lines.join('\n');
    }
    case 5: return text.slice(0, at); // truncate
    case 6: { // swap two tokens
      const tokens = [...text.matchAll(/"[^"\n]*"|[A-Za-z$.]+|[{}[\]:,]/g)];
      if (tokens.length < 2) return text;
      const [a, b] = [pick(r, tokens), pick(r, tokens)].sort((x, y) => x.index! - y.index!);
      if (a.index! + a[0].length > b.index!) return text;
      return text.slice(0, a.index) + b[0] + text.slice(a.index! + a[0].length, b.index) + a[0] + text.slice(b.index! + b[0].length);
    }
    default: { // move a line elsewhere (indentation havoc in YAML)
      const lines = text.split('\n');
      const [line] = lines.splice(int(r, lines.length), 1);
      lines.splice(int(r, lines.length + 1), 0, (r() < 0.5 ? '  ' : '') + line);
      return lines.join('\n');
    }
  }
}

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

interface Source { uri: string; text: string; languageId: string }

function sources(): Source[] {
  const out: Source[] = [];
  for (const f of [...corpusFiles(), ...exampleFiles()]) {
    const yaml = /\.ya?ml$/.test(f);
    out.push({ uri: `file:///fuzz/${f.replace(/[^\w.]/g, '_')}`, text: readFixture(f), languageId: yaml ? 'asl-yaml' : 'asl' });
  }
  // YAML twins of some JSON files, so YAML gets as much of a beating as JSON.
  for (const f of corpusFiles().filter((x) => x.endsWith('.json')).slice(0, 60)) {
    out.push({ uri: `file:///fuzz/${f.replace(/[^\w.]/g, '_')}.yaml`, text: YAML.stringify(JSON.parse(readFixture(f))), languageId: 'asl-yaml' });
  }
  return out;
}

describe('robustness over a real LSP connection (seeded mutations)', () => {
  let c: LspClient;
  beforeAll(async () => { c = new LspClient({ pull: true }); await c.initialize(); });
  afterAll(() => c.stop());

  it(`answers every request on ${ROUNDS} mutated documents without an error, a crash or an internal-error`, async () => {
    const r = prng(SEED);
    const all = sources();
    const uri = 'file:///fuzz/current.asl.json';
    const yamlUri = 'file:///fuzz/current.asl.yaml';
    let src = all[0];
    let text = src.text;
    let version = 1;
    await c.open(uri, text, 'asl', version);
    await c.open(yamlUri, '', 'asl-yaml', version);
    const failures: string[] = [];
    const internal: string[] = [];
    let diagnosticsSeen = 0, symbolsSeen = 0;
    for (let round = 0; round < ROUNDS; round++) {
      if (round % RESET_EVERY === 0) { src = pick(r, all); text = src.text; }
      text = mutate(r, text);
      const target = src.languageId === 'asl-yaml' ? yamlUri : uri;
      version++;
      await c.change(target, text, version);
      const td = { uri: target };
      const pos = () => position(text, int(r, text.length + 1));
      const ask = (method: string, params: unknown) => c.request(method, params).catch((e: Error) => { failures.push(`round ${round} ${method}: ${e.message}`); return null; });
      const [diagnostics, , , , symbols] = await Promise.all([
        ask('textDocument/diagnostic', { textDocument: td }) as Promise<{ items: { code?: string; message: string; range: unknown }[] } | null>,
        ask('textDocument/completion', { textDocument: td, position: pos() }),
        ask('textDocument/hover', { textDocument: td, position: pos() }),
        ask('textDocument/definition', { textDocument: td, position: pos() }),
        ask('textDocument/documentSymbol', { textDocument: td }),
        ask('textDocument/formatting', { textDocument: td, options: { tabSize: 2, insertSpaces: true } }),
      ]);
      diagnosticsSeen += diagnostics?.items.length ?? 0;
      if (Array.isArray(symbols) && symbols.length) symbolsSeen++;
      for (const d of diagnostics?.items ?? []) if (d.code === 'internal-error') internal.push(`round ${round} (${src.uri}): ${d.message}`);
      const start = pos(), end = pos();
      await ask('textDocument/codeAction', { textDocument: td, range: { start, end: end.line < start.line ? start : end }, context: { diagnostics: (diagnostics?.items ?? []).slice(0, 5) } });
      if (!c.alive) { failures.push(`round ${round}: the server died (${c.stderr.slice(-500)})`); break; }
    }
    expect(c.alive).toBe(true);
    // The fuzzing reached the features: broken documents gave diagnostics, and most still gave a symbol tree.
    expect(diagnosticsSeen).toBeGreaterThan(ROUNDS);
    expect(symbolsSeen).toBeGreaterThan(ROUNDS / 2);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(internal.slice(0, 10)).toEqual([]);
    // Features that threw were caught by the server and logged: still bugs.
    expect(c.logs.filter((l) => / failed: /.test(l)).slice(0, 5)).toEqual([]);
  }, 120_000);
});
