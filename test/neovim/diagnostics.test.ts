// Neovim as a second real LSP client: the server started as `node dist/server.js --stdio` by Neovim's own client,
// diagnostics pushed with textDocument/publishDiagnostics (Neovim 0.7 cannot pull), read back from Neovim's
// diagnostic list. Needs Debian's `neovim` (installed by test/e2e/setup.sh) and a built dist/server.js (vitest's
// global setup builds it).
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/e2e/fixtures/workspace');
const server = path.join(root, 'dist/server.js');

interface NvimDiagnostic { line: number; col: number; end_line: number; end_col: number; severity: number; code?: string; source?: string; message: string }

/** Opens `file` in headless Neovim with the server attached and returns the diagnostics Neovim holds for it. */
function diagnosticsInNeovim(file: string): NvimDiagnostic[] {
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'lsp-check.lua')}`, '--', file], {
    cwd: root, encoding: 'utf8', timeout: 30_000,
    env: { ...process.env, LSP_CMD: JSON.stringify([process.execPath, server, '--stdio']) },
  });
  const lines = `${r.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const done = lines.find((l) => l.startsWith('DONE '));
  if (r.error) throw new Error(`could not run nvim (${r.error.message}); install it with \`bash test/e2e/setup.sh\``);
  if (r.status !== 0 || !done) throw new Error(`nvim exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  const ds = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as NvimDiagnostic);
  expect(ds.length).toBe(Number(done.slice(5)));
  return ds;
}

const ERROR = 1; // vim.diagnostic.severity.ERROR
const brief = (ds: NvimDiagnostic[]) => ds.map((d) => ({ line: d.line, col: d.col, severity: d.severity, code: d.code }));

describe('Neovim as an LSP client of dist/server.js', () => {
  it('has nvim installed (test/e2e/setup.sh)', () => {
    expect(execFileSync('nvim', ['--version'], { encoding: 'utf8' })).toMatch(/^NVIM v0\.\d+/);
  });

  it('receives undefined-state on the Next to a missing state in JSON', () => {
    const ds = diagnosticsInNeovim(path.join(fixtures, 'broken.asl.json'));
    // line 8, column 62 in editor terms: the "Missing" string in the choice rule
    expect(brief(ds)).toEqual([{ line: 7, col: 61, severity: ERROR, code: 'undefined-state' }]);
    expect(ds[0].message).toContain('"Missing"');
  });

  it('receives undefined-state on the Next to a missing state in YAML', () => {
    const ds = diagnosticsInNeovim(path.join(fixtures, 'broken.asl.yaml'));
    // line 9, column 15: `Next: Missing` in the choice rule
    expect(brief(ds)).toEqual([{ line: 8, col: 14, severity: ERROR, code: 'undefined-state' }]);
  });

  it('receives an empty list for valid documents', () => {
    expect(diagnosticsInNeovim(path.join(fixtures, 'valid.asl.json'))).toEqual([]);
    expect(diagnosticsInNeovim(path.join(fixtures, 'valid.asl.yaml'))).toEqual([]);
  });
});
