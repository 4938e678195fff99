/**
 * How targets and subsidies are written in the tables: figures in the text's own manner
 * (3300亿元, 2亿元, 10%—30%, 3—5个), and 未载明 / — where the text gives nothing, never a guess.
 */
import type { Subsidy, Target, Tier } from '../../schemas/policy.ts';
import { formatPct, formatWan, UNSTATED } from '../format.ts';

type Figure = number | [number, number];

/** 苏州高新区（虎丘区） → 苏州高新区: the bracketed alias does not fit a chart label or a narrow column. */
export const shortRegion = (name: string) => name.replace(/[（(][^）)]*[）)]$/, '');

/** 4000 家; [3, 5] 个 → 3—5个; 50 % → 50%. */
export function figureText(value: Figure, unit: string): string {
  const n = Array.isArray(value) ? `${value[0]}—${value[1]}` : String(value);
  return `${n}${unit}`;
}

/** The target as the text states it: 超4000家, 力争400家, 3—5个. */
export function targetText(t: Pick<Target, 'targetValue' | 'unit' | 'comparator'>): string {
  const figure = figureText(t.targetValue, t.unit);
  const c = t.comparator;
  if (!c) return figure;
  // Words that follow the figure in Chinese (3家以上, 10家左右); the others precede it (超4000家).
  return /^(以上|左右|以内)$/.test(c) ? `${figure}${c}` : `${c}${figure}`;
}

/** The target year as a reader should take it: 2025, 2024（推定）when the text states no year, 未载明. */
export function yearText(t: Pick<Target, 'targetYear' | 'targetYearInferred'>): string {
  if (t.targetYear === null) return UNSTATED;
  return t.targetYearInferred ? `${t.targetYear}（推定）` : String(t.targetYear);
}

/** 2021年 200亿元, or 未载明. */
export function baselineText(t: Pick<Target, 'baselineValue' | 'baselineYear' | 'unit'>): string {
  if (t.baselineValue === null) return UNSTATED;
  return `${t.baselineYear !== null ? `${t.baselineYear}年 ` : ''}${figureText(t.baselineValue, t.unit)}`;
}

/** The fields of a subsidy a display function reads, with its tiers. */
type Fields<K extends keyof Subsidy> = Pick<Subsidy, K> & { tiers: Tier[] };
type TierFields = { tiers: Tier[] };

/** The tiers that belong to the provision's comparison group (临床实验, not 研究, in 创新药临床试验). */
export const comparedTiers = (s: TierFields) => s.tiers.filter((t) => !t.outsideCategory);

/** Whether some tier supports something outside the provision's comparison group. */
export const hasOutsideTiers = (s: TierFields) => s.tiers.some((t) => t.outsideCategory);

/**
 * The amount of a provision compared and sorted on: its maximum, else its largest tier or
 * raised maximum; null when it names none. An annual cap per enterprise is not an amount per
 * item, and "上限再提高100万元" is an increase, so neither counts. When a tier lies outside
 * the comparison group (高新区: 临床实验 250万, 研究 400万 under 创新药临床试验), the overall
 * maximum is that tier's, so the largest tier inside the group is compared instead.
 */
export function headlineWan(s: Fields<'maxAmountWan' | 'raisedMaxWan'>): number | null {
  const tiers = comparedTiers(s)
    .map((t) => t.maxAmountWan)
    .filter((x): x is number => x !== null);
  if (hasOutsideTiers(s)) return tiers.length ? Math.max(...tiers) : null;
  if (s.maxAmountWan !== null) return s.maxAmountWan;
  if (tiers.length) return Math.max(...tiers);
  return s.raisedMaxWan;
}

/** The amount column: 最高300万元; 可上浮至1000万元; 上限再提高100万元; — when the text names no amount. */
export function amountText(s: Pick<Subsidy, 'maxAmountWan' | 'raisedMaxWan' | 'raiseByWan' | 'kind'>): string {
  const parts: string[] = [];
  if (s.maxAmountWan !== null) parts.push(`最高${formatWan(s.maxAmountWan)}`);
  if (s.raisedMaxWan !== null) parts.push(`可上浮至${formatWan(s.raisedMaxWan)}`);
  if (s.raiseByWan !== null) parts.push(`上限再提高${formatWan(s.raiseByWan)}`);
  if (!parts.length) return s.kind === '一事一议' ? '一事一议' : '—';
  return parts.join('，');
}

/** 研发投入的 25%; 10%—30%; — . */
export function rateText(s: Pick<Subsidy, 'ratePct' | 'rateBase'>): string {
  if (s.ratePct === null) return '—';
  return s.rateBase ? `${s.rateBase}的 ${formatPct(s.ratePct)}` : formatPct(s.ratePct);
}

/** I期临床试验 600万元；II期临床试验 1200万元 — one entry per tier, figures as given; a tier outside the comparison group says so. */
export function tierTexts(s: TierFields): string[] {
  return s.tiers.map((t) => {
    const figures = [
      t.maxAmountWan !== null ? formatWan(t.maxAmountWan) : null,
      t.ratePct !== null ? formatPct(t.ratePct) : null,
    ].filter(Boolean);
    const text = figures.length ? `${t.label} ${figures.join('，')}` : t.label;
    return t.outsideCategory ? `${text}（不属本组，不计入对比）` : text;
  });
}

/** 每年最高1亿元, or — . */
export function capText(s: Pick<Subsidy, 'annualCapWan'>): string {
  return s.annualCapWan === null ? '—' : `每年最高${formatWan(s.annualCapWan)}`;
}

/**
 * A provision in one line for the side-by-side summary: its largest tier inside the comparison
 * group by name (三类医疗器械 最高300万元), else its amount; a provision stating no amount says
 * so in words (择优支持，未载明金额), never just its kind ("其他").
 */
export function headlineText(s: Fields<'maxAmountWan' | 'raisedMaxWan' | 'raiseByWan' | 'kind'>): string {
  const tiers = comparedTiers(s).filter((t) => t.maxAmountWan !== null);
  if (tiers.length) {
    const top = tiers.reduce((a, b) => (b.maxAmountWan! > a.maxAmountWan! ? b : a));
    return `${top.label} 最高${formatWan(top.maxAmountWan)}`;
  }
  if (headlineWan(s) !== null || s.raiseByWan !== null) return amountText(s);
  return noAmountText(s.kind);
}

/** What a provision without an amount offers: 一事一议; 择优支持，未载明金额; 未载明金额 (for 其他). */
export function noAmountText(kind: Subsidy['kind']): string {
  if (kind === '一事一议') return '一事一议，未载明金额';
  if (kind === '其他') return '未载明金额';
  return `${kind}，未载明金额`;
}

/** The amount column of a comparison table: the amount compared (the in-group tier where a tier lies outside the group), else the amount as the text gives it. */
export function comparedAmountText(s: Fields<'maxAmountWan' | 'raisedMaxWan' | 'raiseByWan' | 'kind'>): string {
  if (!hasOutsideTiers(s)) return amountText(s);
  const wan = headlineWan(s);
  return wan === null ? '—' : `最高${formatWan(wan)}`;
}
