/**
 * Numbers as readers type them and as the texts write them. The texts mostly write amounts in
 * Arabic digits (1亿元, 3500万元, 25%) and classes in Chinese numerals (三类医疗器械, 二、三类) or
 * Arabic (1类化学药), phases in Roman numerals (I、II、III期, Ⅲ期); readers type any of these.
 * `numeralForms` gives the other writings of a (normalised) term so that each can be matched;
 * the numerals themselves are read and written by src/lib/chinese-numerals.ts.
 */
import { NUMERAL_CHARS, readChineseNumeral, writeChineseNumeral } from '../chinese-numerals.ts';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const ROMAN_OF = ['', 'i', 'ii', 'iii', 'iv', 'v'];

/** Words after which a number is an amount or a count (the texts write them in Arabic digits). */
const COUNTED = '万亿元家个人件项年亩名批倍平';
/** Class and phase words: the texts write the number in Chinese, Arabic or Roman numerals. */
const ORDINAL = '类期级';

const CN_RUN = `[${NUMERAL_CHARS}]+`;
/** Units counted in 万 that are not money: the texts write such a count in full (20000批, 5000亩). */
const COUNT_UNITS = '(?:亩|批|人次|人|家|平方米|平米|件|名)';
/** The 个 of a spoken amount (一个亿, 3个亿). */
const SPOKEN_GE = new RegExp(`(?<=[\\d${NUMERAL_CHARS}])个(?=[万亿])`, 'gu');
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
  // 两万批, 1.5万平方米: a count in 万 of something other than money is written in full (20000批).
  for (const m of term.matchAll(new RegExp(`(${CN_RUN}|\\d+(?:\\.\\d+)?)万(?=${COUNT_UNITS})`, 'gu'))) {
    const raw = m[1]!;
    const n = /^[\d.]+$/u.test(raw) ? Number(raw) : readChineseNumeral(raw, 'lenient');
    if (!Number.isFinite(n) || n <= 0 || n * 10000 > 1e7) continue;
    const full = String(Math.round(n * 10000));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      options: [m[0], full, ...(/^\d/u.test(raw) ? [] : [`${n}万`])],
    });
  }
  // 一半, 三成: a rate said in words, which the texts write as a percentage (50%, 30%). 成 only
  // after a digit word and not starting a word of its own (三成果 is 三 + 成果).
  for (const m of term.matchAll(/一半|减半|([一二三四五六七八九1-9])成(?![本果立员交熟为长都药功就效品])/gu)) {
    const pct = m[1] ? `${(/\d/u.test(m[1]) ? Number(m[1]) : readChineseNumeral(m[1], 'lenient')) * 10}%` : '50%';
    out.push({ start: m.index, end: m.index + m[0].length, options: [m[0], pct] });
  }
  const re = new RegExp(
    `(百分之)(${CN_RUN})|(第?)(${CN_RUN}|\\d+|(?<![a-z])(?:iii|ii|iv|i|v))(?=([${COUNTED}${ORDINAL}%]))`,
    'gu',
  );
  for (const m of term.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((s) => start < s.end && s.start < end)) continue;
    const original = m[0];
    if (m[1]) {
      // 百分之二十五 → 25%.
      const n = readChineseNumeral(m[2]!, 'lenient');
      if (Number.isFinite(n)) out.push({ start, end, options: [original, `${n}%`] });
      continue;
    }
    const ordinal = m[3] ?? '';
    const raw = m[4]!;
    const after = m[5]!;
    const n = /^\d+$/u.test(raw) ? Number(raw) : raw in ROMAN ? ROMAN[raw]! : readChineseNumeral(raw, 'lenient');
    if (!Number.isFinite(n) || n < 1 || n > 9999) continue;
    const options = new Set<string>([original]);
    if (ORDINAL.includes(after)) {
      // 三类 = 3类 = Ⅲ类 (iii类 once folded); 第三类 typed also finds 三类.
      const body = [String(n), writeChineseNumeral(n), ...(n <= 5 ? [ROMAN_OF[n]!] : [])];
      // Without 第 typed, no 第 form is needed: a text saying 第三类 also says 三类.
      for (const b of body) options.add(b);
    } else if (!/^\d+$/u.test(raw) && !(raw in ROMAN)) {
      // 五百万 → 500万, 二〇二五年 → 2025年: amounts and counts are written in digits.
      options.add(`${ordinal}${n}`);
    } else continue;
    out.push({ start, end, options: [...options] });
  }
  return out.filter((s) => s.options.length > 1).sort((a, b) => a.start - b.start);
}

/**
 * Other writings of the numbers in a normalised term: 一亿元 → 1亿元, 五百万 → 500万,
 * 百分之二十五 → 25%, 三类 → 3类 / iii类 / 第三类, 3类 → 三类, iii期 → 三期 / 3期. The term itself
 * is first; at most FORM_LIMIT forms.
 */
export function numeralForms(term: string): string[] {
  // 一个亿, 两个亿 (spoken) are written 1亿, 2亿.
  const spoken = term.replace(SPOKEN_GE, '');
  if (spoken !== term) return [...new Set([term, ...numeralForms(spoken)])].slice(0, FORM_LIMIT);
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
