/**
 * Re-ranking of Pagefind's candidates. Pagefind scores words found anywhere in a record, so a
 * clause holding 三类, 医疗 and 器械 far apart can outscore one saying 三类医疗器械. We check
 * each candidate's text: clauses containing every term exactly come first (in Pagefind's order),
 * then partial matches, labelled 部分匹配 on the page.
 */
import { normalize, occurrences } from './normalize.ts';
import { termTokens } from './query-tokens.ts';

export interface MatchInfo {
  /** Every term occurs in the text. */
  exact: boolean;
  /** How many terms occur. */
  matched: number;
  /**
   * How many terms have all their pieces (pairs, characters, numbers) in the text, adjacent or
   * not. Pagefind also returns records matching a shortened form of a word it does not know
   * (nothinghere → n); those cover nothing and are dropped.
   */
  covered: number;
}

export function matchInfo(text: string, terms: string[]): MatchInfo {
  const norm = normalize(text);
  let matched = 0;
  let covered = 0;
  for (const term of terms) {
    if (occurrences(norm, term).length) {
      matched++;
      covered++;
    } else if (termTokens(term).every((t) => occurrences(norm, t).length > 0)) {
      covered++;
    }
  }
  return { exact: terms.length > 0 && matched === terms.length, matched, covered };
}

/** A match worth showing: every term covered, or (when no clause covers them all) at least one. */
export const keep = (match: MatchInfo, terms: number, need: 'all' | 'any'): boolean =>
  need === 'all' ? match.covered === terms : match.covered > 0;

export interface Ranked {
  /** Position in Pagefind's order (its score, best first). */
  order: number;
  match: MatchInfo;
}

/** Exact matches first, then by number of terms found, then Pagefind's order. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return Number(b.match.exact) - Number(a.match.exact) || b.match.matched - a.match.matched || a.order - b.order;
}

export function rank<T extends Ranked>(items: T[]): T[] {
  return [...items].sort(compareRanked);
}

/** Longest run of consecutive word positions among a result's matched locations. */
export function longestRun(words: number[]): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = sorted.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * The order in which to fetch candidates' texts when there are more than we verify at once:
 * an exact match has its pairs at adjacent word positions, so long runs of adjacent matched
 * words come first, then Pagefind's order. Returns indexes into `words`.
 */
export function verificationOrder(words: number[][]): number[] {
  const runs = words.map(longestRun);
  return words.map((_, i) => i).sort((a, b) => runs[b]! - runs[a]! || a - b);
}
