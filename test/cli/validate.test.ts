// `node dist/cli.js validate` as a subprocess: output lines, JSON, exit codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../util/fixtures';

const CLI = path.join(ROOT, 'dist/cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, 'validate', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('stepwise validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-validate-'));
    fs.writeFileSync(path.join(dir, 'bad.asl.json'), '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}\n');
    fs.writeFileSync(path.join(dir, 'bad.asl.yaml'), 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Nowhere\n');
  });

  it('prints file:line:col severity code message and exits 1 on errors, for JSON and YAML', () => {
    const r = cli(path.join(dir, 'bad.asl.json'), path.join(dir, 'bad.asl.yaml'));
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(`${path.join(dir, 'bad.asl.json')}:4:36 error undefined-state State "Nowhere" does not exist in the state machine.`);
    expect(lines).toContain(`${path.join(dir, 'bad.asl.yaml')}:5:11 error undefined-state State "Nowhere" does not exist in the state machine.`);
    expect(r.stderr).toMatch(/2 files: \d+ errors?/);
  });

  it('exits 0 on the bundled examples and the whole corpus (a folder argument)', () => {
    const r = cli('examples', 'test/fixtures/corpus', '--quiet');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^18\d files: 0 errors/);
  });

  it('prints JSON with --format json', () => {
    const r = cli(path.join(dir, 'bad.asl.yaml'), '--format', 'json');
    const out = JSON.parse(r.stdout);
    expect(out[0].file).toBe(path.join(dir, 'bad.asl.yaml'));
    expect(out[0].diagnostics.find((d: { code: string }) => d.code === 'undefined-state')).toMatchObject({ line: 5, column: 11, endLine: 5, endColumn: 18, severity: 'error' });
  });

  it('exits 2 on bad usage and unreadable files', () => {
    expect(cli().status).toBe(2);
    expect(cli('--format', 'xml', 'examples').status).toBe(2);
    const missing = cli(path.join(dir, 'missing.asl.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('prints each command\'s usage on --help and exits 0', () => {
    for (const command of ['validate', 'run', 'test', 'render']) {
      const r = spawnSync(process.execPath, [CLI, command, '--help'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: stepwise ${command} `));
    }
    const top = spawnSync(process.execPath, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(top.status).toBe(0);
    expect(top.stdout).toContain('stepwise render');
  });
});
