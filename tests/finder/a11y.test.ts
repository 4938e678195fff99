/** axe-core on the calculator with a result shown, and on a stage page, light and dark. */
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const settings: [string, BrowserContextOptions][] = [
  ['light, desktop', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
  ['dark, phone', { colorScheme: 'dark', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
];
const paths = [
  '/finder/?loc=wuxi&who=enterprise&product=device-3&product=device-innovative&stage=registration&rd=3000',
  '/finder/?who=enterprise&product=innovative-drug&stage=clinical-2&rd=abc',
  // The 委托方/受托方 choice shows for outsourced manufacturing.
  '/finder/?loc=wuxi&who=enterprise&product=innovative-drug&stage=industrialization&role=client',
  '/finder/',
  '/stages/',
  '/stages/clinical-2/',
];

describe.each(settings)('axe (%s)', (_name, options) => {
  it.each(paths)('%s: no violations', async (path) => {
    // axe is injected as an inline script, which the site's own CSP rightly refuses.
    const context = await browser.newContext({ ...options, bypassCSP: true, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      // Open the collapsed parts and the notes of the pickers so their contents are checked too.
      await page.evaluate(() => {
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        document.querySelectorAll<HTMLButtonElement>('.help-toggle').forEach((b) => b.click());
      });
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                c: Document,
                o: object,
              ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target),
        }));
      });
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
