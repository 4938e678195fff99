import { describe, expect, it } from 'vitest';
import {
  amountText,
  baselineText,
  capText,
  comparedAmountText,
  figureText,
  headlineText,
  headlineWan,
  noAmountText,
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

describe('a tier outside the comparison group', () => {
  // 高新区 三、（二）5.一是: 新药开展临床实验和研究，分别予以最高250万元和400万元的资助 — under 创新药临床试验.
  const snd = {
    ...sub,
    maxAmountWan: 400,
    annualCapWan: 3000,
    tiers: [
      { label: '新药开展临床实验', maxAmountWan: 250, ratePct: null, outsideCategory: false },
      { label: '新药开展研究', maxAmountWan: 400, ratePct: null, outsideCategory: true },
    ],
  };
  it('is left out of the compared amount and the summary: the clinical tier, 250万, not the 研究 tier', () => {
    expect(headlineWan(snd)).toBe(250);
    expect(headlineText(snd)).toBe('新药开展临床实验 最高250万元');
    expect(comparedAmountText(snd)).toBe('最高250万元');
  });
  it('is still listed, marked as outside the group', () => {
    expect(tierTexts(snd)).toEqual(['新药开展临床实验 250万元', '新药开展研究 400万元（不属本组，不计入对比）']);
  });
  it('leaves no amount when only outside tiers name one', () => {
    const only = { ...snd, tiers: [{ ...snd.tiers[1]!, outsideCategory: true }] };
    expect(headlineWan(only)).toBeNull();
    expect(comparedAmountText(only)).toBe('—');
  });
});

describe('provisions without an amount', () => {
  it('say so in words in the summary, never only their kind', () => {
    expect(headlineText({ ...sub, kind: '其他' })).toBe('未载明金额');
    expect(headlineText({ ...sub, kind: '择优支持' })).toBe('择优支持，未载明金额');
    expect(headlineText({ ...sub, kind: '一事一议' })).toBe('一事一议，未载明金额');
    expect(noAmountText('资助')).toBe('资助，未载明金额');
  });
  it('keep an increase of the maximum as their figure', () => {
    expect(headlineText({ ...sub, raiseByWan: 100 })).toBe('上限再提高100万元');
  });
});
