/**
 * The search config: what the search worker (src/scripts/search-worker.ts) needs to understand a
 * query and to find the index — the thesaurus (its wire form), the regions and the places inside
 * the covered cities, the word list, the as-of date and the shards' bundles. The build publishes
 * it as a file, /search/config.json (src/pages/search/config.json.ts), which the worker fetches
 * when it starts loading, beside Pagefind's files. It used to be the search page's `data-config`
 * attribute: 97 KB of the page's 144 KB, downloaded and parsed before the page could paint,
 * though only the worker reads it (issues 19 and 22).
 */
import type { InnerPlace } from './inner-places.ts';
import type { PlaceRegion } from './places.ts';
import { BUNDLE_ROOT } from './shards.ts';
import { vocabularyToWire, vocabularyWords, type VocabularyEntry, type VocabularyWire } from './vocabulary.ts';
import { parseJsonFile } from './json-file.ts';

/** Where the build writes the config and the worker fetches it (same origin: CSP connect-src 'self'). */
export const SEARCH_CONFIG_PATH = '/search/config.json';

export interface SearchConfig {
  vocabulary: VocabularyWire;
  regions: PlaceRegion[];
  /** Words to keep whole when a question is cut, besides the thesaurus's own writings. */
  lexicon: string[];
  /** The date the policies' statuses were computed for (the build's as-of date). */
  asOf?: string;
  /** The search bundles, one per shard (src/lib/search/shards.ts); the first is the primary one. */
  bundles?: string[];
  /** Counties, districts and towns of the covered cities, each with its region (inner-places.ts). */
  inner?: InnerPlace[];
  /** The words of the field every policy belongs to (SITE_FIELD), not required beside another topic. */
  field?: string[];
}

export interface SearchConfigSource {
  vocabulary: VocabularyEntry[];
  /** The regions vocabulary (display fields are left out of the config; aliases are kept). */
  regions: readonly PlaceRegion[];
  /** The places inside the covered regions read as those regions (src/data/places.ts). */
  inner: readonly InnerPlace[];
  /** The topics vocabulary: its keywords join the word list. */
  topics: readonly { keywords: readonly string[] }[];
  asOf: string;
  /** Every shard's bundle, in order (src/data/shards.ts): the same in every shard build. */
  bundles: readonly string[];
  /** The site's field (SITE_FIELD): declared, not read from the titles, so every shard's config is the same. */
  field?: readonly string[];
}

/**
 * A region as the search page shows it (its place chips): only what names and filters need. The
 * config's regions also carry the aliases readers type (鹿城, SND), which only the worker reads.
 */
const placeRegion = (r: PlaceRegion): PlaceRegion => ({ id: r.id, name: r.name, parent: r.parent, level: r.level });

export const placeRegions = (regions: readonly PlaceRegion[]): PlaceRegion[] => regions.map(placeRegion);

/**
 * The config the worker is given. Only the kinds and writings of the thesaurus travel
 * (docs/search.md, "The thesaurus"); topic keywords the thesaurus already writes are left out of
 * the word list, as the worker adds the thesaurus's writings to it itself.
 */
export function buildSearchConfig(source: SearchConfigSource): SearchConfig {
  const thesaurusWords = new Set(vocabularyWords(source.vocabulary));
  return {
    vocabulary: vocabularyToWire(source.vocabulary),
    regions: source.regions.map((r) => ({ ...placeRegion(r), ...(r.aliases ? { aliases: r.aliases } : {}) })),
    // Counties, districts and towns of the covered cities: 新吴区 → 无锡市, 千灯镇 → 昆山市.
    inner: [...source.inner],
    lexicon: [...new Set(source.topics.flatMap((t) => t.keywords))].filter((w) => !thesaurusWords.has(w)),
    // Each result's status comes with its record (index-records.ts); only the date is page-wide.
    asOf: source.asOf,
    bundles: [...source.bundles],
    ...(source.field?.length ? { field: [...source.field] } : {}),
  };
}

/**
 * The bundles merged into the primary one (at BUNDLE_ROOT, which the worker starts loading before
 * the config has arrived). A config whose first bundle is elsewhere was not written by this build's
 * shard plan (src/lib/search/shards.ts): searching it would silently leave a shard out.
 */
export function mergedBundles(config: Pick<SearchConfig, 'bundles'>): string[] {
  const bundles = config.bundles ?? [BUNDLE_ROOT];
  if (bundles[0] !== BUNDLE_ROOT)
    throw new Error(
      `${SEARCH_CONFIG_PATH}: the first search bundle is ${JSON.stringify(bundles[0])}, expected "${BUNDLE_ROOT}" (the primary bundle, src/lib/search/shards.ts)`,
    );
  return bundles.slice(1);
}

/** The config from the file's text; a file that is not one is an error naming the file. */
export function parseSearchConfig(text: string): SearchConfig {
  const value = parseJsonFile(SEARCH_CONFIG_PATH, text);
  const c = value as Partial<SearchConfig> | null;
  if (!c || typeof c !== 'object' || !Array.isArray(c.vocabulary) || !Array.isArray(c.regions))
    throw new Error(`${SEARCH_CONFIG_PATH}: not a search config (no vocabulary or regions list)`);
  return { lexicon: [], ...c } as SearchConfig;
}
