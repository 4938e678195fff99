import { describe, expect, it } from 'vitest';
import { shortRegion } from './display.ts';
import { targetBar, targetCharts } from './target-charts.ts';
import type { TargetRecord } from './comparison-records.ts';

const rec = (
  region: string,
  indicator: string,
  unit: string,
  targetValue: number | [number, number],
  baselineValue: number | null = null,
  targetYearInferred = false,
) =>
  ({
    policy: { region: { name: region } },
    target: {
      indicator,
      unit,
      targetValue,
      baselineValue,
      baselineYear: baselineValue === null ? null : 2021,
      targetYear: 2025,
      targetYearInferred,
      comparator: null,
    },
  }) as unknown as TargetRecord;

describe('targetBar', () => {
  it('labels with region, year and indicator, and draws a range to its upper end', () => {
    expect(targetBar(rec('太仓市', '重点实验室', '个', [1, 2]))).toEqual({
      label: '太仓市 2025 重点实验室',
      value: 2,
      baseline: null,
      valueLabel: '1—2个',
    });
  });
  it('marks a year the text does not state', () => {
    expect(targetBar(rec('苏州高新区（虎丘区）', '细分领域领军企业', '家', 30, null, true)).label).toBe(
      '苏州高新区 2025（推定） 细分领域领军企业',
    );
  });
  it('shows baseline → target', () => {
    expect(targetBar(rec('太仓市', '营业收入', '亿元', 500, 200)).valueLabel).toBe('200 → 500亿元');
  });
  it('drops the bracketed alias of a region', () => {
    expect(shortRegion('苏州高新区（虎丘区）')).toBe('苏州高新区');
  });
});

describe('targetCharts', () => {
  it('draws one chart per unit with at least two targets, bars largest first', () => {
    const charts = targetCharts([rec('a', 'x', '亿元', 500), rec('b', 'y', '亿元', 3300), rec('c', 'z', '家', 10)]);
    expect(charts.map((c) => c.unit)).toEqual(['亿元']);
    expect(charts[0]!.bars.map((b) => b.value)).toEqual([3300, 500]);
    expect(charts[0]!.records.map((r) => r.target.indicator)).toEqual(['y', 'x']);
    expect(charts[0]!.range).toEqual([500, 3300]);
  });
  it('compares like with like: 4000家 and 3家 are never on one axis', () => {
    const values = [4000, 800, 500, 300, 40, 20, 10, 5, 3];
    const charts = targetCharts(values.map((v, i) => rec(`r${i}`, `i${i}`, '家', v)));
    expect(charts.map((c) => c.bars.map((b) => b.value))).toEqual([
      [4000, 800, 500, 300],
      [40, 20, 10, 5, 3],
    ]);
    for (const c of charts) expect(c.range[1] / c.range[0]).toBeLessThanOrEqual(20);
  });
  it('leaves a target alone in its magnitude out of the charts, for the table', () => {
    const charts = targetCharts([rec('a', 'x', '亿元', 3300), rec('b', 'y', '亿元', 50), rec('c', 'z', '亿元', 40)]);
    expect(charts.map((c) => c.bars.map((b) => b.value))).toEqual([[50, 40]]);
  });
});
