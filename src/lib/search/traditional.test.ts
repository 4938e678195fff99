import TS from 'opencc-js/dict/TSCharacters';
import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_CODEPOINTS } from './traditional-table.ts';
import { encodeCodePoints, mayBeTraditional, toSimplified, traditionalCodePoints } from './traditional.ts';

describe('traditional → simplified', () => {
  it('the table is the characters opencc-js changes (regenerate traditional-table.ts when this fails)', () => {
    const points: number[] = [];
    for (const entry of TS.split('|')) {
      const [from, ...to] = entry.split(' ');
      if (!to.includes(from!)) points.push(from!.codePointAt(0)!);
    }
    const expected = encodeCodePoints(points);
    expect(TRADITIONAL_CODEPOINTS, `new table:\n${expected}`).toBe(expected);
    expect(traditionalCodePoints().size).toBe(new Set(points).size);
  });

  it('loads the converter only for text it would change', () => {
    expect(mayBeTraditional('醫療器械')).toBe(true);
    expect(mayBeTraditional('兩億元')).toBe(true);
    expect(mayBeTraditional('医疗器械 1亿元 CRO')).toBe(false);
    expect(mayBeTraditional('')).toBe(false);
  });

  it('converts with the OpenCC dictionaries, and passes simplified text through', () => {
    const convert = ConverterFactory(toCn);
    expect(toSimplified('醫療器械注冊證', convert)).toBe('医疗器械注册证');
    expect(toSimplified('一致性評價', convert)).toBe('一致性评价');
    expect(toSimplified('醫療器械', null)).toBe('醫療器械');
    let called = false;
    expect(
      toSimplified('医疗器械', (t) => {
        called = true;
        return t;
      }),
    ).toBe('医疗器械');
    expect(called).toBe(false);
  });

  it('encodes code points as sorted base-36 steps', () => {
    expect(encodeCodePoints([40, 3, 3, 76])).toBe('3,11,10');
  });
});
