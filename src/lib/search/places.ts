/**
 * Places in a query. Readers write the city before what they look for (无锡 临床试验,
 * 昆山小核酸); the texts rarely name their own city in the clause that answers. A place word
 * becomes a region filter (苏州 includes 太仓, 昆山 and 高新区) and the rest of the query is
 * searched. The page shows the filter as a removable chip.
 */
import { regionTree, shortName } from '../regions.ts';
import { byCodeUnit, normalize, occurrences } from './normalize.ts';

export interface PlaceRegion {
  id: string;
  name: string;
  parent: string | null;
  level: string;
  /** Other names readers type for it (鹿城, SND, Kunshan: the regions vocabulary's `aliases`). */
  aliases?: readonly string[];
}

export interface Place {
  /** The writing, normalised (苏州, 苏州市, 高新区, 虎丘区 …). */
  text: string;
  region: string;
  /**
   * A county or district inside the region with no region of its own here (新吴区 in 无锡市,
   * inner-places.ts): the official name, for the page to say whose policies it searched.
   */
  via?: string;
}

/**
 * Every writing of every region below province level (a province holds every policy, so it
 * filters nothing): the name (苏州高新区（虎丘区）), its parts (苏州高新区, 虎丘区), without the
 * administrative suffix (苏州, 虎丘), without the parent city's name (高新区), and the other names
 * readers use (aliases: 鹿城, SND). Longest first.
 */
export function placeLexicon(regions: PlaceRegion[]): Place[] {
  const tree = regionTree(regions);
  const out = new Map<string, string>();
  for (const r of regions) {
    if (r.level === 'province') continue;
    const names = [r.name, ...(r.name.match(/^(.*?)[（(](.+?)[）)]$/u)?.slice(1) ?? [])];
    const writings = new Set<string>();
    for (const n of names) {
      writings.add(n);
      writings.add(shortName(n));
    }
    const parent = r.parent ? tree.get(r.parent) : undefined;
    if (parent && parent.level !== 'province') {
      const p = shortName(parent.name);
      for (const w of [...writings]) if (w.startsWith(p) && w.length - p.length >= 2) writings.add(w.slice(p.length));
    }
    // Latin names without their spaces (Suzhou New District): joinPlaceWords joins the typed words.
    for (const a of r.aliases ?? []) writings.add(/^[A-Za-z][A-Za-z\s-]*$/u.test(a) ? a.replace(/[\s-]+/gu, '') : a);
    for (const w of writings) if (!out.has(normalize(w))) out.set(normalize(w), r.id);
  }
  return [...out]
    .map(([text, region]) => ({ text, region }))
    .sort((a, b) => b.text.length - a.text.length || byCodeUnit(a.text, b.text));
}

export interface PlaceSplit {
  /** Places found, in query order. */
  places: Place[];
  /** The terms left to search (a term that began with a place keeps the rest). */
  terms: string[];
  /** Terms that began with a place, whole (昆山小核酸): a clause holding one still ranks first. */
  whole: string[];
}

/**
 * Takes the places out of a query's terms: a term that is a place, or that begins with one and
 * goes on (无锡临床试验补贴). When nothing but places would be left, the query is searched as
 * typed (无锡 alone finds the clauses saying 无锡).
 */
export function splitPlaces(terms: string[], lexicon: Place[], words: readonly string[] = []): PlaceSplit {
  const places: Place[] = [];
  const rest: string[] = [];
  const whole: string[] = [];
  for (const term of terms) {
    const place = lexicon.find(
      (p) => term.startsWith(p.text) && !inWord(term, 0, p.text, words) && !beforeLevel(term, p.text),
    );
    if (!place) {
      rest.push(term);
      continue;
    }
    places.push(place);
    let remainder = term.slice(place.text.length);
    // 无锡和苏州高新区对二类…, 昆山、太仓: a place joined to it by a conjunction is a place too.
    for (;;) {
      const joined = remainder.match(/^(?:以及|和|与|及|跟|同|或|、)/u)?.[0];
      if (!joined) break;
      const after = remainder.slice(joined.length);
      const next = lexicon.find((p) => after.startsWith(p.text) && !inWord(after, 0, p.text, words));
      if (!next) break;
      places.push(next);
      remainder = after.slice(next.text.length);
    }
    if (remainder) {
      rest.push(remainder);
      whole.push(term);
    }
  }
  if (!rest.length || !places.length) return { places: [], terms: [...terms], whole: [] };
  return { places, terms: rest, whole };
}

/**
 * Whether a place's writing ends with the 市, 区 or 县 of a level word after it (无锡市级医院 is 无锡 +
 * 市级医院, 高新区级 is 高新 + 区级): the shorter writing of the place is the place.
 */
const beforeLevel = (text: string, writing: string): boolean =>
  /[市区县]$/u.test(writing) && /^级/u.test(text.slice(writing.length)) && [...writing].length > 2;

/**
 * The places named inside a question (成为世界500强落户无锡奖励多少 → 无锡), and the question with
 * each cut out (a space, so the words either side stay apart). The lexicon is longest first
 * (placeLexicon), so 苏州高新区 is taken before 苏州; a name at the start is splitPlaces' job, but is
 * taken here too.
 */
export function placesWithin(
  text: string,
  lexicon: Place[],
  words: readonly string[] = [],
): { places: Place[]; rest: string } {
  return cutPlaces(text, lexicon, words, null);
}

/** Words that put a place inside a phrase (在无锡产业化, 落户苏州): the place is where, not what. */
const PLACE_PREPOSITIONS = /(?:在|到|来|去|于|赴|落户|落地)$/u;

/**
 * The places a phrase names after a preposition (在无锡产业化 → 无锡, 产业化), each cut out with its
 * preposition. A place without one stays (无锡市场 is a market, 锡山 is not 无锡's hill).
 */
export function placesAfterPreposition(
  text: string,
  lexicon: Place[],
  words: readonly string[] = [],
): { places: Place[]; rest: string } {
  return cutPlaces(text, lexicon, words, PLACE_PREPOSITIONS);
}

/**
 * Cuts each occurrence of each place out of `text` (with a space, so the words either side stay
 * apart), in lexicon order, longest first; one that starts a longer known word stays. With
 * `before`, only an occurrence right after a match of it is cut, and the match with it.
 */
function cutPlaces(
  text: string,
  lexicon: Place[],
  words: readonly string[],
  before: RegExp | null,
): { places: Place[]; rest: string } {
  const places: Place[] = [];
  let rest = text;
  for (const place of lexicon) {
    const at = occurrences(rest, place.text).filter((i) => !inWord(rest, i, place.text, words));
    for (const i of at.reverse()) {
      const start = before ? before.exec(rest.slice(0, i))?.index : i;
      if (start === undefined) continue;
      rest = `${rest.slice(0, start)} ${rest.slice(i + place.text.length)}`;
      if (!places.some((p) => p.region === place.region)) places.push(place);
    }
  }
  return { places, rest };
}

/**
 * Whether a place name found at `at` is the start of a longer known word there (高新 of 高新技术企业,
 * a thesaurus writing): then it is that word, not a place.
 */
function inWord(text: string, at: number, name: string, words: readonly string[]): boolean {
  return words.some((w) => w.length > name.length && w.startsWith(name) && text.startsWith(w, at));
}

/** Region IDs from a region up to (not including) the province: kunshan → [kunshan, suzhou]. */
export function regionAncestors(region: string, regions: PlaceRegion[]): string[] {
  const tree = regionTree(regions);
  if (!tree.get(region)) return [];
  return tree.chain(region).filter((id) => tree.get(id)!.level !== 'province');
}

/**
 * The regions to filter by when the reader chose `explicit` in the filter and typed `implicit`
 * places: each typed place narrowed to the chosen region (苏州 typed with 昆山 chosen → 昆山; 昆山
 * typed with 苏州 chosen → 昆山). Empty when they exclude each other (无锡 typed, 苏州 chosen).
 */
export function effectiveRegions(explicit: string | undefined, implicit: string[], regions: PlaceRegion[]): string[] {
  if (!implicit.length) return explicit ? [explicit] : [];
  const out = new Set<string>();
  for (const place of implicit) {
    if (!explicit || regionAncestors(place, regions).includes(explicit)) out.add(place);
    else if (regionAncestors(explicit, regions).includes(place)) out.add(explicit);
  }
  return [...out];
}

/**
 * The query with a place taken out (the chip's remove button): a term that is the place goes, a
 * term that begins with it keeps the rest (无锡临床试验 → 临床试验). Terms are compared normalised.
 */
export function withoutPlace(raw: string, place: Place): string {
  const out: string[] = [];
  for (const part of raw.trim().split(/\s+/u)) {
    const norm = normalize(part);
    if (norm === place.text) continue;
    out.push(norm.startsWith(place.text) ? part.slice(part.length - (norm.length - place.text.length)) : part);
  }
  return out.join(' ');
}

/**
 * What a place chip says: the region (地区：无锡市); for a place with no region of its own, the
 * place and the region whose own policies are searched (地区：常熟市（适用苏州市的政策）).
 */
export function placeChipText(place: Place, regions: PlaceRegion[]): string {
  const name = regionTree(regions).get(place.region)?.name;
  if (!place.via) return `地区：${name ?? place.text}`;
  return `地区：${place.via}（适用${name ?? place.region}的政策）`;
}

/** Words of a place name typed with spaces, at most: Suzhou New District, Wu Xi. */
const MAX_PLACE_WORDS = 4;

/**
 * Terms with a place name written in Latin letters across spaces joined into one (Suzhou New
 * District → suzhounewdistrict, Wu Xi → wuxi) when the joined words are a place's writing: the
 * place lexicon holds names without spaces (`placeLexicon`), and a reader's spaces would cut the
 * name into words that name nothing. The longest run that names a place is joined first.
 */
export function joinPlaceWords(terms: readonly string[], places: readonly Place[]): string[] {
  const names = new Set(places.map((p) => p.text));
  const out: string[] = [];
  for (let i = 0; i < terms.length;) {
    let joined = 1;
    let name = terms[i]!;
    for (let n = Math.min(MAX_PLACE_WORDS, terms.length - i); n > 1; n--) {
      const run = terms.slice(i, i + n);
      const written = run.join('').replaceAll('-', '');
      if (run.every((t) => /^[a-z][a-z-]*$/u.test(t)) && names.has(written)) {
        [joined, name] = [n, written];
        break;
      }
    }
    out.push(name);
    i += joined;
  }
  return out;
}
