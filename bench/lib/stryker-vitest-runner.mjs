/**
 * Stryker's vitest runner (9.6), adjusted for Vitest 5 — the test runner `npm run mutation` uses.
 *
 * The stock runner narrows each mutant's run to the tests that covered it with a name pattern
 * built from the test's suite names joined by spaces; Vitest 5 matches that pattern against names
 * joined by " > ", so the pattern matches nothing, every test is skipped and every covered mutant
 * is scored "survived" (stryker-mutator/stryker-js#6210). Here a mutant's run drops that filter
 * and runs every test related to the mutated file instead (vitest `related`), stopping at the
 * first failure — slower, but each verdict is measured. A run that completes no test at all is
 * reported as an error, never as a survivor (stryker-mutator/stryker-js#6213).
 * Remove this file once the stock runner handles Vitest 5.
 */
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

const stock = vitestPlugins.find((p) => p.kind === PluginKind.TestRunner && p.name === 'vitest');
if (!stock) throw new Error('@stryker-mutator/vitest-runner no longer declares the "vitest" test runner');

function createRunner(injector) {
  const runner = stock.factory(injector);
  return {
    capabilities: () => runner.capabilities(),
    init: () => runner.init(),
    dryRun: (options) => runner.dryRun(options),
    async mutantRun(options) {
      const result = await runner.mutantRun({ ...options, testFilter: undefined });
      if (result.status === 'survived' && result.nrOfTests === 0)
        return { status: 'error', errorMessage: 'no test ran for this mutant, so it was not measured' };
      return result;
    },
    dispose: () => runner.dispose(),
  };
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest5', createRunner)];
