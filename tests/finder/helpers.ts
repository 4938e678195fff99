/**
 * Reading the calculator's answer through contract 5 ([data-finder-total], [data-finder-item]),
 * and the subsidies it is checked against, straight from the MDX frontmatter (so expectations come
 * from the data and the clauses, not from the calculator's own output).
 */
import type { Page } from 'playwright-core';
import { contentFiles } from '../helpers/site.ts';

export interface ShownItem {
  clause: string;
  provision: string;
  amount: number | null;
  counted: boolean;
  group: string;
  amountText: string;
  href: string;
  steps: string[];
}

export interface ShownAnswer {
  region: string;
  total: number;
  heading: string;
  status: string;
  items: ShownItem[];
  rules: string[];
}

/** Every answer on the page (one per location), as contract 5 marks it up, with the words shown. */
export async function shownAnswers(page: Page): Promise<ShownAnswer[]> {
  await page.locator('[data-finder-status]:not(:empty)').waitFor({ state: 'attached' });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-finder-total]')].map((section) => ({
      region: section.dataset.region ?? '',
      total: Number(section.dataset.amountWan),
      heading: section.querySelector('h2')?.textContent ?? '',
      status: section.querySelector('.finder-status')?.textContent ?? '',
      rules: [...section.querySelectorAll('[data-finder-rule]')].map((li) => li.textContent ?? ''),
      items: [...section.querySelectorAll<HTMLElement>('[data-finder-item]')].map((li) => ({
        clause: li.dataset.clause ?? '',
        provision: li.dataset.provision ?? '',
        amount: li.dataset.amountWan ? Number(li.dataset.amountWan) : null,
        counted: li.dataset.counted === 'true',
        group: li.dataset.group ?? '',
        amountText: li.querySelector('.finder-item__amount')?.textContent ?? '',
        href: li.querySelector<HTMLAnchorElement>('.finder-item__clause')?.getAttribute('href') ?? '',
        steps: [...li.querySelectorAll('.finder-steps li')].map((s) => s.textContent ?? ''),
      })),
    })),
  );
}

export const answerAt = (answers: ShownAnswer[], region: string) => {
  const a = answers.find((x) => x.region === region);
  if (!a) throw new Error(`no answer for ${region}; answered: ${answers.map((x) => x.region).join(', ')}`);
  return a;
};

export const countedIds = (a: ShownAnswer) => a.items.filter((i) => i.counted).map((i) => i.provision);

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

/** Every subsidy of every policy, with its policy ID and region. */
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
