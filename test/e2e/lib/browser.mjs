// Debian's chromium driven by playwright-core, for the workbench of the VS Code server in lib/vscode-server.mjs.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './vscode-server.mjs';

/** Headless Debian chromium with a throw-away profile. */
export async function launchBrowser({ viewport = { width: 1400, height: 850 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => { await ctx.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); };
  return { ctx, close };
}
