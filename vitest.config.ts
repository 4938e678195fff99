import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Builds the site once (into test-output/site) and serves it for the browser tests.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests each start a Chromium; two workers match the two-core machines.
    maxWorkers: 2,
  },
});
