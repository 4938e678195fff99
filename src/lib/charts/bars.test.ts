import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { barChart, barPercent, escapeSvg, fitLabel, magnitudeBands } from './bars.ts';

const chart = (bars: Parameters<typeof barChart>[0]) =>
  parse(barChart(bars, { id: 'c1', title: '产业规模（亿元）', description: '每条为一项目标' })).querySelector('svg')!;

describe('barPercent', () => {
  it('scales to the largest value', () => {
    expect(barPercent(3300, 3300)).toBe(70);
    expect(barPercent(1650, 3300)).toBe(35);
  });
  it('draws a hairline for zero, never a negative or empty bar', () => {
    expect(barPercent(0, 100)).toBeGreaterThan(0);
    expect(barPercent(5, 0)).toBeGreaterThan(0);
  });
});

describe('fitLabel and escapeSvg', () => {
  it('cuts long labels with …', () => {
    expect(fitLabel('苏州市 2023 沪深A股和境外主要资本市场上市企业', 11)).toBe('苏州市 2023 沪…');
    expect(fitLabel('太仓市', 10)).toBe('太仓市');
  });
  it('escapes markup', () => {
    expect(escapeSvg('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});

describe('barChart', () => {
  it('is an accessible image with a title and a description', () => {
    const svg = chart([{ label: '苏州市', value: 3300, valueLabel: '3300亿元' }]);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('c1-title c1-desc');
    expect(svg.querySelector('#c1-title')!.text).toBe('产业规模（亿元）');
  });
  it('draws one bar per value, proportional, with its label and value', () => {
    const svg = chart([
      { label: '苏州市', value: 3300, valueLabel: '3300亿元' },
      { label: '太仓市', value: 1100, valueLabel: '1100亿元' },
    ]);
    const bars = svg.querySelectorAll('rect.chart-bar');
    expect(bars.map((b) => b.getAttribute('width'))).toEqual(['70%', '23.33%']);
    expect(svg.querySelectorAll('.chart-label').map((t) => t.text)).toEqual(['苏州市', '太仓市']);
    expect(svg.querySelectorAll('.chart-value').map((t) => t.text)).toEqual(['3300亿元', '1100亿元']);
  });
  it('writes every value after its bar’s end, on the page background, never inside a bar', () => {
    const svg = chart([
      { label: 'a', value: 100, baseline: 90, valueLabel: '90 → 100' },
      { label: 'b', value: 10, valueLabel: '10' },
    ]);
    const values = svg.querySelectorAll('.chart-value');
    expect(values.map((v) => [v.getAttribute('x'), v.getAttribute('dx'), v.getAttribute('text-anchor')])).toEqual([
      ['70%', '6', undefined],
      ['7%', '6', undefined],
    ]);
    expect(svg.querySelectorAll('[class*="inside"], [class*="on-target"]').length).toBe(0);
  });
  it('draws a baseline inside the target bar, with a legend', () => {
    const svg = chart([{ label: '太仓市', value: 500, baseline: 200, valueLabel: '200 → 500亿元' }]);
    expect(svg.querySelector('rect.chart-bar--baseline:not([x="0"][y="4"])')).not.toBeNull();
    expect(svg.querySelector('.chart-legend')!.text).toContain('基期');
    const baseline = svg.querySelectorAll('rect.chart-bar--baseline').at(-1)!;
    expect(baseline.getAttribute('width')).toBe('28%');
  });
  it('escapes labels', () => {
    expect(
      barChart([{ label: '<b>', value: 1, valueLabel: '1' }], { id: 'x', title: 't', description: 'd' }),
    ).toContain('&lt;b&gt;');
  });
});

describe('magnitudeBands', () => {
  const bands = (values: number[], ratio?: number) => magnitudeBands(values, ratio).map((b) => b.map((i) => values[i]));
  it('keeps 4000家 and 3家 off one axis, splitting where values lie furthest apart', () => {
    // The enterprise targets of the five texts (家).
    const values = [4000, 800, 600, 500, 400, 300, 40, 30, 20, 15, 12, 10, 5, 4, 3];
    expect(bands(values)).toEqual([
      [4000, 800, 600, 500, 400, 300],
      [40, 30, 20, 15, 12, 10, 5, 4, 3],
    ]);
  });
  it('bounds the ratio inside every band', () => {
    const values = [20000, 7000, 3300, 2700, 500, 500, 300, 200, 100, 100, 50, 50, 10, 3, 1];
    for (const band of bands(values, 20)) expect(band[0]! / band[band.length - 1]!).toBeLessThanOrEqual(20);
    expect(bands(values, 20).flat()).toEqual([...values].sort((a, b) => b - a));
  });
  it('leaves values of one magnitude together and puts zero with the smallest', () => {
    expect(bands([5, 3, 4])).toEqual([[5, 4, 3]]);
    expect(bands([100, 0, 2])).toEqual([[100], [2, 0]]);
    expect(bands([])).toEqual([]);
    expect(() => magnitudeBands([1], 1)).toThrow();
  });
});
