/**
 * Views of the site data that the comparison, index and open-data pages share: targets and
 * subsidies joined with their clauses, related clauses across cities, and the open-data rows.
 * Built once per build from getSiteData(); the logic itself lives in src/lib/data/.
 *
 * Everything a page asks for by policy, clause, region, topic or department is indexed here once
 * (docs/scaling.md): a page that filtered the whole corpus would make the build grow with the
 * square of the number of policies.
 */
import { getSiteData, type Policy, type SiteData } from './policies';
import type { ClauseRecord } from '../lib/model';
import type { DepartmentEntry } from '../lib/responsible-units';
import { buildDatasets, groupRows, PER_POLICY, type Datasets, type PerPolicyName } from '../lib/data/export';
import { subsidyRecords, targetRecords, type SubsidyRecord, type TargetRecord } from '../lib/data/comparison-records';
import { departmentIndex, type DepartmentIndexEntry } from '../lib/data/department-duties';
import { categoriesByClause, relatedIndex, type Related } from '../lib/data/related';
import { groupBy } from '../lib/data/group';
import { comparable, drafted } from '../lib/content/review';

export interface Derived extends SiteData {
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
  /**
   * Targets and subsidies of one policy, or of one clause, in the order of the policy's data: for
   * the policy's own pages, so a draft's figures are included (never in `targets` / `subsidies`).
   * A target stated in several clauses (body and 附件1) is listed under each of them.
   */
  targetsOf: (policy: string, clause?: string) => TargetRecord[];
  subsidiesOf: (policy: string, clause?: string) => SubsidyRecord[];
  /** Policies of exactly this region, in display order. */
  policiesIn: (region: string) => Policy[];
  /** The departments of a region (the region tree itself: src/lib/regions.ts). */
  departmentsIn: (region: string) => DepartmentEntry[];
  /** Clauses tagged with a topic, in display order of their policies, then document order. */
  topicClauses: (topic: string) => ClauseRecord[];
  topicName: Map<string, string>;
  /** What each department is responsible for (src/lib/data/department-duties.ts), by department ID. */
  departmentEntries: DepartmentIndexEntry[];
  departmentEntry: (id: string) => DepartmentIndexEntry | undefined;
}

async function derive(): Promise<Derived> {
  const site = await getSiteData();
  // An unreviewed import's figures stay out of every comparison (src/lib/content/review.ts).
  const reviewed = comparable(site.policies);
  const drafts = drafted(site.policies);
  const subsidies = subsidyRecords(reviewed, site.categories);
  const targets = targetRecords(reviewed);
  const draftSubsidies = subsidyRecords(drafts, site.categories);
  const draftTargets = targetRecords(drafts);
  const rank = relatedIndex(
    site.policies.flatMap((p) => p.clauses),
    categoriesByClause(reviewed),
  );
  const none: never[] = [];
  // A policy's own pages show its figures whether it is reviewed or a draft (marked 待审核 there).
  const ownTargets = [...targets, ...draftTargets];
  const ownSubsidies = [...subsidies, ...draftSubsidies];
  const targetsByPolicy = groupBy(ownTargets, (r) => r.policy.id);
  // A target stated in several places (body and 附件1) is listed under each clause that states it.
  const targetsByClause = new Map<string, TargetRecord[]>();
  for (const r of ownTargets) {
    for (const clause of new Set([r.clause.id, ...r.mentions.map((m) => m.clause.id)])) {
      const key = `${r.policy.id}#${clause}`;
      const list = targetsByClause.get(key);
      if (list) list.push(r);
      else targetsByClause.set(key, [r]);
    }
  }
  const subsidiesByPolicy = groupBy(ownSubsidies, (r) => r.policy.id);
  const subsidiesByClause = groupBy(ownSubsidies, (r) => `${r.policy.id}#${r.clause.id}`);
  const policiesByRegion = groupBy(site.policies, (p) => p.data.region);
  const departmentsByRegion = groupBy(site.departments, (d) => d.region);
  const topicClauses = new Map<string, ClauseRecord[]>();
  for (const p of site.policies) {
    for (const c of p.clauses) {
      for (const t of c.topics) {
        if (!topicClauses.has(t)) topicClauses.set(t, []);
        topicClauses.get(t)!.push(c);
      }
    }
  }
  const departmentEntries = departmentIndex(site.departments, site.policies);
  const byDepartment = new Map(departmentEntries.map((e) => [e.department.id, e]));
  return {
    ...site,
    targets,
    subsidies,
    draftTargets,
    draftSubsidies,
    related: (clause) => rank(clause),
    policyOf: (clause) => site.policyById.get(clause.policy)!,
    targetsOf: (policy, clause) =>
      (clause === undefined ? targetsByPolicy.get(policy) : targetsByClause.get(`${policy}#${clause}`)) ?? none,
    subsidiesOf: (policy, clause) =>
      (clause === undefined ? subsidiesByPolicy.get(policy) : subsidiesByClause.get(`${policy}#${clause}`)) ?? none,
    policiesIn: (region) => policiesByRegion.get(region) ?? none,
    departmentsIn: (region) => departmentsByRegion.get(region) ?? none,
    topicClauses: (topic) => topicClauses.get(topic) ?? none,
    topicName: new Map(site.topics.map((t) => [t.id, t.name])),
    departmentEntries,
    departmentEntry: (id) => byDepartment.get(id),
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

const policyRows = new Map<string, Promise<Map<PerPolicyName, Map<string, Record<string, unknown>[]>>>>();

/** The per-policy datasets' rows by policy (/data/policies/<id>/…), grouped once per build, not filtered per file. */
export function getPolicyRows(site: URL | undefined) {
  const key = site?.href ?? '';
  if (!policyRows.has(key))
    policyRows.set(
      key,
      getDatasets(site).then(
        (d) =>
          new Map(
            PER_POLICY.map((name) => [
              name,
              groupRows<{ policy: string }>(d[name]) as unknown as Map<string, Record<string, unknown>[]>,
            ]),
          ),
      ),
    );
  return policyRows.get(key)!;
}
