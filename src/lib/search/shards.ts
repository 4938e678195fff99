/**
 * Shards: the corpus split by region into parts that build, and index, on their own (docs/scaling.md,
 * "Shards that merge"). Every build — one machine or one job per shard — splits the search index
 * the same way, into one Pagefind bundle per shard, which the search page merges in the browser
 * (`mergeIndex`). So a site merged from shard builds holds exactly the bundles of a single build,
 * and searches exactly as it does; and Pagefind's indexer, which holds a whole bundle in memory,
 * never holds more than one shard.
 *
 * A shard is the region at a given depth of the region tree (0: the province, 1: the city …) that
 * encloses a policy's region; a policy filed above that depth is in its own region's shard.
 */
import { regionTree, type RegionNode } from '../regions.ts';

/** Where the first shard's bundle is written, and under which the others are. */
export const BUNDLE_ROOT = '/pagefind/';

export interface Shard {
  /** The region ID the shard is named after. */
  id: string;
  /** URL path of its Pagefind bundle: the first shard's at /pagefind/, the others at /pagefind/<id>/. */
  bundle: string;
  /**
   * The regions its policies are filed under, with the regions enclosing them: a search filtered
   * by a region not in this list has nothing to find in the shard's bundle.
   */
  regions: string[];
}

export interface ShardSettings {
  /** Depth of the shard regions in the region tree (SEARCH_SHARD_DEPTH, default 0). */
  depth: number;
  /** The one shard this build renders and indexes (SHARD), or null for all of them. */
  only: string | null;
}

/** A region ID is lower-case ASCII with hyphens; anything else in SHARD is a typo to report. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The shard settings of a build, read from its environment; a malformed value is an error naming the variable and the fix. */
export function shardSettings(env: Record<string, string | undefined>): ShardSettings {
  const rawDepth = env.SEARCH_SHARD_DEPTH?.trim();
  const depth = rawDepth ? Number(rawDepth) : 0;
  if (!Number.isInteger(depth) || depth < 0 || depth > 5)
    throw new Error(
      `SEARCH_SHARD_DEPTH=${rawDepth}: expected a whole number from 0 (shard by province) to 5; 1 shards by city`,
    );
  const only = env.SHARD?.trim() || null;
  if (only !== null && !ID.test(only))
    throw new Error(`SHARD=${only}: expected one region ID (e.g. SHARD=wuxi), as in src/content/vocab/regions.yaml`);
  return { depth, only };
}

/** The shard region of `region`: its enclosing region at `depth`, or itself when it lies higher. */
export function shardOf<R extends RegionNode>(region: string, regions: readonly R[], depth: number): string {
  const chain = [...regionTree(regions).chain(region)].reverse();
  return chain[Math.min(depth, chain.length - 1)]!;
}

/**
 * The shards of a corpus: one per shard region that files at least one policy, in the region
 * tree's display order; the first one's bundle is the primary one (it serves Pagefind's script and
 * WebAssembly), the others are merged into it.
 */
export function planShards<R extends RegionNode>(
  policyRegions: readonly string[],
  regions: readonly R[],
  depth: number,
): Shard[] {
  const tree = regionTree(regions);
  const filed = new Map<string, Set<string>>();
  for (const region of policyRegions) {
    const id = shardOf(region, regions, depth);
    const set = filed.get(id) ?? new Set<string>();
    for (const r of tree.chain(region)) set.add(r);
    filed.set(id, set);
  }
  const position = new Map(tree.ids.map((id, i) => [id, i]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ids = [...filed.keys()].sort((a, b) => at(a) - at(b) || a.localeCompare(b));
  return ids.map((id, i) => ({
    id,
    bundle: i === 0 ? BUNDLE_ROOT : `${BUNDLE_ROOT}${id}/`,
    regions: [...filed.get(id)!].sort((a, b) => at(a) - at(b) || a.localeCompare(b)),
  }));
}

/**
 * The shard a build is limited to, checked against the corpus: SHARD must name one of its shards,
 * else the message lists them.
 */
export function selectShard(shards: readonly Shard[], only: string | null): Shard | null {
  if (only === null) return null;
  const shard = shards.find((s) => s.id === only);
  if (!shard)
    throw new Error(
      `SHARD=${only}: no policy is filed in that shard; the shards of this corpus are ${shards.map((s) => s.id).join(', ')} (SEARCH_SHARD_DEPTH sets their depth)`,
    );
  return shard;
}
