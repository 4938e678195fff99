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
 *   6. the terms held, a term held by some of its words counting as that share;
 *   7. the rarity of the terms held (a clause holding the rare 质子 before one holding 中心);
 *   8. holding a support word of a question (资助, 补贴 … for 有什么奖励);
 *   9. intent: with target words (目标, 指标, 到20XX年) target clauses first; otherwise clauses
 *      whose sentence stating a support amount or rate holds a term, then other clauses with
 *      support provisions;
 *  10. holding every term in the first sentence (the heading or lead: what the clause is about);
 *  11. holding a question's words side by side as typed (企业数量 of 企业数量目标);
 *  12. the typed writing before a variant (临床实验 typed: the clause writing 临床实验 first);
 *  13. Pagefind's order.
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
  /** The share of the term's words that occur (1 when whole). */
  share: number;
  /** A writing exactly as typed (or with numbers written the other way) occurs, not only a variant. */
  typed: boolean;
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
  /** Per term: held whole. */
  held: boolean[];
  /** Per term: held whole or by every one of its words (what a term read by its words needs). */
  complete: boolean[];
  /** Terms held, counting a term held by some of its words as that share. */
  share: number;
  /** Every term held whole is held in a writing as typed. */
  typed: boolean;
  /** Every term held whole is held as typed or in a variant writing. */
  literal: boolean;
  /** Support words of a question held. */
  soft: number;
  /** Every term is held in the clause's first sentence (its heading or lead: what it is about). */
  lead: boolean;
  /** Holds a run of a question's content words as typed (企业数量). */
  run: boolean;
  /** Holds every term whole: a full match (anything less is labelled 部分匹配). */
  exact: boolean;
  /** Synonym writings through which terms were found (shown as 同义：…). */
  synonyms: string[];
}

const has = (norm: string, text: string) => occurrences(norm, text).length > 0;

export function conceptMatch(norm: string, c: Concept): ConceptMatch {
  let literal = false;
  let typed = false;
  let synonym: string | null = null;
  for (const f of c.forms) {
    if (!has(norm, f.text)) continue;
    if (f.origin.kind === 'synonym') synonym ??= f.origin.writing ?? f.text;
    else literal = true;
    if (f.origin.kind === 'typed') typed = true;
  }
  const whole = literal || synonym !== null;
  const held = whole ? c.parts.length : c.parts.filter((p) => p.forms.some((f) => has(norm, f.text))).length;
  const share = whole ? 1 : c.parts.length ? held / c.parts.length : 0;
  return { whole, literal, typed, parts: share === 1, share, synonym: literal ? null : synonym };
}

/** What a clause text holds of a query plan. */
/** The first sentence of a clause with words in it: up to the first 。 or line break (a heading line; a table row's 序号 cell is skipped). */
export function leadSentence(text: string): string {
  return text.split(/[。\n\u2063]/u).find((s) => /\p{Script=Han}/u.test(s)) ?? '';
}

export function matchInfo(text: string, plan: Pick<QueryPlan, 'concepts' | 'phrases' | 'soft' | 'runs'>): MatchInfo {
  const norm = normalize(text);
  const lead = normalize(leadSentence(text));
  const matches = plan.concepts.map((c) => conceptMatch(norm, c));
  const whole = matches.filter((m) => m.whole).length;
  return {
    phrase: plan.phrases.some((p) => has(norm, p)),
    whole,
    parts: matches.filter((m) => m.parts).length,
    held: matches.map((m) => m.whole),
    complete: matches.map((m) => m.parts),
    share: matches.reduce((sum, m) => sum + m.share, 0),
    typed: matches.every((m) => !m.whole || m.typed),
    literal: matches.every((m) => !m.whole || m.literal),
    soft: plan.soft.filter((w) => has(norm, w)).length,
    lead: plan.concepts.length > 0 && plan.concepts.every((c) => conceptMatch(lead, c).whole),
    run: plan.runs.some((r) => has(norm, r)),
    exact: plan.concepts.length > 0 && whole === plan.concepts.length,
    synonyms: [...new Set(matches.map((m) => m.synonym).filter((s): s is string => s !== null))],
  };
}

/** A candidate worth listing: it holds something of the query (Pagefind also returns records that match a shortened word only). */
export const keep = (m: MatchInfo): boolean => m.share > 0 || m.phrase;

export interface Ranked {
  /** Position in Pagefind's order (best first). */
  order: number;
  match: MatchInfo;
  /** For a 条款直达 result: whether its label reads as the reference typed. */
  citation?: { exactLabel: boolean } | null;
  /** Whether the clause has support provisions / targets (from the index's `has` filter). */
  subsidy: boolean;
  target: boolean;
  /** Whether a term occurs in the sentence that carries the clause's support provision. */
  pays?: boolean;
  /** Rarity of the terms held: the sum of 1 / (records the index returned for the term). */
  weight?: number;
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
    by((r) => Math.round(r.match.share * 100)) ||
    by((r) => r.weight ?? 0) ||
    by((r) => Math.min(r.match.soft, 1)) ||
    by((r) => (intent === 'target' ? Number(r.target) : Number(r.subsidy) + Number(r.pays ?? false))) ||
    by((r) => r.match.lead) ||
    by((r) => r.match.run) ||
    by((r) => r.match.typed) ||
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
