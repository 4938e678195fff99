import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { barChart, barPercent, escapeSvg, fitLabel } from './bars.ts';

const chart = (bars: Parameters<typeof barChart>[0]) =>
  parse(barChart(bars, { id: 'c1', title: '产业规模（亿元）', description: '每条为一项目标' })).querySelector('svg')!;

describe('barPercent', () => {
  it('scales to the largest value', () => {
    expect(barPercent(3300, 3300)).toBe(78);
    expect(barPercent(1650, 3300)).toBe(39);
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
    expect(bars.map((b) => b.getAttribute('width'))).toEqual(['78%', '26%']);
    expect(svg.querySelectorAll('.chart-label').map((t) => t.text)).toEqual(['苏州市', '太仓市']);
    expect(svg.querySelectorAll('.chart-value').map((t) => t.text)).toEqual(['3300亿元', '1100亿元']);
  });
  it('puts a long bar’s value inside it and a short bar’s after it', () => {
    const svg = chart([
      { label: 'a', value: 100, valueLabel: '100' },
      { label: 'b', value: 10, valueLabel: '10' },
    ]);
    const [long, short] = svg.querySelectorAll('.chart-value');
    expect(long!.classList.contains('chart-value--inside')).toBe(true);
    expect(short!.classList.contains('chart-value--inside')).toBe(false);
  });
  it('draws a baseline inside the target bar, with a legend', () => {
    const svg = chart([{ label: '太仓市', value: 500, baseline: 200, valueLabel: '200 → 500亿元' }]);
    expect(svg.querySelector('rect.chart-bar--baseline:not([x="0"][y="4"])')).not.toBeNull();
    expect(svg.querySelector('.chart-legend')!.text).toContain('基期');
    const baseline = svg.querySelectorAll('rect.chart-bar--baseline').at(-1)!;
    expect(baseline.getAttribute('width')).toBe('31.2%');
  });
  it('escapes labels', () => {
    expect(
      barChart([{ label: '<b>', value: 1, valueLabel: '1' }], { id: 'x', title: 't', description: 'd' }),
    ).toContain('&lt;b&gt;');
  });
});
