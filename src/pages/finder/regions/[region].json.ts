/**
 * /finder/regions/<region>.json: one region's own policies and support provisions, fetched by
 * /finder/ for the location asked and the regions above it (src/lib/finder/island.ts). One file
 * per region with a policy, so what the calculator downloads follows the location, not the corpus.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFinderSite } from '../../../components/finder/site-data';
import { splitFinderData, type FinderRegionFile } from '../../../lib/finder/island';

export const getStaticPaths = (async () => {
  const { data } = await getFinderSite();
  return splitFinderData(data).files.map((file) => ({ params: { region: file.region }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: FinderRegionFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'content-type': 'application/json' } });
