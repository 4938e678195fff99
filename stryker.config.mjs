// Mutation testing of the decision modules (npm run mutation; part of npm run bench, not CI):
// Stryker changes the code one small bug at a time and checks that a unit test fails.
// `npm run mutation -- --mutate 'src/lib/search/**/*.ts'` narrows it to one area; `npm run bench`
// (bench/mutation.ts) runs it all and prints the score per decision module.
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
    'src/lib/chinese-numerals.ts',
    'src/lib/fold.ts',
    'src/lib/search/**/*.ts',
    'src/lib/finder/**/*.ts',
    '!src/**/*.test.ts',
    '!src/lib/finder/testing.ts',
  ],
  // The terminal gets the score table; each surviving mutant is in the HTML report.
  reporters: ['clear-text', 'progress', 'json', 'html'],
  clearTextReporter: { reportMutants: false },
  jsonReporter: { fileName: 'bench-output/mutation/mutation.json' },
  htmlReporter: { fileName: 'bench-output/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  // Builds and reports are not needed to run the unit tests: keep them out of each sandbox copy —
  // and other runs' sandboxes too (runs in parallel each use a tempDirName under .stryker-tmp/).
  ignorePatterns: ['/dist', '/test-output', '/bench-output', '/.astro', '/.cache', '/.scratch', '/.stryker-tmp'],
  concurrency: 2,
  // Generous: on a loaded machine a slow run must not pass for a detected (timed-out) mutant.
  timeoutMS: 60_000,
  // Module-level code (the patterns of amounts.ts, lookup tables) is mutated too: each such mutant
  // costs a fresh import, which vitest's per-file isolation gives anyway.
  ignoreStatic: false,
  thresholds: { high: 90, low: 80, break: null },
};
