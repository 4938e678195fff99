/**
 * The benchmark's core quality goals as a test, on the committed query set (bench/queries.ts)
 * and the test build: for every exact-substring query, recall@10 = 1 and mean reciprocal rank
 * ≥ 0.95, relevance computed from the built pages (bench/lib/oracle.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { mean, relevant, score, siteClauses } from '../../bench/lib/oracle.ts';
import { isExactKind, QUERIES } from '../../bench/queries.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { runQuery, waitForResults } from './helpers.ts';

const baseURL = inject('baseURL');
const clauses = siteClauses(inject('siteDir'));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent('药')}`);
  await waitForResults(page, '药');
});
afterAll(async () => {
  await browser?.close();
});

it('exact-substring queries: recall@10 = 1 for each, MRR ≥ 0.95', async () => {
  const exact = QUERIES.filter((q) => isExactKind(q.kind));
  expect(exact.length).toBeGreaterThanOrEqual(60);
  const rows = [];
  for (const { q } of exact) {
    const rel = relevant(clauses, q);
    expect(rel.size, `${q} occurs in the texts`).toBeGreaterThan(0);
    const { keys } = await runQuery(page, q);
    rows.push({ q, ...score(keys, rel) });
  }
  const misses = rows.filter((r) => r.recall10 < 1).map((r) => `${r.q}: recall@10 ${r.recall10.toFixed(2)}`);
  expect(misses).toEqual([]);
  expect(mean(rows.map((r) => r.rr))).toBeGreaterThanOrEqual(0.95);
}, 180_000);
