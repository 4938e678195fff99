/**
 * The search page as a reader meets it (issue: points 5–7, and issue 19's status), in Chromium
 * against the test build:
 * - partial matches are not results: [data-search-results] lists only clauses holding every term
 *   (the oracle, bench/lib/oracle.ts, says which from the built pages), the others are in a
 *   separate, folded [data-search-partial];
 * - a failed request of the search (the search worker's script, the search config, the policy
 *   list a query naming a document is read with, Pagefind's script, WASM, index metadata, index chunk, filter chunk, fragment, text pack) ends in
 *   搜索暂时失败 with a 重试 that works once the network is back — never in 没有找到, never in an
 *   endless 正在搜索…, never with an uncaught error;
 * - the first screen of a phone shows the one search box and the first result;
 * - each result states its policy's status, as the policy's own page does;
 * - user input stays text in the new paths (the partial group, the error message);
 * - the search's requests are made by its worker, not by the page's main thread (issue 19).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { relevant, siteClauses } from '../../bench/lib/oracle.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { builtPage } from '../helpers/site.ts';
import { readResults, waitForResults } from './helpers.ts';

const baseURL = inject('baseURL');
const clauses = siteClauses(inject('siteDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (q: string, extra = '') => `${baseURL}/search/?q=${encodeURIComponent(q)}${extra}`;

/** Waits until the search of `q` has ended, in results or in an error; returns the state. */
async function settled(page: Page, q: string, timeout = 30_000): Promise<string> {
  await page.waitForFunction(
    (query) => {
      const box = document.querySelector<HTMLElement>('[data-search-results]');
      return box?.dataset.searchQuery === query && ['done', 'error'].includes(box.dataset.searchState ?? '');
    },
    q.trim(),
    { timeout },
  );
  return page.$eval('[data-search-results]', (b) => (b as HTMLElement).dataset.searchState ?? '');
}

describe('partial matches are listed apart, folded', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('lists in [data-search-results] exactly the clauses holding every term, the others in [data-search-partial]', async () => {
    const q = '临床试验 医疗器械';
    const rel = relevant(clauses, q);
    const some = new Set([...relevant(clauses, '临床试验'), ...relevant(clauses, '医疗器械')]);
    expect(rel.size).toBeGreaterThan(0);
    expect(some.size).toBeGreaterThan(rel.size);
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const r = await readResults(page);
    expect(r.total).toBe(rel.size);
    // Every full match is listed (one page of 20 at most), and nothing else.
    expect(r.keys.every((k) => rel.has(k))).toBe(true);
    expect(r.keys.length).toBe(Math.min(rel.size, 20));
    expect(r.partial.every((p) => !p)).toBe(true);
    expect(r.partialKeys.length).toBeGreaterThan(0);
    expect(r.partialTotal).toBeGreaterThanOrEqual(r.partialKeys.length);
    for (const k of r.partialKeys) {
      expect(rel.has(k), `${k} holds only some terms`).toBe(false);
      expect(some.has(k), `${k} holds one of the terms`).toBe(true);
    }
    const group = await page.$eval('[data-search-partial]', (d) => ({
      open: (d as HTMLDetailsElement).open,
      hidden: (d as HTMLElement).hidden,
      inResults: Boolean(d.closest('[data-search-results]')),
      summary: d.querySelector('summary')?.textContent,
    }));
    expect(group).toEqual({
      open: false,
      hidden: false,
      inResults: false,
      summary: `另有 ${r.partialTotal} 条只含部分词语`,
    });
    await page.close();
  });

  it('with no clause holding every term, shows no result links and a message, the partial group after', async () => {
    const q = '临床试验 房租';
    expect(relevant(clauses, q).size).toBe(0);
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const r = await readResults(page);
    expect(r.keys).toEqual([]);
    expect(r.total).toBe(0);
    expect(await page.textContent('[data-search-results]')).toContain('没有找到');
    const trials = relevant(clauses, '临床试验');
    expect(r.partialKeys.length).toBeGreaterThan(0);
    expect(r.partialKeys.every((k) => trials.has(k))).toBe(true);
    // Folded: the links are there but not shown until the reader opens the group.
    expect(await page.isVisible('[data-search-partial] a[data-result] >> nth=0')).toBe(false);
    await page.click('[data-search-partial] summary');
    expect(await page.isVisible('[data-search-partial] a[data-result] >> nth=0')).toBe(true);
    const badge = await page.textContent('[data-search-partial] li[data-partial] .search-badge');
    expect(badge).toBe('只含：临床试验');
    await page.close();
  });

  it('marks every writing of the query a result holds, support words of a question included', async () => {
    const q = '临床试验有什么补贴';
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const excerpts = await page.$$eval('[data-search-results] .search-result__excerpt', (ps) =>
      ps.map((p) => ({
        text: p.textContent ?? '',
        marks: [...p.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    const withSupport = excerpts.filter((e) => e.text.includes('补贴'));
    expect(withSupport.length).toBeGreaterThan(0);
    for (const e of withSupport)
      expect(
        e.marks.some((m) => m.includes('补贴')),
        e.text,
      ).toBe(true);
    for (const e of excerpts) if (e.text.includes('临床试验')) expect(e.marks.join('')).toContain('临床试验');
    await page.close();
  });

  it('states each result’s policy status with its basis, as the policy’s own page does', async () => {
    const q = '临床试验';
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const rows = await page.$$eval('[data-search-results] li.search-result', (lis) =>
      lis.map((li) => ({
        policy: li.querySelector<HTMLElement>('a[data-result]')?.dataset.policy ?? '',
        label: li.querySelector('.search-result__status')?.textContent ?? null,
        basis: li.querySelector('.search-result__basis')?.textContent ?? null,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    const policies = new Set(rows.map((r) => r.policy));
    expect(policies.size).toBeGreaterThan(1);
    for (const policy of policies) {
      // The policy page states its status with its date (StatusNote: 已失效（有效期至2025-12-31））.
      const note = builtPage(`/policies/${policy}/`).querySelector('.status-note');
      expect(note, `${policy}: its page shows a status`).not.toBeNull();
      const stated = note!.textContent.replace(/\s+/gu, '');
      for (const row of rows.filter((r) => r.policy === policy)) {
        expect(stated).toContain(row.label!.trim());
        for (const figure of row.basis!.match(/\d[\d-]*/gu) ?? []) expect(stated).toContain(figure);
      }
    }
    await page.close();
  });
});

describe('a failed request is not an empty answer', () => {
  const q = '临床试验';
  /**
   * Every kind of request the search makes, and one that fails only after others succeeded: its
   * name, the requests aborted, filters in the address, which of them fail, the query (临床试验
   * unless given) and, where the reader is told, what did not load.
   */
  const cases: [string, string, string, (n: number) => boolean, string?, string?][] = [
    // The search runs in a worker (src/scripts/search-worker.ts): its own script is a request too.
    ['the search worker’s script', '**/_astro/search-worker*.js', '', () => true],
    // The thesaurus, places and bundles the worker fetches beside Pagefind's files (src/lib/search/config.ts).
    ['the search config', '**/search/config.json', '', () => true, q, '搜索配置未能加载'],
    // The policies' names, fetched by the worker only for a query that may name a document (issue 22).
    ['the policy list', '**/search/filters.json', '', () => true, '苏州 行动计划 第三条', '政策列表未能加载'],
    // How characters sound, fetched only for a term no clause holds (奖历 → 奖励, issue 17).
    ['the sounds file', '**/search/sounds.json', '', () => true, '小巨人 奖历', '读音表未能加载'],
    ['the Pagefind script', '**/pagefind/pagefind.js*', '', () => true],
    ['the WASM', '**/pagefind/wasm.*.pagefind', '', () => true],
    ['the index entry', '**/pagefind/pagefind-entry.json*', '', () => true],
    ['the index metadata', '**/pagefind/*.pf_meta', '', () => true],
    ['every index chunk', '**/pagefind/index/*.pf_index', '', () => true],
    ['an index chunk, part-way', '**/pagefind/index/*.pf_index', '', (n) => n > 0],
    ['every result fragment', '**/pagefind/fragment/*.pf_fragment', '', () => true],
    ['fragments, part-way', '**/pagefind/fragment/*.pf_fragment', '', (n) => n >= 5],
    // Clause texts in packs (src/lib/search/packs.ts): the manifest, every pack, one after others loaded.
    ['the text packs’ manifest', '**/pagefind/pack/manifest.json', '', () => true],
    // 医疗器械 needs most packs (临床试验's candidates may all be fetched as fragments: which pack a
    // record falls in follows its hash, which changes with its text or keys).
    ['every text pack', '**/pagefind/pack/*.pf_pack', '', () => true, '医疗器械'],
    ['text packs, part-way', '**/pagefind/pack/*.pf_pack', '', (n) => n >= 3, '医疗器械'],
    ['the filter chunks', '**/pagefind/filter/*.pf_filter', '&region=wuxi', () => true],
  ];

  it.each(cases)(
    '%s: 搜索暂时失败 with a retry that works once the network is back',
    async (_name, pattern, extra, fail, query = q, what) => {
      // A fresh context per case: nothing cached from another case.
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      let n = 0;
      let aborted = 0;
      await page.route(pattern, (route) => {
        if (fail(n++)) {
          aborted++;
          return route.abort();
        }
        return route.continue();
      });
      await page.goto(url(query, extra));
      expect(await settled(page, query)).toBe('error');
      expect(aborted).toBeGreaterThan(0);
      const box = (await page.textContent('[data-search-results]')) ?? '';
      expect(box).toContain('搜索暂时失败');
      expect(box).not.toContain('没有找到');
      if (what) expect(box).toContain(what);
      expect(await page.textContent('[data-search-status]')).not.toContain('正在搜索');
      expect(await page.isVisible('[data-search-results] button[data-search-retry]')).toBe(true);
      expect((await readResults(page)).keys).toEqual([]);
      expect(await page.isVisible('[data-search-partial]')).toBe(false);

      await page.unroute(pattern);
      await page.click('[data-search-results] button[data-search-retry]');
      expect(await settled(page, query)).toBe('done');
      expect((await readResults(page)).keys.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('echoes the query in the error message as text', async () => {
    const payload = '临床试验 <img src=x onerror=window.__xss=1>';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/index/*.pf_index', (route) => route.abort());
    await page.goto(url(payload));
    expect(await settled(page, payload)).toBe('error');
    expect(await page.textContent('[data-search-results]')).toContain(payload.trim());
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await context.close();
  });
});

describe('the search runs off the page’s main thread', () => {
  it('Pagefind, its index and the clause texts load in the search worker, and the results render on the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const q = '医疗器械';
    await page.goto(url(q));
    expect(await settled(page, q)).toBe('done');
    expect((await readResults(page)).keys.length).toBeGreaterThan(0);
    expect(
      workers.some((u) => /\/_astro\/search-worker[^/]*\.js$/u.test(u)),
      workers.join(' '),
    ).toBe(true);
    // Resource timing is kept per thread: what the page itself fetched, and what the worker did.
    const fetched = (entries: string[]) => ({
      config: entries.some((u) => u.endsWith('/search/config.json')),
      script: entries.some((u) => u.includes('/pagefind/pagefind.js')),
      wasm: entries.some((u) => /\/pagefind\/wasm\.[^/]+\.pagefind$/u.test(u)),
      index: entries.some((u) => u.includes('/pagefind/index/')),
      texts: entries.some((u) => /\/pagefind\/(?:pack|fragment)\//u.test(u)),
    });
    const onPage = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const worker = page.workers().find((w) => w.url().includes('search-worker'))!;
    const inWorker = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched(inWorker)).toEqual({ config: true, script: true, wasm: true, index: true, texts: true });
    expect(fetched(onPage)).toEqual({ config: false, script: false, wasm: false, index: false, texts: false });
    // The search config (src/lib/search/config.ts) is requested beside Pagefind's entry file, not
    // one after the other: the two requests overlap.
    const timing = await worker.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: e.name,
        start: e.startTime,
        end: e.responseEnd,
      })),
    );
    const config = timing.find((t) => t.name.endsWith('/search/config.json'))!;
    const entry = timing.find((t) => /\/pagefind\/pagefind-entry\.json$/u.test(t.name))!;
    expect(entry, timing.map((t) => t.name).join(' ')).toBeDefined();
    expect(config.start).toBeLessThan(entry.end);
    expect(entry.start).toBeLessThan(config.end);
    await context.close();
  });
});

describe('the search loads while the reader types the first word', () => {
  it('an empty page fetches nothing of the search until the box is focused; then the config and Pagefind’s files', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseURL}/search/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p === '/search/config.json' || p.startsWith('/pagefind/'))).toEqual([]);
    const warmed = Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/search/config.json'),
      page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind-entry.json'),
    ]);
    await page.focus('[data-search-input]');
    await warmed;
    // Nothing was searched: the page still shows its examples.
    expect(await page.isVisible('[data-search-empty]')).toBe(true);
    await context.close();
  });
});

describe('user input in the partial group stays text', () => {
  it('a query with markup, matched only in part', async () => {
    const payload = '临床试验 <img src=x onerror=window.__xss=1>';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(payload));
    await waitForResults(page, payload);
    const r = await readResults(page);
    expect(r.keys).toEqual([]);
    expect(r.partialKeys.length).toBeGreaterThan(0);
    await page.click('[data-search-partial] summary');
    expect(await page.textContent('main')).toContain(payload);
    expect(await page.locator('main img, main svg').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await context.close();
  });
});

describe('the first screen', () => {
  const q = '临床试验';
  const screens: [string, { width: number; height: number }, boolean][] = [
    ['phone 390 × 844', { width: 390, height: 844 }, true],
    ['desktop 1366 × 900', { width: 1366, height: 900 }, false],
  ];

  it.each(screens)('%s: one search box, and the first result in view', async (_name, viewport, phone) => {
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const boxes = await page.$$eval('input[type="search"]', (inputs) =>
      inputs.filter((i) => (i as HTMLElement).getClientRects().length > 0).map((i) => i.id),
    );
    expect(boxes).toEqual(['search-q']);
    const input = (await page.locator('[data-search-input]').boundingBox())!;
    const first = (await page.locator('[data-search-results] a[data-result]').first().boundingBox())!;
    expect(input.y).toBeGreaterThanOrEqual(0);
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
    // The keyboard help is out of the way: nothing above the first result mentions the keys.
    const help = await page.$$eval('main *', (els) =>
      els
        .filter((e) => e.children.length === 0 && /Ctrl\+K|↓ 键/u.test(e.textContent ?? ''))
        .filter((e) => e.getClientRects().length > 0 && !e.closest('.sr-only'))
        .map((e) => e.getBoundingClientRect().top),
    );
    expect(help.every((top) => top > first.y)).toBe(true);
    expect(await page.isVisible('[data-search-filters]')).toBe(!phone);
    expect(await page.isVisible('[data-search-filters-toggle]')).toBe(phone);
    await context.close();
  });

  it('phone: filters open from 筛选, and the active ones show as chips that remove them', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url(q));
    await waitForResults(page, q);
    const toggle = page.locator('[data-search-filters-toggle]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('select[data-filter="region"]')).toBe(true);
    await page.selectOption('select[data-filter="region"]', 'wuxi');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'wuxi');
    await waitForResults(page, q);
    await toggle.click();
    expect(await page.isVisible('select[data-filter="region"]')).toBe(false);
    const chip = page.locator('[data-search-active] [data-filter-chip="region"]');
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.textContent()).toContain('地区：无锡市');
    expect(await toggle.textContent()).toBe('筛选（1）');
    await chip.locator('button').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('region'));
    await waitForResults(page, q);
    expect(await page.locator('[data-search-active] [data-filter-chip]').count()).toBe(0);
    expect(await page.inputValue('select[data-filter="region"]')).toBe('');
    await context.close();
  });
});
