/**
 * Checks that a number in the structured data is written in the policy text "as written": an
 * amount of 万元 as 3500万元 or 1亿元, a rate as 25% or 10—30%, a target as 3-5个. The data
 * is typed by hand from the texts; these checks catch a figure that was mistyped, converted
 * wrongly (亿 ↔ 万) or attached to the wrong clause. It is also the one reader of amounts as people
 * type them (`readAmount`: 3000万, 0.3亿, 三千万, ３０００元) and the one conversion to 万元 (`toWan`).
 */
import { escapeRegExp } from './regexp.ts';
import { DIGIT_VALUE, FINANCIAL_DIGIT_VALUE, FINANCIAL_UNIT_VALUE, UNIT_VALUE } from './chinese-numerals.ts';
import { foldCompat, halfWidth } from './fold.ts';

/** A number or a [min, max] range, as in the schemas. */
export type Figure = number | [number, number];

/**
 * Normalizes a text for matching: whitespace removed (the printed texts put spaces around
 * figures, "最高 2000 万元"), full-width digits, percent signs and points made ASCII (`halfWidth`),
 * and thousands separators dropped, so each figure is one run of digits.
 */
export function normalizeText(text: string): string {
  return halfWidth(text.replace(/\s/g, '')).replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** The one rounding of amounts: to 0.01 元 (10⁻⁶ 万元) — decimals such as 0.3 × 1亿 carry binary noise. */
export const roundWan = (wan: number): number => Math.round(wan * 1e6) / 1e6;

/** The units an amount is written in: 元, 万(元), 亿(元). */
export type AmountUnit = '元' | '万元' | '亿元';

/** An amount in 万元 (1亿元 = 10000万元, 1元 = 0.0001万元), rounded by `roundWan`. */
export function toWan(value: number, unit: AmountUnit): number {
  return roundWan(unit === '亿元' ? value * 10000 : unit === '元' ? value / 10000 : value);
}

/** A written number: 12, 0.5. */
const NUM = String.raw`\d+(?:\.\d+)?`;
/**
 * Separators of an enumeration whose numbers share one unit: 600、1200和3500万元. Range dashes
 * are not among them, so a single 3 does not match "3-5个" (that is the range [3, 5]).
 */
const SEP = String.raw`(?:以及|[、，,和及或与])`;
/** Range dashes and words: 10—30%, 3-5个, 1亿元~5亿元, 5%至20%. */
const DASH = String.raw`[—–\-~～至到]+`;

/**
 * Numbers are compared as numbers, so 1.0 and 1 are the same figure. Exactly: a figure typed in
 * YAML and one written in the text parse to the same double, and so does 1.5 亿元 read as 15000 / 10000.
 */
const same = (written: string, value: number) => Number(written) === value;
/** A cell that is only a number (the unit in its column's header), or only a range. */
const WHOLE_NUMBER = new RegExp(`^${NUM}$`);
const WHOLE_RANGE = new RegExp(`^(${NUM})${DASH}(${NUM})$`);

/**
 * Positions where `value` is written in `text` as a standalone number followed by
 * `unitPattern`, directly or at the end of an enumeration ("600、1200和3500万元"). Standalone:
 * not part of 12000 or 2.5, and not an end of a range (30 in "10—30%", 10 in "10%—30%").
 */
function numberWithUnit(text: string, value: number | ((written: string) => boolean), unitPattern: string): number[] {
  const is = typeof value === 'number' ? (written: string) => same(written, value) : value;
  const re = new RegExp(
    String.raw`(?<![\d.])(?<!\d(?:${unitPattern})?${DASH})(${NUM})(?:${SEP}+${NUM})*(?:${unitPattern})(?!${DASH}\d)`,
    'g',
  );
  const at: number[] = [];
  for (const m of text.matchAll(re)) {
    // The enumeration form: every number before the unit shares it, so check each one.
    for (const n of m[0].matchAll(new RegExp(NUM, 'g'))) if (is(n[0])) at.push(m.index + n.index);
  }
  return at;
}

/** Positions of a range written with a dash or 至, the unit after the second number and optionally after the first: 3-5个, 10%—30%. */
function rangeWithUnit(text: string, [min, max]: [number, number], unitPattern: string): number[] {
  const re = new RegExp(String.raw`(?<![\d.])(${NUM})(?:${unitPattern})?${DASH}(${NUM})(?:${unitPattern})`, 'g');
  return [...text.matchAll(re)].filter((m) => same(m[1]!, min) && same(m[2]!, max)).map((m) => m.index);
}

const prepare = (text: string, options: { normalized?: boolean }) => (options.normalized ? text : normalizeText(text));

/**
 * Positions (in the normalized text) where an amount in 万元 is written: 3500 as 3500万元,
 * 10000 as 1亿元 or 10000万元. Only 万元 and 亿元 count: 3000万美元 is not an amount of 万元.
 */
export function findAmount(text: string, wan: number, options: { normalized?: boolean } = {}): number[] {
  const t = prepare(text, options);
  const written = (unit: AmountUnit) => (n: string) => toWan(Number(n), unit) === wan;
  return [...numberWithUnit(t, written('万元'), '万元'), ...numberWithUnit(t, written('亿元'), '亿元')].sort(
    (a, b) => a - b,
  );
}

/** Positions (in the normalized text) of a rate in %: 25 as 25%; [10, 30] as 10—30%, 10%—30%, 5%~20%, 10%至30%. */
export function findRate(text: string, pct: Figure, options: { normalized?: boolean } = {}): number[] {
  const t = prepare(text, options);
  return Array.isArray(pct) ? rangeWithUnit(t, pct, '%') : numberWithUnit(t, pct, '%');
}

/** Positions of a value written with its unit in a normalized text; the unit is matched literally, spaces aside. */
function valueWithUnit(t: string, value: Figure, unit: string): number[] {
  const u = escapeRegExp(unit.replace(/\s/g, ''));
  return Array.isArray(value) ? rangeWithUnit(t, value, u) : numberWithUnit(t, value, u);
}

/** Positions (in the normalized text) of a target value with its unit: 4000 家 in "超 4000 家"; [3, 5] 个 in "3-5个"; 50 % in "不低于50%". */
export function findValue(text: string, value: Figure, unit: string, options: { normalized?: boolean } = {}): number[] {
  return valueWithUnit(prepare(text, options), value, unit);
}

export const amountAppears = (text: string, wan: number, options: { normalized?: boolean } = {}) =>
  findAmount(text, wan, options).length > 0;
export const rateAppears = (text: string, pct: Figure, options: { normalized?: boolean } = {}) =>
  findRate(text, pct, options).length > 0;
export const valueAppears = (text: string, value: Figure, unit: string, options: { normalized?: boolean } = {}) =>
  findValue(text, value, unit, options).length > 0;

/**
 * Whether figures are written in the given order: each at a position after the previous one.
 * Tiers are listed in the order the text gives them (I/II/III期, 三类 then 二类), so a tier
 * figure typed as its neighbour's (1% → 2% among 1%, 2%, 3%) breaks the order and is caught.
 */
export function inOrder(positions: number[][]): boolean {
  let last = -1;
  for (const options of positions) {
    const next = options.find((p) => p > last);
    if (next === undefined) return false;
    last = next;
  }
  return true;
}

/**
 * A figure in a table row: one cell is exactly the number (the unit is in the header, as in
 * "生物医药产业营业收入（亿元）| 200 | 500"), or a cell writes the number with its unit.
 */
export function figureInCells(cells: string[], value: Figure, unit?: string): boolean {
  return cells.some((cell) => {
    const c = normalizeText(cell);
    if (Array.isArray(value)) {
      // Both ends of the range must be the cell's: 1-3 is not [1, 2].
      const range = WHOLE_RANGE.exec(c);
      if (range && same(range[1]!, value[0]) && same(range[2]!, value[1])) return true;
    } else if (WHOLE_NUMBER.test(c) && same(c, value)) return true;
    return unit ? valueWithUnit(c, value, unit).length > 0 : false;
  });
}

/** What `readAmount` makes of a typed amount. */
export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'ok'; wan: number }
  | { kind: 'error'; code: 'negative' | 'range' | 'percent' | 'unreadable' };

const DIGITS: Readonly<Record<string, number>> = { ...DIGIT_VALUE, ...FINANCIAL_DIGIT_VALUE };
const SMALL: Readonly<Record<string, number>> = { ...UNIT_VALUE, ...FINANCIAL_UNIT_VALUE };
const NUMBER = /^\d+(?:\.\d+)?/;

/** The value of one Chinese digit or a single ASCII digit, else undefined. */
const digit = (c: string): number | undefined => (c in DIGITS ? DIGITS[c] : /^[0-9]$/.test(c) ? Number(c) : undefined);

/**
 * A number below 万 written with 千/百/十 (3千5百, 三千五百, 十五, 1.5千, colloquial 三千五) or as
 * plain digits (3000, 二〇〇〇); null when it is not one.
 */
function section(s: string): number | null {
  if (s === '') return null;
  // A run of Chinese digits without multipliers is positional: 二〇〇〇.
  if ([...s].every((c) => c in DIGITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let zero = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const arabic = NUMBER.exec(s.slice(i));
    if (arabic) {
      if (pending !== null) return null;
      pending = Number(arabic[0]);
      i += arabic[0].length;
      continue;
    }
    i += 1;
    if (c === '零' || c === '〇') {
      if (pending !== null) return null;
      zero = true;
    } else if (c in DIGITS) {
      if (pending !== null) return null;
      pending = DIGITS[c]!;
    } else if (c in SMALL) {
      const unit = SMALL[c]!;
      if (unit >= lastUnit) return null;
      // 十五 is 15: a leading 十 stands for 一十.
      const times = pending ?? (total === 0 && unit === 10 ? 1 : null);
      if (times === null) return null;
      total += times * unit;
      pending = null;
      lastUnit = unit;
      zero = false;
    } else return null;
  }
  if (pending !== null) {
    // 三千五 is 3500: a single digit right after a multiplier is the next place down (三千零五 is 3005).
    const nextPlace = lastUnit !== Infinity && !zero && Number.isInteger(pending) && pending < 10;
    total += nextPlace ? (pending * lastUnit) / 10 : pending;
  }
  return total;
}

/** The value in 元 of a number written with 万 and 亿 (1亿2000万, 3千万, 0.3亿, 一万五); null when it is not one. */
function withBigUnits(s: string): number | null {
  let rest = s;
  let total = 0;
  for (const [mark, size] of [
    ['万亿', 1e12],
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const parts = rest.split(mark);
    if (parts.length > 2) return null;
    if (parts.length === 2) {
      const head = section(parts[0]!);
      if (head === null) return null;
      total += head * size;
      rest = parts[1]!;
      // 一万五 is 15000, 1亿2 is 1.2亿: a single trailing digit is the next place down.
      const d = digit(rest);
      if (d !== undefined) return total + d * (size / 10);
    }
  }
  if (rest === '') return total;
  const tail = section(rest);
  return tail === null ? null : total + tail;
}

/**
 * Reads an amount as people type it — 3000, 3,000, ３０００ (an IME's full-width digits), 3000万,
 * 0.3亿, 3千万, 三千万, 一亿二千万, 壹仟万, 3000元 — in 万元: a bare number is 万元, a number with its own
 * unit (万, 亿, 元) is converted by `toWan`. A percentage, a range or a negative number is an error.
 */
export function readAmount(raw: string): AmountReading {
  // Full-width digits, commas, points and spaces folded (３，０００．５ → 3,000.5).
  let s = foldCompat(raw).replace(/\s/g, '').replace(/億/g, '亿').replace(/萬/g, '万');
  if (s === '') return { kind: 'empty' };
  s = s.replace(/^(?:约|大约|人民币|rmb|¥|￥)/, '');
  if (/^[-−负]/.test(s)) return { kind: 'error', code: 'negative' };
  if (/[%‰]/.test(s)) return { kind: 'error', code: 'percent' };
  if (/[\d一二两三四五六七八九十百千万亿][-~—–至到]+[\d一二两三四五六七八九十]/.test(s))
    return { kind: 'error', code: 'range' };
  // In 元 when the text says so (3000元, 3000万元 is still 万 below); a bare number is 万元.
  const yuan = /元$/.test(s);
  s = s.replace(/元$/, '').replace(/w$/, '万');
  // Thousands separators, only where they group by three: 3,000 and 12,000,000.5 but not 3,00.
  if (s.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?[万亿]?$/.test(s)) return { kind: 'error', code: 'unreadable' };
    s = s.replace(/,/g, '');
  }
  const value = withBigUnits(s) ?? NaN;
  if (!Number.isFinite(value) || s === '') return { kind: 'error', code: 'unreadable' };
  return { kind: 'ok', wan: toWan(value, yuan || /[万亿]/.test(s) ? '元' : '万元') };
}
