/**
 * /search/config.json: what the search worker needs to understand a query and to find the index
 * (src/lib/search/config.ts builds it; docs/search.md). Fetched by the worker when it starts
 * loading, beside Pagefind's files, rather than carried in the search page's HTML, which only the
 * worker read. The same in every shard build (it lists every shard's bundle), so shards merge.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';
import { getInnerPlaces } from '../../data/places';
import { getShards } from '../../data/shards';
import { buildSearchConfig } from '../../lib/search/config';
import { loadVocabulary } from '../../lib/search/vocabulary-file';
import { SITE_FIELD } from '../../config/site';

export const GET: APIRoute = async () => {
  const { regions, topics, asOf } = await getSiteData();
  const { shards } = await getShards();
  const config = buildSearchConfig({
    vocabulary: loadVocabulary(),
    regions,
    inner: await getInnerPlaces(),
    topics,
    asOf,
    bundles: shards.map((s) => s.bundle),
    field: SITE_FIELD,
  });
  return new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } });
};
