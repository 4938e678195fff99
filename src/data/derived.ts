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
import type { ClauseRecord, RegionEntry } from '../lib/model';
import type { DepartmentEntry } from '../lib/responsible-units';
import { buildDatasets, type Datasets } from '../lib/data/export';
import { subsidyRecords, targetRecords, type SubsidyRecord, type TargetRecord } from '../lib/data/comparison-records';
import { departmentIndex, type DepartmentIndexEntry } from '../lib/data/department-duties';
import { categoriesByClause, relatedIndex, type Related } from '../lib/data/related';
import { groupBy } from '../lib/data/group';

export interface Derived extends SiteData {
  targets: TargetRecord[];
  subsidies: SubsidyRecord[];
  /** Clauses of other policies related to a clause, best first. */
  related: (clause: ClauseRecord) => Related<ClauseRecord>[];
  /** The policy a clause belongs to. */
  policyOf: (clause: { policy: string }) => Policy;
  /** Targets and subsidies of one policy, or of one clause, in the order of the policy's data. */
  targetsOf: (policy: string, clause?: string) => TargetRecord[];
  subsidiesOf: (policy: string, clause?: string) => SubsidyRecord[];
  /** A region and every region below it (苏州市 → 苏州市, 太仓市, 昆山市, 苏州高新区). */
  scopeOf: (region: string) => string[];
  /** Policies of exactly this region, in display order. */
  policiesIn: (region: string) => Policy[];
  /** The regions directly below a region, in the vocabulary's order; the departments of a region. */
  childrenOf: (region: string) => RegionEntry[];
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
  const subsidies = subsidyRecords(site.policies, site.categories);
  const targets = targetRecords(site.policies);
  const rank = relatedIndex(
    site.policies.flatMap((p) => p.clauses),
    categoriesByClause(site.policies),
  );
  const none: never[] = [];
  const targetsByPolicy = groupBy(targets, (r) => r.policy.id);
  const targetsByClause = groupBy(targets, (r) => `${r.policy.id}#${r.clause.id}`);
  const subsidiesByPolicy = groupBy(subsidies, (r) => r.policy.id);
  const subsidiesByClause = groupBy(subsidies, (r) => `${r.policy.id}#${r.clause.id}`);
  const policiesByRegion = groupBy(site.policies, (p) => p.data.region);
  const childrenOf = groupBy(
    [...site.regions].sort((a, b) => a.order - b.order),
    (r) => r.parent ?? '',
  );
  const departmentsByRegion = groupBy(site.departments, (d) => d.region);
  const scopes = new Map<string, string[]>();
  const scopeOf = (region: string): string[] => {
    let scope = scopes.get(region);
    if (!scope) {
      scope = [region];
      for (let i = 0; i < scope.length; i++)
        for (const r of childrenOf.get(scope[i]!) ?? []) if (!scope.includes(r.id)) scope.push(r.id);
      scopes.set(region, scope);
    }
    return scope;
  };
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
    related: (clause) => rank(clause),
    policyOf: (clause) => site.policyById.get(clause.policy)!,
    targetsOf: (policy, clause) =>
      (clause === undefined ? targetsByPolicy.get(policy) : targetsByClause.get(`${policy}#${clause}`)) ?? none,
    subsidiesOf: (policy, clause) =>
      (clause === undefined ? subsidiesByPolicy.get(policy) : subsidiesByClause.get(`${policy}#${clause}`)) ?? none,
    scopeOf,
    policiesIn: (region) => policiesByRegion.get(region) ?? none,
    childrenOf: (region) => childrenOf.get(region) ?? none,
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

/** The rows of the open-data files, with absolute URLs on `site`. */
export function getDatasets(site: URL): Promise<Datasets> {
  if (!datasets.has(site.href)) {
    datasets.set(
      site.href,
      getSiteData().then(({ policies, categories, asOf }) => buildDatasets({ policies, categories, site, asOf })),
    );
  }
  return datasets.get(site.href)!;
}
