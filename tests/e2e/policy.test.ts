/**
 * Reading and citing in a real browser (Debian's Chromium): arriving at a clause link scrolls
 * to and highlights the clause; each clause's control opens a menu whose items put the right text
 * on the clipboard (link, five citation formats), by mouse and by keyboard; touch targets are
 * 44 px; a link to a missing clause says so; tables read on a 390 px phone; every policy and
 * clause page answers 200; pages are readable and navigable without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractClauses } from '../../src/lib/clauses/extract.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFiles } from '../helpers/site.ts';

const baseURL = inject('baseURL');
const files = contentFiles();
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

describe('a clause link', () => {
  it.each([
    ['suzhou-biomed-chain-2021-2023', 's3-c1-r2'],
    ['wuxi-biomed-policy-opinions', 's5-c22'],
    ['kunshan-nucleic-acid-cluster-worklist', 'row12'],
    ['suzhou-snd-meddevice-biomed-2020-2022', 'annex1-row38'],
  ])('%s#%s scrolls into view and is highlighted', async (policy, clause) => {
    const page = await open(`/policies/${policy}/#${clause}`);
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const box = el.getBoundingClientRect();
      // The highlight is on the target's own box: a row's cells, a run itself, a block clause's own
      // lines (not the clauses nested in it).
      const own =
        el.tagName === 'TR'
          ? el.firstElementChild!
          : el.tagName === 'SPAN'
            ? el
            : el.querySelector(':scope > :is(p, h2, h3, h4)')!;
      const style = getComputedStyle(own);
      const plain = getComputedStyle(document.querySelector('.policy-text')!);
      return {
        top: box.top,
        bottom: box.bottom,
        height: innerHeight,
        target: el.matches(':target'),
        bg: style.backgroundColor,
        plainBg: plain.backgroundColor,
      };
    }, clause);
    expect(state.target).toBe(true);
    expect(state.top).toBeGreaterThanOrEqual(0);
    expect(state.top).toBeLessThan(state.height);
    expect(state.bg).not.toBe(state.plainBg);
    expect(state.bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const WUXI = '/policies/wuxi-biomed-policy-opinions/';
const WUXI_TITLE = '《市政府关于加快推动生物医药产业高质量发展的若干政策意见》';
const SUZHOU = '/policies/suzhou-biomed-chain-2021-2023/';
const SUZHOU_TITLE = '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》';

/** Opens the menu of a clause's control and picks an item by its text. */
async function copyFrom(page: Page, clause: string, item: string): Promise<string> {
  await page.locator(`[id="${clause}"] a.ct`).first().click();
  const menu = page.getByRole('menu');
  await expect.poll(() => menu.isVisible()).toBe(true);
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
  await expect.poll(() => menu.isVisible()).toBe(false);
  return clipboard(page);
}

describe('the clause menu', () => {
  it('copies the link and the citation in every format, from the address the reader is on', async () => {
    const page = await open(WUXI);
    const clausePage = `${baseURL}${WUXI}s1-c3-i4/`;
    expect(await copyFrom(page, 's1-c3-i4', '复制链接')).toBe(`${baseURL}${WUXI}#s1-c3-i4`);
    await expect.poll(() => page.locator('.toast').textContent()).toBe('已复制链接');
    expect(await copyFrom(page, 's1-c3-i4', '复制引用')).toBe(`无锡市${WUXI_TITLE}第（三）条第4项，${clausePage}`);
    await expect.poll(() => page.locator('.toast').textContent()).toBe('已复制引用');
    expect(await copyFrom(page, 's1-c3-i4', '复制 GB/T 7714 引用')).toBe(
      `无锡市人民政府. ${WUXI_TITLE.slice(1, -1)} 第（三）条第4项[A/OL]. [${today()}]. ${clausePage}.`,
    );
    expect(await copyFrom(page, 's1-c3-i4', '复制 Markdown 链接')).toBe(
      `[无锡市${WUXI_TITLE}第（三）条第4项](${clausePage})`,
    );
    const bib = await copyFrom(page, 's1-c3-i4', '复制 BibTeX');
    expect(bib).toMatch(/^@legislation\{wuxi-biomed-policy-opinions:s1-c3-i4,\n/);
    expect(bib).toContain(`  title = {{${WUXI_TITLE.slice(1, -1)} 第（三）条第4项}},\n`);
    expect(bib).toContain(`  url = {${clausePage}},\n  urldate = {${today()}},`);
    const csl = JSON.parse(await copyFrom(page, 's1-c3-i4', '复制 CSL-JSON')) as Record<string, unknown>[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({
      type: 'legislation',
      title: `${WUXI_TITLE.slice(1, -1)} 第（三）条第4项`,
      URL: clausePage,
    });
    await page.close();
  });

  it('cites an 一是/二是 run and a table row by their own numbers', async () => {
    const page = await open(SUZHOU);
    expect(await copyFrom(page, 's3-c7-r2', '复制引用')).toBe(
      `${SUZHOU_TITLE}三、（七）二是，${baseURL}${SUZHOU}s3-c7-r2/`,
    );
    expect(await copyFrom(page, 'annex1-row12', '复制引用')).toBe(
      `${SUZHOU_TITLE}附件“三、创新平台工程”第5项，${baseURL}${SUZHOU}annex1-row12/`,
    );
    expect(await copyFrom(page, 'annex1-row12', '复制 GB/T 7714 引用')).toBe(
      `中共苏州市委办公室, 苏州市人民政府办公室. ${SUZHOU_TITLE.slice(1, -1)} 附件“三、创新平台工程”第5项: 苏委办发〔2021〕14号[A/OL]. (2021-04-17)[${today()}]. ${baseURL}${SUZHOU}annex1-row12/.`,
    );
    await page.close();
  });

  it('works from the keyboard: arrows move, Escape closes and focus returns to the control', async () => {
    const page = await open(WUXI);
    const control = page.locator('#s3-c12 > a.ct');
    await control.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await control.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制链接');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制引用');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('打开条款页面');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await control.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-clause]')?.id)).toBe('s3-c12');
    // Tab leaves the menu closed and goes on from the control, not from the end of the page.
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(
      await page.evaluate(() => {
        const control = document.querySelector('#s3-c12 > a.ct')!;
        const active = document.activeElement!;
        return control.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
          ? active.closest('[data-clause]')?.id
          : null;
      }),
    ).toBe('s3-c13');
    // Enter on 打开条款页面 follows it.
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/s3-c12\/$/);
    await page.close();
  });

  it('closes on a click elsewhere, and a modified click still opens the clause page', async () => {
    const page = await open(WUXI);
    await page.locator('#s3-c12 > a.ct').click();
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => menu.isVisible()).toBe(false);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('#s3-c12 > a.ct').click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await popup.waitForURL(/\/s3-c12\/$/);
    expect(await menu.isVisible()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('is the same menu on a clause page, leading back to the full text', async () => {
    const page = await open(`${SUZHOU}box3-2/`);
    expect(await page.locator('[data-permalink]').textContent()).toBe(`${baseURL}${SUZHOU}box3-2/`);
    await page.getByRole('button', { name: '复制链接或引用…' }).click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: '复制引用', exact: true }).click();
    expect(await clipboard(page)).toBe(`${SUZHOU_TITLE}专栏3第2项，${baseURL}${SUZHOU}box3-2/`);
    await page.getByRole('button', { name: '复制链接或引用…' }).click();
    await menu.getByRole('menuitem', { name: '复制链接', exact: true }).click();
    expect(await clipboard(page)).toBe(`${baseURL}${SUZHOU}box3-2/`);
    await page.getByRole('button', { name: '复制链接或引用…' }).click();
    expect(await menu.getByRole('menuitem', { name: '在全文中查看' }).getAttribute('href')).toBe(`${SUZHOU}#box3-2`);
    await page.close();
  });
});

describe('on a touch screen', () => {
  it('every clause control is a 44 px target that overlaps no other', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${baseURL}${SUZHOU}`);
    const result = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('a.ct')];
      const small: string[] = [];
      for (const c of controls) {
        c.scrollIntoView({ block: 'center' });
        const box = c.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        // Points 21 px from the centre in each direction still hit this control (44 px across).
        for (const [dx, dy] of [
          [-21, 0],
          [21, 0],
          [0, -21],
          [0, 21],
        ] as const) {
          const hit = document.elementFromPoint(Math.min(Math.max(x + dx, 0), innerWidth - 1), y + dy);
          if (hit !== c && !(x + dx < 0 || x + dx >= innerWidth)) {
            small.push(c.closest('[data-clause]')!.id);
            break;
          }
        }
      }
      return { count: controls.length, small };
    });
    expect(result.count).toBeGreaterThan(150);
    expect(result.small).toEqual([]);
    await phone.close();
  });
});

describe('a link to a clause that does not exist', () => {
  it('says 未找到条款, with links to the contents and to search', async () => {
    const page = await open(`${WUXI}#s9-c99`);
    const notice = page.locator('[data-missing]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^未找到条款 #s9-c99：/);
    expect(await notice.getByRole('link', { name: '查看目录' }).getAttribute('href')).toBe('#toc');
    expect(await notice.getByRole('link', { name: '搜索条款' }).getAttribute('href')).toBe('/search/');
    // Following a link to a clause that exists hides it again; a bad one shows it.
    await page.evaluate(() => (location.hash = '#s3-c12'));
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.evaluate(() => (location.hash = '#%E7%AC%AC%E5%8D%81%E4%BA%8C%E6%9D%A1'));
    await expect.poll(() => notice.textContent()).toMatch(/未找到条款 #第十二条/);
    await page.close();
  });

  it('stays silent for a clause that exists', async () => {
    const page = await open(`${WUXI}#s3-c12`);
    await page.evaluate(() => customElements.whenDefined('suxi-clause-tools'));
    await expect.poll(() => page.locator('#s3-c12 > a.ct').getAttribute('aria-haspopup')).toBe('menu');
    expect(await page.locator('[data-missing]').isHidden()).toBe(true);
    await page.close();
  });
});

describe('tables on a 390 px phone', () => {
  it.each([
    ['/policies/kunshan-nucleic-acid-cluster-worklist/', 'the Kunshan list'],
    ['/policies/kunshan-nucleic-acid-cluster-worklist/row2/', 'a single Kunshan row'],
    ['/policies/suzhou-snd-meddevice-biomed-2020-2022/', 'the High-tech Zone tasks'],
    ['/policies/taicang-biomed-cluster-2025/annex1-g2/', 'a Taicang indicator group'],
    [`${SUZHOU}annex1-row12/`, 'a Suzhou task row'],
  ])('%s (%s): no cell a few characters narrow, no vertical text, nothing wider than the screen', async (path) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${baseURL}${path}`);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(':is(.policy-text, .clause-text) table :is(td, th)')]
        .filter((c) => c.offsetParent !== null && (c.textContent ?? '').trim().length >= 4)
        .map((c) => {
          const box = c.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(c).fontSize);
          // Characters per line: a cell of four or more characters shows at least four on a line.
          return { text: (c.textContent ?? '').trim().slice(0, 12), ems: box.width / em, tall: box.height / box.width };
        }),
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.ems < 6)).toEqual([]);
    expect(cells.filter((c) => c.tall > 3)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await phone.close();
  });

  it('on a wide screen a table uses the width beside the contents', async () => {
    const page = await open(SUZHOU);
    const { table, column } = await page.evaluate(() => ({
      table: document.querySelector('#annex1 table')!.getBoundingClientRect().width,
      column: document.querySelector('.policy-text')!.getBoundingClientRect().width,
    }));
    expect(table).toBeGreaterThan(800);
    expect(table).toBeLessThanOrEqual(column);
    await page.close();
  });
});

describe('every page answers 200', () => {
  const paths = [
    '/',
    ...files.flatMap((f) => [`/policies/${f.id}/`, ...extractClauses(f.body).map((c) => `/policies/${f.id}/${c.id}/`)]),
  ];
  it(`${paths.length} policy and clause pages`, async () => {
    const failures: string[] = [];
    for (const path of paths) {
      const res = await fetch(`${baseURL}${path}`);
      if (res.status !== 200) failures.push(`${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(paths.length).toBeGreaterThan(400);
  });
});

describe('without JavaScript', () => {
  it('a policy page shows its text and its permalinks lead to clause pages', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/policies/kunshan-nucleic-acid-cluster-worklist/`);
    await expect.poll(() => page.locator('#row1').isVisible()).toBe(true);
    expect(await page.locator('[role="menu"], button[data-clause-menu]:visible').count()).toBe(0);
    await page.locator('#row12 a.ct').click();
    await page.waitForURL(/\/row12\/$/);
    expect(await page.locator('h1').textContent()).toBe('序号12 健全创新产品市场推广机制');
    await page.getByRole('link', { name: '在全文中查看' }).click();
    await page.waitForURL(/#row12$/);
    await noJs.close();
  });
});
