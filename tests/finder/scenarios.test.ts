/**
 * The calculator against hand-worked scenarios (tests/finder/scenarios/*.yaml): each profile is
 * opened as /finder/?<query> in Chromium and the answer is read through contract 5 — one
 * [data-finder-total] per location (data-region, data-amount-wan) and a [data-finder-item] per
 * provision shown (data-clause, data-amount-wan, data-counted). The expected amounts were worked
 * out from the clause text, with the reasoning in each file; none comes from running the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

interface ExpectedItem {
  clause: string;
  provision: string;
  amountWan: number | null;
}
interface ExpectedLocation {
  region: string;
  totalWan: number;
  counted: ExpectedItem[];
  shown?: ExpectedItem[];
  absent?: string[];
  rules?: string[];
}
interface Scenario {
  title: string;
  query: string;
  reasoning: string;
  expect: ExpectedLocation[];
}

const DIR = resolve(ROOT, 'tests/finder/scenarios');
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, ...(parse(readFileSync(resolve(DIR, file), 'utf8')) as Scenario) }));

/** What contract 5 exposes of one answer. */
interface Shown {
  region: string;
  amount: string;
  items: { clause: string; provision: string; amount: string; counted: string }[];
  rules: string[];
}

async function readAnswer(page: Page): Promise<Shown[]> {
  await page.locator('[data-finder-status]:not(:empty)').waitFor({ state: 'attached' });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-finder-total]')].map((t) => ({
      region: t.dataset.region ?? '',
      amount: t.dataset.amountWan ?? '',
      items: [...t.querySelectorAll<HTMLElement>('[data-finder-item]')].map((i) => ({
        clause: i.dataset.clause ?? '',
        provision: i.dataset.provision ?? '',
        amount: i.dataset.amountWan ?? '',
        counted: i.dataset.counted ?? '',
      })),
      rules: [...t.querySelectorAll<HTMLElement>('[data-finder-rule]')].map((r) => r.dataset.finderRule ?? ''),
    })),
  );
}

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('hand-worked scenarios', () => {
  it('there are at least 25, each with its reasoning and an address that asks it', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    for (const s of scenarios) {
      expect(s.reasoning.length, s.file).toBeGreaterThan(40);
      expect(s.expect.length, s.file).toBeGreaterThan(0);
    }
  });

  it.each(scenarios.map((s) => [`${s.file}: ${s.title}`, s] as const))('%s', async (_name, s) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(`${baseURL}/finder/?${s.query}`, { waitUntil: 'networkidle' });
      const shown = await readAnswer(page);
      // The locations answered, best first, with their totals.
      expect(shown.map((a) => [a.region, Number(a.amount)])).toEqual(s.expect.map((e) => [e.region, e.totalWan]));
      for (const [i, want] of s.expect.entries()) {
        const got = shown[i]!;
        const policyOf = (clause: string) => clause.split('#')[0]!;
        const key = (e: ExpectedItem) => `${policyOf(e.clause)}#${e.provision}`;
        // Every item in the total, exactly, with its clause and contribution.
        const counted = got.items.filter((x) => x.counted === 'true');
        expect(counted.map((x) => [x.provision, x.clause, Number(x.amount)]).sort(), `${want.region}: counted`).toEqual(
          want.counted.map((e) => [key(e), e.clause, e.amountWan]).sort(),
        );
        // The total is the sum of what it counts.
        const sum = Math.round(counted.reduce((t, x) => t + Number(x.amount), 0) * 100) / 100;
        expect(sum, `${want.region}: sum of counted items`).toBe(want.totalWan);
        for (const e of want.shown ?? []) {
          const item = got.items.find((x) => x.provision === key(e));
          expect(item, `${want.region}: ${key(e)} shown`).toBeDefined();
          expect([item!.clause, item!.counted, item!.amount === '' ? null : Number(item!.amount)]).toEqual([
            e.clause,
            'false',
            e.amountWan,
          ]);
        }
        for (const k of want.absent ?? [])
          expect(
            got.items.map((x) => x.provision),
            `${want.region}: ${k} absent`,
          ).not.toContain(k);
        if (want.rules) expect([...got.rules].sort(), `${want.region}: rules`).toEqual([...want.rules].sort());
        // Contract 5's markup: every item names its clause, says whether it is counted, and gives a number or nothing.
        for (const x of got.items) {
          expect(x.clause).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
          expect(['true', 'false']).toContain(x.counted);
          expect(x.amount === '' || Number.isFinite(Number(x.amount)), `${x.provision} amount "${x.amount}"`).toBe(
            true,
          );
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
