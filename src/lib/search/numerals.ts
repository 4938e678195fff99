/**
 * Numbers as readers type them and as the texts write them. The texts mostly write amounts in
 * Arabic digits (1亿元, 3500万元, 25%) and classes in Chinese numerals (三类医疗器械, 二、三类) or
 * Arabic (1类化学药), phases in Roman numerals (I、II、III期, Ⅲ期); readers type any of these.
 * `numeralForms` gives the other writings of a (normalised) term so that each can be matched.
 */

const DIGIT: Record<string, number> = {
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
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A Chinese numeral below 10,000 as a number: 十二 → 12, 三千五百 → 3500, 一百零五 → 105, and
 * digit by digit: 二〇二五 → 2025. NaN when the string is not one.
 */
export function parseChineseNumber(s: string): number {
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/u.test(s)) return Number.NaN;
  if (!/[十百千]/u.test(s)) {
    // Digit by digit (二〇二五), or a single digit.
    if (s.length > 1 && /两/u.test(s)) return Number.NaN;
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in DIGIT) {
      if (digit !== null && digit !== 0) return Number.NaN;
      digit = DIGIT[c]!;
    } else {
      const unit = UNIT[c]!;
      if (unit >= lastUnit) return Number.NaN;
      // 十二 = 12: a unit without a digit before it counts once.
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

/** 1–9999 in Chinese numerals (12 → 十二, 105 → 一百零五, 3500 → 三千五百). */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`formatChineseNumber: ${n} is outside 1–9999`);
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
    parts.push(d === 1 && value === 10 && !parts.length ? unit : `${CN_DIGITS[d]}${unit}`);
  }
  return parts.join('');
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const ROMAN_OF = ['', 'i', 'ii', 'iii', 'iv', 'v'];

/** Words after which a number is an amount or a count (the texts write them in Arabic digits). */
const COUNTED = '万亿元家个人件项年亩名批倍';
/** Class and phase words: the texts write the number in Chinese, Arabic or Roman numerals. */
const ORDINAL = '类期级';

const CN_RUN = '[零〇一二两三四五六七八九十百千]+';
const FORM_LIMIT = 8;

interface Slot {
  start: number;
  end: number;
  /** The writings of the number at this place, the original first. */
  options: string[];
}

/** The places in a normalised term where a number could be written another way. */
function slots(term: string): Slot[] {
  const out: Slot[] = [];
  const re = new RegExp(
    `(百分之)(${CN_RUN})|(第?)(${CN_RUN}|\\d+|(?<![a-z])(?:iii|ii|iv|i|v))(?=([${COUNTED}${ORDINAL}%]))`,
    'gu',
  );
  for (const m of term.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = m[0];
    if (m[1]) {
      // 百分之二十五 → 25%.
      const n = parseChineseNumber(m[2]!);
      if (Number.isFinite(n)) out.push({ start, end, options: [original, `${n}%`] });
      continue;
    }
    const ordinal = m[3] ?? '';
    const raw = m[4]!;
    const after = m[5]!;
    const n = /^\d+$/u.test(raw) ? Number(raw) : raw in ROMAN ? ROMAN[raw]! : parseChineseNumber(raw);
    if (!Number.isFinite(n) || n < 1 || n > 9999) continue;
    const options = new Set<string>([original]);
    if (ORDINAL.includes(after)) {
      // 三类 = 3类 = Ⅲ类 (iii类 once folded); 第三类 typed also finds 三类.
      const body = [String(n), formatChineseNumber(n), ...(n <= 5 ? [ROMAN_OF[n]!] : [])];
      // Without 第 typed, no 第 form is needed: a text saying 第三类 also says 三类.
      for (const b of body) options.add(b);
    } else if (!/^\d+$/u.test(raw) && !(raw in ROMAN)) {
      // 五百万 → 500万, 二〇二五年 → 2025年: amounts and counts are written in digits.
      options.add(`${ordinal}${n}`);
    } else continue;
    out.push({ start, end, options: [...options] });
  }
  return out.filter((s) => s.options.length > 1);
}

/**
 * Other writings of the numbers in a normalised term: 一亿元 → 1亿元, 五百万 → 500万,
 * 百分之二十五 → 25%, 三类 → 3类 / iii类 / 第三类, 3类 → 三类, iii期 → 三期 / 3期. The term itself
 * is first; at most FORM_LIMIT forms.
 */
export function numeralForms(term: string): string[] {
  const found = slots(term);
  let forms = [''];
  let at = 0;
  for (const slot of found) {
    const between = term.slice(at, slot.start);
    const next: string[] = [];
    for (const f of forms) for (const o of slot.options) if (next.length < FORM_LIMIT) next.push(f + between + o);
    forms = next;
    at = slot.end;
  }
  const out = forms.map((f) => f + term.slice(at));
  return [...new Set([term, ...out])].slice(0, FORM_LIMIT);
}

/** A clause number as typed: Arabic or Chinese numerals, full-width digits folded first. NaN otherwise. */
export function parseOrdinal(s: string): number {
  const t = s.normalize('NFKC').trim();
  if (/^\d{1,4}$/u.test(t)) return Number(t);
  return parseChineseNumber(t);
}
