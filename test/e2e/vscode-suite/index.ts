// The test entry for a real VS Code: a module exporting run(): Promise, the contract of @vscode/test-electron, run
// inside the extension host by test/e2e/run-vscode-tests.mjs (code-server's VS Code server) or run-electron.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** The line prefix run-vscode-tests.mjs turns into test-results/e2e/vscode/failure-<name>.png. */
const SCREENSHOT = '[stepwise-e2e] screenshot';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // a failed test asks the runner (which reads this console) for a screenshot of the workbench as the test left it
  mocha.suite.afterEach(async function () {
    const t = this.currentTest;
    if (t?.state !== 'failed') return;
    console.log(`${SCREENSHOT} ${t.fullTitle().replace(/[^\w.-]+/g, '-').slice(0, 80)}`);
    await new Promise((r) => setTimeout(r, 1500));
  });
  const grep = process.env.STEPWISE_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // the one closing line CI logs are searched for; a skipped test is never counted as passed
      console.log(`mocha: ${passes} passed, ${failures} failed${pending ? `, ${pending} pending` : ''}`);
      if (failures) reject(new Error(`${failures} tests failed`)); else resolve();
    });
  });
}
