/**
 * The search page in Chromium against the test build (contract 2): representative queries land
 * on the right clause first — "right" computed from the built pages' own clause text
 * (bench/lib/oracle.ts), never copied from the search's output —, filters narrow the results
 * and stay in the URL, the keyboard works, user input never becomes markup, and a clause opened
 * from a result has the query marked.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clauseKey, relevant, siteClauses } from '../../bench/lib/oracle.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readResults, runQuery, waitForResults } from './helpers.ts';

const baseURL = inject('baseURL');
const clauses = siteClauses(inject('siteDir'));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function searchPage(query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  if (query) await waitForResults(page, query);
  return page;
}

describe('representative queries', () => {
  const queries = [
    '小核酸',
    '三类医疗器械',
    '研发费用加计扣除',
    '太湖人才计划',
    '揭榜挂帅',
    '一事一议',
    '3500万元',
    '祖冲之攻关计划',
    '引进行业旗舰项目',
    '市科技局',
    '独角兽',
    '临床试验 资助',
    '药',
    '质子',
  ];

  it.each(queries)(
    '%s: the first result contains it, and every clause containing it comes before any that does not',
    async (q) => {
      const rel = relevant(clauses, q);
      expect(rel.size, 'the query occurs in the texts').toBeGreaterThan(0);
      const page = await searchPage(q);
      const { keys, partial } = await readResults(page);
      expect(keys.length).toBeGreaterThan(0);
      expect(rel.has(keys[0]!), `first result ${keys[0]} contains ${q}`).toBe(true);
      // Exact matches first: once a result does not contain the query, none after it does.
      const firstMiss = keys.findIndex((k) => !rel.has(k));
      if (firstMiss !== -1) expect(keys.slice(firstMiss).some((k) => rel.has(k))).toBe(false);
      expect(keys.slice(0, Math.min(rel.size, keys.length)).every((k) => rel.has(k))).toBe(true);
      // Results that do not contain the query say why they are listed: a partial match, or a
      // synonym (资助 also finds the texts' other support words, 奖励 …).
      const synonym = await page.$$eval('[data-search-results] li.search-result', (lis) =>
        lis.map((li) => li.hasAttribute('data-synonym')),
      );
      keys.forEach((k, i) => expect(partial[i] || synonym[i], k).toBe(!rel.has(k)));
      if (rel.size === 1) expect(keys[0]).toBe([...rel][0]);
      await page.close();
    },
  );

  it('result links point at the clause element on its policy page', async () => {
    const page = await searchPage('三类医疗器械');
    const hrefs = await page.$$eval('[data-search-results] a[data-result]', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    const ids = new Set(clauses.map((c) => clauseKey(c.policy, c.clause)));
    for (const href of hrefs) {
      const url = new URL(href, baseURL);
      const m = url.pathname.match(/^\/policies\/([^/]+)\/$/);
      expect(m, href).not.toBeNull();
      expect(ids.has(`${m![1]}#${decodeURIComponent(url.hash.slice(1))}`), href).toBe(true);
    }
    // Following one lands on the clause, highlighted, with the query marked in it.
    await page.click('[data-search-results] a[data-result] >> nth=0');
    await page.waitForSelector('[data-clause]:target mark.search-mark');
    const marked = await page.$$eval('[data-clause]:target mark.search-mark', (marks) =>
      marks.map((m) => m.textContent),
    );
    expect(marked).toContain('三类医疗器械');
    await page.close();
  });

  it('a query that occurs nowhere renders the results element with no links and a message', async () => {
    const q = '量子纠缠望远镜';
    expect(relevant(clauses, q).size).toBe(0);
    const page = await searchPage(q);
    const box = page.locator('[data-search-results]');
    await expect(box.locator('a[data-result]').count()).resolves.toBe(0);
    await expect(box.textContent()).resolves.toContain('没有找到');
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    await page.close();
  });

  it('runs as the reader types and keeps the query in the URL', async () => {
    const page = await searchPage();
    await page.locator('[data-search-input]').pressSequentially('揭榜挂帅', { delay: 40 });
    await waitForResults(page, '揭榜挂帅');
    expect(new URL(page.url()).searchParams.get('q')).toBe('揭榜挂帅');
    expect((await readResults(page)).keys.length).toBe(relevant(clauses, '揭榜挂帅').size);
    await page.close();
  });
});

describe('filters', () => {
  it.each(['临床试验', '医疗器械', '细胞治疗'])(
    '%s: each region’s count is what filtering by it lists (a filter adds nothing the unfiltered list lacks)',
    async (q) => {
      const page = await searchPage(q);
      const options = await page.$$eval('select[data-filter="region"] option', (os) =>
        (os as HTMLOptionElement[]).filter((o) => o.value).map((o) => ({ value: o.value, text: o.textContent ?? '' })),
      );
      expect(options.length).toBeGreaterThan(1);
      let checked = 0;
      for (const option of options) {
        const count = /（(\d+)）$/u.exec(option.text)?.[1];
        if (count === undefined) continue; // no count shown (still partial): nothing to compare
        await page.goto(`${baseURL}/search/?q=${encodeURIComponent(q)}&region=${option.value}`);
        await waitForResults(page, q);
        expect({ region: option.value, total: (await readResults(page)).total }).toEqual({
          region: option.value,
          total: Number(count),
        });
        checked++;
      }
      expect(checked).toBeGreaterThan(1);
      await page.close();
    },
  );

  it('narrow the results, show counts, and live in the URL', async () => {
    // Few enough results to be all on the first page, in more than one city.
    const q = '一事一议';
    const page = await searchPage(q);
    const all = (await readResults(page)).keys;
    expect(all.length).toBe(relevant(clauses, q).size);
    const wuxi = all.filter((k) => k.startsWith('wuxi-biomed-policy-opinions#'));
    expect(wuxi.length).toBeGreaterThan(0);
    expect(wuxi.length).toBeLessThan(all.length);
    const label = await page.locator('select[data-filter="region"] option[value="wuxi"]').textContent();
    expect(label).toContain(`（${wuxi.length}）`);

    await page.selectOption('select[data-filter="region"]', 'wuxi');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'wuxi');
    await waitForResults(page, q);
    const filtered = (await readResults(page)).keys;
    expect(new Set(filtered)).toEqual(new Set(wuxi));

    await page.check('input[data-filter="has"][value="subsidy"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('has') === 'subsidy');
    await waitForResults(page, q);
    const both = (await readResults(page)).keys;
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(filtered.length);
    expect(both.every((k) => filtered.includes(k))).toBe(true);

    // The URL alone reproduces the search.
    const shared = page.url();
    const again = await context.newPage();
    await again.goto(shared);
    await waitForResults(again, q);
    expect((await readResults(again)).keys).toEqual(both);
    expect(await again.inputValue('select[data-filter="region"]')).toBe('wuxi');
    expect(await again.isChecked('input[data-filter="has"][value="subsidy"]')).toBe(true);
    await page.close();
    await again.close();
  });
});

describe('keyboard', () => {
  it('/ and Ctrl+K focus the search box from any page; / is still typed inside a text field', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/policies/wuxi-biomed-policy-opinions/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search-q')).toBe('a/b');
    await page.locator('#site-search-q').blur();
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.goto(`${baseURL}/search/`);
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await page.close();
  });

  it('arrow keys move from the box through the results and back', async () => {
    const page = await searchPage('小核酸');
    await page.focus('[data-search-input]');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clause);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clause);
    const { keys } = await readResults(page);
    expect([first, second]).toEqual(keys.slice(0, 2).map((k) => k.split('#')[1]));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await page.close();
  });
});

describe('user input stays text', () => {
  it.each([
    '<script>window.__xss = 1</script>',
    '"><img src=x onerror="window.__xss=1">',
    "'><svg onload=window.__xss=1>",
  ])('%s', async (payload) => {
    const page = await context.newPage();
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent(payload)}`);
    await waitForResults(page, payload);
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      injected: document.querySelectorAll('main img, main svg, main script:not([src])').length,
      input: document.querySelector<HTMLInputElement>('[data-search-input]')!.value,
      text: document.querySelector('main')!.textContent,
      title: document.title,
    }));
    expect(dialog).toBe(false);
    expect(state.xss).toBeUndefined();
    expect(state.injected).toBe(0);
    expect(state.input).toBe(payload);
    expect(state.text).toContain(payload.trim());
    expect(state.title).toContain(payload.trim());
    await page.close();
  });

  it('the clause marker treats ?q= as text too, while it marks', async () => {
    const page = await context.newPage();
    // One term the clause holds (so the marker runs), one that is markup.
    const q = '医疗器械 <img src=x onerror=window.__xss=1>';
    await page.goto(`${baseURL}/policies/wuxi-biomed-policy-opinions/?q=${encodeURIComponent(q)}#s1-c3-i4`);
    await page.waitForSelector('#s1-c3-i4[data-search-marked] mark.search-mark');
    const marks = await page.$$eval('#s1-c3-i4 mark.search-mark', (ms) => ms.map((m) => m.innerHTML));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '医疗器械')).toBe(true);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });
});

describe('runQuery helper', () => {
  it('times a query on an open page', async () => {
    const page = await searchPage('药');
    const r = await runQuery(page, '独角兽');
    expect(r.ms).toBeGreaterThan(0);
    expect(new Set(r.keys.slice(0, relevant(clauses, '独角兽').size))).toEqual(relevant(clauses, '独角兽'));
    await page.close();
  });
});
