/**
 * Never a blank page: when no clause holds a term, a typed character may be wrong (临床式验,
 * 瞪铃企业) — the texts then hold the term with one character different — or the term is more
 * specific than any text (免疫细胞治疗) and its words are worth showing with their counts.
 *
 * For a one-character slip, the pattern "the text before, any one character, the text after",
 * found in the clauses that hold the text around it, gives the correction (临床?验机构 →
 * 临床试验机构).
 */
import { escapeRegExp } from '../regexp.ts';
import { isHan } from './normalize.ts';

export interface TypoPattern {
  /** Text before and after the character that is likely wrong. */
  before: string;
  after: string;
  /** The character typed there. */
  typed: string;
  /** For a window (`windowPatterns`): the rest of the term before and after it. */
  head?: string;
  tail?: string;
}

/**
 * The places a one-character slip can be in a Han term of 3–12 characters (or as many as `length`
 * says): each character in turn, with the text before and after it. (The index cannot say which
 * pair is unknown: Pagefind cuts a two-character query it does not know into its characters, which
 * match almost anything.)
 */
export function typoPatterns(term: string, length: { min: number; max: number } = { min: 3, max: 12 }): TypoPattern[] {
  const chars = [...term];
  if (chars.length < length.min || chars.length > length.max || !chars.every(isHan)) return [];
  return chars.map((typed, at) => ({
    before: chars.slice(0, at).join(''),
    after: chars.slice(at + 1).join(''),
    typed,
  }));
}

/** Characters kept either side of the slip by `windowPatterns`. */
export const WINDOW = 2;

/**
 * The places of a slip in a long term whose correction no text holds whole (知识产权质压融资: the texts
 * write 知识产权质押 and 质押融资 apart): each character with WINDOW characters of the term either
 * side — so inside the term, never at its ends, and only in a term of five characters or more, where
 * four typed characters around one keep the correction to the reader's words.
 */
export function windowPatterns(term: string): TypoPattern[] {
  const chars = [...term];
  if (chars.length < 2 * WINDOW + 1 || chars.length > 12 || !chars.every(isHan)) return [];
  const out: TypoPattern[] = [];
  for (let at = WINDOW; at < chars.length - WINDOW; at++)
    out.push({
      head: chars.slice(0, at - WINDOW).join(''),
      before: chars.slice(at - WINDOW, at).join(''),
      typed: chars[at]!,
      after: chars.slice(at + 1, at + 1 + WINDOW).join(''),
      tail: chars.slice(at + 1 + WINDOW).join(''),
    });
  return out;
}

/** The writings `writingsIn` finds in each text, with how many texts hold each (a text counts once). */
function countPerText(
  texts: string[],
  writingsIn: (text: string) => Iterable<string>,
): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of new Set(writingsIn(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ term, count }));
}

/** Corrections the (normalised) texts offer for a pattern, with how many texts hold each, most first. */
export function corrections(texts: string[], pattern: TypoPattern): { term: string; count: number }[] {
  const re = new RegExp(`${escapeRegExp(pattern.before)}(\\p{Script=Han})${escapeRegExp(pattern.after)}`, 'gu');
  return countPerText(texts, (text) =>
    [...text.matchAll(re)]
      .filter((m) => m[1] !== pattern.typed)
      .map((m) => `${pattern.head ?? ''}${m[0]}${pattern.tail ?? ''}`),
  ).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** The pieces the known text of a pattern is searched by. */
export const patternQuery = (p: TypoPattern): string[] => [p.before, p.after].filter((s) => s.length > 0);

/** What `fallbackPieces` reads of a plan. */
export interface PiecesPlan {
  raw: string;
  concepts: { text: string; parts: { text: string }[] }[];
  asked: string[];
}

/**
 * When nothing holds the query, the smaller queries worth offering: the support or target words
 * typed inside a question (补贴 of 房租补贴, left out of the search as intent) and the words of each
 * term; longest first, each once, never the query itself. The terms themselves are not offered:
 * the search looked for each of them already. Which pieces match is for the index to say.
 */
export function fallbackPieces(plan: PiecesPlan, limit = 4): string[] {
  const pieces: string[] = [];
  const add = (text: string) => {
    if (text && text !== plan.raw && !pieces.includes(text)) pieces.push(text);
  };
  for (const c of plan.concepts) for (const p of c.parts) add(p.text);
  for (const w of plan.asked) add(w);
  return pieces
    .map((text, at) => ({ text, at }))
    .sort((a, b) => [...b.text].length - [...a.text].length || a.at - b.at)
    .slice(0, limit)
    .map((p) => p.text);
}

/** Most characters a shortening may leave out between two it keeps (高企 → 高新技术企业). */
export const SHORTENING_GAP = 3;

/**
 * Readers shorten a term by keeping some of its characters in order: 国标 for 国家标准, 临责险 for
 * 临床试验责任保险, 高企 for 高新技术企业, 人遗 for 人类遗传资源 — and a character left out by
 * mistake (上市许可持人) is the same shape. The pattern a Han term of 2–6 characters stands for:
 * its characters in order, each two with at most SHORTENING_GAP Han characters between them (the
 * fewest that fit, so the writing found is the tightest).
 */
export function shorteningPattern(term: string): RegExp | null {
  const chars = [...term];
  if (chars.length < 2 || chars.length > 6 || !chars.every(isHan)) return null;
  return new RegExp(chars.map(escapeRegExp).join(`\\p{Script=Han}{0,${SHORTENING_GAP}}?`), 'gu');
}

/**
 * A character typed twice by mistake (改良型型新药, 临床试验验机构): the term with one of each pair of
 * the same Han character side by side left out, one pair at a time, from the first pair on. Only for
 * a term no clause holds (the caller's rule), so a word written doubled (常常, 人人) is never undone.
 */
export function doubledCollapses(term: string): string[] {
  const chars = [...term];
  const out: string[] = [];
  for (let i = 1; i < chars.length; i++)
    if (chars[i] === chars[i - 1] && isHan(chars[i]!)) {
      const collapsed = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      if (!out.includes(collapsed)) out.push(collapsed);
    }
  return out;
}

/** Built on the first shortening read, not when the module loads (the search page loads it through retrieve.ts). */
let words: Intl.Segmenter | undefined;

/**
 * The end of the word that holds the character at `at` (国家标 → 国家标准): a shortening keeps a
 * word's first character more often than its whole, so the writing found runs to its word's end.
 */
function wordEnd(text: string, at: number): number {
  const segment = (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text).containing(at);
  if (!segment) return at + 1;
  const end = segment.index + segment.segment.length;
  return /^\p{Script=Han}+$/u.test(text.slice(at, end)) ? end : at + 1;
}

/**
 * The writings the (normalised) texts hold for a shortened term (`shorteningPattern`), each run to
 * the end of its last word, with how many texts hold each, most first, the shorter first on a tie.
 */
export function expansions(texts: string[], term: string): { term: string; count: number }[] {
  const re = shorteningPattern(term);
  if (!re) return [];
  return countPerText(texts, (text) =>
    [...text.matchAll(re)]
      .map((m) => text.slice(m.index, wordEnd(text, m.index + m[0].length - 1)))
      .filter((writing) => writing !== term),
  ).sort((a, b) => b.count - a.count || a.term.length - b.term.length || a.term.localeCompare(b.term));
}
