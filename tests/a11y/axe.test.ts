/**
 * axe-core in Chromium on every kind of page (and on all five policy pages), in the light and the
 * dark colour scheme, on a phone and on a desktop: zero violations of any rule axe runs by
 * default (WCAG 2.x A/AA, including colour contrast, plus axe's best practices).
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { pageTypes, type PageType } from '../helpers/page-types.ts';
import { contentFiles } from '../helpers/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const baseURL = inject('baseURL');
const policies: PageType[] = contentFiles().map((f) => ({
  name: `policy ${f.id}`,
  path: `/policies/${f.id}/`,
  status: 200,
}));
const types = [...pageTypes(inject('siteDir')).filter((t) => t.name !== 'policy'), ...policies];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const settings: [string, BrowserContextOptions][] = [
  ['light, desktop', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
  ['dark, phone', { colorScheme: 'dark', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
];

describe.each(settings)('axe (%s)', (_setting, options) => {
  it.each(types.map((t) => [t.name, t] as const))('%s: no violations', async (_name, type) => {
    // axe is injected as an inline script, which the site's own CSP rightly refuses.
    const context = await browser.newContext({ ...options, bypassCSP: true, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${baseURL}${type.path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(type.status);
      await type.ready?.(page);
      await page.addScriptTag({ path: AXE });
      const { violations, passed } = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: AxeResult[]; passes: unknown[] }> };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return {
          passed: result.passes.length,
          violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
          })),
        };
      });
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      // axe checked a real page: rules such as contrast, names and landmarks found something to pass.
      expect(passed, 'axe rules that passed').toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });
});
