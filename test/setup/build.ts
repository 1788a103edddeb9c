// vitest global setup: build dist/ once per run, so the suites that start real processes (the LSP server, the
// CLI) and the browser (the webview bundle) always test the current source.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  if (process.env.STEPWISE_SKIP_BUILD) return;
  execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
}
