/**
 * Every kind of page, loaded in Chromium on a phone and on a desktop: no request leaves the
 * site's origin, nothing is written to the console as an error, the Content-Security-Policy
 * blocks nothing (so it is strict and still lets every script, style, and Pagefind's WebAssembly
 * run), and the page is no wider than the screen. A 375×800 screenshot of each kind is written
 * to test-output/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { ROOT } from '../helpers/paths.ts';
import { openWatched, settled } from '../helpers/watch.ts';

const baseURL = inject('baseURL');
const types = pageTypes(inject('siteDir'));
const SHOTS = resolve(ROOT, 'test-output/screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const devices: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

describe.each(Object.entries(devices))('on a %s', (device, options) => {
  it.each(types.map((t) => [t.name, t] as const))(
    '%s: only this origin, no console error, no CSP violation',
    async (_name, type) => {
      const context = await browser.newContext(options);
      try {
        const { page, external, errors, cspViolations } = await openWatched(context, baseURL, type);
        // Judge the page once the scripts started by the load (search, ToC) have done their work.
        await settled(page);
        expect(external, 'requests to another origin').toEqual([]);
        expect(errors, 'console errors').toEqual([]);
        expect(await cspViolations(), 'CSP violations').toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow in CSS px').toBeLessThanOrEqual(0);
        if (device === 'phone') await page.screenshot({ path: resolve(SHOTS, `${type.name}.png`) });
      } finally {
        await context.close();
      }
    },
  );
});

describe('the Content-Security-Policy', () => {
  it('is enforced, and a violation is noticed by these tests: an injected inline script does not run', async () => {
    const context = await browser.newContext();
    try {
      const home = types.find((t) => t.name === 'home')!;
      const { page, errors, cspViolations } = await openWatched(context, baseURL, home);
      // An inline script runs as it is inserted, if at all: no wait is needed to see that it did not.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.head.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      // The violation is reported by an event that follows: wait for it.
      await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
      expect(await cspViolations()).toEqual([expect.stringMatching(/^script-src/)]);
      // Chromium's console message about it arrives on its own time: poll for it.
      await expect.poll(() => errors).toEqual([expect.stringMatching(/Content Security Policy/)]);
    } finally {
      await context.close();
    }
  });
});
