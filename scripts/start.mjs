// `npm start`: Stepwise in a real VS Code in your browser, from a fresh clone.
//   1. installs what is needed: npm dependencies if absent, then test/e2e/setup.sh (Debian chromium and neovim,
//      Node 24 and code-server's VS Code server into ~/.cache/vscode-e2e; quick when already done);
//   2. builds dist/ (client, server, CLI, webview);
//   3. starts the VS Code server on 127.0.0.1 with this folder as a development extension and examples/ opened;
//   4. prints the URL to open, and runs until Ctrl+C, when it stops the server, its extension host and the language
//      server (one process group) and any watcher.
//   node scripts/start.mjs [--port N] [--host H] [--folder DIR] [--watch] [--no-setup] [--no-build] [--fresh] [--data-dir DIR]
// --port 0 picks a free port. --watch rebuilds dist/ on every change (then run "Developer: Reload Window").
// --fresh forgets the editor state kept between runs (in --data-dir, by default ~/.cache/vscode-e2e/start).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : dflt; };
const flag = (name) => argv.includes(`--${name}`);
const DEFAULT_PORT = 8765;

function step(what, cmd, args) {
  console.log(`\n> ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`npm start: ${what} failed`); process.exit(r.status || 1); }
}

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false)).once('listening', () => s.close(() => resolve(true)));
    s.listen(port, host);
  });
}

if (!fs.existsSync(path.join(root, 'node_modules/esbuild'))) step('installing npm dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
if (!flag('no-setup')) step('checking chromium, neovim, Node 24 and the VS Code server (test/e2e/setup.sh)', 'bash', [path.join(root, 'test/e2e/setup.sh')]);
if (!flag('no-build')) step('building dist/', process.execPath, [path.join(root, 'scripts/build.mjs')]);

const { E2E_HOME, startServer, workbenchUrl } = await import('../test/e2e/lib/vscode-server.mjs');
const host = opt('host', '127.0.0.1');
let port = Number(opt('port', process.env.PORT ?? DEFAULT_PORT));
if (port !== 0 && !(await portIsFree(port, host))) {
  console.log(`port ${port} is taken; using a free one`);
  port = 0;
}
const folder = path.resolve(opt('folder', path.join(root, 'examples')));
const dataDir = path.resolve(opt('data-dir', path.join(E2E_HOME, 'start')));
if (flag('fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
const token = crypto.randomBytes(16).toString('hex');

const children = [];
let server;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  for (const c of children) { try { process.kill(-c.pid, 'SIGTERM'); } catch { /* gone */ } }
  await server?.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('SIGHUP', () => shutdown(0));

console.log('\n> starting the VS Code server');
try {
  server = await startServer({ host, port, dataDir, connectionToken: token, writeSettings: false });
} catch (e) {
  console.error(`npm start: ${e.message}`);
  process.exit(1);
}
server.proc.on('exit', (code) => { if (!stopping) { console.error(`the VS Code server exited (${code}); see ${server.logFile}`); shutdown(1); } });

if (flag('watch')) {
  const w = spawn(process.execPath, [path.join(root, 'scripts/build.mjs'), '--watch'], { cwd: root, stdio: 'inherit', detached: true });
  children.push(w);
}

const url = workbenchUrl(server, { folder, devPath: root, token });
console.log(`
Stepwise is running in VS Code ${host === '127.0.0.1' ? '(this machine only)' : `on ${host}`}, with ${path.relative(process.cwd(), folder) || folder} open.
Open this URL in a browser:

  ${url}

Server log: ${server.logFile}
Press Ctrl+C to stop.`);
