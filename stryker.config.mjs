// Mutation testing of the decision modules (npm run mutation; part of npm run bench, not CI):
// Stryker changes the code one small bug at a time and checks that a unit test fails.
// `npm run mutation -- --mutate 'src/lib/search/**/*.ts'` narrows it to one area.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The stock vitest runner scores every covered mutant "survived" under Vitest 5; this one
  // measures them (see bench/lib/stryker-vitest-runner.mjs).
  testRunner: 'vitest5',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner', './bench/lib/stryker-vitest-runner.mjs'],
  mutate: [
    'src/lib/amounts.ts',
    'src/lib/status.ts',
    'src/lib/clauses/ids.ts',
    'src/lib/search/**/*.ts',
    'src/lib/finder/**/*.ts',
    '!src/**/*.test.ts',
    '!src/lib/finder/testing.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'bench-output/mutation/mutation.json' },
  htmlReporter: { fileName: 'bench-output/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 20_000,
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
};
