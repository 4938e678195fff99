/**
 * Reading comfort in a real browser: nothing is wider than a 360 px phone; on a phone the table
 * of contents is a drawer whose toggle stays on screen while reading, and following a link in it
 * closes it and lands on the clause below the toggle, not under it; on a wide screen the ToC is an
 * open sidebar; lines of policy text stay a comfortable length.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';

const baseURL = inject('baseURL');
const types = pageTypes(inject('siteDir'));
const POLICY = '/policies/suzhou-biomed-chain-2021-2023/';
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
let browser: Browser;

/**
 * The drawer's behaviour is the <suxi-toc> script's: 'networkidle' does not promise that a module
 * script has run on a loaded machine (CI once read the sidebar before it had been opened).
 */
const tocReady = (page: Page) => page.waitForFunction(() => customElements.get('suxi-toc') !== undefined);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('on a 360 px phone', () => {
  it.each(types.map((t) => [t.name, t] as const))('%s is no wider than the screen', async (_name, type) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${baseURL}${type.path}`, { waitUntil: 'networkidle' });
    await type.ready?.(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await context.close();
    expect(overflow, 'CSS px wider than the screen').toBeLessThanOrEqual(0);
  });

  it('the ToC is a drawer: its toggle stays on screen, and a link in it closes it and shows the clause', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${baseURL}${POLICY}`, { waitUntil: 'networkidle' });
    await tocReady(page);
    const toc = page.locator('details.toc');
    expect(await toc.getAttribute('open')).toBeNull();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const bar = await page.locator('details.toc > summary').boundingBox();
    expect(bar, 'the 目录 toggle is on screen halfway down the page').not.toBeNull();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y).toBeLessThan(10);
    await page.locator('details.toc > summary').click();
    expect(await toc.getAttribute('open')).not.toBeNull();
    const list = await page.locator('details.toc > .toc-list').boundingBox();
    expect(list!.y + list!.height, 'the open drawer fits the screen').toBeLessThanOrEqual(740);
    await page.locator('details.toc a[href="#s3-c2"]').click();
    await page.waitForURL(/#s3-c2$/);
    expect(await toc.getAttribute('open'), 'the drawer closed').toBeNull();
    const barAfter = (await page.locator('details.toc > summary').boundingBox())!;
    const target = (await page.locator('#s3-c2').boundingBox())!;
    expect(target.y, 'the clause starts below the toggle').toBeGreaterThanOrEqual(barAfter.y + barAfter.height);
    expect(target.y).toBeLessThan(740 / 2);
    await context.close();
  });
});

describe('on a wide screen', () => {
  it('the ToC is an open sidebar and lines of text stay comfortable', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${POLICY}`, { waitUntil: 'networkidle' });
    await tocReady(page);
    expect(await page.locator('details.toc').getAttribute('open')).not.toBeNull();
    const measure = await page.evaluate(() => {
      // A paragraph of the body, not a 红头 line (set larger and centred).
      const p = document.querySelector<HTMLElement>('.policy-text .clause:not([class*="line--"]) > p')!;
      const style = getComputedStyle(p);
      return {
        chars: p.getBoundingClientRect().width / parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      };
    });
    // Han characters are one em wide: about 30–40 a line reads comfortably.
    expect(measure.chars).toBeGreaterThan(30);
    expect(measure.chars).toBeLessThanOrEqual(40);
    expect(measure.lineHeight).toBeGreaterThanOrEqual(1.6);
    await context.close();
  });
});
