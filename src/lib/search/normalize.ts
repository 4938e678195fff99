/**
 * Text normalisation shared by the index builder, the search page, the policy-page highlighter,
 * the tests and the benchmark, so that "the clause contains the query" means the same thing
 * everywhere (docs/search.md):
 *
 * - compatibility forms fold (`foldCompat` of src/lib/fold.ts, NFKC: full-width ２０２３ = 2023,
 *   （ = (), case folds;
 * - whitespace is ignored (the texts write "到 2023 年" and readers type 2023年), and so are
 *   quotation marks (太仓 writes 专精特新“小巨人”, readers type 专精特新小巨人);
 * - a line break inside a clause (heading line, table cell) is a boundary a match cannot cross:
 *   the index text carries it as U+2063, which Pagefind keeps and which breaks its character pairs;
 * - runs of Latin letters and digits are atomic: 500万元 does not match inside 3500万元, I期 not
 *   inside III期.
 */
import { foldCompat } from '../fold.ts';

/** Invisible separator: Pagefind keeps it in stored content and does not pair characters across it. */
export const BOUNDARY = '\u2063';

const HAN = /\p{Script=Han}/u;
const WS = /\s/u;
/** Quotation marks, ignored when matching like whitespace (after NFKC, so full-width ＂ is " too). */
export const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』']);
const ALNUM = /[\p{L}\p{N}]/u;

export const isHan = (ch: string): boolean => HAN.test(ch);
/** Letters and digits other than Han characters: the runs that match only as a whole. */
export const isAlnum = (ch: string | undefined): boolean => ch !== undefined && ALNUM.test(ch) && !HAN.test(ch);

/**
 * The text Pagefind indexes and stores for a clause: layout spaces between two Han characters
 * removed (so character pairs bridge them), line breaks turned into BOUNDARY.
 */
export function indexText(text: string): string {
  return text
    .trim()
    .replace(/(\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu, '$1')
    .replace(/[^\S\n]*\n\s*/g, BOUNDARY);
}

export interface Normalized {
  /** The folded text, whitespace removed. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index of the original character it came from. */
  readonly map: readonly number[];
}

/**
 * Each character's contribution to the normalised text (its folded units, whitespace and quotation
 * marks dropped), computed once per distinct character: the search page normalises every candidate
 * clause several times, and NFKC plus a regular expression per character was most of its main-thread
 * time (a few thousand distinct characters occur in the texts, so the table stays small).
 */
const FOLDED = new Map<string, string>();
function foldChar(ch: string): string {
  let units = FOLDED.get(ch);
  if (units === undefined) {
    units = '';
    // NFKC turns a few characters into spaces or several characters; keep what is not whitespace.
    if (!WS.test(ch)) for (const unit of foldCompat(ch).replace(/\s+/gu, '')) if (!QUOTES.has(unit)) units += unit;
    FOLDED.set(ch, units);
  }
  return units;
}

/**
 * The clause texts normalised last, by text: the search page folds each candidate several times
 * (judging it, counting holders, cutting its snippet). Only texts of a clause's length are kept
 * (query words and thesaurus entries are short and many), and the table is emptied when full.
 */
const MEMO = new Map<string, Normalized>();
const MEMO_MIN_LENGTH = 32;
const MEMO_LIMIT = 512;

/** Folds a text for matching and keeps a map back to the original positions (for highlighting). */
export function normalizeWithMap(input: string): Normalized {
  const memo = input.length >= MEMO_MIN_LENGTH;
  const known = memo ? MEMO.get(input) : undefined;
  if (known) return known;
  const result = fold(input);
  if (memo) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(input, result);
  }
  return result;
}

function fold(input: string): Normalized {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    const units = foldChar(ch);
    text += units;
    for (let k = 0; k < units.length; k++) map.push(i);
    i += ch.length;
  }
  return { text, map };
}

export const normalize = (input: string): string => normalizeWithMap(input).text;

/**
 * Start offsets (in the normalised text) where `term` (already normalised) occurs, honouring
 * atomic letter/digit runs at the term's edges.
 */
export function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  if (!term) return found;
  const first = term[0];
  const last = term[term.length - 1];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (isAlnum(first) && isAlnum(text[at - 1])) continue;
    if (isAlnum(last) && isAlnum(text[at + term.length])) continue;
    found.push(at);
  }
  return found;
}

/** Whether a (raw) text contains a normalised term, by the rules above. */
export const containsTerm = (text: string, term: string): boolean => occurrences(normalize(text), term).length > 0;

/**
 * A fixed order of strings (by UTF-16 code unit), the same in every browser and locale: the
 * tie-break of the place lexicons. localeCompare's order follows the reader's locale, and its first
 * call loads a collator, over 10 ms of a phone's main thread on the search page's first query.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
