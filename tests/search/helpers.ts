/** Driving the search page in Chromium: shared by the search tests and the benchmark. */
import type { Page } from 'playwright-core';

export interface PageResults {
  /** Wall time from submitting the query to its results being in the DOM (ms). */
  ms: number;
  /** Result keys (policy#clause), best first, as rendered. */
  keys: string[];
  /** Whether each rendered result is labelled partial. */
  partial: boolean[];
  /** Results found (all pages), Pagefind's candidates, and the candidates whose text was checked. */
  total: number;
  candidates: number;
  checked: number;
}

/** Waits until [data-search-results] shows the results of `q`. */
export async function waitForResults(page: Page, q: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (query) => {
      const box = document.querySelector<HTMLElement>('[data-search-results]');
      return box?.dataset.searchState === 'done' && box.dataset.searchQuery === query;
    },
    q.trim(),
    { timeout },
  );
}

export async function readResults(page: Page): Promise<Omit<PageResults, 'ms'>> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a[data-result]')];
    const box = document.querySelector<HTMLElement>('[data-search-results]')!;
    return {
      keys: links.map((a) => `${a.dataset.policy}#${a.dataset.clause}`),
      partial: links.map((a) => a.closest('li')?.hasAttribute('data-partial') ?? false),
      total: Number(box.dataset.searchTotal ?? 0),
      candidates: Number(box.dataset.searchCandidates ?? 0),
      checked: Number(box.dataset.searchChecked ?? 0),
    };
  });
}

/**
 * Runs a query on an open search page the way a reader does (type, press Enter) and times it
 * in the page, from the submit to the frame after the results are rendered.
 */
export async function runQuery(page: Page, q: string): Promise<PageResults> {
  const ms = await page.evaluate(async (query) => {
    const box = document.querySelector<HTMLElement>('[data-search-results]')!;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
    const started = performance.now();
    const done = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (box.dataset.searchState === 'done' && box.dataset.searchQuery === query.trim()) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        }
      });
      observer.observe(box, { attributes: true, attributeFilter: ['data-search-state'] });
    });
    input.value = query;
    form.requestSubmit();
    return done;
  }, q);
  return { ms, ...(await readResults(page)) };
}
