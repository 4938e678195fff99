/**
 * The search of a generated corpus without rendering its pages (for a machine too loaded to build
 * 76,000 pages in the time at hand): `node bench/scale-index.ts <generated site root> <built site>`
 *
 * - the generated content (bench-output/scale-N/site, written by `npm run bench -- --scale N`) is
 *   read with the site's own schema, model and record code (as bench/lib/corpus.ts does), split
 *   into shards (src/lib/search/shards.ts, SEARCH_SHARD_DEPTH) and indexed bundle by bundle with
 *   the build's own writeSearchIndex, while a sampler reads the peak memory of Pagefind's indexer;
 * - the bundles replace those of a copy of a built site (the five policies' /search/ page and
 *   scripts, its search config /search/config.json rewritten to list the new bundles), on which
 *   bench/scale-search.ts measures the search in Chromium. The page itself is the five-policy page: its own weight at N policies
 *   comes from a full run of the scale benchmark.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { buildPolicyModel } from '../src/lib/model.ts';
import { parseSearchConfig, SEARCH_CONFIG_PATH } from '../src/lib/search/config.ts';
import { buildSearchRecords } from '../src/lib/search/index-records.ts';
import { planShards, shardOf, shardSettings } from '../src/lib/search/shards.ts';
import { loadContext, loadPolicies } from './lib/corpus.ts';
import { measureSearch } from './scale-search.ts';

/** Peak resident memory of Pagefind's indexer processes while `run` runs (sampled every 500 ms). */
async function indexerPeak<T>(run: () => Promise<T>): Promise<{ result: T; peakKb: number }> {
  let peakKb = 0;
  const sample = () => {
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/u.test(p))) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (!/^Name:\s*pagefind/mu.test(status)) continue;
        // Only our own indexer: its parent is this process.
        if (Number(/^PPid:\s*(\d+)/mu.exec(status)?.[1]) !== process.pid) continue;
        const kb = Number(/^VmHWM:\s*(\d+)/mu.exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(sample, 500);
  try {
    const result = await run();
    return { result, peakKb };
  } finally {
    clearInterval(timer);
  }
}

const [root, built] = process.argv.slice(2).map((p) => resolve(p));
if (!root || !built) throw new Error('usage: node bench/scale-index.ts <generated site root> <built site dir>');
const started = Date.now();
const ctx = loadContext(root);
const models = loadPolicies(root).map((p) => buildPolicyModel(p.id, p.data, p.body, ctx));
const { depth } = shardSettings(process.env);
const shards = planShards(
  models.map((m) => m.data.region),
  ctx.regionList,
  depth,
);
console.log(`scale-index: ${models.length} policies read in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const out = resolve(root, '..', 'search-site');
rmSync(out, { recursive: true, force: true });
cpSync(built, out, { recursive: true });
rmSync(join(out, 'pagefind'), { recursive: true, force: true });
const bundles = [];
for (const shard of shards) {
  const records = buildSearchRecords(
    models.filter((m) => shardOf(m.data.region, ctx.regionList, depth) === shard.id),
    ctx.regionList,
  );
  const { result, peakKb } = await indexerPeak(() => writeSearchIndex(records, join(out, shard.bundle)));
  bundles.push({ shard: shard.id, bundle: shard.bundle, ...result, indexerPeakMiB: Math.round(peakKb / 1024) });
  console.log(
    `scale-index: shard ${shard.id}: ${result.records} records, ${result.files} files, ${(result.bytes / 1048576).toFixed(1)} MiB, ${(result.ms / 1000).toFixed(0)} s, indexer peak ${Math.round(peakKb / 1024)} MiB`,
  );
}
// The copied search page searches the new bundles: its search config lists them.
const configFile = join(out, SEARCH_CONFIG_PATH);
const config = parseSearchConfig(readFileSync(configFile, 'utf8'));
writeFileSync(configFile, JSON.stringify({ ...config, bundles: shards.map((s) => s.bundle) }));
const metas = Object.fromEntries(
  shards.map((s) => {
    const dir = join(out, s.bundle);
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    return [s.id, readFileSync(join(dir, meta)).length];
  }),
);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const before = load();
const search = await measureSearch(out);
console.log(
  JSON.stringify(
    { load: `${before} → ${load()}`, policies: models.length, bundles, pfMetaBytes: metas, search },
    null,
    2,
  ),
);
