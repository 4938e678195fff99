import { describe, expect, it } from 'vitest';
import {
  amountText,
  baselineText,
  capText,
  figureText,
  headlineText,
  headlineWan,
  rateText,
  targetText,
  tierTexts,
} from './display.ts';

const sub = {
  maxAmountWan: null,
  raisedMaxWan: null,
  raiseByWan: null,
  annualCapWan: null,
  ratePct: null,
  rateBase: null,
  tiers: [],
  kind: '资助' as const,
};

describe('targets', () => {
  it('writes the comparator where Chinese puts it', () => {
    expect(targetText({ targetValue: 4000, unit: '家', comparator: '超' })).toBe('超4000家');
    expect(targetText({ targetValue: 3, unit: '家', comparator: '以上' })).toBe('3家以上');
    expect(targetText({ targetValue: [3, 5], unit: '个', comparator: null })).toBe('3—5个');
  });
  it('writes 未载明 for a missing baseline, never a guess', () => {
    expect(baselineText({ baselineValue: null, baselineYear: null, unit: '家' })).toBe('未载明');
    expect(baselineText({ baselineValue: 200, baselineYear: 2021, unit: '亿元' })).toBe('2021年 200亿元');
    expect(figureText(50, '%')).toBe('50%');
  });
});

describe('subsidies', () => {
  it('compares on the maximum, else the largest tier or raised maximum; never on an annual cap or an increase', () => {
    expect(headlineWan({ ...sub, maxAmountWan: 300 })).toBe(300);
    expect(
      headlineWan({
        ...sub,
        tiers: [
          { label: 'a', maxAmountWan: 50, ratePct: null },
          { label: 'b', maxAmountWan: 200, ratePct: null },
        ],
      }),
    ).toBe(200);
    const capOnly = { ...sub, annualCapWan: 600 };
    expect(headlineWan(capOnly)).toBeNull();
  });
  it('writes amounts, rates, tiers and caps as the text does', () => {
    expect(amountText({ ...sub, maxAmountWan: 500, raisedMaxWan: 1000 })).toBe('最高500万元，可上浮至1000万元');
    expect(amountText({ ...sub, raiseByWan: 100 })).toBe('上限再提高100万元');
    expect(amountText({ ...sub, kind: '一事一议' })).toBe('一事一议');
    expect(amountText(sub)).toBe('—');
    expect(rateText({ ratePct: [10, 30], rateBase: '项目总投资投入' })).toBe('项目总投资投入的 10%—30%');
    expect(
      tierTexts({
        tiers: [
          { label: '三类医疗器械', maxAmountWan: 300, ratePct: 20 },
          { label: 'I期', maxAmountWan: null, ratePct: null },
        ],
      }),
    ).toEqual(['三类医疗器械 300万元，20%', 'I期']);
    expect(capText({ annualCapWan: 10000 })).toBe('每年最高1亿元');
  });
  it('sums a provision up by its largest tier for the side-by-side view', () => {
    expect(
      headlineText({
        ...sub,
        maxAmountWan: 300,
        tiers: [
          { label: '三类医疗器械', maxAmountWan: 300, ratePct: 20 },
          { label: '二类医疗器械', maxAmountWan: 100, ratePct: 10 },
        ],
      }),
    ).toBe('三类医疗器械 最高300万元');
    expect(headlineText({ ...sub, maxAmountWan: 50 })).toBe('最高50万元');
  });
});
