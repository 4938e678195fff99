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
    .replace(/\s/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/．/g, '.')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
function numberWithUnit(text: string, value: number, unitPattern: string): number[] {
  const re = new RegExp(
    String.raw`(?<![\d.])(?<!\d(?:${unitPattern})?${DASH})(${NUM})(?:${SEP}+${NUM})*(?:${unitPattern})(?!${DASH}\d)`,
    'g',
  );
  const at: number[] = [];
  for (const m of text.matchAll(re)) {
    // The enumeration form: every number before the unit shares it, so check each one.
    for (const n of m[0].matchAll(new RegExp(NUM, 'g'))) if (same(n[0], value)) at.push(m.index + n.index);
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
  return [...numberWithUnit(t, wan, '万元'), ...numberWithUnit(t, wan / 10000, '亿元')].sort((a, b) => a - b);
}

/** Positions (in the normalized text) of a rate in %: 25 as 25%; [10, 30] as 10—30%, 10%—30%, 5%~20%, 10%至30%. */
export function findRate(text: string, pct: Figure, options: { normalized?: boolean } = {}): number[] {
  const t = prepare(text, options);
  return Array.isArray(pct) ? rangeWithUnit(t, pct, '%') : numberWithUnit(t, pct, '%');
}

/** Positions of a value written with its unit in a normalized text; the unit is matched literally, spaces aside. */
function valueWithUnit(t: string, value: Figure, unit: string): number[] {
  const u = esc(unit.replace(/\s/g, ''));
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
