/**
 * The charts of /targets/: within a theme, one chart per unit (targets in 亿元 and in 家 cannot
 * share an axis), a bar per target, the baseline drawn inside it where the text states one.
 */
import type { Bar } from '../charts/bars.ts';
import { figureText, shortRegion } from './display.ts';
import type { TargetRecord } from './comparison-records.ts';

export interface TargetChart {
  unit: string;
  bars: Bar[];
  records: TargetRecord[];
}

/** The bar of one target: a range is drawn to its upper end and labelled as written. */
export function targetBar(r: TargetRecord): Bar {
  const t = r.target;
  const value = Array.isArray(t.targetValue) ? t.targetValue[1] : t.targetValue;
  const year = t.targetYear !== null ? `${t.targetYear} ` : '';
  return {
    label: `${shortRegion(r.policy.region.name)} ${year}${t.indicator}`,
    value,
    baseline: t.baselineValue,
    valueLabel:
      t.baselineValue !== null
        ? `${t.baselineValue} → ${figureText(t.targetValue, t.unit)}`
        : figureText(t.targetValue, t.unit),
  };
}

/** Charts of a theme's targets: one per unit with at least `min` targets, largest unit group first, bars largest first. */
export function targetCharts(records: TargetRecord[], min = 2): TargetChart[] {
  const units = [...new Set(records.map((r) => r.target.unit))];
  return units
    .map((unit) => {
      const mine = records.filter((r) => r.target.unit === unit);
      const bars = mine.map(targetBar);
      const order = bars.map((_, i) => i).sort((a, b) => bars[b]!.value - bars[a]!.value || a - b);
      return { unit, bars: order.map((i) => bars[i]!), records: order.map((i) => mine[i]!) };
    })
    .filter((c) => c.bars.length >= min)
    .sort((a, b) => b.bars.length - a.bars.length || a.unit.localeCompare(b.unit));
}
