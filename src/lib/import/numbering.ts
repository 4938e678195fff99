/**
 * Recognises the numbering markers of Chinese policy texts (their numerals are read strictly by
 * src/lib/chinese-numerals.ts).
 * Markers are matched at the start of a (trimmed) line only; ASCII and full-width brackets, dots
 * and digits are read alike.
 */
import { readChineseNumeral, STRICT_NUMERAL_CHARS } from '../chinese-numerals.ts';
import { halfWidth } from '../fold.ts';

/** A numbering's value: strictly read, so that a misprint (二三、) is not taken for a number. */
const cnToInt = (s: string) => readChineseNumeral(s, 'strict');

export type MarkerKind = 'section' | 'item' | 'point' | 'subpoint' | 'box' | 'annex' | 'article';

export interface Marker {
  kind: MarkerKind;
  /** The number the text gives (一 → 1; 附件 without a number → 1). */
  n: number;
  /** The marker as written, e.g. "三、", "（一）", "1．", "专栏 2", "附件1". */
  raw: string;
  /** Text after the marker on the same line. */
  rest: string;
}

const CN = `[${STRICT_NUMERAL_CHARS}]+`;
/** One to three digits, ASCII or full-width (１．, （２）, 100.): lists of 100 items and more exist. */
const DIGITS2 = '[0-9０-９]{1,3}';
/** The value of digits typed either way. */
const digits = (s: string) => Number(halfWidth(s));
const PATTERNS: Array<[MarkerKind, RegExp, (m: RegExpMatchArray) => number]> = [
  ['article', new RegExp(`^(第(${CN})条)\\s*(.*)$`), (m) => cnToInt(m[2]!)],
  // 一、 — and 一． / 一. as some texts print it (never before a digit: not a decimal).
  ['section', new RegExp(`^((${CN})(?:、|[.．](?![0-9０-９])))\\s*(.*)$`), (m) => cnToInt(m[2]!)],
  ['item', new RegExp(`^([（(]\\s*(${CN})\\s*[）)])\\s*(.*)$`), (m) => cnToInt(m[2]!)],
  ['subpoint', new RegExp(`^([（(]\\s*(${DIGITS2})\\s*[）)])\\s*(.*)$`), (m) => digits(m[2]!)],
  // "2025年" or "3.5亿元" must not read as points: the number is followed by a dot or 、 and then text.
  ['point', new RegExp(`^((${DIGITS2})\\s*[.．、](?![0-9０-９]))\\s*(.*)$`), (m) => digits(m[2]!)],
  ['box', new RegExp(`^(专栏\\s*(${DIGITS2}))\\s*(.*)$`), (m) => digits(m[2]!)],
];

/** Returns the numbering marker a line starts with, or null. */
export function matchMarker(line: string): Marker | null {
  const text = line.trim().replace(/^\*\*(?=\S)/, '');
  for (const [kind, re, num] of PATTERNS) {
    const m = text.match(re);
    if (m) {
      const n = num(m);
      if (!Number.isFinite(n) || n < 1) continue;
      return { kind, n, raw: m[1]!, rest: m[3] ?? '' };
    }
  }
  return null;
}

/**
 * A chapter heading of a 第X条 document: "第一章 总则", "第二节 支持措施". Articles are numbered
 * through the whole document, so a chapter is not a level of the clause IDs (see docs/ids.md).
 */
export function matchChapter(line: string): { n: number; raw: string; rest: string } | null {
  const m = line.trim().match(new RegExp(`^(第(${CN})[章节])\\s*(.*)$`));
  if (!m) return null;
  const n = cnToInt(m[2]!);
  // "第一章" opening a sentence ("第一章所列…") is text, not a heading.
  return Number.isFinite(n) && m[3]!.length <= 25 && !/[。；;，,]/.test(m[3]!) ? { n, raw: m[1]!, rest: m[3]! } : null;
}

/** A bare annex marker line: "附件", "附件1", "附件 2" (nothing else on the line). */
export function matchBareAnnex(line: string): { n: number; raw: string } | null {
  const m = line.trim().match(/^(附件\s*([0-9０-９]{0,2}))$/);
  return m ? { n: m[2] ? digits(m[2]) : 1, raw: m[1]! } : null;
}

/** An annex line with a title: "附件：苏州市…任务分工表" or "附件1：…". */
export function matchTitledAnnex(line: string): { n: number; title: string } | null {
  const m = line.trim().match(/^附件\s*([0-9０-９]{0,2})\s*[:：]\s*(.+)$/);
  return m ? { n: m[1] ? digits(m[1]) : 1, title: m[2]! } : null;
}

export interface RunStart {
  /** Index in the string where the run starts (before any opening `**`). */
  index: number;
  /** 一是 → 1. */
  n: number;
}

/** A run marker (一是, 二是 …) at the start of a paragraph or after punctuation, where it cannot be part of a word (统一是). */
const RUN_MARKER = /(^|[。；;，,：:！？）)」”])(\*\*)?([一二三四五六七八九十]{1,2})是/g;

/** Every run marker in a paragraph, in sequence or not. */
export function runMarkers(text: string): RunStart[] {
  return [...text.matchAll(RUN_MARKER)].map((m) => ({ index: m.index + m[1]!.length, n: cnToInt(m[3]!) }));
}

/**
 * Finds 一是/二是/三是… runs in a paragraph. A marker counts only at the start of the
 * paragraph or after punctuation, and only as part of a sequence 一是, 二是, … that continues
 * `expectNext` (so a run sequence may continue across paragraphs of one clause).
 */
export function findRuns(text: string, expectNext = 1): RunStart[] {
  const found: RunStart[] = [];
  let next = expectNext;
  for (const marker of runMarkers(text)) {
    if (marker.n !== next) continue;
    found.push(marker);
    next += 1;
  }
  // A lone 一是 is an ordinary phrase ("统一是…" is already excluded by the punctuation rule),
  // but a sequence needs at least two members unless it continues an earlier paragraph.
  if (expectNext === 1 && found.length < 2) return [];
  return found;
}
