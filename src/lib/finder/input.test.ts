/** The amount parser on every form a person types (the fields are in 万元). */
import { describe, expect, it } from 'vitest';
import { AMOUNT_MESSAGES, MAX_WAN, parseAmount } from './input.ts';

const wan = (raw: string) => {
  const r = parseAmount(raw);
  if (r.kind !== 'ok') throw new Error(`${raw}: ${JSON.stringify(r)}`);
  return r.wan;
};
const code = (raw: string) => {
  const r = parseAmount(raw);
  return r.kind === 'error' ? r.code : r.kind;
};

describe('parseAmount: what the issue lists', () => {
  it.each([
    ['3000', 3000],
    ['3,000', 3000],
    ['３０００', 3000],
    ['3000万', 3000],
    ['0.3亿', 3000],
    ['3千万', 3000],
    ['三千万', 3000],
  ])('%s is 3000万元', (raw, expected) => {
    expect(wan(raw)).toBe(expected);
  });

  it('each refusal has its own message, saying what to type', () => {
    expect(AMOUNT_MESSAGES).toEqual({
      negative: '金额不能为负数',
      range: '请只填一个数，不要填范围。请填写一个数（单位：万元），如 3000、3,000、3000万、0.3亿、三千万',
      percent: '这里填金额，不是比例。请填写一个数（单位：万元），如 3000、3,000、3000万、0.3亿、三千万',
      'too-large': '数额过大（超过10万亿元），请检查单位',
      unreadable: '无法识别。请填写一个数（单位：万元），如 3000、3,000、3000万、0.3亿、三千万',
    });
    expect(parseAmount('25%')).toEqual({ kind: 'error', code: 'percent', message: AMOUNT_MESSAGES.percent });
  });

  it('-5 is refused as negative, with the message for the field', () => {
    expect(parseAmount('-5')).toEqual({ kind: 'error', code: 'negative', message: '金额不能为负数' });
    expect(code('－5')).toBe('negative');
    expect(code('负五百')).toBe('negative');
  });

  it('“abc” cannot be read: the message says what to type', () => {
    const r = parseAmount('abc');
    expect(r).toEqual({ kind: 'error', code: 'unreadable', message: AMOUNT_MESSAGES.unreadable });
    expect(AMOUNT_MESSAGES.unreadable).toContain('3000万');
    expect(AMOUNT_MESSAGES.unreadable).toContain('0.3亿');
  });

  it('empty (or only spaces, ideographic ones included) is empty, not zero and not an error', () => {
    expect(parseAmount('')).toEqual({ kind: 'empty' });
    expect(parseAmount('  \u3000 ')).toEqual({ kind: 'empty' });
  });
});

describe('parseAmount: other forms people write', () => {
  it.each([
    ['3000万元', 3000],
    ['3000 万元', 3000],
    ['3 000', 3000],
    ['３，０００．５', 3000.5],
    ['1,234,567', 1234567],
    ['3,000万', 3000],
    ['0.5', 0.5],
    ['0', 0],
    ['1亿', 10000],
    ['1.5亿元', 15000],
    ['五亿', 50000],
    ['0.3億', 3000],
    ['3000萬', 3000],
    ['1亿2000万', 12000],
    ['一亿二千万', 12000],
    ['1亿2', 12000],
    ['两千万', 2000],
    ['一千五百万', 1500],
    ['3千5百万', 3500],
    ['3 千 2 万', 3200],
    ['12千万', 12000],
    ['12百万', 1200],
    ['1.25千万', 1250],
    ['一千〇五', 1005],
    ['3千10', 3010],
    ['3千50', 3050],
    ['五', 5],
    ['5萬元', 5],
    ['2w元', 2],
    ['12,000', 12000],
    ['123,456.78', 123456.78],
    ['1,000.55', 1000.55],
    ['1.5千万', 1500],
    ['十五万', 15],
    ['一万五', 1.5],
    // Only a single digit after 万 is the next place down (一万五); more digits are 元 as written.
    ['1万25', 1.0025],
    ['1万5千', 1.5],
    ['3000元', 0.3],
    ['5,000,000元', 500],
    ['三千', 3000],
    ['三千五', 3500],
    ['三千零五', 3005],
    ['一百二', 120],
    ['一百二十', 120],
    ['十', 10],
    ['二〇〇〇', 2000],
    ['贰仟万', 2000],
    ['3000w', 3000],
    ['¥3000', 3000],
    ['约3000', 3000],
  ])('%s → %s万元', (raw, expected) => {
    expect(wan(raw)).toBe(expected);
  });

  it('results are exact to 0.01元, without binary noise (0.3 × 1亿, 0.1 + 0.2)', () => {
    expect(wan('0.3亿')).toBe(3000);
    expect(wan('0.07亿')).toBe(700);
    expect(wan('1.1万元')).toBe(1.1);
    expect(wan('123.456789')).toBe(123.456789);
    expect(wan('0.0000001')).toBe(0);
  });
});

describe('parseAmount: what it refuses', () => {
  it.each([
    ['3000-5000', 'range'],
    ['3000~5000', 'range'],
    ['3000——5000', 'range'],
    ['三千至五千', 'range'],
    ['25%', 'percent'],
    ['２５％', 'percent'],
    ['3,00', 'unreadable'],
    ['30,00', 'unreadable'],
    ['1.2.3', 'unreadable'],
    ['1e5', 'unreadable'],
    ['万', 'unreadable'],
    ['亿元', 'unreadable'],
    ['元', 'unreadable'],
    ['3000万亿万', 'unreadable'],
    ['百千', 'unreadable'],
    ['三三千', 'unreadable'],
    ['3千3千', 'unreadable'],
    ['0x10', 'unreadable'],
    ['三3', 'unreadable'],
    ['3千3零', 'unreadable'],
    ['百', 'unreadable'],
    ['千', 'unreadable'],
    ['一百十', 'unreadable'],
    ['1234,567', 'unreadable'],
    ['1亿2亿', 'unreadable'],
    ['3000约', 'unreadable'],
    ['元3000', 'unreadable'],
    ['3w5', 'unreadable'],
    ['3,000千万', 'unreadable'],
    ['Infinity', 'unreadable'],
  ])('%s: %s', (raw, expected) => {
    expect(code(raw)).toBe(expected);
  });

  it('more than 10万亿元 is a slip of the unit', () => {
    expect(wan(String(MAX_WAN))).toBe(MAX_WAN);
    expect(code(String(MAX_WAN + 1))).toBe('too-large');
    expect(code('100000亿亿')).toBe('unreadable');
    expect(code('20万亿')).toBe('too-large');
  });
});
