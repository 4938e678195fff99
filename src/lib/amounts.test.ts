import { describe, expect, it } from 'vitest';
import {
  amountAppears,
  figureInCells,
  findAmount,
  findRate,
  findValue,
  inOrder,
  normalizeText,
  rateAppears,
  readAmount,
  roundWan,
  toWan,
  valueAppears,
} from './amounts.ts';

describe('toWan and roundWan: the one conversion and rounding', () => {
  it('converts 亿元, 万元 and 元 to 万元', () => {
    expect(toWan(1, '亿元')).toBe(10000);
    expect(toWan(3.5, '亿元')).toBe(35000);
    expect(toWan(500, '万元')).toBe(500);
    expect(toWan(50000, '元')).toBe(5);
    expect(toWan(300, '元')).toBe(0.03);
  });

  it('rounds to 0.01 元, so decimals carry no binary noise', () => {
    expect(0.07 * 10000).not.toBe(700);
    expect(toWan(1.1, '亿元')).toBe(11000);
    expect(toWan(0.07, '亿元')).toBe(700);
    expect(toWan(1.23, '元')).toBe(0.000123);
    expect(roundWan(0.0000004)).toBe(0);
    expect(roundWan(0.0000005)).toBe(0.000001);
  });
});

describe('readAmount', () => {
  it('reads units, full-width digits and Chinese numerals into 万元', () => {
    expect(readAmount('1亿元')).toEqual({ kind: 'ok', wan: 10000 });
    expect(readAmount('3.5 亿元')).toEqual({ kind: 'ok', wan: 35000 });
    expect(readAmount('１，０００万元')).toEqual({ kind: 'ok', wan: 1000 });
    expect(readAmount('三千五百万')).toEqual({ kind: 'ok', wan: 3500 });
    expect(readAmount('壹仟万元')).toEqual({ kind: 'ok', wan: 1000 });
    expect(readAmount('300元')).toEqual({ kind: 'ok', wan: 0.03 });
    // A bare number is already in 万元.
    expect(readAmount('3000')).toEqual({ kind: 'ok', wan: 3000 });
  });

  it('says what it cannot read', () => {
    expect(readAmount(' ')).toEqual({ kind: 'empty' });
    expect(readAmount('-5')).toEqual({ kind: 'error', code: 'negative' });
    expect(readAmount('25%')).toEqual({ kind: 'error', code: 'percent' });
    expect(readAmount('1-2亿')).toEqual({ kind: 'error', code: 'range' });
    expect(readAmount('很多')).toEqual({ kind: 'error', code: 'unreadable' });
  });

  it('reads a figure as findAmount finds it: both convert with toWan', () => {
    for (const written of ['0.07亿元', '1.1亿元', '3500万元', '2.5万元'])
      expect(findAmount(written, (readAmount(written) as { wan: number }).wan), written).toEqual([0]);
  });
});

describe('normalizeText', () => {
  it('drops whitespace and makes digits and signs ASCII', () => {
    expect(normalizeText('最高 2000 万元， 占比 ３０％')).toBe('最高2000万元，占比30%');
  });
  it('drops thousands separators but keeps enumeration commas', () => {
    expect(normalizeText('12,000万元')).toBe('12000万元');
    expect(normalizeText('1,234,567元')).toBe('1234567元');
    expect(normalizeText('100，200万元')).toBe('100，200万元');
    expect(normalizeText('100,20万元')).toBe('100,20万元');
    expect(normalizeText('1,2345万元')).toBe('1,2345万元');
  });
  it('makes the full-width decimal point and every full-width digit ASCII', () => {
    expect(normalizeText('１．５亿元')).toBe('1.5亿元');
    expect(normalizeText('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeText('5﹪')).toBe('5%');
  });
  it('removes every kind of whitespace, line breaks and ideographic spaces included', () => {
    expect(normalizeText('最高\n2000\t万元\u3000资助')).toBe('最高2000万元资助');
  });
});

describe('amountAppears', () => {
  it('finds 万元 amounts as written, spaces or not', () => {
    expect(amountAppears('给予最高 2000 万元资助', 2000)).toBe(true);
    expect(amountAppears('最高分别为600万元、1200万元和3500万元资金支持', 3500)).toBe(true);
  });
  it('reads 亿元 as 10000 万元', () => {
    expect(amountAppears('单个企业每年最高资助1亿元', 10000)).toBe(true);
    expect(amountAppears('最高额度由原先 8000 万元提高至 2 亿元', 20000)).toBe(true);
  });
  it('rejects a wrong number', () => {
    expect(amountAppears('给予最高 2000 万元资助', 200)).toBe(false);
    expect(amountAppears('给予最高 2000 万元资助', 3000)).toBe(false);
    expect(amountAppears('单个企业每年最高资助1亿元', 1000)).toBe(false);
  });
  it('does not find a number inside a longer one', () => {
    expect(amountAppears('最高12000万元', 2000)).toBe(false);
    expect(amountAppears('最高2.5万元', 5)).toBe(false);
    // The end of a range with a decimal: 5亿元 is not written in 1—2.5亿元 (a mistyped 50000 must fail).
    expect(amountAppears('给予1—2.5亿元资助', 50000)).toBe(false);
    expect(amountAppears('给予1—2．5亿元资助', 50000)).toBe(false);
    expect(amountAppears('给予1-2.5亿元资助', 25000)).toBe(false);
  });
  it('does not take either end of a range for an amount', () => {
    // 1亿元~5亿元 is a band of investment, not a maximum of 1亿元 or of 5亿元.
    expect(amountAppears('总投资1亿元~5亿元的', 50000)).toBe(false);
    expect(amountAppears('总投资1亿元~5亿元的', 10000)).toBe(false);
    expect(amountAppears('总投资1~5亿元的', 10000)).toBe(false);
    expect(amountAppears('总投资1~5亿元的', 50000)).toBe(false);
    expect(amountAppears('投资额1000万元至5000万元', 1000)).toBe(false);
    expect(amountAppears('投资额1000万元至5000万元', 5000)).toBe(false);
    expect(amountAppears('投资额1000—5000万元', 5000)).toBe(false);
  });
  it('still finds an amount next to a range', () => {
    expect(amountAppears('总投资1亿元~5亿元的，给予最高500万元奖励', 500)).toBe(true);
  });
  it('counts only 万元 and 亿元, not other currencies or units', () => {
    expect(amountAppears('年到账外资金额超过3000万美元', 3000)).toBe(false);
    expect(amountAppears('新增载体面积200万平方米', 200)).toBe(false);
  });
  it('reads an enumeration sharing one unit', () => {
    expect(amountAppears('最高分别为600、1200和3500万元', 1200)).toBe(true);
    expect(amountAppears('最高分别为600、1200和3500万元', 1300)).toBe(false);
  });
});

describe('findAmount', () => {
  it('gives every position, in the order of the text, whether written in 万元 or 亿元', () => {
    const t = normalizeText('首年1亿元，次年10000万元，第三年1亿元');
    expect(findAmount(t, 10000, { normalized: true })).toEqual([2, 8, 19]);
  });
  it('reads the text as given when told it is normalized', () => {
    expect(findAmount('最高 2000 万元', 2000, { normalized: true })).toEqual([]);
    expect(findAmount('最高 2000 万元', 2000)).toEqual([2]);
  });
  it('finds each number of an enumeration at its own position', () => {
    expect(findAmount('最高分别为600、1200和3500万元', 1200)).toEqual([9]);
  });
});

describe('rateAppears', () => {
  it('finds a single rate', () => {
    expect(rateAppears('不超过研发投入的25%', 25)).toBe(true);
    expect(rateAppears('不超过研发投入的25%', 20)).toBe(false);
  });
  it('needs the percent sign', () => {
    expect(rateAppears('给予25万元奖励', 25)).toBe(false);
    expect(rateAppears('给予 25 ％ 的补贴', 25)).toBe(true);
  });
  it('gives the position of a range', () => {
    expect(findRate('按 10%—30% 比例', [10, 30])).toEqual([1]);
  });
  it('finds a range written 10—30% or 10%—30% or 5%~20%', () => {
    expect(rateAppears('按项目总投资投入 10—30%比例', [10, 30])).toBe(true);
    expect(rateAppears('按项目总投资投入 10%—30%比例', [10, 30])).toBe(true);
    expect(rateAppears('按其年工资薪金5%~20%的比例', [5, 20])).toBe(true);
  });
  it('rejects a wrong range and a range end taken for a single rate', () => {
    expect(rateAppears('按项目总投资投入 10—30%比例', [10, 20])).toBe(false);
    expect(rateAppears('按项目总投资投入 10—30%比例', 30)).toBe(false);
  });
});

describe('valueAppears', () => {
  it('finds a target with its unit', () => {
    expect(valueAppears('力争集聚生物医药及健康企业超 4000 家', 4000, '家')).toBe(true);
    expect(valueAppears('其中海外占比不低于50%', 50, '%')).toBe(true);
    expect(valueAppears('新增生物医药载体面积200万平方米', 200, '万平方米')).toBe(true);
  });
  it('finds a range 3-5个 or 1—2个', () => {
    expect(valueAppears('培育3-5个产业导向、高水平交叉的团队', [3, 5], '个')).toBe(true);
    expect(valueAppears('建成1—2个省级重点实验室', [1, 2], '个')).toBe(true);
  });
  it('rejects a wrong value, unit or range', () => {
    expect(valueAppears('力争集聚生物医药及健康企业超 4000 家', 400, '家')).toBe(false);
    expect(valueAppears('力争集聚生物医药及健康企业超 4000 家', 4000, '个')).toBe(false);
    expect(valueAppears('培育3-5个产业导向', [3, 6], '个')).toBe(false);
    expect(valueAppears('培育3-5个产业导向', 3, '个')).toBe(false);
  });
  it('matches the unit literally, whatever characters it has, spaces aside', () => {
    expect(valueAppears('达到3kg.m', 3, 'kg.m')).toBe(true);
    expect(valueAppears('达到3kgxm', 3, 'kg.m')).toBe(false);
    expect(valueAppears('新增 4000 万平方米', 4000, '万 平方米')).toBe(true);
    expect(findValue('超 4000 家', 4000, '家')).toEqual([1]);
  });
  it('does not take 50 亿企业 for 50 家', () => {
    expect(valueAppears('百亿企业 3 家以上、50 亿企业 4 家以上', 50, '家')).toBe(false);
    expect(valueAppears('百亿企业 3 家以上、50 亿企业 4 家以上', 4, '家')).toBe(true);
  });
});

describe('figureInCells', () => {
  const cells = ['总量指标', '生物医药产业营业收入（亿元）', '200', '500'];
  it('finds a number that is a whole cell', () => {
    expect(figureInCells(cells, 200)).toBe(true);
    expect(figureInCells(cells, 500)).toBe(true);
  });
  it('rejects a number that is no cell', () => {
    expect(figureInCells(cells, 300)).toBe(false);
    expect(figureInCells(cells, 20)).toBe(false);
  });
  it('finds a range cell and a number written with its unit', () => {
    expect(figureInCells(['1-2'], [1, 2])).toBe(true);
    expect(figureInCells(['１—２'], [1, 2])).toBe(true);
    expect(figureInCells(['预留5000亩左右土地'], 5000, '亩')).toBe(true);
    expect(figureInCells(['培育3-5个'], [3, 5], '个')).toBe(true);
  });
  it('compares both ends of a range', () => {
    expect(figureInCells(['1-3'], [1, 2])).toBe(false);
    expect(figureInCells(['0-2'], [1, 2])).toBe(false);
    expect(figureInCells(['1-2'], 1)).toBe(false);
    expect(figureInCells(['1-2'], 2)).toBe(false);
  });
  it('does not take an empty cell for 0, nor a number for a range', () => {
    expect(figureInCells(['', '—'], 0)).toBe(false);
    expect(figureInCells(['2'], [2, 2])).toBe(false);
  });
  it('needs the unit to find a figure inside a longer cell', () => {
    expect(figureInCells(['预留5000亩左右土地'], 5000)).toBe(false);
    expect(figureInCells(['预留5000亩左右土地'], 5000, '')).toBe(false);
    expect(figureInCells(['预留5000亩左右土地'], 5000, '公顷')).toBe(false);
  });
});

describe('inOrder', () => {
  it('accepts a figure at the very start of the text', () => {
    expect(inOrder([[0]])).toBe(true);
    expect(inOrder([[0], [1]])).toBe(true);
    expect(inOrder([])).toBe(true);
  });
  it('needs each figure strictly after the one before', () => {
    expect(inOrder([[3], [3]])).toBe(false);
    expect(inOrder([[5], [2, 9]])).toBe(true);
    expect(inOrder([[5], []])).toBe(false);
  });
  const text = normalizeText(
    '实收注册资本1000万元（含）~1亿元的，按不超过1%；1亿元（含）~5亿元的，按不超过2%；5亿元及以上的，按不超过3%',
  );
  it('accepts figures written in the given order', () => {
    expect(inOrder([1, 2, 3].map((p) => findRate(text, p, { normalized: true })))).toBe(true);
  });
  it('rejects a figure typed as its neighbour', () => {
    expect(inOrder([2, 2, 3].map((p) => findRate(text, p, { normalized: true })))).toBe(false);
    expect(inOrder([3, 2, 1].map((p) => findRate(text, p, { normalized: true })))).toBe(false);
  });
  it('finds each number of a shared-unit enumeration at its own position', () => {
    const t = normalizeText('最高分别为600、1200和3500万元');
    expect(inOrder([600, 1200, 3500].map((w) => findAmount(t, w, { normalized: true })))).toBe(true);
    expect(inOrder([1200, 600].map((w) => findAmount(t, w, { normalized: true })))).toBe(false);
  });
});
