/**
 * Printing: a policy page and a clause page print as a clean document — no navigation, ToC,
 * permalink icons or buttons; the text with its own numbering; the page's address on paper; black
 * on white even when the screen is dark. The PDFs Chromium makes are written to
 * test-output/screenshots/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

const baseURL = inject('baseURL');
// The test build has no SITE_URL: the printed address is the one the reader is on.
const SITE = baseURL;
const OUT = resolve(ROOT, 'test-output/screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openForPrint(path: string): Promise<Page> {
  // A dark screen, to show that paper still gets black on white.
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** For each selector, how many elements it selects on the page and how many of them are shown. */
const visibility = (page: Page, selectors: string[]) =>
  page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((s) => {
          const all = [...document.querySelectorAll(s)];
          return [s, { present: all.length, shown: all.filter((e) => e.checkVisibility()).length }];
        }),
      ),
    selectors,
  );

/**
 * Elements that must not be on paper are on the page (so the check is not empty) and none of them
 * is shown once the page is printed.
 */
async function expectHiddenInPrint(page: Page, selectors: string[]) {
  const found = await visibility(page, selectors);
  for (const s of selectors) {
    expect(found[s]!.present, `${s} is on the page`).toBeGreaterThan(0);
    expect(found[s]!.shown, `${s} shown in print`).toBe(0);
  }
}

const pdfPages = (file: string) => readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('print', () => {
  it('a policy page prints its text, numbering and address, without the site around it', async () => {
    const id = 'suzhou-snd-meddevice-biomed-2020-2022';
    const page = await openForPrint(`/policies/${id}/`);
    expect(await page.locator('a.ct').count(), 'clause controls exist on screen').toBeGreaterThan(0);
    const hidden = [
      '.site-header',
      '.site-footer',
      'nav',
      '.policy-aside',
      'details.toc',
      'a.ct',
      'button',
      '.skip-link',
    ];
    await expectHiddenInPrint(page, hidden);
    const state = await page.evaluate(() => {
      const header = document.querySelector('.policy-header')!;
      const text = document.querySelector<HTMLElement>('.policy-text')!;
      return {
        address: getComputedStyle(header, '::after').content,
        text: text.innerText,
        color: getComputedStyle(text).color,
        background: getComputedStyle(document.body).backgroundColor,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(state.address).toContain(`${SITE}/policies/${id}/`);
    // The text keeps its own numbering: sections, items, points and table rows.
    for (const number of ['一、总体要求', '（三）优化产业配套服务环境', '9. 提升临床服务能力'])
      expect(state.text).toContain(number);
    expect(state.color).toBe('rgb(0, 0, 0)');
    expect(state.background).toBe('rgb(255, 255, 255)');
    const file = resolve(OUT, `print-${id}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    expect(pdfPages(file)).toBeGreaterThan(3);
    // Nothing wider than the paper (A4 less the margins is about 670 CSS px).
    await page.setViewportSize({ width: 670, height: 900 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('a clause page prints the clause, its citation and permalink, without buttons', async () => {
    const path = '/policies/suzhou-biomed-chain-2021-2023/box3-2/';
    const page = await openForPrint(path);
    const hidden = ['.site-header', '.site-footer', '.breadcrumbs', '.cite-actions', '.prev-next', 'button'];
    await expectHiddenInPrint(page, hidden);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('专栏3第2项');
    expect(text).toContain(`${SITE}${path}`);
    const file = resolve(OUT, 'print-clause.pdf');
    await page.pdf({ path: file, format: 'A4' });
    expect(pdfPages(file)).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });
});
