/** Driving the search page in Chromium: shared by the search tests and the benchmark. */
import type { Page } from 'playwright-core';

export interface PageResults {
  /** Wall time from submitting the query to its results being in the DOM (ms). */
  ms: number;
  /** Result keys (policy#clause) in [data-search-results], best first, as rendered: the full matches (contract 2). */
  keys: string[];
  /** Whether each of those results is labelled partial (none should be: partial matches are listed apart). */
  partial: boolean[];
  /** Keys of the clauses holding only some terms, in the folded [data-search-partial] group, as rendered. */
  partialKeys: string[];
  /** Full matches found (all pages), partial ones, Pagefind's candidates, and the candidates whose text was checked. */
  total: number;
  partialTotal: number;
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
    const key = (a: HTMLAnchorElement) => `${a.dataset.policy}#${a.dataset.clause}`;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a[data-result]')];
    const partialLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-partial] a[data-result]')];
    const box = document.querySelector<HTMLElement>('[data-search-results]')!;
    return {
      keys: links.map(key),
      partial: links.map((a) => a.closest('li')?.hasAttribute('data-partial') ?? false),
      partialKeys: partialLinks.map(key),
      total: Number(box.dataset.searchTotal ?? 0),
      partialTotal: Number(box.dataset.searchPartialTotal ?? 0),
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
