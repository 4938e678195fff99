/**
 * How targets and subsidies are written in the tables: figures in the text's own manner
 * (3300亿元, 2亿元, 10%—30%, 3—5个), and 未载明 / — where the text gives nothing, never a guess.
 */
import type { Subsidy, Target } from '../../schemas/policy.ts';
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

/** 2021年 200亿元, or 未载明. */
export function baselineText(t: Pick<Target, 'baselineValue' | 'baselineYear' | 'unit'>): string {
  if (t.baselineValue === null) return UNSTATED;
  return `${t.baselineYear !== null ? `${t.baselineYear}年 ` : ''}${figureText(t.baselineValue, t.unit)}`;
}

/**
 * The amount of a provision compared and sorted on: its maximum, else its largest tier or
 * raised maximum; null when it names none. An annual cap per enterprise is not an amount per
 * item, and "上限再提高100万元" is an increase, so neither counts.
 */
export function headlineWan(s: Pick<Subsidy, 'maxAmountWan' | 'tiers' | 'raisedMaxWan'>): number | null {
  if (s.maxAmountWan !== null) return s.maxAmountWan;
  const tiers = s.tiers.map((t) => t.maxAmountWan).filter((x): x is number => x !== null);
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

/** I期临床试验 600万元；II期临床试验 1200万元 — one entry per tier, figures as given. */
export function tierTexts(s: Pick<Subsidy, 'tiers'>): string[] {
  return s.tiers.map((t) => {
    const figures = [
      t.maxAmountWan !== null ? formatWan(t.maxAmountWan) : null,
      t.ratePct !== null ? formatPct(t.ratePct) : null,
    ].filter(Boolean);
    return figures.length ? `${t.label} ${figures.join('，')}` : t.label;
  });
}

/** 每年最高1亿元, or — . */
export function capText(s: Pick<Subsidy, 'annualCapWan'>): string {
  return s.annualCapWan === null ? '—' : `每年最高${formatWan(s.annualCapWan)}`;
}

/** A provision in one line for the side-by-side summary: its largest tier by name (三类医疗器械 最高300万元), else its amount. */
export function headlineText(
  s: Pick<Subsidy, 'maxAmountWan' | 'raisedMaxWan' | 'raiseByWan' | 'kind' | 'tiers'>,
): string {
  const tiers = s.tiers.filter((t) => t.maxAmountWan !== null);
  if (!tiers.length) return amountText(s);
  const top = tiers.reduce((a, b) => (b.maxAmountWan! > a.maxAmountWan! ? b : a));
  return `${top.label} 最高${formatWan(top.maxAmountWan)}`;
}
