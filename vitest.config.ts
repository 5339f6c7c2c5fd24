import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Builds dist/ once per run: CLI tests execute bin/journeymap.js, which loads dist/.
    globalSetup: ['test/support/build-once.ts'],
  },
});
