/**
 * npm run shards — the shards of the corpus for SEARCH_SHARD_DEPTH (src/lib/search/shards.ts), one
 * region ID a line, or with --json as a JSON array: what a CI matrix builds, one job per shard
 * (docs/scaling.md, "Shards that merge").
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/data/load-content.ts';
import { planShards, shardSettings } from '../src/lib/search/shards.ts';

const root = resolve(import.meta.dirname, '..');
const { models, regions } = loadContent(root);
const { depth } = shardSettings(process.env);
const shards = planShards(
  models.map((m) => m.data.region),
  regions,
  depth,
);
console.log(
  process.argv.includes('--json') ? JSON.stringify(shards.map((s) => s.id)) : shards.map((s) => s.id).join('\n'),
);
