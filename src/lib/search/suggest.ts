/**
 * Never a blank page: when no clause holds a term, a typed character may be wrong (临床式验,
 * 瞪铃企业) — the texts then hold the term with one character different — or the term is more
 * specific than any text (免疫细胞治疗) and its words are worth showing with their counts.
 *
 * A one-character slip leaves the character pairs around it unknown to the index while the other
 * pairs are found: the pattern "known text, any one character, known text" found in the clauses
 * holding the known parts gives the correction (临床?验机构 → 临床试验机构).
 */
import { isHan } from './normalize.ts';

export interface TypoPattern {
  /** Text before and after the character that is likely wrong. */
  before: string;
  after: string;
  /** The character typed there. */
  typed: string;
}

/**
 * Where a one-character slip can be in a Han term, from which of its adjacent pairs the index
 * knows (`known[k]` for the pair of characters k and k+1): every unknown pair touches one
 * character, and the rest are known. Null when no single character explains the unknown pairs.
 */
export function typoPattern(term: string, known: boolean[]): TypoPattern | null {
  const chars = [...term];
  if (chars.length < 3 || known.length !== chars.length - 1 || !chars.every(isHan)) return null;
  const unknown = known.map((k, i) => (k ? -1 : i)).filter((i) => i >= 0);
  if (!unknown.length || unknown.length > 2) return null;
  let at: number;
  if (unknown.length === 2) {
    if (unknown[1] !== unknown[0]! + 1) return null;
    at = unknown[1]!;
  } else if (unknown[0] === 0) at = 0;
  else if (unknown[0] === chars.length - 2) at = chars.length - 1;
  else return null;
  return { before: chars.slice(0, at).join(''), after: chars.slice(at + 1).join(''), typed: chars[at]! };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Corrections the (normalised) texts offer for a pattern, with how many texts hold each, most first. */
export function corrections(texts: string[], pattern: TypoPattern): { term: string; count: number }[] {
  const re = new RegExp(`${escape(pattern.before)}(\\p{Script=Han})${escape(pattern.after)}`, 'gu');
  const counts = new Map<string, number>();
  for (const text of texts) {
    const found = new Set<string>();
    for (const m of text.matchAll(re)) if (m[1] !== pattern.typed) found.add(m[0]);
    for (const term of found) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** The pairs of adjacent characters of a Han term, whose presence in the index `typoPattern` needs. */
export function termPairs(term: string): string[] {
  const chars = [...term];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** The pieces the known text of a pattern is searched by. */
export const patternQuery = (p: TypoPattern): string[] => [p.before, p.after].filter((s) => s.length > 0);
