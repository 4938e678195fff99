/**
 * The shards of this build's corpus (src/lib/search/shards.ts): computed once from the site data
 * and the build settings SEARCH_SHARD_DEPTH and SHARD. Pages that exist once per policy render only
 * the policies of SHARD when it is set; the search records and bundles follow the same split.
 */
import { planShards, selectShard, shardOf, shardSettings, type Shard } from '../lib/search/shards.ts';
import { getSiteData, type Policy } from './policies.ts';

export interface BuildShards {
  /** Every shard of the corpus, in order; the search page merges all their bundles. */
  shards: Shard[];
  /** The shard this build is limited to (SHARD), or null: all of them. */
  only: Shard | null;
  /** The shard of each policy. */
  shardOfPolicy: Map<string, string>;
  /** Whether this build renders and indexes the policy. */
  builds(policy: Policy): boolean;
}

let cached: Promise<BuildShards> | undefined;

async function load(): Promise<BuildShards> {
  const { policies, regions } = await getSiteData();
  const settings = shardSettings(process.env);
  const shards = planShards(
    policies.map((p) => p.data.region),
    regions,
    settings.depth,
  );
  const only = selectShard(shards, settings.only);
  const shardOfPolicy = new Map(policies.map((p) => [p.id, shardOf(p.data.region, regions, settings.depth)]));
  return {
    shards,
    only,
    shardOfPolicy,
    builds: (policy) => only === null || shardOfPolicy.get(policy.id) === only.id,
  };
}

export function getShards(): Promise<BuildShards> {
  cached ??= load();
  return cached;
}

/** The policies whose own pages this build renders (all of them, or those of SHARD). */
export async function builtPolicies(): Promise<Policy[]> {
  const [{ policies }, shards] = await Promise.all([getSiteData(), getShards()]);
  return shards.only ? policies.filter((p) => shards.builds(p)) : policies;
}
