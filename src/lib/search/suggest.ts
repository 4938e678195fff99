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
 * The places a one-character slip can be in a Han term of 3–12 characters: each character in
 * turn, with the text before and after it. (The index cannot say which pair is unknown: Pagefind
 * cuts a two-character query it does not know into its characters, which match almost anything.)
 */
export function typoPatterns(term: string): TypoPattern[] {
  const chars = [...term];
  if (chars.length < 3 || chars.length > 12 || !chars.every(isHan)) return [];
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

/** Corrections the (normalised) texts offer for a pattern, with how many texts hold each, most first. */
export function corrections(texts: string[], pattern: TypoPattern): { term: string; count: number }[] {
  const re = new RegExp(`${escapeRegExp(pattern.before)}(\\p{Script=Han})${escapeRegExp(pattern.after)}`, 'gu');
  const counts = new Map<string, number>();
  for (const text of texts) {
    const found = new Set<string>();
    for (const m of text.matchAll(re))
      if (m[1] !== pattern.typed) found.add(`${pattern.head ?? ''}${m[0]}${pattern.tail ?? ''}`);
    for (const term of found) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
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
