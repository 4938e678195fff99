import { defineConfig } from 'vitest/config';

/** The finder's unit tests alone: what stryker.finder.config.mjs runs against each mutant of src/lib/finder/. */
export default defineConfig({
  test: {
    include: ['src/lib/finder/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
