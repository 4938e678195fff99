/**
 * Search figures of a built site, measured the way bench/search.ts measures the real one: the
 * search page in Chromium (tests/search/helpers.ts drives it), served by the benchmark's plain
 * static server (no compression), queries from bench/queries.ts.
 *
 *   warm      each query once on an open search page (the index already initialised), then again
 *   cold      a fresh browser context: bytes of /search/ itself, then of everything fetched until
 *             the first query's results are on screen ("bytes before the first result")
 *   filtered  one query with the region filter set from the page's own <select>
 *
 * The search engineer owns search latency (issue 13); this is the measurement available on main
 * today, run on the generated sites. Swap in their site-directory measurement when it lands.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { runQuery, waitForResults } from '../tests/search/helpers.ts';
import { serveStatic } from './lib/serve.ts';
import { QUERIES } from './queries.ts';
import { percentile } from './scale-build.ts';

export interface SearchFigures {
  queries: number;
  warm: { medianMs: number; p95Ms: number };
  repeat: { medianMs: number; p95Ms: number };
  cold: { query: string; pageBytes: number; bytesToFirstResult: number; ms: number; requests: number };
  filtered: { query: string; region: string; ms: number; results: number } | null;
}

const COLD_QUERY = '三类医疗器械';

async function openSearch(browser: Browser, url: string) {
  const page = await browser.newPage();
  await page.goto(`${url}/search/?q=${encodeURIComponent('药')}`);
  await waitForResults(page, '药', 120_000);
  return page;
}

export async function measureSearch(siteDir: string, options: { every?: number; region?: string } = {}) {
  const every = options.every ?? 2;
  const region = options.region ?? 'kunshan';
  const queries = QUERIES.filter((_, i) => i % every === 0).map((q) => q.q);
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    // Cold: nothing cached, count what the server sends.
    const context = await browser.newContext();
    const cold = await context.newPage();
    server.reset();
    await cold.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = server.bytes();
    let requests = 0;
    cold.on('request', () => requests++);
    const first = await runQuery(cold, COLD_QUERY);
    const bytesToFirstResult = server.bytes();
    await context.close();

    const page = await openSearch(browser, server.url);
    const warm: number[] = [];
    for (const q of queries) warm.push((await runQuery(page, q)).ms);
    const repeat: number[] = [];
    for (const q of queries) repeat.push((await runQuery(page, q)).ms);
    await page.close();

    let filtered: SearchFigures['filtered'] = null;
    const fpage = await openSearch(browser, server.url);
    const hasRegion = await fpage.evaluate(
      (id) => Boolean(document.querySelector(`select[data-filter="region"] option[value="${id}"]`)),
      region,
    );
    if (hasRegion) {
      const ms = await fpage.evaluate(async (id) => {
        const started = performance.now();
        const select = document.querySelector<HTMLSelectElement>('select[data-filter="region"]')!;
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const box = document.querySelector<HTMLElement>('[data-search-results]')!;
          const observer = new MutationObserver(() => {
            if (box.dataset.searchState === 'done' && location.search.includes(`region=${id}`)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(box, { attributes: true });
        });
        return performance.now() - started;
      }, region);
      const results = await fpage.evaluate(
        () => document.querySelectorAll('[data-search-results] a[data-result]').length,
      );
      filtered = { query: '药', region, ms, results };
    }
    await fpage.close();

    return {
      queries: queries.length,
      warm: { medianMs: percentile(warm, 50), p95Ms: percentile(warm, 95) },
      repeat: { medianMs: percentile(repeat, 50), p95Ms: percentile(repeat, 95) },
      cold: { query: COLD_QUERY, pageBytes, bytesToFirstResult, ms: first.ms, requests },
      filtered,
    } satisfies SearchFigures;
  } finally {
    await browser.close();
    await server.close();
  }
}
