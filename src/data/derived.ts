/**
 * Views of the site data that the comparison, index and open-data pages share: targets and
 * subsidies joined with their clauses, related clauses across cities, and the open-data rows.
 * Built once per build from getSiteData(); the logic itself lives in src/lib/data/.
 */
import { getSiteData, regionOrder, type Policy, type SiteData } from './policies';
import type { ClauseRecord } from '../lib/model';
import { buildDatasets, type Datasets } from '../lib/data/export';
import { subsidyRecords, targetRecords, type SubsidyRecord, type TargetRecord } from '../lib/data/comparison-records';
import { relatedIndex, type Related } from '../lib/data/related';
import { comparable, drafted } from '../lib/content/review';

export interface Derived extends SiteData {
  /** Region IDs in display order (tree order). */
  order: string[];
  /** Targets of reviewed policies: what comparisons across policies show. */
  targets: TargetRecord[];
  /** Support provisions of reviewed policies: what comparisons across policies show. */
  subsidies: SubsidyRecord[];
  /** Targets of draft (待审核) policies: for their own pages only, never compared. */
  draftTargets: TargetRecord[];
  /** Support provisions of draft (待审核) policies: for their own pages only, never compared. */
  draftSubsidies: SubsidyRecord[];
  /** Clauses of other policies related to a clause, best first. */
  related: (clause: ClauseRecord) => Related<ClauseRecord>[];
  /** The policy a clause belongs to. */
  policyOf: (clause: { policy: string }) => Policy;
}

async function derive(): Promise<Derived> {
  const site = await getSiteData();
  const order = regionOrder(site.regions);
  // An unreviewed import's figures stay out of every comparison (src/lib/content/review.ts).
  const subsidies = subsidyRecords(comparable(site.policies), site.categories);
  const categories = new Map<string, Set<string>>();
  for (const s of subsidies) {
    const key = `${s.policy.id}#${s.clause.id}`;
    if (!categories.has(key)) categories.set(key, new Set());
    categories.get(key)!.add(s.subsidy.category);
  }
  const rank = relatedIndex(
    site.policies.flatMap((p) => p.clauses),
    categories,
  );
  const byId = new Map(site.policies.map((p) => [p.id, p]));
  return {
    ...site,
    order,
    targets: targetRecords(comparable(site.policies)),
    subsidies,
    draftTargets: targetRecords(drafted(site.policies)),
    draftSubsidies: subsidyRecords(drafted(site.policies), site.categories),
    related: (clause) => rank(clause),
    policyOf: (clause) => byId.get(clause.policy)!,
  };
}

let cached: Promise<Derived> | undefined;

/** The derived views, computed once per build. */
export function getDerived(): Promise<Derived> {
  cached ??= derive();
  return cached;
}

const datasets = new Map<string, Promise<Datasets>>();

/** The rows of the open-data files, with absolute URLs on `site` (root-relative without SITE_URL). */
export function getDatasets(site: URL | undefined): Promise<Datasets> {
  const key = site?.href ?? '';
  if (!datasets.has(key)) {
    datasets.set(
      key,
      getSiteData().then(({ policies, regions, departments, topics, categories, asOf }) =>
        buildDatasets({ policies, regions, departments, topics, categories, site, asOf }),
      ),
    );
  }
  return datasets.get(key)!;
}
