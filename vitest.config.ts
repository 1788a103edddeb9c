import { defineConfig } from 'vitest/config';

// Unit, data-driven, LSP-over-stdio and Chromium tests. The real-editor suites run after this from scripts/test.mjs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/setup/build.ts'],
    reporters: ['default'],
  },
});
