/**
 * Chinese numerals, read and written in one place. Two readings, because two kinds of reader
 * need them:
 *
 * - `strict`, the importer's: a numbering the text prints (第十八条, （一百零一）, 三、) up to 九百九十九,
 *   in its one correct form. 二三 or 一百五 in a numbering is a typo to report, not a number to guess.
 * - `lenient`, the search's: what a reader types, below 10,000, with 千 (三千五百) and digit by
 *   digit (二〇二五, and 二三 as 23).
 *
 * Both keep 零 and 〇 as the missing tens of 一百零五 / 一百〇五. Amounts (三千五 = 3500, 壹仟) are read
 * by the amount reader of src/lib/amounts.ts, with the digit tables below.
 */
import { foldCompat } from './fold.ts';

/** The value of each common Chinese digit. */
export const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The financial (大写) digits people type in amounts: 壹仟万. */
export const FINANCIAL_DIGIT_VALUE: Readonly<Record<string, number>> = {
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** 十, 百, 千 and their financial forms. */
export const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const FINANCIAL_UNIT_VALUE: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };

/** The characters a strict numeral may hold (no 两: no text numbers 第两条; no 千: numberings stop at 999). */
export const STRICT_NUMERAL_CHARS = '一二三四五六七八九十百零〇';
/** The characters a lenient numeral may hold. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

export type NumeralReading = 'strict' | 'lenient';

/** A strict numeral below 100 (一, 十, 十八, 二十, 三十); NaN when it is not one. */
function strictBelow100(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGIT_VALUE[s] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : (DIGIT_VALUE[s.slice(0, ten)] ?? Number.NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? (DIGIT_VALUE[rest] ?? Number.NaN) : Number.NaN;
  return tens * 10 + ones;
}

/** 一 … 九百九十九 in the one form a numbering prints (一百零一, 一百一十, 一百十 as some texts write it). */
function readStrict(s: string): number {
  if (!s || !/^[零〇一二两三四五六七八九十百]+$/u.test(s)) return Number.NaN;
  const hundred = s.indexOf('百');
  if (hundred === -1) return strictBelow100(s);
  const h = s.slice(0, hundred);
  const hundreds = h.length === 1 && h !== '零' && h !== '〇' ? DIGIT_VALUE[h]! : Number.NaN;
  const rest = s.slice(hundred + 1);
  if (rest === '') return hundreds * 100;
  // 一百零五: 零 stands for the missing tens.
  const zero = /^[零〇]([一二三四五六七八九])$/u.exec(rest);
  if (zero) return hundreds * 100 + DIGIT_VALUE[zero[1]!]!;
  // 一百一十, 一百二十三 (and 一百十); 一百五 (150, colloquial) is not a list number.
  const tens = /十/u.test(rest) ? strictBelow100(rest) : Number.NaN;
  return tens >= 10 ? hundreds * 100 + tens : Number.NaN;
}

/** Below 10,000 with units (十二, 三千五百, 一百零五), or digit by digit (二〇二五, 二三). */
function readLenient(s: string): number {
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/u.test(s)) return Number.NaN;
  if (!/[十百千]/u.test(s)) {
    // Digit by digit (二〇二五), or a single digit; 两 is a count, never one digit of several.
    if (s.length > 1 && /两/u.test(s)) return Number.NaN;
    return Number([...s].map((c) => DIGIT_VALUE[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in DIGIT_VALUE) {
      if (digit !== null && digit !== 0) return Number.NaN;
      digit = DIGIT_VALUE[c]!;
    } else {
      const unit = UNIT_VALUE[c]!;
      if (unit >= lastUnit) return Number.NaN;
      // 十二 = 12: a unit without a digit before it counts once.
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

/** The value of a Chinese numeral under the given reading; NaN when it is not one. */
export function readChineseNumeral(s: string, reading: NumeralReading): number {
  return reading === 'strict' ? readStrict(s) : readLenient(s);
}

/** A number as a reader types it: Arabic (full-width too, up to 4 digits) or a lenient Chinese numeral; NaN otherwise. */
export function readTypedNumber(s: string): number {
  const t = foldCompat(s).trim();
  if (/^\d{1,4}$/u.test(t)) return Number(t);
  return readLenient(t);
}

const WRITTEN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1–9999 in Chinese numerals as the texts write them: 十二 (not 一十二), 一百一十, 一百零五, 三千五百;
 * both readings read it back.
 */
export function writeChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`writeChineseNumeral: ${n} is outside 1–9999`);
  const parts: string[] = [];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    // 十二, not 一十二, when ten is the leading place.
    parts.push(d === 1 && value === 10 && !parts.length ? unit : `${WRITTEN_DIGITS[d]}${unit}`);
  }
  return parts.join('');
}

const COUNT_WORDS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A count as running text writes it: Chinese up to ten, with 两 for two (两份, 五份), digits above
 * (12 份).
 */
export function writeCount(n: number, measure: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? `${COUNT_WORDS[n]}${measure}` : `${n} ${measure}`;
}
