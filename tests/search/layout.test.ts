/**
 * The search page does not move under the reader's eyes (issue 19, point 7: Lighthouse's
 * performance on /search/?q=医疗器械 lost most of its points to a cumulative layout shift of 0.54):
 * - from the first paint to the answer, nothing painted moves: cumulative layout shift < 0.05
 *   at 390 × 844 (phone) and 1366 × 900, for a query with many results, one with none, a question
 *   about a document (answered in a card) and a query with filters, with the CPU slowed four times
 *   as Lighthouse's phone is (so the page paints between the steps of the search, as a phone does);
 * - the first paint, before the page script has run, is the page as it searches: the query in the
 *   box, 正在搜索… in the status line, no examples for an empty page, and the help and the footer
 *   below the first screen; the box and the status line stay where they were when the answer comes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const screens = [
  { name: 'phone 390 × 844', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop 1366 × 900', viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false },
];

async function openPage(screen: (typeof screens)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: screen.viewport,
    isMobile: screen.isMobile,
    hasTouch: screen.hasTouch,
  });
  const page = await context.newPage();
  // Every layout shift the page makes, with the elements that moved.
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; moved: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) =>
          s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName),
        );
        w.shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

async function settle(page: Page, q: string) {
  await page.waitForFunction(
    (query) => {
      const box = document.querySelector<HTMLElement>('[data-search-results]');
      return box?.dataset.searchQuery === query && ['done', 'error'].includes(box.dataset.searchState ?? '');
    },
    q.trim(),
    { timeout: 60_000 },
  );
  // The answer's last frame is painted, and its layout shifts (if any) reported to the observer.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
  return page.$eval('[data-search-results]', (b) => (b as HTMLElement).dataset.searchState);
}

const cases: [string, string, string][] = [
  ['many results', '医疗器械', ''],
  ['no answer, a place outside the corpus', '合肥市人工智能', ''],
  ['a question answered in a card', '什么时候失效', ''],
  ['filters in the address', '临床试验', '&region=wuxi&has=subsidy'],
  // Its choices load from /search/filters.json before the search runs (issue 22).
  ['a policy and a department in the address', '临床试验', '&policy=wuxi-biomed-policy-opinions&department=wuxi-kjj'],
];

describe('nothing moves while the search page answers', () => {
  for (const screen of screens) {
    it.each(cases)(`${screen.name}: %s (%s)`, async (_kind, q, extra) => {
      const page = await openPage(screen);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${baseURL}/search/?q=${encodeURIComponent(q)}${extra}`);
      expect(await settle(page, q)).toBe('done');
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts,
      );
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.05);
      await page.context().close();
    });
  }
});

describe('the first paint is the page as it searches', () => {
  for (const screen of screens) {
    it(`${screen.name}: the query in the box, 正在搜索…, the help below the first screen; nothing moves after`, async () => {
      const page = await openPage(screen);
      // The page script is held back: what shows is what the HTML and its inline scripts paint.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/.*\.js$/u, async (route) => {
        await held;
        await route.continue();
      });
      const q = '医疗器械';
      // Not until DOMContentLoaded: that waits for the held module script. The document is parsed
      // when its footer is; the layout read then is what the first paint shows.
      await page.goto(`${baseURL}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
      await page.waitForSelector('footer', { state: 'attached' });
      const before = await page.evaluate(() => {
        const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
        return {
          state: document.querySelector<HTMLElement>('[data-search-results]')!.dataset.searchState ?? '',
          value: document.querySelector<HTMLInputElement>('[data-search-input]')!.value,
          status: document.querySelector('[data-search-status]')!.textContent,
          examples: document.querySelector('[data-search-empty]')!.getClientRects().length,
          input: top('[data-search-input]'),
          statusTop: top('[data-search-status]'),
          help: top('.search-help'),
          footer: top('footer'),
          inlineScripts: document.querySelectorAll('main script:not([src])').length,
        };
      });
      // The page script has not run: no search state yet.
      expect(before.state).toBe('');
      expect(before.value).toBe(q);
      expect(before.status).toBe('正在搜索…');
      expect(before.examples).toBe(0);
      expect(before.help).toBeGreaterThanOrEqual(screen.viewport.height);
      expect(before.footer).toBeGreaterThanOrEqual(screen.viewport.height);
      // The inline scripts removed themselves (no markup the page did not write stays in it).
      expect(before.inlineScripts).toBe(0);
      release();
      expect(await settle(page, q)).toBe('done');
      const after = await page.evaluate(() => ({
        input: document.querySelector('[data-search-input]')!.getBoundingClientRect().top,
        statusTop: document.querySelector('[data-search-status]')!.getBoundingClientRect().top,
        first: document.querySelector('[data-search-results] a[data-result]')!.getBoundingClientRect().top,
      }));
      expect(after.input).toBe(before.input);
      expect(after.statusTop).toBe(before.statusTop);
      expect(after.first).toBeGreaterThan(after.statusTop);
      expect(after.first).toBeLessThan(screen.viewport.height);
      await page.context().close();
    });
  }

  it('an empty page still shows its examples, and its help right after them', async () => {
    const page = await openPage(screens[0]!);
    await page.goto(`${baseURL}/search/`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'idle',
    );
    const r = await page.evaluate(() => ({
      examples: document.querySelectorAll('[data-search-empty] a[data-example]').length,
      visible: document.querySelector('[data-search-empty]')!.getClientRects().length,
      gap:
        document.querySelector('.search-help')!.getBoundingClientRect().top -
        document.querySelector('[data-search-empty]')!.getBoundingClientRect().bottom,
    }));
    expect(r.examples).toBeGreaterThan(0);
    expect(r.visible).toBeGreaterThan(0);
    // No room is kept for an answer when there is no query.
    expect(r.gap).toBeLessThan(100);
    await page.context().close();
  });
});
