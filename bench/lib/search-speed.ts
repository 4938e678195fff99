/**
 * Search speed and bytes of any built site that has a /search/ page and its /pagefind/ bundle, in
 * real Chromium against a plain static server (no compression, localhost). Used by the search
 * benchmark on the five-policy site and the generated 1,000-policy corpus, and meant for the scale
 * benchmark's generated sites (`measureSearchSpeed(siteDir, { queries })`).
 *
 * - warm: the page is opened with a query first (Pagefind loaded and initialised), then each query
 *   is typed and submitted; time from the submit to the frame after its results are in the DOM;
 *   each query runs twice (first run, repeat);
 * - cold: a fresh browser context per query: bytes to load /search/, then bytes the first query
 *   fetches (everything up to its results: Pagefind, its index chunks, clause texts);
 * - filtered: one query with a region filter, timed, and checked against the same query
 *   unfiltered: the filtered total equals the region's count in the unfiltered results, and the
 *   filtered results keep the unfiltered order.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { readResults, runQuery, waitForResults } from '../../tests/search/helpers.ts';
import { requestKind, serveStatic, type RequestKind, type StaticServer } from './serve.ts';

/** Requests and bytes by kind of file (index chunks, fragments, filters, Pagefind's metadata …). */
export type Breakdown = Partial<Record<RequestKind, { requests: number; bytes: number }>>;

export function breakdown(log: { path: string; bytes: number }[]): Breakdown {
  const out: Breakdown = {};
  for (const { path, bytes } of log) {
    const k = requestKind(path);
    const slot = (out[k] ??= { requests: 0, bytes: 0 });
    slot.requests++;
    slot.bytes += bytes;
  }
  return out;
}

export interface SpeedOptions {
  /** Queries timed warm (each twice). */
  queries: string[];
  /** Queries whose first run on a fresh page is measured for bytes. */
  cold?: string[];
  /** A filtered query to time and check. */
  filtered?: { q: string; region: string } | null;
  /** An open browser to reuse. */
  browser?: Browser;
}

export interface WarmRun {
  q: string;
  ms: number;
  keys: string[];
  total: number;
  candidates: number;
  checked: number;
  /** What the query fetched (only when the runs were measured with the server at hand). */
  fetched?: Breakdown;
}

export interface ColdRun {
  q: string;
  pageBytes: number;
  queryBytes: number;
  /** The page load and the query as a host that gzips text would send them. */
  pageGzip: number;
  queryGzip: number;
  requests: number;
  ms: number;
  /** The page load's and the query's requests by kind. */
  pageFetched: Breakdown;
  queryFetched: Breakdown;
}

export interface FilteredRun {
  q: string;
  region: string;
  ms: number;
  total: number;
  /** The region's count shown for the unfiltered query ("12" or "12+" while counting is partial). */
  unfilteredCount: string;
  /** Filtered results appear in the same relative order as in the unfiltered first page. */
  sameOrder: boolean;
}

export interface SpeedFigures {
  first: WarmRun[];
  repeat: WarmRun[];
  cold: ColdRun[];
  filtered: FilteredRun | null;
}

export const median = (xs: number[]): number => percentile(xs, 50);
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Opens /search/ with a first query, so that what follows is warm. */
export async function openSearch(browser: Browser, baseURL: string, q = '药'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent(q)}`);
  await waitForResults(page, q);
  return page;
}

export async function runAll(page: Page, queries: string[], server?: StaticServer): Promise<WarmRun[]> {
  const out: WarmRun[] = [];
  for (const q of queries) {
    server?.reset();
    const r = await runQuery(page, q);
    out.push({
      q,
      ms: r.ms,
      keys: r.keys,
      total: r.total,
      candidates: r.candidates,
      checked: r.checked,
      ...(server ? { fetched: breakdown(server.log()) } : {}),
    });
  }
  return out;
}

async function coldRuns(browser: Browser, server: StaticServer, queries: string[]): Promise<ColdRun[]> {
  const out: ColdRun[] = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = server.bytes();
    const pageGzip = server.gzipBytes();
    const pageFetched = breakdown(server.log());
    server.reset();
    let requests = 0;
    page.on('request', () => requests++);
    const r = await runQuery(page, q);
    await page.waitForLoadState('networkidle');
    out.push({
      q,
      pageBytes,
      queryBytes: server.bytes(),
      pageGzip,
      queryGzip: server.gzipBytes(),
      requests,
      ms: r.ms,
      pageFetched,
      queryFetched: breakdown(server.log()),
    });
    await context.close();
  }
  return out;
}

async function filteredRun(browser: Browser, baseURL: string, q: string, region: string): Promise<FilteredRun> {
  const page = await openSearch(browser, baseURL);
  const all = await runQuery(page, q);
  const unfilteredCount = await page.evaluate((r) => {
    const label = document.querySelector(`select[data-filter="region"] option[value="${r}"]`)?.textContent ?? '';
    return label.match(/（(\d+\+?)）/u)?.[1] ?? '';
  }, region);
  // Choose the region in the filter, as a reader does, and time that search in the page.
  const ms = await page.evaluate(async (r) => {
    const box = document.querySelector<HTMLElement>('[data-search-results]')!;
    const select = document.querySelector<HTMLSelectElement>('select[data-filter="region"]')!;
    const done = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (box.dataset.searchState === 'done' && new URL(location.href).searchParams.get('region') === r) {
          observer.disconnect();
          resolve(Number(box.dataset.searchMs));
        }
      });
      observer.observe(box, { attributes: true });
    });
    select.value = r;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return done;
  }, region);
  const filtered = await readResults(page);
  const inRegion = all.keys.filter((k) => filtered.keys.includes(k));
  const sameOrder = inRegion.every(
    (k, i) => filtered.keys.indexOf(k) >= (i === 0 ? 0 : filtered.keys.indexOf(inRegion[i - 1]!)),
  );
  await page.close();
  return { q, region, ms, total: filtered.total, unfilteredCount, sameOrder };
}

/** Speed and bytes of the search of a built site (see the module comment). */
export async function measureSearchSpeed(siteDir: string, options: SpeedOptions): Promise<SpeedFigures> {
  const server = await serveStatic(siteDir);
  const browser = options.browser ?? (await launchBrowser());
  try {
    const page = await openSearch(browser, server.url);
    const first = await runAll(page, options.queries, server);
    const repeat = await runAll(page, options.queries, server);
    await page.close();
    const cold = await coldRuns(browser, server, options.cold ?? []);
    const filtered = options.filtered
      ? await filteredRun(browser, server.url, options.filtered.q, options.filtered.region)
      : null;
    return { first, repeat, cold, filtered };
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}
