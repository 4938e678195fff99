/**
 * Search figures of a generated site, measured by the search benchmark's own measurement of a
 * built site directory (`measureSearchSpeed`, bench/lib/search-speed.ts, owned by the search
 * engineer): the search page in Chromium against a plain static server (no compression).
 *
 *   warm      every second query of bench/queries.ts typed on an open search page (Pagefind
 *             initialised), then each again (repeat)
 *   cold      a fresh browser context: bytes of /search/ itself, then of everything the first
 *             query fetches until its results are on screen ("bytes before the first result")
 *   filtered  临床试验 with the region filter chosen in the page, timed, and checked against the
 *             same query unfiltered (the region's count and the results' order)
 */
import { measureSearchSpeed, percentile, type Breakdown } from './lib/search-speed.ts';
import { readFileSync } from 'node:fs';
import { QUERIES } from './queries.ts';

/** Requests and bytes of one warm query: index chunks, clause texts as fragments and as packs (src/lib/search/packs.ts). */
interface PerQuery {
  indexRequests: number;
  indexBytes: number;
  fragmentRequests: number;
  fragmentBytes: number;
  /** Optional: results saved before text packs existed lack them. */
  packRequests?: number;
  packBytes?: number;
}

export interface SearchFigures {
  queries: number;
  warm: { medianMs: number; p95Ms: number };
  repeat: { medianMs: number; p95Ms: number };
  cold: {
    query: string;
    pageBytes: number;
    bytesToFirstResult: number;
    ms: number;
    requests: number;
    /** The page load's and the first query's requests by kind (index chunks, fragments …). */
    pageFetched?: Breakdown;
    queryFetched?: Breakdown;
  };
  /**
   * Warm first runs, per query on average and at most: index chunk requests and bytes, fragment
   * requests and bytes (where the milliseconds go: each is a request the query waits for).
   */
  fetched?: {
    mean: PerQuery;
    max: PerQuery;
  };
  filtered: {
    query: string;
    region: string;
    ms: number;
    results: number;
    /** The region's count the unfiltered query showed ("12", or "12+" while counting is partial). */
    unfilteredCount?: string;
    /** Filtered results in the unfiltered results' relative order. */
    sameOrder?: boolean;
  } | null;
}

const COLD_QUERY = '三类医疗器械';
const FILTERED_QUERY = '临床试验';

export async function measureSearch(
  siteDir: string,
  options: { every?: number; region?: string } = {},
): Promise<SearchFigures> {
  const every = options.every ?? 2;
  const region = options.region ?? 'kunshan';
  const queries = QUERIES.filter((_, i) => i % every === 0).map((q) => q.q);
  const speed = await measureSearchSpeed(siteDir, {
    queries,
    cold: [COLD_QUERY],
    filtered: { q: FILTERED_QUERY, region },
  });
  const warm = speed.first.map((r) => r.ms);
  const per = speed.first.map((r) => ({
    indexRequests: r.fetched?.index?.requests ?? 0,
    indexBytes: r.fetched?.index?.bytes ?? 0,
    fragmentRequests: (r.fetched?.fragment?.requests ?? 0) + (r.fetched?.['search-data']?.requests ?? 0),
    fragmentBytes: (r.fetched?.fragment?.bytes ?? 0) + (r.fetched?.['search-data']?.bytes ?? 0),
    packRequests: r.fetched?.pack?.requests ?? 0,
    packBytes: r.fetched?.pack?.bytes ?? 0,
  }));
  const keys = [
    'indexRequests',
    'indexBytes',
    'fragmentRequests',
    'fragmentBytes',
    'packRequests',
    'packBytes',
  ] as const;
  const agg = (f: (xs: number[]) => number) =>
    Object.fromEntries(keys.map((k) => [k, f(per.map((p) => p[k]))])) as Record<(typeof keys)[number], number>;
  const repeat = speed.repeat.map((r) => r.ms);
  const cold = speed.cold[0]!;
  const f = speed.filtered;
  return {
    queries: queries.length,
    warm: { medianMs: percentile(warm, 50), p95Ms: percentile(warm, 95) },
    repeat: { medianMs: percentile(repeat, 50), p95Ms: percentile(repeat, 95) },
    cold: {
      query: cold.q,
      pageBytes: cold.pageBytes,
      bytesToFirstResult: cold.pageBytes + cold.queryBytes,
      ms: cold.ms,
      requests: cold.requests,
      pageFetched: cold.pageFetched,
      queryFetched: cold.queryFetched,
    },
    fetched: {
      mean: agg((xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)),
      max: agg((xs) => Math.max(0, ...xs)),
    },
    filtered: f
      ? {
          query: f.q,
          region: f.region,
          ms: f.ms,
          results: f.total,
          unfilteredCount: f.unfilteredCount,
          sameOrder: f.sameOrder,
        }
      : null,
  };
}

/**
 * `node bench/scale-search.ts <built site dir> [--every N] [--region R]`: the figures of one built
 * site, with where the bytes and requests go, without generating or building anything (for
 * iterating on the search of a kept `--scale N --keep` build).
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) throw new Error('usage: node bench/scale-search.ts <built site dir> [--every N] [--region R]');
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const before = load();
  const figures = await measureSearch(dir, {
    every: Number(value('--every') ?? 2),
    ...(value('--region') ? { region: value('--region')! } : {}),
  });
  console.log(JSON.stringify({ load: `${before} → ${load()}`, ...figures }, null, 2));
}
