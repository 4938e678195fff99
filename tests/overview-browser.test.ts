/**
 * The overview pages in a real browser: the /targets/ charts stay readable in both colour
 * schemes (bars against the page and against each other, text against its background, as
 * WCAG measures contrast), and a document's status is worded the same in the calculator's
 * notice as on its badge.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contrast } from '../src/lib/charts/contrast.ts';
import { launchBrowser } from './helpers/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ChartColours {
  background: string;
  target: string[];
  baseline: string[];
  plain: string[];
  text: string[];
}

describe.each(['light', 'dark'] as const)('/targets/ charts in %s mode', (colorScheme) => {
  it('bars stand out from the page and from each other, and their text is legible', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseURL}/targets/`);
    await page.locator('svg.chart').first().waitFor();
    const colours = await page.evaluate((): ChartColours => {
      const fill = (selector: string) => [
        ...new Set([...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).fill)),
      ];
      return {
        background: getComputedStyle(document.body).backgroundColor,
        target: fill('svg.chart rect.chart-bar--target'),
        baseline: fill('svg.chart rect.chart-bar--baseline'),
        plain: fill('svg.chart rect.chart-bar:not(.chart-bar--target):not(.chart-bar--baseline)'),
        text: fill('svg.chart .chart-label, svg.chart .chart-value'),
      };
    });
    await context.close();
    for (const list of [colours.target, colours.baseline, colours.plain, colours.text]) expect(list.length).toBe(1);
    const [target, baseline, plain, text] = [
      colours.target[0]!,
      colours.baseline[0]!,
      colours.plain[0]!,
      colours.text[0]!,
    ];
    // WCAG 1.4.11: graphics 3:1 against what is next to them; 1.4.3: text 4.5:1.
    expect(contrast(target, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(plain, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(baseline, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(baseline, target)).toBeGreaterThanOrEqual(3);
    expect(contrast(text, colours.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('status wording', () => {
  it('the calculator’s notice for 无锡 says 已失效, as its badge does, never 已结束', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/finder/?loc=wuxi&stage=clinical-2&product=innovative-drug&who=enterprise&rd=3000`);
    // The answer for 无锡 (contract 5's [data-finder-total]) states each policy's status beside its total.
    const answer = page.locator('[data-finder-total][data-region="wuxi"]');
    await answer.locator('.finder-status', { hasText: '已失效' }).waitFor();
    const text = (await answer.innerText()).replace(/\s+/g, '');
    expect(text).toContain('已失效');
    // 无锡's only document lapsed by its validity date: no word of a plan period ending.
    expect(text).not.toContain('已结束');
    await context.close();
  });
});
