/**
 * /subsidies/ in a real browser: without JavaScript every table is there, sorted by amount;
 * with it, the filters narrow the rows and live in the URL, and the column headers sort.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visibleBeforeScripts } from './helpers/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLTableRowElement>('section[data-category] tbody tr')].filter(
        (tr) => !tr.hidden && !tr.closest<HTMLElement>('section')!.hidden,
      ).length,
  );

describe('/subsidies/', () => {
  it('without JavaScript shows every provision and no filter form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/subsidies/`);
    expect(await page.isVisible('#subsidy-filters')).toBe(false);
    const total = await page.locator('section[data-category] tbody tr').count();
    expect(await visibleRows(page)).toBe(total);
    expect(await page.locator('th[data-sort-key="amount"][aria-sort="descending"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('paints the filters before its script runs, so nothing moves when it does', async () => {
    expect(await visibleBeforeScripts(browser, `${baseURL}/subsidies/`, '#subsidy-filters')).toBe(true);
  });

  it('filters by region, category, kind and amount, keeps the filter in the URL, and restores it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseURL}/subsidies/`);
    const total = await visibleRows(page);
    await page.selectOption('select[name=region]', 'wuxi');
    const wuxi = await visibleRows(page);
    expect(wuxi).toBeGreaterThan(0);
    expect(wuxi).toBeLessThan(total);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-region]')]
          .filter((tr) => !tr.hidden)
          .every((tr) => tr.dataset.region === 'wuxi'),
      ),
    ).toBe(true);
    await page.check('input[name=amount]');
    await page.selectOption('select[name=category]', 'talent');
    expect(new URL(page.url()).search).toBe('?region=wuxi&category=talent&amount=1');
    expect(await page.locator('section[data-category]:not([hidden])').count()).toBe(1);
    expect(await page.textContent('#subsidy-filters output')).toBe(`显示 ${await visibleRows(page)} 项`);
    await page.reload();
    expect(await page.inputValue('select[name=category]')).toBe('talent');
    expect(await page.isChecked('input[name=amount]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts a table by a column header button, announcing the order', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/subsidies/#cat-talent`);
    const section = page.locator('#cat-talent');
    const amounts = () =>
      section.evaluate((s) =>
        [...s.querySelectorAll<HTMLTableRowElement>('tbody tr')]
          .map((tr) => tr.dataset.amount)
          .filter((a) => a !== '')
          .map(Number),
      );
    const before = await amounts();
    expect(before).toEqual([...before].sort((a, b) => b - a));
    await section.getByRole('button', { name: '最高金额' }).click();
    expect(await section.locator('th[data-sort-key="amount"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await amounts()).toEqual([...before].sort((a, b) => a - b));
    await context.close();
  });
});
