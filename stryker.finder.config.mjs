// Mutation testing of the calculator's modules (docs/finder.md), one module at a time:
//   FINDER_MUTATE=input npx stryker run stryker.finder.config.mjs
// The project's stryker.config.mjs uses @stryker-mutator/vitest-runner 9.6, which on Vitest 5 runs
// no test against most mutants and reports them as survived: its per-test filter never matches
// (stryker-js#6210) and runs after a bailed one come back empty (stryker-js#6073, #6146). Here the
// command runner starts Vitest on the module's own test files for each mutant — slower, but every
// verdict comes from tests that ran.
import base from './stryker.config.mjs';

const module = process.env.FINDER_MUTATE ?? 'input';
/** The test files that exercise each module (their own, and those of the modules built on it). */
const TESTS = {
  input: ['input', 'url-state'],
  'url-state': ['url-state'],
  match: ['match', 'answer', 'compute'],
  compute: ['compute', 'answer', 'answer-text'],
  answer: ['answer', 'answer-text'],
  vocab: ['vocab', 'match', 'compute', 'url-state'],
  stages: ['stages'],
  island: ['island', 'answer'],
  'eligibility-consistency': ['eligibility-consistency'],
  explain: ['compute', 'match', 'answer-text'],
  'answer-text': ['answer-text'],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  testRunner: 'command',
  commandRunner: {
    command: `npx vitest run --config vitest.mutation.finder.config.ts --bail 1 --no-isolate --no-file-parallelism ${TESTS[module].map((t) => `src/lib/finder/${t}.test.ts`).join(' ')}`,
  },
  plugins: [],
  coverageAnalysis: 'off',
  // Generous: on a loaded machine a slow run must not pass for a mutant caught by a timeout.
  timeoutMS: 300_000,
  ignoreStatic: false,
  mutate: [`src/lib/finder/${module}.ts`],
  reporters: ['clear-text', 'json'],
  jsonReporter: { fileName: `bench-output/mutation/finder-${module}.json` },
};
