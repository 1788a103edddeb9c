// One build for every bundle: extension client, language server, CLI (Node, CommonJS) and the webview (browser IIFE).
// Types are checked separately by `tsc -b` (npm run typecheck); esbuild only bundles.
//   node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

// mainFields: prefer ES modules (jsonc-parser's UMD build hides its requires from bundlers).
const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify, logLevel: 'warning', absWorkingDir: root, mainFields: ['module', 'main'] };
const builds = [
  { ...node, entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/main.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', mainFields: ['browser', 'module', 'main'], sourcemap: true, minify, logLevel: 'warning', absWorkingDir: root,
    entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js' },
].filter((b) => fs.existsSync(path.join(root, b.entryPoints[0])));

// Static webview assets: our stylesheet and the codicon font (served from the extension only; see the CSP).
function copyAssets() {
  const copies = [
    ['webview/style.css', 'dist/webview.css'],
    ['node_modules/@vscode/codicons/dist/codicon.css', 'dist/codicons/codicon.css'],
    ['node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/codicons/codicon.ttf'],
  ];
  for (const [from, to] of copies) {
    const src = path.join(root, from);
    if (!fs.existsSync(src)) continue;
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    fs.copyFileSync(src, path.join(root, to));
  }
}

copyAssets();
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log(`watching ${builds.length} bundles`);
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (fs.existsSync(path.join(dist, "cli.js"))) fs.chmodSync(path.join(dist, "cli.js"), 0o755);
  console.log(`built ${builds.map((b) => b.outfile).join(', ')}`);
}
