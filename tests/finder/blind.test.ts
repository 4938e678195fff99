/**
 * Blind calculator scenarios (issue 18): applicants of every kind, worked by hand from the texts
 * by a writer who never read the calculator code, frozen in tests/finder/blind/ (one folder a set).
 * Each is opened as /finder/?<query> in Chromium and read through contract 5 only: the location's
 * [data-finder-total] and, per clause, the sum of its counted [data-finder-item] amounts (the
 * writer may list one clause's units separately). Disagreements on a reading of the text are
 * reviewed in known-differences.yaml; any other disagreement fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { shownAnswers } from './helpers.ts';

interface BlindScenario {
  title: string;
  query: string;
  expect: {
    region: string;
    totalWan: number;
    counted: { clause: string; amountWan: number }[];
    notCounted?: string[];
  }[];
}

const DIR = resolve(ROOT, 'tests/finder/blind');
const known = parse(readFileSync(resolve(DIR, 'known-differences.yaml'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const sets = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const cases = sets.flatMap((set) =>
  readdirSync(resolve(DIR, set))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      set,
      file,
      differs: Boolean(known[set]?.[file]),
      ...(parse(readFileSync(resolve(DIR, set, file), 'utf8')) as BlindScenario),
    })),
);

/** Amounts per clause, rounded to 0.01万元, as "clause=amount" sorted. */
const byClause = (pairs: [string, number][]) => {
  const sums = new Map<string, number>();
  for (const [k, v] of pairs) sums.set(k, Math.round(((sums.get(k) ?? 0) + v) * 100) / 100);
  return [...sums].map(([k, v]) => `${k}=${v}`).sort();
};

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('blind calculator scenarios', () => {
  it('every reviewed difference names a scenario that exists', () => {
    for (const [set, files] of Object.entries(known))
      for (const file of Object.keys(files))
        expect(
          cases.some((c) => c.set === set && c.file === file),
          file,
        ).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [`${c.set}/${c.file}: ${c.title}`, c] as const))('%s', async (_name, c) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseURL}/finder/?${c.query}`, { waitUntil: 'networkidle' });
      const shown = await shownAnswers(page);
      const agrees = c.expect.every((want) => {
        const got = shown.find((a) => a.region === want.region);
        if (!got) return false;
        const counted = got.items.filter((i) => i.counted);
        const gotClauses = byClause(counted.map((i) => [i.clause, i.amount ?? NaN]));
        const wantClauses = byClause(want.counted.map((e) => [e.clause, e.amountWan]));
        const none = (want.notCounted ?? []).every((k) => !counted.some((i) => i.clause === k));
        return got.total === want.totalWan && JSON.stringify(gotClauses) === JSON.stringify(wantClauses) && none;
      });
      expect(agrees, c.differs ? 'listed in known-differences.yaml but now agrees: remove it there' : 'disagrees').toBe(
        !c.differs,
      );
    } finally {
      await page.close();
    }
  });
});
