/**
 * The finder's data, built at build time from the same site data as every page. /finder/ embeds
 * only a small index as a JSON island (<script type="application/json">): the as-of date, the
 * regions and which of them have policies. The provisions come in one file per region
 * (/finder/regions/<id>.json, written by the same build), and the page fetches those of the
 * location asked and the regions above it (regionsToLoad): what a reader downloads follows the
 * location, not the corpus (docs/scaling.md; at 1,000 policies the embedded corpus was 30 MiB).
 * Not /data/subsidies.json: the statuses are those of the same build as the server-rendered text
 * around them; links are site-relative (the open data's are absolute on the canonical origin,
 * wrong on a preview or a mirror); and the open data stays free to change shape without breaking
 * the page. A test checks that the region files and /data/subsidies.json carry the same
 * provisions and figures.
 */
import type { ClauseRecord, PolicyModel } from '../model.ts';
import { regionTree } from '../regions.ts';
import type { PolicyStatus } from '../status.ts';
import { clauseLink, policyPath } from '../links.ts';
import { locations } from './answer.ts';
import {
  EMPTY_ELIGIBILITY,
  type FinderData,
  type FinderPolicy,
  type FinderProvision,
  type FinderRegion,
} from './types.ts';

/** What /finder/ embeds: enough to read the address and name the places, nothing per provision. */
export interface FinderIndex {
  asOf: string;
  /** Regions in display order: those with a policy and those enclosing them. */
  regions: FinderRegion[];
  /** IDs of the regions with a policy of their own, in display order (each has a region file). */
  located: string[];
}

/** One region's own policies and provisions (not its parents'): /finder/regions/<id>.json. */
export interface FinderRegionFile {
  region: string;
  policies: FinderPolicy[];
  provisions: FinderProvision[];
}

export const finderRegionHref = (id: string) => `/finder/regions/${id}.json`;

/** The index and the region files of the finder's data: every policy in exactly one file, order kept. */
export function splitFinderData(data: FinderData): { index: FinderIndex; files: FinderRegionFile[] } {
  const files = new Map<string, FinderRegionFile>();
  const fileOf = (region: string) => {
    let f = files.get(region);
    if (!f) files.set(region, (f = { region, policies: [], provisions: [] }));
    return f;
  };
  for (const p of data.policies) fileOf(p.region).policies.push(p);
  for (const p of data.provisions) fileOf(p.region).provisions.push(p);
  const located = data.regions.filter((r) => files.has(r.id)).map((r) => r.id);
  return {
    index: { asOf: data.asOf, regions: data.regions, located },
    files: located.map((id) => files.get(id)!),
  };
}

/** The locations of the index (where an applicant can be registered), as answer.ts names them. */
export const indexLocations = (index: FinderIndex) =>
  locations({ regions: index.regions, policies: index.located.map((region) => ({ region })) });

/**
 * The region files a profile needs: the location's and those of the regions above it with
 * policies (太仓市: 苏州市 and 太仓市); with no location (every location compared), all of them.
 * An unknown location needs none (the address reader has already ignored it).
 */
export function regionsToLoad(index: FinderIndex, loc: string | null): string[] {
  if (loc === null) return [...index.located];
  const place = indexLocations(index).find((l) => l.id === loc);
  return place ? place.chain.map((r) => r.id) : [];
}

/** The finder's data from the index and the region files loaded so far, in the index's order. */
export function assemble(index: FinderIndex, files: Iterable<FinderRegionFile>): FinderData {
  const byRegion = new Map([...files].map((f) => [f.region, f]));
  const loaded = index.located.flatMap((id) => {
    const f = byRegion.get(id);
    return f ? [f] : [];
  });
  return {
    asOf: index.asOf,
    regions: index.regions,
    policies: loaded.flatMap((f) => f.policies),
    provisions: loaded.flatMap((f) => f.provisions),
  };
}

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
export function islandJson(data: FinderData | FinderIndex): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
