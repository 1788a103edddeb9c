// The same extension test module (test/e2e/vscode-suite) in a desktop VS Code through @vscode/test-electron, for
// machines that have one. These machines do not (no VS Code or Electron can be downloaded or installed here), so
// without VSCODE_EXECUTABLE_PATH this prints SKIPPED and exits 0; run-all.mjs reports it as skipped, never as passed.
//   VSCODE_EXECUTABLE_PATH=/path/to/code node test/e2e/run-electron.mjs [--no-build]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { QUIET_SETTINGS, ROOT } from './lib/vscode-server.mjs';
import { buildSuite } from './build-suite.mjs';

const exe = process.env.VSCODE_EXECUTABLE_PATH;
if (!exe) {
  console.log('SKIPPED: @vscode/test-electron launcher (set VSCODE_EXECUTABLE_PATH to a desktop VS Code to run it; none can be installed on this machine)');
  process.exit(0);
}
const { runTests } = await import('@vscode/test-electron');
if (!process.argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
fs.mkdirSync(path.join(tmp, 'user/User'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'user/User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, 'editor.wordBasedSuggestions': 'off' }, null, 2));
let code = 1;
try {
  await runTests({
    vscodeExecutablePath: exe,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: await buildSuite(),
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(tmp, 'user'), '--skip-welcome', '--skip-release-notes'],
  });
  code = 0;
} catch (e) {
  console.error(`VS Code (electron) tests failed: ${e instanceof Error ? e.message : e}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
