import { defineConfig } from 'vitest/config';

/**
 * Three projects, so that the fast loop never waits for a build:
 * - unit: pure logic beside its code (src/**), content read straight from disk — `npm run test:unit`;
 * - build: broken content files that must fail `astro build` (each builds a copy of the site);
 * - site: checks of the built site and browser tests in Chromium, sharing one build made by
 *   tests/global-setup.ts (SKIP_BUILD=1 reuses test-output/site).
 * `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll's default (1 s) counts one slow browser round trip on a loaded two-core
    // machine as a failure: CI failed once on an isVisible() call that had not returned in 1 s.
    expect: { poll: { timeout: 15_000 } },
    // Browser tests each start a Chromium; two workers match the two-core machines.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/fixtures/**'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
