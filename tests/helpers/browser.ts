/**
 * Chromium for browser tests: Debian's `chromium` package driven by playwright-core (a
 * browser download is impossible on these machines). CHROMIUM_PATH overrides the lookup.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error("Chromium not found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH");
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Whether `selector` is shown by what the first paint of `url` holds: scripting on, the site's own
 * scripts held back (a control revealed by its script would move the page when it ran).
 */
export async function visibleBeforeScripts(browser: Browser, url: string, selector: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
    await page.goto(url);
    return await page.isVisible(selector);
  } finally {
    await context.close();
  }
}
