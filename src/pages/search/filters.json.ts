/**
 * /search/filters.json: the choices of the search page's 政策 and 责任部门 filters and the policies'
 * names the query understanding reads (src/lib/search/filter-options.ts). They grow with the corpus,
 * so the page does not carry them (issue 22): the page fetches this file when a reader opens the
 * filters or the address names one of them, the search worker when a query may name a document.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';
import { buildFilterOptions } from '../../lib/search/filter-options';

export const GET: APIRoute = async () => {
  const { policies, regions, departments } = await getSiteData();
  return new Response(JSON.stringify(buildFilterOptions({ policies, regions, departments })), {
    headers: { 'content-type': 'application/json' },
  });
};
