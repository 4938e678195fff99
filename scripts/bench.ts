/**
 * npm run bench — prints the project's performance figures:
 *   1. the site (bench/site.ts): build time, bytes per page type, Lighthouse;
 *   2. search (bench/search.ts): quality against stock Pagefind, latency and bytes in Chromium,
 *      index size, and the same on a generated 1,000-policy corpus;
 *   3. mutation testing (bench/mutation.ts): Stryker's score per decision module (goal ≥ 80 %).
 * The first two measure one build, made once into bench-output/site.
 *
 *   --no-lighthouse   skip Lighthouse (minutes)
 *   --no-mutation     skip mutation testing (the longest part: tens of minutes)
 *   --site-only / --search-only / --mutation-only
 *   --copies N        copies of each policy for the search scale test (default 200 → 1,000 policies; 0 skips it)
 *
 *   --scale 5,200,1000  instead: the scale benchmark (bench/scale.ts): generated corpora of N
 *                       policies built and measured — build time, peak memory, output, per-page
 *                       cost by page type, index size, search (see docs/scaling.md)
 *   --shards [--depth D] instead: builds the site whole and as shards merged (bench/shards.ts) and
 *                       checks that both are the same site with the same search results
 */
import { resolve } from 'node:path';
import { runMutationBench } from '../bench/mutation.ts';
import { runSearchBench } from '../bench/search.ts';
import { runScaleBench } from '../bench/scale.ts';
import { runShardsBench } from '../bench/shards.ts';
import { runSiteBench } from '../bench/site.ts';
import { ROOT } from '../tests/helpers/paths.ts';

const args = process.argv.slice(2);
const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const started = Date.now();
if (args.includes('--shards')) {
  if (!(await runShardsBench(args))) process.exitCode = 1;
} else if (args.includes('--scale') || args.includes('--table')) {
  await runScaleBench(args);
} else {
  const siteDir = resolve(ROOT, 'bench-output/site');

  const only = ['--site-only', '--search-only', '--mutation-only'].find((flag) => args.includes(flag));
  const part = (flag: string) => !only || only === flag;

  let buildMs: number | null = null;
  if (part('--site-only')) {
    const site = await runSiteBench({ lighthouse: !args.includes('--no-lighthouse') });
    buildMs = site.buildSeconds === null ? null : site.buildSeconds * 1000;
  }
  if (part('--search-only')) {
    const copies = value('--copies');
    await runSearchBench({
      // Reuse the site benchmark's build when it made one.
      ...(buildMs !== null ? { siteDir, buildMs } : {}),
      ...(copies !== undefined ? { copies: Number(copies) } : {}),
    });
  }
  if (part('--mutation-only') && !args.includes('--no-mutation')) runMutationBench();
}
console.log(`\nbench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
