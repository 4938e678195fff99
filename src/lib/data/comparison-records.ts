/**
 * Targets and subsidies joined with their policy, region and clause, and the groupings the
 * comparison pages show: subsidies by category sorted by amount, targets by theme, everything a
 * region, topic or department appears in.
 */
import type { Subsidy, Target } from '../../schemas/policy.ts';
import type { ClauseRecord, RegionEntry } from '../model.ts';
import { regionTree } from '../regions.ts';
import type { ExportPolicy } from './export.ts';
import { headlineWan } from './display.ts';

export interface TargetRecord {
  policy: ExportPolicy;
  /** The primary clause (for an indicator also in an annex table: its row there). */
  clause: ClauseRecord;
  target: Target;
  /** The other clauses stating the same indicator, with their words. */
  mentions: { clause: ClauseRecord; quote: string }[];
}

export interface SubsidyRecord {
  policy: ExportPolicy;
  clause: ClauseRecord;
  subsidy: Subsidy;
  category: { id: string; name: string; order: number };
  /** The amount compared and sorted on (see headlineWan); null when the text names none. */
  amountWan: number | null;
}

export interface Category {
  id: string;
  name: string;
  order: number;
}

/** Position of each ID in a display order: comparators look positions up instead of calling indexOf per comparison. */
const positions = (order: string[]) => {
  const pos = new Map(order.map((id, i) => [id, i]));
  return (id: string) => pos.get(id) ?? -1;
};

/** Policies in display order: by region (tree order), then ID. */
export function inRegionOrder<T extends { data: { region: string }; id: string }>(
  policies: T[],
  regionOrder: string[],
): T[] {
  const pos = positions(regionOrder);
  return [...policies].sort((a, b) => pos(a.data.region) - pos(b.data.region) || a.id.localeCompare(b.id));
}

export function targetRecords(policies: ExportPolicy[]): TargetRecord[] {
  return policies.flatMap((policy) =>
    policy.data.targets.map((target) => ({
      policy,
      target,
      clause: policy.byId.get(target.clause)!,
      mentions: target.alsoIn.map((m) => ({ clause: policy.byId.get(m.clause)!, quote: m.quote })),
    })),
  );
}

/** Whether a target cites the clause, as its primary clause or as another place stating it. */
export const citesClause = (r: TargetRecord, clauseId: string) =>
  r.clause.id === clauseId || r.mentions.some((m) => m.clause.id === clauseId);

export function subsidyRecords(policies: ExportPolicy[], categories: Category[]): SubsidyRecord[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  return policies.flatMap((policy) =>
    policy.data.subsidies.map((subsidy) => ({
      policy,
      subsidy,
      clause: policy.byId.get(subsidy.clause)!,
      category: byId.get(subsidy.category) ?? { id: subsidy.category, name: subsidy.category, order: 999 },
      amountWan: headlineWan(subsidy),
    })),
  );
}

/**
 * Largest amount first; provisions without an amount last, in document order. Ties keep the
 * regions' display order, so a table reads the same on every build.
 */
export function byAmountDesc(regionOrder: string[]) {
  const at = positions(regionOrder);
  const pos = (r: SubsidyRecord) => at(r.policy.data.region);
  return (a: SubsidyRecord, b: SubsidyRecord): number => {
    if (a.amountWan !== b.amountWan) {
      if (a.amountWan === null) return 1;
      if (b.amountWan === null) return -1;
      return b.amountWan - a.amountWan;
    }
    return pos(a) - pos(b) || a.policy.id.localeCompare(b.policy.id) || a.clause.order - b.clause.order;
  };
}

export interface CategoryGroup {
  category: Category;
  records: SubsidyRecord[];
  /** Per region with provisions in the category: its largest provision (by amount), for the side-by-side summary. */
  best: { region: RegionEntry; record: SubsidyRecord; count: number }[];
}

/** Subsidies grouped by category (in the vocabulary's order), each group sorted by amount, largest first. Empty categories are left out. */
export function groupByCategory(
  records: SubsidyRecord[],
  categories: Category[],
  regionOrder: string[],
): CategoryGroup[] {
  const sort = byAmountDesc(regionOrder);
  const pos = positions(regionOrder);
  const byCategory = new Map<string, SubsidyRecord[]>();
  for (const r of records) {
    const list = byCategory.get(r.subsidy.category);
    if (list) list.push(r);
    else byCategory.set(r.subsidy.category, [r]);
  }
  return [...categories]
    .sort((a, b) => a.order - b.order)
    .map((category) => {
      const inCategory = (byCategory.get(category.id) ?? []).sort(sort);
      const byRegion = new Map<string, SubsidyRecord[]>();
      for (const r of inCategory) {
        const list = byRegion.get(r.policy.data.region);
        if (list) list.push(r);
        else byRegion.set(r.policy.data.region, [r]);
      }
      const best = [...byRegion.keys()]
        .sort((a, b) => pos(a) - pos(b))
        .map((id) => {
          const mine = byRegion.get(id)!;
          return { region: mine[0]!.policy.region, record: mine[0]!, count: mine.length };
        });
      return { category, records: inCategory, best };
    })
    .filter((g) => g.records.length > 0);
}

export interface ThemeGroup {
  theme: string;
  records: TargetRecord[];
}

/** Targets grouped by theme in the schema's order; inside a theme by region, then policy, then position in the text. */
export function groupByTheme(records: TargetRecord[], themes: readonly string[], regionOrder: string[]): ThemeGroup[] {
  const at = positions(regionOrder);
  const pos = (r: TargetRecord) => at(r.policy.data.region);
  return themes
    .map((theme) => ({
      theme,
      records: records
        .filter((r) => r.target.theme === theme)
        .sort((a, b) => pos(a) - pos(b) || a.policy.id.localeCompare(b.policy.id) || a.clause.order - b.clause.order),
    }))
    .filter((g) => g.records.length > 0);
}

/** A region and every region below it: 苏州市 → 苏州市, 太仓市, 昆山市, 苏州高新区. */
export function regionWithDescendants(region: string, regions: RegionEntry[]): string[] {
  return regionTree(regions).descendants(region);
}

/** Regions with more than one policy among `records`: there a clause label alone does not say which policy it cites. */
export function regionsWithSeveralPolicies(
  records: { policy: { id: string; data: { region: string } } }[],
): Set<string> {
  const policies = new Map<string, Set<string>>();
  for (const r of records) {
    if (!policies.has(r.policy.data.region)) policies.set(r.policy.data.region, new Set());
    policies.get(r.policy.data.region)!.add(r.policy.id);
  }
  return new Set([...policies].filter(([, ids]) => ids.size > 1).map(([region]) => region));
}
