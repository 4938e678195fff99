/**
 * Opening a page while recording what a privacy- and error-conscious reader would object to:
 * requests to any other origin, console errors, uncaught exceptions, failed requests and
 * Content-Security-Policy violations.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageType } from './page-types.ts';

export interface Watched {
  page: Page;
  /** Requests to an origin other than the site's. */
  external: string[];
  /** Console errors, page errors and failed requests. */
  errors: string[];
  /** securitypolicyviolation events seen by the page. */
  cspViolations: () => Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Waits until the scripts a page started have done their work — every custom element on it is
 * defined (its script ran), no request is in flight, and a frame has been painted since — so that
 * "nothing went wrong" is judged on a page at rest, not after a guessed delay.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete' && !document.querySelector(':not(:defined)'));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function openWatched(context: BrowserContext, baseURL: string, type: PageType): Promise<Watched> {
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const pageUrl = new URL(type.path, baseURL).href;
  const external: string[] = [];
  const errors: string[] = [];
  // Injected through the DevTools protocol, so the page's own CSP does not apply to it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The not-found page is itself a 404 response; Chromium reports that on the console.
    if (type.status === 404 && message.location().url === pageUrl && /status of 404/.test(message.text())) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`));
  const response = await page.goto(pageUrl, { waitUntil: 'networkidle' });
  expect(response?.status(), `${type.path} status`).toBe(type.status);
  await type.ready?.(page);
  return { page, external, errors, cspViolations: () => page.evaluate(() => window.__cspViolations ?? []) };
}
