/**
 * The 政策 and 责任部门 filters load their choices on demand (issue 22), in Chromium against the
 * test build: the page's HTML holds none of them; they come from /search/filters.json when the
 * reader goes to a select, opens the filters, or the address names one; the counts of the last
 * answer apply to them; the search worker fetches the file only for a query that may name a
 * document; a file that does not load leaves the search working and the selects saying so.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { builtPage } from '../helpers/site.ts';
import { readResults, runQuery, waitForResults } from './helpers.ts';

const baseURL = inject('baseURL');
const W = 'wuxi-biomed-policy-opinions';
const FILE = '**/search/filters.json';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (q: string, extra = '') => `${baseURL}/search/?q=${encodeURIComponent(q)}${extra}`;

/** A page whose requests for the filters file (from the page or its worker) are counted, or aborted. */
async function openPage(width = 1200, abort = false) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests = { n: 0 };
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const handler = (route: Route) => {
    requests.n++;
    return abort ? route.abort() : route.continue();
  };
  await page.route(FILE, handler);
  return { context, page, requests, errors, handler };
}

/** The options of a select, without its 全部 option: value, text, disabled. */
const optionsOf = (page: Page, key: string) =>
  page.$$eval(`select[data-filter="${key}"] option`, (os) =>
    (os as HTMLOptionElement[])
      .filter((o) => o.value)
      .map((o) => ({ value: o.value, text: o.textContent ?? '', disabled: o.disabled })),
  );

describe('the page carries no policy or department choice', () => {
  it('its HTML holds only the 全部 option of 政策 and 责任部门, and every region and topic', () => {
    const html = builtPage('/search/');
    const options = (name: string) => html.querySelectorAll(`select[name="${name}"] option`);
    expect(options('policy').map((o) => o.getAttribute('value'))).toEqual(['']);
    expect(options('department').map((o) => o.getAttribute('value'))).toEqual(['']);
    expect(html.querySelectorAll('select[name="department"] optgroup')).toHaveLength(0);
    expect(options('region').length).toBeGreaterThan(5);
    expect(options('topic').length).toBeGreaterThan(5);
  });
});

describe('the choices load when needed', () => {
  it('a policy in the address is selected once its choices load, and filters the results as before', async () => {
    const q = '临床试验';
    // Unfiltered: the policy select, filled when focused, shows the answer's counts.
    const { context, page, requests } = await openPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    expect(requests.n).toBe(0);
    const select = page.locator('select[data-filter="policy"]');
    const before = await select.boundingBox();
    await select.focus();
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="policy"] option').length > 1);
    expect(requests.n).toBe(1);
    // The layout does not move as the options arrive (the selects have a fixed width).
    expect(await select.boundingBox()).toEqual(before);
    const options = await optionsOf(page, 'policy');
    expect(options.length).toBe(5);
    const count = (text: string) => Number(/（(\d+)\+?）$/u.exec(text)?.[1] ?? NaN);
    const wuxi = options.find((o) => o.value === W)!;
    expect(count(wuxi.text)).toBeGreaterThan(0);
    // The counts of the answer shown apply to the options loaded after it: they add up to the full matches.
    const total = (await readResults(page)).total;
    expect(options.reduce((n, o) => n + count(o.text), 0)).toBe(total);
    for (const o of options) expect(o.disabled).toBe(count(o.text) === 0);

    // Filtered by the address: selected after the choices load, results of that policy only.
    const filtered = await context.newPage();
    await filtered.goto(url(q, `&policy=${W}`));
    await waitForResults(filtered, q);
    expect(await filtered.inputValue('select[data-filter="policy"]')).toBe(W);
    const found = await readResults(filtered);
    expect(found.total).toBe(count(wuxi.text));
    expect(found.keys.length).toBeGreaterThan(0);
    expect(found.keys.every((k) => k.startsWith(`${W}#`))).toBe(true);
    expect(await filtered.textContent('[data-search-active]')).toContain(`政策：${wuxi.text.replace(/（.*$/u, '')}`);
    expect(new URL(filtered.url()).searchParams.get('policy')).toBe(W);
    await context.close();
  });

  it('a department in the address is selected; a value the file does not offer is dropped', async () => {
    const { context, page } = await openPage();
    await page.goto(url('临床试验', '&department=suzhou-kjj'));
    await waitForResults(page, '临床试验');
    expect(await page.inputValue('select[data-filter="department"]')).toBe('suzhou-kjj');
    expect(await page.locator('select[data-filter="department"] optgroup').count()).toBeGreaterThan(1);
    await page.goto(url('临床试验', '&policy=no-such-policy'));
    await waitForResults(page, '临床试验');
    expect(await page.inputValue('select[data-filter="policy"]')).toBe('');
    expect(new URL(page.url()).searchParams.has('policy')).toBe(false);
    expect((await readResults(page)).total).toBeGreaterThan(0);
    await context.close();
  });

  it('on a phone, opening 筛选 loads them; an empty page does not', async () => {
    const { context, page, requests } = await openPage(390);
    await page.goto(`${baseURL}/search/`, { waitUntil: 'networkidle' });
    expect(requests.n).toBe(0);
    await page.click('[data-search-filters-toggle]');
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="department"] option').length > 1);
    expect(requests.n).toBe(1);
    await context.close();
  });
});

describe('the search worker fetches the policy list only for a query that may name a document', () => {
  it('not for a plain query; for a kind word and for a question about a document', async () => {
    const { context, page, requests } = await openPage();
    await page.goto(url('三类医疗器械'));
    await waitForResults(page, '三类医疗器械');
    expect((await readResults(page)).total).toBeGreaterThan(0);
    expect(requests.n).toBe(0);

    const cited = await runQuery(page, '苏州 行动计划 第三条');
    expect(requests.n).toBe(1);
    // Read as a reference in 苏州's plan: its 第三条 (三、) jumps to the clause.
    expect(cited.keys[0]).toMatch(/^suzhou-biomed-chain-2021-2023#/u);

    await runQuery(page, '无锡政策什么时候发布的');
    // The list is fetched once per worker; the card names the document by its short title.
    expect(requests.n).toBe(1);
    expect(await page.textContent('[data-search-answer]')).toContain('无锡市生物医药产业高质量发展若干政策意见');
    await context.close();
  });
});

describe('a filters file that does not load', () => {
  it('leaves the search working, and the selects say 暂时未能载入 until a later open loads them', async () => {
    const { page, context, requests, errors, handler } = await openPage(1200, true);
    await page.goto(url('临床试验'));
    await waitForResults(page, '临床试验');
    expect((await readResults(page)).total).toBeGreaterThan(0);
    await page.focus('select[data-filter="policy"]');
    await page.waitForFunction(() =>
      document.querySelector('select[data-filter="policy"] option')?.textContent?.includes('暂时未能载入'),
    );
    expect(requests.n).toBe(1);
    for (const key of ['policy', 'department']) {
      expect(await optionsOf(page, key)).toEqual([]);
      expect(await page.textContent(`select[data-filter="${key}"] option`)).toContain('暂时未能载入');
      expect(await page.getAttribute(`select[data-filter="${key}"]`, 'title')).toContain('暂时未能载入');
    }
    // The search still works.
    const again = await runQuery(page, '医疗器械');
    expect(again.total).toBeGreaterThan(0);

    // Back online: the next time the reader goes to a select, the choices load.
    await page.unroute(FILE, handler);
    await page.focus('[data-search-input]');
    await page.focus('select[data-filter="department"]');
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="department"] option').length > 1);
    expect(await page.textContent('select[data-filter="policy"] option')).toBe('全部政策');
    expect(await page.getAttribute('select[data-filter="policy"]', 'title')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a policy the address names, as itself, and still searches with it', async () => {
    const { page, context } = await openPage(1200, true);
    await page.goto(url('临床试验', `&policy=${W}`));
    await waitForResults(page, '临床试验');
    expect(await page.inputValue('select[data-filter="policy"]')).toBe(W);
    const found = await readResults(page);
    expect(found.keys.length).toBeGreaterThan(0);
    expect(found.keys.every((k) => k.startsWith(`${W}#`))).toBe(true);
    await context.close();
  });
});
