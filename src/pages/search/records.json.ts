/**
 * Internal: the clause records the search index is built from, computed from the same site data
 * the policy pages render, one list per shard bundle this build writes (all shards, or SHARD's:
 * src/data/shards.ts). src/integrations/pagefind.ts reads this file at the end of the build, feeds
 * each list to Pagefind as a bundle of its own and deletes the file (it is not part of the
 * published site; /data/ is).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';
import { getShards } from '../../data/shards';
import { buildSearchRecords } from '../../lib/search/index-records';
import type { BundleRecords } from '../../integrations/pagefind';

export const GET: APIRoute = async () => {
  const { policies, regions } = await getSiteData();
  const { shards, only, shardOfPolicy } = await getShards();
  const bundles: BundleRecords[] = (only ? [only] : shards).map((shard) => ({
    shard: shard.id,
    bundle: shard.bundle,
    records: buildSearchRecords(
      policies.filter((p) => shardOfPolicy.get(p.id) === shard.id),
      regions,
    ),
  }));
  return new Response(JSON.stringify(bundles), { headers: { 'Content-Type': 'application/json' } });
};
