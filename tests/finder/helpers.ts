/**
 * Reading the finder's answer from the page, and the subsidies it is checked against, straight
 * from the MDX frontmatter (so expectations come from the data and the clauses, not from the
 * finder's own output).
 */
import type { Page } from 'playwright-core';
import { contentFiles } from '../helpers/site.ts';

export interface ShownItem {
  id: string;
  level: string;
  amount: number | null;
  amountText: string;
  href: string;
  steps: string[];
}

export interface ShownCity {
  region: string;
  warnings: string[];
  items: ShownItem[];
  caps: string[];
}

/** Every city section of the results, with its items (matches and related) as the page shows them. */
export function shownResults(page: Page): Promise<ShownCity[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#finder-results section.finder-city')].map((section) => ({
      region: section.dataset.region ?? '',
      warnings: [...section.querySelectorAll('.finder-warn')].map((w) => w.textContent ?? ''),
      caps: [...section.querySelectorAll('.finder-caps li')].map((li) => li.textContent ?? ''),
      items: [...section.querySelectorAll<HTMLElement>('li.finder-item')].map((li) => ({
        id: li.dataset.provision ?? '',
        level: li.dataset.level ?? '',
        amount: li.dataset.amount ? Number(li.dataset.amount) : null,
        amountText: li.querySelector('.finder-item__amount')?.textContent ?? '',
        href: li.querySelector<HTMLAnchorElement>('.finder-item__clause')?.getAttribute('href') ?? '',
        steps: [...li.querySelectorAll('.finder-steps li')].map((s) => s.textContent ?? ''),
      })),
    })),
  );
}

export const city = (cities: ShownCity[], region: string) => {
  const c = cities.find((x) => x.region === region);
  if (!c) throw new Error(`no results for ${region}`);
  return c;
};

export const matchIds = (c: ShownCity) => c.items.filter((i) => i.level === 'match').map((i) => i.id);

interface RawSubsidy {
  id: string;
  clause: string;
  quote: string;
  maxAmountWan?: number | null;
  ratePct?: number | [number, number] | null;
  annualCapWan?: number | null;
  raiseByWan?: number | null;
  tiers?: { label: string; maxAmountWan?: number | null; ratePct?: number | null }[];
  eligibility?: {
    stages?: string[];
    products?: string[];
    beneficiaries?: string[];
    stacking?: { scope: string } | null;
  };
}

const files = contentFiles();

/** A subsidy as written in its policy's frontmatter. */
export function rawSubsidy(policy: string, id: string): RawSubsidy {
  const f = files.find((x) => x.id === policy);
  const s = (f?.frontmatter.subsidies as RawSubsidy[] | undefined)?.find((x) => x.id === id);
  if (!s) throw new Error(`no subsidy ${policy}#${id}`);
  return s;
}

/** Every subsidy of every policy, with its policy ID. */
export function allSubsidies(): { policy: string; region: string; s: RawSubsidy }[] {
  return files.flatMap((f) =>
    ((f.frontmatter.subsidies as RawSubsidy[] | undefined) ?? []).map((s) => ({
      policy: f.id,
      region: String(f.frontmatter.region),
      s,
    })),
  );
}

/** The subsidies whose frontmatter names `value` in eligibility[field]: what the clauses say applies. */
export function subsidiesNaming(field: 'stages' | 'products' | 'beneficiaries', value: string) {
  return allSubsidies().filter(({ s }) => (s.eligibility?.[field] ?? []).includes(value));
}
