// The user's view of diagnostics: open a broken .asl.json from the Explorer, see the squiggle under the dangling
// reference, open the Problems panel and read the row the language server's diagnostic became.
import assert from 'node:assert/strict';

export const name = 'problems view shows undefined-state for a Next to a missing state';

export async function run({ page, openWorkbench, screenshot }) {
  await openWorkbench();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.asl.json' }).click({ timeout: 90_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: 'StartAt' }).waitFor({ timeout: 30_000 });
  // the language mode in the status bar is the contributed language's first alias
  await page.locator('.statusbar-item', { hasText: 'Amazon States Language' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });

  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Missing' }).first();
  await row.waitFor({ timeout: 30_000 });
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  const text = rows.join('\n');
  await screenshot('problems');
  assert.match(text, /broken\.asl\.json/, `the file row is shown:\n${text}`);
  assert.match(text, /State "Missing" does not exist/, `the message is shown:\n${text}`);
  assert.match(text, /undefined-state/, `the code is shown:\n${text}`);
  assert.match(text, /\[Ln 8, Col \d+\]/, `the position is line 8:\n${text}`);
  return `Problems row: ${rows.filter((r) => r.includes('Missing')).map((r) => r.replace(/\s+/g, ' ').trim()).join(' | ')}`;
}
