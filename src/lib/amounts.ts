/**
 * Checks that a number in the structured data is written in the policy text "as written": an
 * amount of 万元 as 3500万元 or 1亿元, a rate as 25% or 10—30%, a target as 3-5个. The data
 * is typed by hand from the texts; these checks catch a figure that was mistyped, converted
 * wrongly (亿 ↔ 万) or attached to the wrong clause.
 */

/** A number or a [min, max] range, as in the schemas. */
export type Figure = number | [number, number];

/**
 * Normalizes a text for matching: whitespace removed (the printed texts put spaces around
 * figures, "最高 2000 万元"), full-width digits, percent signs and commas made ASCII, and
 * thousands separators dropped, so each figure is one run of digits.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/．/g, '.')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A written number: 12, 0.5. */
const NUM = String.raw`\d+(?:\.\d+)?`;
/** Separators of an enumeration or a range: 600万元、1200万元和3500万元; 10—30%; 5%~20%. */
const SEP = String.raw`(?:[、，,和及或与至到~～—–\-]|以及)`;
/** Range dashes and words: 10—30%, 3-5个, 1亿元~5亿元, 5%至20%. */
const DASH = String.raw`[—–\-~～至到]+`;

/** Numbers are compared as numbers, so 1.0 and 1 are the same figure. */
const same = (written: string, value: number) => Math.abs(Number(written) - value) < 1e-9;

/** Whether `value` is written in `text` as a standalone number (not part of 12000 or 2.5) followed by `unitPattern`, directly or at the end of an enumeration ("600、1200和3500万元"). */
function numberWithUnit(text: string, value: number, unitPattern: string): boolean {
  const re = new RegExp(String.raw`(?<![\d.])(${NUM})(?:${SEP}+${NUM})*(?:${unitPattern})`, 'g');
  for (const m of text.matchAll(re)) {
    // The enumeration form: every number before the unit shares it, so check each one.
    const numbers = m[0].match(new RegExp(NUM, 'g')) ?? [];
    if (numbers.some((n) => same(n, value))) return true;
  }
  return false;
}

/**
 * The written forms of an amount in 万元: 3500 → 3500万元; 10000 → 1亿元 (or 10000万元);
 * 0.5 → 0.5万元. Only 万元 and 亿元 count: 3000万美元 is not an amount of 万元.
 */
export function amountAppears(text: string, wan: number, options: { normalized?: boolean } = {}): boolean {
  const t = options.normalized ? text : normalizeText(text);
  if (numberWithUnit(t, wan, '万元')) return true;
  return numberWithUnit(t, wan / 10000, '亿元');
}

/** A rate in %: 25 → 25%; [10, 30] → 10—30%, 10%—30%, 5%~20%, 10%至30%. */
export function rateAppears(text: string, pct: Figure, options: { normalized?: boolean } = {}): boolean {
  const t = options.normalized ? text : normalizeText(text);
  if (!Array.isArray(pct)) return numberWithUnit(t, pct, '%');
  return rangeWithUnit(t, pct, '%');
}

/** A range written with a dash or 至, the unit after the second number and optionally after the first: 3-5个, 10%—30%. */
function rangeWithUnit(text: string, [min, max]: [number, number], unitPattern: string): boolean {
  const re = new RegExp(String.raw`(?<![\d.])(${NUM})(?:${unitPattern})?${DASH}(${NUM})(?:${unitPattern})`, 'g');
  for (const m of text.matchAll(re)) if (same(m[1]!, min) && same(m[2]!, max)) return true;
  return false;
}

/**
 * A target value with its unit: 4000 家 in "超 4000 家"; [3, 5] 个 in "3-5个"; 50 % in
 * "不低于50%". Units whose value is in 亿元 or 万元 are also matched when the text writes the
 * other magnitude only for amounts of money (handled by `amountAppears`).
 */
export function valueAppears(text: string, value: Figure, unit: string, options: { normalized?: boolean } = {}): boolean {
  const t = options.normalized ? text : normalizeText(text);
  const u = esc(unit.replace(/\s+/g, ''));
  if (Array.isArray(value)) return rangeWithUnit(t, value, u);
  return numberWithUnit(t, value, u);
}

/**
 * A figure in a table row: one cell is exactly the number (the unit is in the header, as in
 * "生物医药产业营业收入（亿元）| 200 | 500"), or a cell writes the number with its unit.
 */
export function figureInCells(cells: string[], value: Figure, unit?: string): boolean {
  return cells.some((cell) => {
    const c = normalizeText(cell);
    if (!Array.isArray(value) && new RegExp(`^${NUM}$`).test(c) && same(c, value)) return true;
    if (Array.isArray(value) && new RegExp(`^(${NUM})${DASH}(${NUM})$`).test(c)) {
      const [, a, b] = c.match(new RegExp(`^(${NUM})${DASH}(${NUM})$`))!;
      return same(a!, value[0]) && same(b!, value[1]);
    }
    return unit ? valueAppears(c, value, unit, { normalized: true }) : false;
  });
}
