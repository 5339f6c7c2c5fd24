import { defineConfig } from 'vitest/config';
import { pageScriptVitePlugin } from './scripts/page-script.mjs';

export default defineConfig({
  // The HTML renderer imports its browser script as 'virtual:page-script' (bundled on demand).
  plugins: [pageScriptVitePlugin()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds dist/ once per run: CLI tests execute bin/journeymap.js, which loads dist/.
    globalSetup: ['test/support/build-once.ts'],
  },
});
