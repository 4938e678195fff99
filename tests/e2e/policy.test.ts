/**
 * Reading and citing in a real browser (Debian's Chromium): arriving at a clause link scrolls
 * to and highlights the clause; copy link / copy citation put the right text on the clipboard;
 * every policy and clause page answers 200; pages are readable and navigable without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractClauses } from '../../src/lib/clauses/extract.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { contentFiles, SITE_ORIGIN } from '../helpers/site.ts';

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
      const style = getComputedStyle(el.tagName === 'TR' ? el.firstElementChild! : el);
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

describe('copy buttons', () => {
  it('copy the link and the citation of a clause on the policy page', async () => {
    const page = await open('/policies/wuxi-biomed-policy-opinions/');
    const clause = page.locator('#s1-c3-i4');
    await clause.hover();
    await clause.locator(':scope > button[data-copy="link"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/policies/wuxi-biomed-policy-opinions/#s1-c3-i4`,
    );
    await clause.locator(':scope > button[data-copy="cite"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（三）条第4项，${baseURL}/policies/wuxi-biomed-policy-opinions/#s1-c3-i4`,
    );
    await expect.poll(() => page.locator('.toast').textContent()).toBe('已复制引用');
    await page.close();
  });

  it('cite a nested clause of a plan as 三、（二）', async () => {
    const page = await open('/policies/suzhou-biomed-chain-2021-2023/');
    await page.locator('#s3-c2 > button[data-copy="cite"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》三、（二），http/,
    );
    await page.close();
  });

  it('copy the citation on a clause page', async () => {
    const page = await open('/policies/suzhou-biomed-chain-2021-2023/box3-2/');
    await page.getByRole('button', { name: '复制引用' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(
      `《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》专栏3第2项，${SITE_ORIGIN}/policies/suzhou-biomed-chain-2021-2023/box3-2/`,
    );
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
    expect(await page.locator('button[data-copy]').count()).toBe(0);
    await page.locator('#row12 a.ct').click();
    await page.waitForURL(/\/row12\/$/);
    expect(await page.locator('h1').textContent()).toContain('序号12');
    await page.getByRole('link', { name: '在全文中查看' }).click();
    await page.waitForURL(/#row12$/);
    await noJs.close();
  });
});
