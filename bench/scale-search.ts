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
import { measureSearchSpeed, percentile } from './lib/search-speed.ts';
import { QUERIES } from './queries.ts';

export interface SearchFigures {
  queries: number;
  warm: { medianMs: number; p95Ms: number };
  repeat: { medianMs: number; p95Ms: number };
  cold: { query: string; pageBytes: number; bytesToFirstResult: number; ms: number; requests: number };
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
