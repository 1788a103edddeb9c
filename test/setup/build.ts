// vitest global setup: build dist/ once per run, so the suites that start real processes (the LSP server, the
// CLI) and the browser (the webview bundle) test the current source. A failed build is reported but does not stop
// the engine suites; the suites that need a bundle fail on their own (and `npm test` runs the build as its own step).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  if (process.env.STEPWISE_SKIP_BUILD) return;
  try {
    execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
  } catch {
    console.error('\n[test setup] the build failed: suites that run dist/ bundles will fail\n');
  }
}
