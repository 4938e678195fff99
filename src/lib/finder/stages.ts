/**
 * The lifecycle view (/stages/<stage>/, and the list on /finder/ without JavaScript): for one
 * stage, every city's provisions and targets that concern it, side by side.
 *
 * Provisions carry their stages in the data (eligibility.stages, read from each clause).
 * Targets have no such field — a target is an indicator, not a support condition — so they are
 * placed by the words of their indicator: 临床试验机构 concerns the clinical stages, 申报上市药品
 * registration. That is this site's grouping, stated as such on the page, not a claim of the texts.
 */
import {
  AMOUNT_BASES,
  LIFECYCLE_STAGES,
  type AmountBasis,
  type LifecycleStage,
} from '../../schemas/eligibility-vocab.ts';
import type { Target } from '../../schemas/policy.ts';
import { isStackingRule } from './match.ts';
import type { FinderProvision } from './types.ts';

const CLINICAL: LifecycleStage[] = ['临床I期', '临床II期', '临床III期'];

/** Indicator words → stages; the first rule that matches places the target. Talent and capital targets concern no stage. */
const TARGET_RULES: [RegExp, LifecycleStage[]][] = [
  [/临床试验机构|医研企协同/, CLINICAL],
  [/申报上市|申报医疗器械/, ['注册获证']],
  [
    /上市企业|上市公司|IPO|上市后备|独角兽|专精特新|小巨人|潜力地标|重点培育企业|领军企业|亿企业|营收超|科技型中小企业|高企/,
    ['成长壮大'],
  ],
  [/引入|集聚.*企业|企业数量|企业总数|载体|预留土地/, ['落户设立']],
  [/产业规模|营业收入|总产值|智能生物制造/, ['产业化']],
  [/重点实验室|工程技术中心|研究院所|研发机构|创新平台/, ['研发']],
];

export function targetStages(t: Pick<Target, 'indicator' | 'theme'>): LifecycleStage[] {
  if (t.theme === '人才') return [];
  return TARGET_RULES.find(([re]) => re.test(t.indicator))?.[1] ?? [];
}

/** Provisions that concern a stage: those whose clause names it (stacking rules pay nothing and are left out). */
export const provisionsAt = <P extends Pick<FinderProvision, 'eligibility'>>(stage: LifecycleStage, provisions: P[]) =>
  provisions.filter((p) => !isStackingRule(p.eligibility) && p.eligibility.stages.includes(stage));

/** Provisions tied to no stage (平台、人才、金融…), for the "不分阶段" group. */
export const provisionsWithoutStage = <P extends Pick<FinderProvision, 'eligibility'>>(provisions: P[]) =>
  provisions.filter((p) => !isStackingRule(p.eligibility) && p.eligibility.stages.length === 0);

export const STAGE_NAMES = LIFECYCLE_STAGES.map<LifecycleStage>((s) => s.name);

/**
 * The amounts the form asks per stage: a basis and a stage wherever a provision computes from
 * that stage's own amount (basisPerStage with tiers by stage — R&D per clinical phase), in
 * vocabulary order.
 */
export function stageAmountFields(
  provisions: Pick<FinderProvision, 'eligibility'>[],
): { basis: AmountBasis; stage: LifecycleStage }[] {
  const wanted = new Set<string>();
  for (const p of provisions) {
    const e = p.eligibility;
    if (!e.basisPerStage || !e.basis) continue;
    for (const t of e.tiers) for (const st of t.stages) wanted.add(`${e.basis}|${st}`);
  }
  return AMOUNT_BASES.flatMap((b) =>
    LIFECYCLE_STAGES.filter((s) => wanted.has(`${b.name}|${s.name}`)).map((s) => ({ basis: b.name, stage: s.name })),
  );
}

/** A stage page's column: one region, its policies, its provisions at the stage (largest first), its targets. */
export interface StageColumn<P, T, Pol = { id: string; region: string; href: string; shortTitle: string }> {
  region: { id: string; name: string };
  policies: Pol[];
  rows: P[];
  targets: T[];
}

/**
 * The columns of a stage (null: the provisions tied to no stage), one per region with a policy,
 * in region order. `amount` orders each column's provisions, largest first (no amount last).
 * Grouped once by region: a column per region filtering the whole corpus grows with its square.
 */
export function stageColumns<
  P extends Pick<FinderProvision, 'eligibility' | 'region'>,
  T extends { region: string; stages: LifecycleStage[] },
  Pol extends { id: string; region: string; href: string; shortTitle: string },
>(
  data: { regions: { id: string; name: string }[]; policies: Pol[]; provisions: P[] },
  stage: LifecycleStage | null,
  targets: T[],
  amount: (p: P) => number | null,
): StageColumn<P, T, Pol>[] {
  const list = stage ? provisionsAt(stage, data.provisions) : provisionsWithoutStage(data.provisions);
  const policiesByRegion = new Map<string, Pol[]>();
  for (const p of data.policies) policiesByRegion.set(p.region, [...(policiesByRegion.get(p.region) ?? []), p]);
  const rowsByRegion = new Map<string, { p: P; a: number }[]>();
  for (const p of list) {
    const rows = rowsByRegion.get(p.region) ?? [];
    rows.push({ p, a: amount(p) ?? -1 });
    rowsByRegion.set(p.region, rows);
  }
  const targetsByRegion = new Map<string, T[]>();
  if (stage !== null)
    for (const t of targets)
      if (t.stages.includes(stage)) targetsByRegion.set(t.region, [...(targetsByRegion.get(t.region) ?? []), t]);
  return data.regions
    .filter((r) => policiesByRegion.has(r.id))
    .map((region) => ({
      region,
      policies: policiesByRegion.get(region.id)!,
      rows: [...(rowsByRegion.get(region.id) ?? [])].sort((x, y) => y.a - x.a).map((r) => r.p),
      targets: targetsByRegion.get(region.id) ?? [],
    }));
}

/** The page of the provisions tied to no stage, beside the stage pages: /stages/none/. */
export const NO_STAGE = { id: 'none', title: '不分阶段', note: '平台、人才、金融、标准等与阶段无关的条款' } as const;
