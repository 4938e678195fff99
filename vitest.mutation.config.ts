import { defineConfig } from 'vitest/config';

/** The unit tests alone, without projects: what Stryker runs against each mutant (npm run mutation). */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
