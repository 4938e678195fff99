/**
 * The charts of /targets/: within a theme, one chart per unit (targets in 亿元 and in 家 cannot
 * share an axis) and, within a unit, per band of comparable magnitude (4000家 and 3家 cannot
 * either: the small bar would vanish). A bar per target, the baseline drawn inside it where the
 * text states one; an inferred year is marked on the bar's label as in the table.
 */
import { magnitudeBands, type Bar } from '../charts/bars.ts';
import { figureText, shortRegion } from './display.ts';
import type { TargetRecord } from './comparison-records.ts';

export interface TargetChart {
  unit: string;
  bars: Bar[];
  records: TargetRecord[];
  /** Smallest and largest value drawn. */
  range: [number, number];
}

/** Largest bars one chart compares: the smallest bar is at least 1/MAX_RATIO of the longest. */
export const MAX_RATIO = 20;

/** The bar of one target: a range is drawn to its upper end and labelled as written. */
export function targetBar(r: TargetRecord): Bar {
  const t = r.target;
  const value = Array.isArray(t.targetValue) ? t.targetValue[1] : t.targetValue;
  const year = t.targetYear === null ? '' : `${t.targetYear}${t.targetYearInferred ? '（推定）' : ''} `;
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

/**
 * Charts of a theme's targets: per unit, per band of comparable magnitude (see magnitudeBands),
 * each with at least `min` targets; units with more targets first, and within a unit the band
 * of larger values first; bars largest first. Targets in no chart are left for a table.
 */
export function targetCharts(records: TargetRecord[], min = 2, maxRatio = MAX_RATIO): TargetChart[] {
  const units = [...new Set(records.map((r) => r.target.unit))];
  const size = (unit: string) => records.filter((r) => r.target.unit === unit).length;
  return units
    .sort((a, b) => size(b) - size(a) || a.localeCompare(b))
    .flatMap((unit) => {
      const mine = records.filter((r) => r.target.unit === unit);
      const bars = mine.map(targetBar);
      return magnitudeBands(
        bars.map((b) => b.value),
        maxRatio,
      )
        .filter((band) => band.length >= min)
        .map((band) => ({
          unit,
          bars: band.map((i) => bars[i]!),
          records: band.map((i) => mine[i]!),
          range: [bars[band[band.length - 1]!]!.value, bars[band[0]!]!.value] as [number, number],
        }));
    });
}
