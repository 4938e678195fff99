/**
 * The finder's data, built at build time from the same site data as every page and embedded in
 * /finder/ as a JSON island (<script type="application/json">). Embedded rather than fetched
 * from /data/subsidies.json: the page then needs no second request and cannot fail half-loaded;
 * the statuses are those of the same build as the server-rendered text around them; links are
 * site-relative (the open data's are absolute on the canonical origin, wrong on a preview or a
 * mirror); and the open data stays free to change shape without breaking the page. A test
 * checks that the island and /data/subsidies.json carry the same provisions and figures.
 */
import type { ClauseRecord, PolicyModel } from '../model.ts';
import { regionTree } from '../regions.ts';
import type { PolicyStatus } from '../status.ts';
import { EMPTY_ELIGIBILITY, type FinderData } from './types.ts';
import { clauseLink, policyPath } from '../links.ts';

export interface IslandInput {
  policies: (Pick<PolicyModel, 'id' | 'data'> & {
    byId: Map<string, Pick<ClauseRecord, 'label'>>;
    status: PolicyStatus;
  })[];
  /** Regions in display order. */
  regions: { id: string; name: string; parent: string | null }[];
  categories: { id: string; name: string }[];
  asOf: string;
}

export function finderData({ policies, regions, categories, asOf }: IslandInput): FinderData {
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const used = new Set(policies.map((p) => p.data.region));
  const tree = regionTree(regions);
  return {
    asOf,
    // Enclosing regions stay (苏州市 encloses 太仓市) even without a policy of their own.
    regions: regions
      .filter((r) => tree.descendants(r.id).some((id) => used.has(id)))
      .map((r) => ({ id: r.id, name: r.name, parent: r.parent })),
    policies: policies.map((p) => ({
      id: p.id,
      title: p.data.title,
      shortTitle: p.data.shortTitle,
      region: p.data.region,
      status: p.status,
      period: p.data.period,
      validUntil: p.data.validUntil,
      href: policyPath(p.id),
    })),
    provisions: policies.flatMap((p) =>
      p.data.subsidies.map((s) => ({
        id: s.id,
        clause: s.clause,
        what: s.what,
        category: s.category,
        categoryName: categoryName.get(s.category) ?? s.category,
        beneficiary: s.beneficiary,
        kind: s.kind,
        maxAmountWan: s.maxAmountWan,
        ratePct: s.ratePct,
        rateBase: s.rateBase,
        tiers: s.tiers,
        annualCapWan: s.annualCapWan,
        raisedMaxWan: s.raisedMaxWan,
        raiseByWan: s.raiseByWan,
        conditions: s.conditions,
        quote: s.quote,
        eligibility: s.eligibility ?? EMPTY_ELIGIBILITY,
        policy: p.id,
        region: p.data.region,
        label: p.byId.get(s.clause)?.label ?? s.clause,
        href: clauseLink(p.id, s.clause),
      })),
    ),
  };
}

/** JSON safe inside <script>: no "</script>" or "<!--" can end or confuse the element. */
export function islandJson(data: FinderData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
