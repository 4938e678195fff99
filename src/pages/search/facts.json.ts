/**
 * /search/facts.json: each policy's facts as the answer card states them (doc-facts.ts
 * `factValues`, 未载明 where the text does not say), keyed by policy ID. Fetched by the search page
 * only when a query asks about a document (什么时候失效, 文号是多少), so that the page's own weight
 * does not carry them for every query (issue 22: at 1,000 policies they were ~300 KB of the page).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';
import { factsByPolicy } from '../../lib/search/doc-facts';
import { UNSTATED } from '../../config/ui';

export const GET: APIRoute = async () => {
  const { policies } = await getSiteData();
  return new Response(JSON.stringify(factsByPolicy(policies, UNSTATED)), {
    headers: { 'content-type': 'application/json' },
  });
};
