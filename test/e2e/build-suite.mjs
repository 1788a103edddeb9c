// Bundles the extension test module (test/e2e/vscode-suite/*.ts) for the extension host: one CommonJS file per
// test file plus index.js, `vscode` and `mocha` left external (mocha is resolved from the repo's node_modules).
// Type-checks it first (it has its own tsconfig: vscode + mocha types, which the rest of test/ does not have).
//   node test/e2e/build-suite.mjs  → out/e2e/vscode-suite/index.js
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/vscode-server.mjs';

export const SUITE_OUT = path.join(ROOT, 'out/e2e/vscode-suite');

export async function buildSuite({ typecheck = true } = {}) {
  const src = path.join(ROOT, 'test/e2e/vscode-suite');
  if (typecheck) {
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', src], { cwd: ROOT, stdio: 'inherit' });
    if (tsc.status !== 0) throw new Error('the e2e suite does not type-check');
  }
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = fs.readdirSync(src).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(src, f));
  await esbuild.build({ entryPoints, outdir: SUITE_OUT, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning', absWorkingDir: ROOT });
  return path.join(SUITE_OUT, 'index.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`built ${await buildSuite()}`);
}
