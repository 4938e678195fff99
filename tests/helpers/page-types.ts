/**
 * One example of every kind of page the site has, for the checks that run in a browser (axe,
 * keyboard, requests and console, CSP, screenshots) and for the benchmarks. A kind that the
 * build does not produce is still listed — with the address it should have — so the checks
 * fail on it instead of skipping it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SITE_DIR } from './paths.ts';

export interface PageType {
  /** Short ASCII name, also the screenshot's file name. */
  name: string;
  path: string;
  /** HTTP status the page answers with (404 for the not-found page). */
  status: number;
  /** Waits until the page shows what it is for (search results appear after the index loads). */
  ready?: (page: Page) => Promise<void>;
}

/** The first page built under /<section>/<id>/, or the address an expected one would have. */
function firstChild(section: string, expected: string, siteDir: string): string {
  const dir = join(siteDir, section);
  const built = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.html')))
        .sort()
    : [];
  return `/${section}/${built[0] ?? expected}/`;
}

/** A query that the five texts answer many times over. */
export const SEARCH_QUERY = '医疗器械';

export function pageTypes(siteDir = SITE_DIR): PageType[] {
  return [
    { name: 'home', path: '/', status: 200 },
    { name: 'policy', path: '/policies/suzhou-biomed-chain-2021-2023/', status: 200 },
    { name: 'policy-table', path: '/policies/kunshan-nucleic-acid-cluster-worklist/', status: 200 },
    { name: 'clause', path: '/policies/suzhou-biomed-chain-2021-2023/box3-2/', status: 200 },
    { name: 'clause-row', path: '/policies/suzhou-snd-meddevice-biomed-2020-2022/annex1-row38/', status: 200 },
    { name: 'region', path: firstChild('regions', 'wuxi', siteDir), status: 200 },
    { name: 'topics', path: '/topics/', status: 200 },
    { name: 'topic', path: firstChild('topics', 'innovative-drugs', siteDir), status: 200 },
    { name: 'department', path: firstChild('departments', 'suzhou-kjj', siteDir), status: 200 },
    { name: 'targets', path: '/targets/', status: 200 },
    { name: 'subsidies', path: '/subsidies/', status: 200 },
    { name: 'data', path: '/data/', status: 200 },
    { name: 'finder', path: '/finder/', status: 200 },
    {
      name: 'search',
      path: `/search/?q=${encodeURIComponent(SEARCH_QUERY)}`,
      status: 200,
      // Results are links to clauses of the policies, inserted once Pagefind has answered.
      ready: async (page) => {
        await page.locator('main a[href*="/policies/"]').first().waitFor({ state: 'visible', timeout: 20_000 });
      },
    },
    { name: '404', path: '/no-such-page/', status: 404 },
  ];
}
