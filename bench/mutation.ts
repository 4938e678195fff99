/**
 * Mutation testing of the decision modules (amounts, status, clause IDs, numerals, search, finder): Stryker
 * plants one small bug at a time in src/lib/ and runs the unit tests against it; the score is the
 * share of bugs some test caught. Printed per module (goal ≥ 80 %) and per file. Minutes to an
 * hour on a shared two-core machine: part of `npm run bench`, never of CI.
 *
 *   node bench/mutation.ts                          every decision module (stryker.config.mjs)
 *   node bench/mutation.ts --mutate src/lib/status.ts   one file or glob (repeatable)
 *   node bench/mutation.ts --report FILE             print the scores of an existing JSON report
 *
 * scripts/bench.ts calls runMutationBench(); the JSON and HTML reports are written to
 * bench-output/mutation/ (open index.html to read each surviving mutant).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../tests/helpers/paths.ts';
import { formatScores, moduleScores, type ModuleScore, type MutationReport } from './lib/mutation-score.ts';

export const REPORT = resolve(ROOT, 'bench-output/mutation/mutation.json');

export interface MutationBenchResult {
  modules: ModuleScore[];
  files: ModuleScore[];
  seconds: number | null;
}

/** Prints the scores of a Stryker JSON report and returns them. */
export function printScores(reportFile = REPORT, seconds: number | null = null): MutationBenchResult {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MutationReport;
  const { modules, files } = moduleScores(report);
  console.log(`\nmutation score per decision module${seconds === null ? '' : ` (Stryker, ${seconds.toFixed(0)} s)`}:`);
  for (const line of formatScores(modules)) console.log(`  ${line}`);
  console.log('\nper file:');
  for (const line of formatScores(files, 'file')) console.log(`  ${line}`);
  console.log(`\n  survivors, one by one: bench-output/mutation/index.html`);
  return { modules, files, seconds };
}

/** Runs Stryker (stryker.config.mjs; `mutate` narrows it), then prints the scores. */
export function runMutationBench(options: { mutate?: string[] } = {}): MutationBenchResult {
  const args = ['run', ...(options.mutate?.length ? ['--mutate', options.mutate.join(',')] : [])];
  console.log(`\nmutation: stryker ${args.join(' ')} (this takes a while)`);
  const started = Date.now();
  const stryker = resolve(ROOT, 'node_modules/.bin/stryker');
  const run = spawnSync(stryker, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0 || !existsSync(REPORT))
    throw new Error(`stryker failed (exit ${run.status ?? run.signal}); see its output above`);
  return printScores(REPORT, (Date.now() - started) / 1000);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const values = (flag: string) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));
  const [report] = values('--report');
  if (report) printScores(resolve(report));
  else runMutationBench({ mutate: values('--mutate') });
}
