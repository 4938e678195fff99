/**
 * What a clause holds of a query, and the ranking rule (docs/search.md, "Ranking"). Pagefind
 * scores words found anywhere in a record, so its order only breaks ties: each candidate's own
 * text is checked against the query plan, and clauses are ordered by
 *
 *   1. 条款直达: the clause a typed reference names (the one whose label reads as typed first);
 *   2. holding a whole typed term the understanding had to split (a question, 昆山小核酸);
 *   3. the number of the query's terms held whole (in any writing);
 *   4. the number held whole or by all their words (免疫细胞治疗 → 免疫, 细胞, 治疗);
 *   5. holding them as typed or in a variant writing, before holding them only through a synonym;
 *   6. the number of a question's support words held (资助, 补贴 … for 有什么奖励);
 *   7. intent: with target words (目标, 指标, 到20XX年) target clauses first, otherwise clauses
 *      with support provisions first;
 *   8. Pagefind's order.
 */
import { normalize, occurrences } from './normalize.ts';
import type { Concept, QueryPlan } from './plan.ts';

export interface ConceptMatch {
  /** Some writing of the term occurs. */
  whole: boolean;
  /** A writing as typed (or a variant, or a number written the other way) occurs. */
  literal: boolean;
  /** Every word of the term occurs (in some writing), adjacent or not. */
  parts: boolean;
  /** The synonym writing that matched, when only a synonym did. */
  synonym: string | null;
}

export interface MatchInfo {
  /** Holds a whole typed term the understanding split. */
  phrase: boolean;
  /** Terms held whole. */
  whole: number;
  /** Terms held whole or by all their words. */
  parts: number;
  /** Every term held whole is held as typed or in a variant writing. */
  literal: boolean;
  /** Support words of a question held. */
  soft: number;
  /** Holds every term whole: a full match (anything less is labelled 部分匹配). */
  exact: boolean;
  /** Synonym writings through which terms were found (shown as 同义：…). */
  synonyms: string[];
}

const has = (norm: string, text: string) => occurrences(norm, text).length > 0;

export function conceptMatch(norm: string, c: Concept): ConceptMatch {
  let literal = false;
  let synonym: string | null = null;
  for (const f of c.forms) {
    if (!has(norm, f.text)) continue;
    if (f.origin.kind === 'synonym') synonym ??= f.origin.writing ?? f.text;
    else literal = true;
  }
  const whole = literal || synonym !== null;
  const parts = whole || (c.parts.length > 0 && c.parts.every((p) => p.forms.some((f) => has(norm, f.text))));
  return { whole, literal, parts, synonym: literal ? null : synonym };
}

/** What a clause text holds of a query plan. */
export function matchInfo(text: string, plan: Pick<QueryPlan, 'concepts' | 'phrases' | 'soft'>): MatchInfo {
  const norm = normalize(text);
  const matches = plan.concepts.map((c) => conceptMatch(norm, c));
  const whole = matches.filter((m) => m.whole).length;
  return {
    phrase: plan.phrases.some((p) => has(norm, p)),
    whole,
    parts: matches.filter((m) => m.parts).length,
    literal: matches.every((m) => !m.whole || m.literal),
    soft: plan.soft.filter((w) => has(norm, w)).length,
    exact: plan.concepts.length > 0 && whole === plan.concepts.length,
    synonyms: [...new Set(matches.map((m) => m.synonym).filter((s): s is string => s !== null))],
  };
}

/** A candidate worth listing: it holds something of the query (Pagefind also returns records that match a shortened word only). */
export const keep = (m: MatchInfo): boolean => m.parts > 0 || m.phrase;

export interface Ranked {
  /** Position in Pagefind's order (best first). */
  order: number;
  match: MatchInfo;
  /** For a 条款直达 result: whether its label reads as the reference typed. */
  citation?: { exactLabel: boolean } | null;
  /** Whether the clause has support provisions / targets (from the index's `has` filter). */
  subsidy: boolean;
  target: boolean;
}

export type Intent = 'support' | 'target' | null;

/** The ranking rule above, as a comparator. */
export function compareRanked(a: Ranked, b: Ranked, intent: Intent): number {
  const by = (f: (r: Ranked) => number | boolean) => Number(f(b)) - Number(f(a));
  return (
    by((r) => Boolean(r.citation)) ||
    by((r) => r.citation?.exactLabel ?? false) ||
    by((r) => r.match.phrase) ||
    by((r) => r.match.whole) ||
    by((r) => r.match.parts) ||
    by((r) => r.match.literal) ||
    by((r) => r.match.soft) ||
    by((r) => (intent === 'target' ? r.target : r.subsidy)) ||
    a.order - b.order
  );
}

export function rank<T extends Ranked>(items: T[], intent: Intent): T[] {
  return [...items].sort((a, b) => compareRanked(a, b, intent));
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

export interface Candidate {
  /** How many of the query's terms the index says the record may hold. */
  terms: number;
  /** Matched word positions (Pagefind's `words`). */
  words: number[];
  /** Position in Pagefind's order. */
  order: number;
}

/**
 * The order in which to fetch candidates' texts when there are more than are checked at once:
 * records that may hold more of the terms first, then those whose matched words lie in longer
 * runs of adjacent positions (an exact match has its pairs side by side), then Pagefind's order.
 * Returns indexes into `candidates`.
 */
export function verificationOrder(candidates: Candidate[]): number[] {
  const runs = candidates.map((c) => longestRun(c.words));
  return candidates
    .map((_, i) => i)
    .sort(
      (a, b) =>
        candidates[b]!.terms - candidates[a]!.terms ||
        runs[b]! - runs[a]! ||
        candidates[a]!.order - candidates[b]!.order,
    );
}
