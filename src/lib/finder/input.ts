/**
 * Amounts as people type them into the calculator: 3000, 3,000, ３０００ (an IME's full-width
 * digits), 3000万, 0.3亿, 3千万, 三千万, 一亿二千万, 3000元. The fields are in 万元, so a bare number
 * is 万元; a number that carries its own unit (万, 亿, 元) is converted. Whatever cannot be read is
 * an error with a Chinese message for the field — never a silently dropped value.
 */

export type AmountInput =
  { kind: 'empty' } | { kind: 'ok'; wan: number } | { kind: 'error'; message: string; code: AmountErrorCode };

export type AmountErrorCode = 'negative' | 'range' | 'percent' | 'too-large' | 'unreadable';

/** More than 10万亿元 is a typo of the unit, not an amount a company spends. */
export const MAX_WAN = 1e9;

const HELP = '请填写一个数（单位：万元），如 3000、3,000、3000万、0.3亿、三千万';

export const AMOUNT_MESSAGES: Record<AmountErrorCode, string> = {
  negative: '金额不能为负数',
  range: `请只填一个数，不要填范围。${HELP}`,
  percent: `这里填金额，不是比例。${HELP}`,
  'too-large': '数额过大（超过10万亿元），请检查单位',
  unreadable: `无法识别。${HELP}`,
};

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
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

/** Reads one amount field; the result is in 万元. */
export function parseAmount(raw: string): AmountInput {
  // NFKC makes full-width digits, commas, points and spaces ASCII (３，０００．５ → 3,000.5).
  let s = raw.normalize('NFKC').replace(/\s/g, '').replace(/億/g, '亿').replace(/萬/g, '万');
  if (s === '') return { kind: 'empty' };
  const fail = (code: AmountErrorCode): AmountInput => ({ kind: 'error', code, message: AMOUNT_MESSAGES[code] });
  s = s.replace(/^(?:约|大约|人民币|RMB|¥|￥)/i, '');
  if (/^[-−负]/.test(s)) return fail('negative');
  if (/[%‰]/.test(s)) return fail('percent');
  if (/[\d一二两三四五六七八九十百千万亿][-~—–至到]+[\d一二两三四五六七八九十]/.test(s)) return fail('range');
  // In 元 when the text says so (3000元, 3000万元 is still 万 below); a bare number is in the field's 万元.
  const yuan = /元$/.test(s);
  s = s.replace(/元$/, '').replace(/[wW]$/, '万');
  // Thousands separators, only where they group by three: 3,000 and 12,000,000.5 but not 3,00.
  if (s.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?[万亿]?$/.test(s)) return fail('unreadable');
    s = s.replace(/,/g, '');
  }
  const value = withBigUnits(s) ?? NaN;
  if (!Number.isFinite(value) || s === '') return fail('unreadable');
  const inYuan = yuan || /[万亿]/.test(s);
  // Rounded to 0.01 元: decimals such as 0.3 × 1亿 carry binary noise.
  const wan = Math.round((inYuan ? value / 1e4 : value) * 1e6) / 1e6;
  if (wan > MAX_WAN) return fail('too-large');
  return { kind: 'ok', wan };
}
