/**
 * The site as a reader meets it, on a phone (390 × 844) and a laptop (1366 × 900): every page
 * that shows a provision or clause says whether its text is still in force, with the date it
 * turns on; titles in 书名号 are the documents' own; the home page's first screen offers the
 * tasks readers come for; a row reached by its link is read with its column headers and group;
 * controls are big enough for a finger; the text is set like a document; nothing scrolls sideways.
 * Expected statuses are read off the texts' own dates against the test build's as-of day
 * (tests/helpers/paths.ts, AS_OF = 2026-11-23).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { AS_OF } from '../helpers/paths.ts';
import { settled } from '../helpers/watch.ts';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each policy's status on 2026-11-23, from its frontmatter: 有效期至, 规划期, or neither. */
const STATUS: Record<string, string> = {
  'wuxi-biomed-policy-opinions': '已失效（有效期至2025-12-31）',
  'suzhou-biomed-chain-2021-2023': '规划期已结束（2021—2023）',
  'suzhou-snd-meddevice-biomed-2020-2022': '规划期已结束（2020—2022）',
  'taicang-biomed-cluster-2025': '规划期已结束（至2025年）',
  'kunshan-nucleic-acid-cluster-worklist': '未载明有效期',
};

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1366, height: 900 } },
} as const;

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path, baseURL).href);
  expect(response?.status(), path).toBeLessThan(path.startsWith('/no-such') ? 500 : 400);
  await settled(page);
  return page;
}

/** Sideways scrolling of the whole page, in CSS px (0 when none). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The status note shown in an element (or null), and whether it is visible. */
const statusIn = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((el) => {
      const note = el.querySelector('[data-status]');
      return note && note.checkVisibility() ? note.textContent.trim() : null;
    }),
  );

describe.each(Object.entries(SIZES))('on a %s', (_size, options) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext(options);
  });
  afterAll(async () => {
    await context?.close();
  });

  describe('1. whether a text is in force, where provisions are shown', () => {
    it('无锡 第（十二）条: its clause page says 已失效 with the date on the first screen', async () => {
      const page = await open(context, '/policies/wuxi-biomed-policy-opinions/s3-c12/');
      const note = page.locator('main [data-field="status"] [data-status]');
      expect((await note.textContent())!.trim()).toBe(STATUS['wuxi-biomed-policy-opinions']);
      const box = (await note.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(options.viewport.height);
      // The text it comes from, titled as published and said whose it is.
      expect(await page.locator('.clause-source').innerText()).toContain(
        '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》',
      );
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });

    it('every clause page of every policy states its policy’s status', async () => {
      for (const [policy, status] of Object.entries(STATUS)) {
        const page = await open(context, `/policies/${policy}/`);
        const first = await page.locator('[data-clause] a.ct').first().getAttribute('href');
        await page.goto(new URL(`/policies/${policy}/${first}`, baseURL).href);
        expect(await statusIn(page, 'main [data-field="status"]'), policy).toEqual([status]);
        await page.close();
      }
    });

    it('home, region, topic and department pages: each policy’s card or section states its status', async () => {
      const home = await open(context, '/');
      const cards = await home.$$eval('.policy-card', (els) => els.map((e) => e.getAttribute('data-policy')!));
      expect([...cards].sort()).toEqual(Object.keys(STATUS).sort());
      expect(await statusIn(home, '.policy-card')).toEqual(cards.map((id) => STATUS[id]));
      await home.close();
      for (const path of ['/regions/suzhou/', '/topics/innovative-drugs/', '/departments/wuxi-kjj/']) {
        const page = await open(context, path);
        const sections = await page.$$eval('main section:has(a[href^="/policies/"])', (els) =>
          els
            .filter((s) => s.querySelector('.card-list, .clause-hits'))
            .map((s) => s.querySelectorAll('[data-status]').length),
        );
        expect(sections.length, path).toBeGreaterThan(0);
        for (const n of sections) expect(n, path).toBeGreaterThan(0);
        const notes = await page.$$eval('main [data-status]', (els) => els.map((e) => e.textContent.trim()));
        for (const n of notes) expect(Object.values(STATUS), path).toContain(n);
        await page.close();
      }
    });

    it('/subsidies/ and /targets/: every comparison row states the status of the text it cites', async () => {
      for (const path of ['/subsidies/', '/targets/']) {
        const page = await open(context, path);
        const rows = await page.$$eval('main .data-table tbody tr', (trs) =>
          trs.map((tr) => {
            const policy = tr.querySelector('a[href^="/policies/"]')!.getAttribute('href')!.split('/')[2]!;
            return { policy, note: tr.querySelector('[data-status]')?.textContent?.trim() ?? null };
          }),
        );
        expect(rows.length, path).toBeGreaterThan(20);
        for (const r of rows) expect(r.note, `${path} ${r.policy}`).toBe(STATUS[r.policy]);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
        await page.close();
      }
    });

    it('a site-wide notice says, on every page, that no text is known to be in force', async () => {
      for (const path of ['/', '/search/', '/finder/', '/policies/wuxi-biomed-policy-opinions/s3-c12/']) {
        const page = await open(context, path);
        const notice = page.locator('[data-site-notice]');
        expect(await notice.isVisible(), path).toBe(true);
        const text = await notice.innerText();
        expect(text).toContain(`截至${AS_OF}`);
        expect(text).toContain('四份已失效或规划期已结束，一份未载明有效期');
        await page.close();
      }
    });
  });

  describe('2. titles', () => {
    it('the 无锡 H1 says whose 市政府 it is, and keeps the published title whole', async () => {
      const page = await open(context, '/policies/wuxi-biomed-policy-opinions/');
      const h1 = await page.locator('h1').innerText();
      expect(h1.replace(/\s+/g, '')).toBe('无锡市市政府关于加快推动生物医药产业高质量发展的若干政策意见');
      expect(await page.locator('h1 .title-region').innerText()).toBe('无锡市');
      await page.close();
    });
    it('a text that names no issuer is attributed to its region, marked so', async () => {
      const page = await open(context, '/');
      const issuers = await page
        .locator('.policy-card[data-policy="kunshan-nucleic-acid-cluster-worklist"] [data-field="issuers"]')
        .innerText();
      expect(issuers).toBe('昆山市（发文机关未载明）');
      await page.close();
    });
  });

  describe('3. the home page’s first screen', () => {
    it('offers 搜条款 with a box, 算补贴, 比各地 and the lifecycle stages; no builder’s counts', async () => {
      const page = await open(context, '/');
      const inView = (selector: string) =>
        page.$$eval(
          selector,
          (els, h) =>
            els.filter((e) => {
              const r = e.getBoundingClientRect();
              return e.checkVisibility() && r.top >= 0 && r.bottom <= h;
            }).length,
          options.viewport.height,
        );
      expect(await inView('main input#home-q[type="search"]')).toBe(1);
      expect(await inView('main a[href="/finder/"]')).toBe(1);
      expect(await inView('main a[href="/subsidies/"]')).toBe(1);
      expect(await inView('main a[href^="/stages/"]')).toBeGreaterThanOrEqual(10);
      const firstScreen = await page.evaluate((h) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!el.checkVisibility()) continue;
          const r = el.getBoundingClientRect();
          if (r.bottom > 0 && r.top < h) text += n.textContent;
        }
        return text;
      }, options.viewport.height);
      for (const word of ['可引用单元', 'SHA-256', '表格行', '叠加', '编号条款'])
        expect(firstScreen).not.toContain(word);
      // Searching from it lands on the search page with the query.
      await page.fill('#home-q', '揭榜挂帅');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#home-q', 'Enter')]);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=揭榜挂帅');
      await page.close();
    });
  });

  describe('4. arriving at a clause keeps its context', () => {
    it('苏州 #annex1-row12 is read with the column headers and 三、创新平台工程', async () => {
      const page = await open(context, '/policies/suzhou-biomed-chain-2021-2023/#annex1-row12');
      const seen = await page.evaluate(() => {
        const row = document.getElementById('annex1-row12')!;
        const h = innerHeight;
        const visible = (el: Element | null) => {
          if (!el || !el.checkVisibility()) return false;
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= h && r.height > 0;
        };
        const cover = document.querySelector<HTMLElement>('.toc');
        const bar = cover && getComputedStyle(cover).position === 'sticky' ? cover.getBoundingClientRect().bottom : 0;
        const thead = row.closest('table')!.tHead!;
        const groupCell = row.closest('tbody')!.querySelector('th[scope="rowgroup"]')!;
        return {
          row: visible(row) && row.getBoundingClientRect().top >= bar,
          header: visible(thead) && thead.getBoundingClientRect().top >= bar,
          headerShown: thead.checkVisibility(),
          group: visible(groupCell) && groupCell.getBoundingClientRect().top >= bar,
          repeated: getComputedStyle(row, '::before').content,
          labels: [...row.querySelectorAll('td[data-label]')].map((td) => getComputedStyle(td, '::before').content),
        };
      });
      expect(seen.row).toBe(true);
      // The group's name: its own cell in view, or repeated above the row.
      expect(seen.group || seen.repeated === '"三、创新平台工程"').toBe(true);
      // The column names: the header row in view, or (phones) each cell labelled.
      if (seen.headerShown) expect(seen.header).toBe(true);
      else {
        expect(seen.labels.length).toBeGreaterThan(0);
        for (const l of seen.labels) expect(l).toMatch(/^"(专栏任务|牵头单位)："$/);
      }
      await page.close();
    });

    it('a targeted (一) is marked by its own lines, not its 专栏; the contents mark where the reader is', async () => {
      const page = await open(context, '/policies/suzhou-biomed-chain-2021-2023/#s3-c1');
      const paint = await page.evaluate(() => {
        const bg = (el: Element) => getComputedStyle(el).backgroundColor;
        const own = document.querySelector('#s3-c1 > p')!;
        const box = document.getElementById('box1')!;
        const boxItem = document.querySelector('#box1-1 > p')!;
        const page = bg(document.body);
        return { own: bg(own), box: bg(box), boxItem: bg(boxItem), page, outer: bg(document.getElementById('s3-c1')!) };
      });
      expect(paint.own).not.toBe(paint.page);
      expect(paint.outer).not.toBe(paint.own);
      expect(paint.box).not.toBe(paint.own);
      expect(paint.boxItem).not.toBe(paint.own);
      await page.waitForFunction(() => document.querySelector('.toc a[aria-current="location"]'));
      const current = await page.locator('.toc a[aria-current="location"]').getAttribute('href');
      expect(['#s3-c1', '#box1']).toContain(current);
      // The 目录 bar (a phone's drawer) or the sidebar names it.
      expect(await page.locator('[data-toc-current]').innerText()).toContain('链主引培工程');
      await page.close();
    });
  });

  describe('5. controls and chrome', () => {
    it('one compact header: the nav on one line, 44 px targets; the footer’s 搜索 not broken', async () => {
      const page = await open(context, '/');
      const m = await page.evaluate(() => {
        const links = [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect());
        const footer = [...document.querySelectorAll('.site-footer a')].map((a) => ({
          text: a.textContent,
          rects: a.getClientRects().length,
          height: a.getBoundingClientRect().height,
        }));
        const input = document.getElementById('site-search-q')!.getBoundingClientRect();
        return {
          // The site's chrome: name, search and nav (the notice under it is point 1's, not chrome).
          header: document.querySelector('.site-header__inner')!.getBoundingClientRect().height,
          tops: new Set(links.map((r) => Math.round(r.top))).size,
          minLink: Math.min(...links.map((r) => r.height)),
          input: input.height,
          footer,
        };
      });
      expect(m.tops).toBe(1);
      expect(m.minLink).toBeGreaterThanOrEqual(44);
      expect(m.input).toBeGreaterThanOrEqual(44);
      expect(m.header).toBeLessThanOrEqual(options.viewport.width < 500 ? 0.12 * 844 : 80);
      expect(m.footer.length).toBeGreaterThan(0);
      for (const f of m.footer) {
        expect(f.rects, f.text).toBe(1);
        expect(f.height, f.text).toBeGreaterThanOrEqual(44);
      }
      await page.close();
    });

    it('/subsidies/ filters: selects 44 px tall, check boxes drawn large with a 44 px label', async () => {
      const page = await open(context, '/subsidies/');
      const sizes = await page.evaluate(() => ({
        selects: [...document.querySelectorAll('#subsidy-filters select')].map((s) => s.getBoundingClientRect().height),
        box: document.querySelector('#subsidy-filters input[type="checkbox"]')!.getBoundingClientRect().height,
        label: document.querySelector('#subsidy-filters label.check')!.getBoundingClientRect().height,
      }));
      expect(sizes.selects.length).toBe(3);
      for (const h of sizes.selects) expect(h).toBeGreaterThanOrEqual(44);
      expect(sizes.box).toBeGreaterThanOrEqual(20);
      expect(sizes.label).toBeGreaterThanOrEqual(44);
      await page.close();
    });

    it('the 404 page’s search box is the header’s component, full size', async () => {
      const page = await open(context, '/no-such-page/');
      const box = await page.evaluate(() => {
        const input = document.getElementById('q404')!;
        const r = input.getBoundingClientRect();
        return { form: input.closest('form')!.className, height: r.height, width: r.width };
      });
      expect(box.form).toContain('site-search');
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(Math.min(280, options.viewport.width - 150));
      await page.close();
    });
  });

  describe('6. the verbatim text set like a document', () => {
    it('苏州’s 红头 centred, signatures at the end; phone lines not letter-spaced', async () => {
      const page = await open(context, '/policies/suzhou-biomed-chain-2021-2023/');
      const align = await page.evaluate(() =>
        Object.fromEntries(
          ['p1', 'p2', 'p3', 'p6', 'p8', 'p11', 's1-c1'].map((id) => [
            id,
            getComputedStyle(document.querySelector(`#${id} > p`)!).textAlign,
          ]),
        ),
      );
      expect([align.p1, align.p2, align.p3]).toEqual(['center', 'center', 'center']);
      expect([align.p6, align.p8]).toEqual(['end', 'end']);
      expect(align.p11).toBe(options.viewport.width < 500 ? 'start' : 'justify');
      await page.close();
    });

    it('a department page says 原文作“…” once, not on every row', async () => {
      const page = await open(context, '/departments/wuxi-kjj/');
      const text = await page.locator('main').innerText();
      const rows = await page.locator('.clause-hits > li').count();
      expect(rows).toBeGreaterThan(10);
      expect(text.match(/原文作“市科技局”/g)?.length).toBe(1);
      await page.close();
    });

    it('/targets/: policy names not squeezed into slivers; the 各处表述不一 table follows the comparison', async () => {
      const page = await open(context, '/targets/');
      const m = await page.evaluate(() => {
        const cells = [...document.querySelectorAll('.data-table--policies tbody th')];
        const lines = cells.map((c) => c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight));
        const sections = [...document.querySelectorAll('main section.data-section')].map((s) => s.id);
        return { count: cells.length, lines: Math.max(...lines), sections };
      });
      expect(m.count).toBe(5);
      expect(m.lines).toBeLessThanOrEqual(2.5);
      expect(m.sections.at(-1)).toBe('disagreements');
      expect(m.sections.length).toBeGreaterThan(2);
      await page.close();
    });
  });

  it('no page kind scrolls sideways', async () => {
    for (const path of [
      '/',
      '/policies/suzhou-biomed-chain-2021-2023/',
      '/policies/kunshan-nucleic-acid-cluster-worklist/',
      '/policies/wuxi-biomed-policy-opinions/s3-c12/',
      '/regions/suzhou/',
      '/topics/innovative-drugs/',
      '/departments/wuxi-kjj/',
      '/subsidies/',
      '/targets/',
      '/stages/clinical-2/',
      '/no-such-page/',
    ]) {
      const page = await open(context, path);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
