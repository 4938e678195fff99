/**
 * Chinese numerals (src/lib/chinese-numerals.ts): the importer's strict reading, the search's
 * lenient one, the writer both read back, and counts as running text writes them. Expected values
 * are the numbers the texts and readers mean.
 */
import { describe, expect, it } from 'vitest';
import { readChineseNumeral, readTypedNumber, writeChineseNumeral, writeCount } from './chinese-numerals.ts';
import { matchMarker } from './import/numbering.ts';
import { dateLine } from './import/metadata.ts';
import { parseReference } from './search/reference.ts';

describe('the strict reading (numberings the importer reads)', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十八', 18],
    ['二十', 20],
    ['三十', 30],
    ['九十九', 99],
    ['两', 2],
    // Lists of a hundred items and more: （一百） follows （九十九）.
    ['一百', 100],
    ['一百零一', 101],
    ['一百〇五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百二十三', 123],
    ['二百', 200],
    ['九百九十九', 999],
  ])('%s → %i', (cn, n) => expect(readChineseNumeral(cn, 'strict')).toBe(n));

  it.each(['', '百', '一二', '十十', '三十一二', '1', 'a', '百一', '一百五', '一百零', '零百', '一百一百', '一千'])(
    '"%s" is not a numeral',
    (s) => expect(readChineseNumeral(s, 'strict')).toBeNaN(),
  );

  it('reads back what writeChineseNumeral writes, over 1–999', () => {
    for (let n = 1; n <= 999; n++) expect(readChineseNumeral(writeChineseNumeral(n), 'strict')).toBe(n);
    expect(writeChineseNumeral(18)).toBe('十八');
    expect(writeChineseNumeral(30)).toBe('三十');
    expect(writeChineseNumeral(100)).toBe('一百');
    expect(writeChineseNumeral(101)).toBe('一百零一');
    expect(writeChineseNumeral(110)).toBe('一百一十');
    expect(writeChineseNumeral(999)).toBe('九百九十九');
  });

  it('refuses a run of digits: 二三 in a numbering is a misprint, not 23', () => {
    expect(readChineseNumeral('二三', 'strict')).toBeNaN();
    expect(readChineseNumeral('二〇二五', 'strict')).toBeNaN();
    expect(readChineseNumeral('三千五百', 'strict')).toBeNaN();
  });
});

describe('the lenient reading (what readers type)', () => {
  it('parse with units, zeros and digit by digit', () => {
    expect(readChineseNumeral('十', 'lenient')).toBe(10);
    expect(readChineseNumeral('十二', 'lenient')).toBe(12);
    expect(readChineseNumeral('二十', 'lenient')).toBe(20);
    expect(readChineseNumeral('一百零五', 'lenient')).toBe(105);
    expect(readChineseNumeral('三千五百', 'lenient')).toBe(3500);
    expect(readChineseNumeral('两千', 'lenient')).toBe(2000);
    expect(readChineseNumeral('二〇二五', 'lenient')).toBe(2025);
    expect(readChineseNumeral('五', 'lenient')).toBe(5);
    expect(readChineseNumeral('百', 'lenient')).toBe(100);
  });

  it('refuse what is not a number', () => {
    for (const bad of ['', '十十', '百千', '三三十', '两两', '一a', 'abc', '二两'])
      expect(readChineseNumeral(bad, 'lenient'), bad).toBeNaN();
  });

  it('reads 二三 as 23, digit by digit, as a reader may type it', () => {
    expect(readChineseNumeral('二三', 'lenient')).toBe(23);
  });

  it('keeps 零 and 〇 as the missing tens', () => {
    expect(readChineseNumeral('一百〇五', 'lenient')).toBe(105);
    expect(readChineseNumeral('一〇五', 'lenient')).toBe(105);
    expect(readChineseNumeral('一千零五', 'lenient')).toBe(1005);
  });
});

describe('writeChineseNumeral', () => {
  it('writes 1–9999 as the texts do', () => {
    expect([1, 10, 12, 20, 105, 1010, 2025, 3500, 9999].map(writeChineseNumeral)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '一百零五',
      '一千零一十',
      '二千零二十五',
      '三千五百',
      '九千九百九十九',
    ]);
    expect(() => writeChineseNumeral(0)).toThrow(RangeError);
    expect(() => writeChineseNumeral(0)).toThrow('writeChineseNumeral: 0 is outside 1–9999');
    expect(() => writeChineseNumeral(10000)).toThrow(RangeError);
    expect(() => writeChineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('readTypedNumber', () => {
  it('reads clause numbers typed in any digits', () => {
    expect(readTypedNumber('１２')).toBe(12);
    expect(readTypedNumber('12')).toBe(12);
    expect(readTypedNumber('十二')).toBe(12);
    expect(readTypedNumber(' 3 ')).toBe(3);
    expect(readTypedNumber('x')).toBeNaN();
    expect(readTypedNumber('12345')).toBeNaN();
  });
});

describe('零 and 〇 where readers meet them', () => {
  it('第一百零五条 is article 105, to the importer and to the search', () => {
    expect(matchMarker('第一百零五条 本办法自印发之日起施行。')).toMatchObject({ kind: 'article', n: 105 });
    expect(matchMarker('第一百〇五条 附则')).toMatchObject({ kind: 'article', n: 105 });
    expect(parseReference('第一百零五条')?.keys).toEqual(['t105']);
  });

  it('序号一〇五 is table row 105', () => {
    expect(parseReference('序号一〇五')?.keys).toEqual(['w105']);
    expect(parseReference('序号一百零五')?.keys).toEqual(['w105']);
  });

  it('a date written in Chinese reads its year digit by digit and its day as numbered', () => {
    expect(dateLine('二〇二一年四月十七日')).toBe('2021-04-17');
    expect(dateLine('二零二一年十二月三十一日')).toBe('2021-12-31');
    // A misprinted day (二三日) is not read as 23.
    expect(dateLine('二〇二一年四月二三日')).toBeNull();
  });
});

describe('writeCount', () => {
  it('writes counts up to ten in Chinese, two as 两, and digits above', () => {
    expect(writeCount(0, '份')).toBe('零份');
    expect(writeCount(2, '份')).toBe('两份');
    expect(writeCount(5, '份')).toBe('五份');
    expect(writeCount(10, '份')).toBe('十份');
    expect(writeCount(11, '份')).toBe('11 份');
    expect(writeCount(2.5, '份')).toBe('2.5 份');
    expect(writeCount(-1, '份')).toBe('-1 份');
  });
});
