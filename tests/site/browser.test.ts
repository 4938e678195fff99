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
import { openWatched } from '../helpers/watch.ts';

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
        // Let scripts started by the load (search, ToC) finish their work before judging.
        await page.waitForTimeout(200);
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
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.head.append(script);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      expect(await cspViolations()).toEqual([expect.stringMatching(/^script-src/)]);
      expect(errors).toEqual([expect.stringMatching(/Content Security Policy/)]);
    } finally {
      await context.close();
    }
  });
});
