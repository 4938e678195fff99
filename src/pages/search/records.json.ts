/**
 * Internal: the clause records the search index is built from, computed from the same site data
 * the policy pages render. src/integrations/pagefind.ts reads this file at the end of the build,
 * feeds it to Pagefind and deletes it (it is not part of the published site; /data/ is).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';
import { buildSearchRecords } from '../../lib/search/index-records';

export const GET: APIRoute = async () => {
  const { policies, regions } = await getSiteData();
  return new Response(JSON.stringify(buildSearchRecords(policies, regions)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
