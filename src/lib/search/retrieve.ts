/**
 * Finding the clauses for a query plan with an index that returns candidates (Pagefind, or a fake
 * in the unit tests): which index queries to run, which candidates' texts to fetch and in what
 * order, and when the list is known to be complete. The search page only renders what this
 * returns.
 *
 * - A reference (第（十二）条) is looked up as its reference word (reference.ts): one index word.
 * - Each writing of each term is one index query (its character pairs, query-tokens.ts); a
 *   candidate found for more terms is checked first. When no clause holds a term in any writing,
 *   its words are searched instead.
 * - Up to CHECK_AT_ONCE candidates are all checked before anything is shown, so the ranking rule
 *   (rank.ts) holds over the whole list. Beyond that (a large corpus) they are checked BATCH at a
 *   time in verificationOrder: full matches are listed as they are confirmed, partial ones once
 *   every candidate has been checked — a full match never follows a partial one.
 */
import { parseClauseLink } from '../links.ts';
import { boxItemsWord, boxKey, membersWord, parentRefKey, parseReference, refWord } from './reference.ts';
import { clauseNumber } from '../clauses/ids.ts';
import { parseRanges, showMeta } from './index-records.ts';
import { isHan, normalize, occurrences } from './normalize.ts';
import type { Concept, QueryPlan } from './plan.ts';
import { termTokens } from './query-tokens.ts';
import { factOrder } from './doc-facts.ts';
import { keep, matchInfo, rank, verificationOrder, type MatchInfo, type Ranked } from './rank.ts';
import {
  corrections,
  doubledCollapses,
  expansions,
  fallbackPieces,
  patternQuery,
  shorteningPattern,
  typoPatterns,
  windowPatterns,
  type TypoPattern,
} from './suggest.ts';
import { groupsOf } from './groups.ts';
import { mayBeSound, pinyinWords, soundAlikes, soundPatterns, soundsAlike, type Sounds } from './sounds.ts';

export interface ClauseData {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface EngineResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<ClauseData>;
}

export type Filters = Record<string, unknown>;

export interface Engine {
  search(query: string, filters: Filters): Promise<EngineResult[]>;
}

export interface Hit extends Ranked {
  result: EngineResult;
  data?: ClauseData;
  /** How many of the terms' index queries returned this record. */
  terms: number;
  /** Listed after a 条款直达 result as the clause it stands in (`parentHits`). */
  parent?: boolean;
  /** Its policy and article (index-records.ts `articleOf`), once judged: groups.ts `split` reads it. */
  article?: string;
}

export interface Results {
  plan: QueryPlan;
  /** Display order; only ever appended to. */
  list: Hit[];
  /** Confirmed partial matches, listed once every candidate has been checked. */
  held: Hit[];
  /** Candidates not yet checked, in verification order. */
  pending: Hit[];
  /** Candidates the index returned, and how many texts were fetched to check them. */
  candidates: number;
  checked: number;
  /** Index queries run. */
  searches: number;
  /** No clause holds some term whole: the results hold its words. */
  byParts: boolean;
  /**
   * Per term: also looked for by its words, as fewer than FEW clauses in the corpus hold it whole
   * (so a clause holding all its words matches it: src/lib/search/groups.ts).
   */
  byWords: boolean[];
  /** The query is a clause reference: the results are the clauses it names. */
  byReference: boolean;
  /**
   * Per term of a question: some clause of the corpus holds it, whole or by its words — among the
   * candidates, or, with a filter, anywhere (a reader's 注册证 asked of 太仓, whose text says 注册产品证,
   * is a word the texts know; 宠物医院 is not). groups.ts `questionCore` may leave the first unrequired.
   */
  known: boolean[];
  /** Per term no clause holds (`known` false): whether it may name a place outside the corpus (true unless checked). */
  outside: boolean[];
  /** Per term: how many records the index returned for it (its rarity). */
  df: number[];
  /** The same per word of a term, once its words were searched. */
  partDf: Map<string, number>;
}

/** Up to this many candidates are all checked before the first result is shown. */
export const CHECK_AT_ONCE = 200;
/** Beyond it, candidates are checked this many at a time. */
export const BATCH = 60;
/** Results shown at a time. */
export const PAGE_SIZE = 20;
/** A term held whole by fewer clauses than this is also looked for by its words. */
export const FEW = 3;
/** Index queries per plan, at most (a question with many words and writings stays bounded). */
export const MAX_SEARCHES = 24;

export interface RetrieveContext {
  engine: Engine;
  /** Texts already fetched, by result ID (they do not change while the page is open). */
  cache: Map<string, Promise<ClauseData>>;
  /** Whether the runtime's word segmenter keeps `word` whole (Pagefind then matches it as one word). */
  oneWord?: (word: string) => boolean;
  /**
   * Whether a word names a place outside the corpus (合肥, 浦东): such a word is never left out of a
   * question (groups.ts `questionCore`). Without it, every word no clause holds counts as one.
   */
  outside?: (word: string) => Promise<boolean>;
  /**
   * Whether a writing is a word the search knows (the thesaurus's writings and the word list): a
   * slip in a three-character term (小核算) is corrected only to one (小核酸). Without it, never.
   */
  isWord?: (word: string) => boolean;
  /**
   * How characters sound and the words the search knows (sounds.ts), for a term no clause holds
   * that may have been typed by sound (奖历 → 奖励, ylqx → 医疗器械). Without it, none is tried.
   */
  sounds?: () => Promise<Sounds>;
  /**
   * The filters a corrected query that names places or documents searches with: its own with the
   * form's choices (高薪区 → 高新区 names a zone the typed text did not); null when they exclude each
   * other. A correction naming none, or without it, searches with the query's filters.
   */
  filtersOf?: (plan: QueryPlan) => Filters | null;
}

/** A result's text, fetched once per page (the cache holds the request, so a second caller waits for the first). */
function dataOf(ctx: RetrieveContext, result: EngineResult): Promise<ClauseData> {
  let pending = ctx.cache.get(result.id);
  if (!pending) {
    pending = result.data();
    ctx.cache.set(result.id, pending);
  }
  return pending;
}

/**
 * Fetches the texts of `hits` that have none yet, and returns those it fetched. It only fetches:
 * what a text holds of the query is judged by the caller (`judgeAll`).
 */
async function fetchData(ctx: RetrieveContext, hits: Hit[]): Promise<Hit[]> {
  const fresh = hits.filter((hit) => !hit.data);
  await Promise.all(
    fresh.map(async (hit) => {
      hit.data = await dataOf(ctx, hit.result);
    }),
  );
  return fresh;
}

/** How rare each term (`df`) and each word of a term (`partDf`) is: a held term weighs 1/df. */
export interface Rarity {
  df: readonly number[];
  partDf: ReadonlyMap<string, number>;
}

/**
 * With every candidate checked, a term's rarity is how many of them hold it (the index's counts
 * overstate it: a pair it does not know is searched as its two characters).
 */
function countHolders(plan: QueryPlan, hits: Hit[]): { df: number[]; partDf: Map<string, number> } {
  const df: number[] = [];
  const partDf = new Map<string, number>();
  plan.concepts.forEach((c, i) => {
    df[i] = hits.filter((h) => h.match.held[i]).length;
    for (const p of c.parts)
      partDf.set(
        p.text,
        hits.filter((h) => h.data && p.forms.some((f) => occurrences(normalize(h.data!.content), f.text).length))
          .length,
      );
  });
  return { df, partDf };
}

/** What a clause's text holds of the query, and the signals the ranking rule reads. */
export type Judgement = Pick<Hit, 'match' | 'subsidy' | 'target' | 'pays' | 'weight' | 'own' | 'article'>;

/** Judges a fetched clause: a pure function of its text, the plan and the terms' rarity. */
export function judge(data: ClauseData, plan: QueryPlan, rarity: Rarity): Judgement {
  const match = matchInfo(data.content, plan);
  const has = data.filters.has ?? [];
  const subsidy = has.includes('subsidy');
  let weight = 0;
  let norm: string | null = null;
  plan.concepts.forEach((c, i) => {
    if (match.held[i]) weight += 1 / Math.max(1, rarity.df[i] ?? 1);
    else if (c.parts.length) {
      norm ??= normalize(data.content);
      for (const p of c.parts)
        if (p.forms.some((f) => occurrences(norm!, f.text).length))
          weight += 1 / c.parts.length / Math.max(1, rarity.partDf.get(p.text) ?? 1);
    }
  });
  return {
    match,
    subsidy,
    target: has.includes('target'),
    pays: subsidy && termInSupport(data, plan),
    weight,
    own: plan.places.some((p) => showMeta(data.meta.home) === p.region),
    ...(data.meta.article ? { article: `${showMeta(data.meta.policy)}#${showMeta(data.meta.article)}` } : {}),
  };
}

/** Records the judgement of each fetched hit. */
function judgeAll(plan: QueryPlan, rarity: Rarity, hits: Hit[]) {
  for (const hit of hits) Object.assign(hit, judge(hit.data!, plan, rarity));
}

/** Fetches the texts of hits not yet fetched and judges those (the hits judged before keep their judgement). */
async function fetchAndJudge(ctx: RetrieveContext, plan: QueryPlan, rarity: Rarity, hits: Hit[]) {
  judgeAll(plan, rarity, await fetchData(ctx, hits));
}

const emptyMatch = (): MatchInfo => ({
  close: true,
  named: true,
  phrase: false,
  whole: 0,
  completeTerms: 0,
  held: [],
  complete: [],
  share: 0,
  typed: true,
  literal: true,
  soft: 0,
  lead: false,
  stretch: false,
  exact: false,
  synonyms: [],
  counted: false,
});

/**
 * Whether a term occurs in the sentence that carries the clause's support provision: the index
 * stores that sentence's place in the text (`pays`, see quoteRanges in index-records.ts).
 */
export function termInSupport(data: ClauseData, plan: QueryPlan): boolean {
  const ranges = parseRanges(data.meta.pays);
  if (!ranges.length) return false;
  const forms = plan.concepts.flatMap((c) => [...c.forms, ...c.parts.flatMap((p) => p.forms)]).map((f) => f.text);
  return ranges.some(([start, end]) => {
    const sentence = normalize(data.content.slice(start, end));
    return forms.some((f) => occurrences(sentence, f).length > 0);
  });
}

function newResults(plan: QueryPlan): Results {
  return {
    plan,
    list: [],
    held: [],
    pending: [],
    candidates: 0,
    checked: 0,
    searches: 0,
    byParts: false,
    byWords: plan.concepts.map(() => false),
    byReference: false,
    known: plan.concepts.map(() => false),
    outside: plan.concepts.map(() => true),
    df: plan.concepts.map(() => 0),
    partDf: new Map(),
  };
}

/** Checks pending candidates until `want` more full matches are listed, none is left, or CHECK_AT_ONCE texts were fetched. */
export async function advance(ctx: RetrieveContext, r: Results, want: number): Promise<void> {
  let found = 0;
  let fetched = 0;
  while (r.pending.length && found < want && fetched < CHECK_AT_ONCE) {
    const batch = r.pending.splice(0, BATCH);
    await fetchAndJudge(ctx, r.plan, r, batch);
    r.checked += batch.length;
    fetched += batch.length;
    for (const hit of batch) {
      if (!keep(hit.match)) continue;
      if (hit.match.exact) {
        r.list.push(hit);
        found++;
      } else r.held.push(hit);
    }
  }
  if (!r.pending.length && r.held.length) {
    r.list.push(...rank(r.held, r.plan.intent));
    r.held = [];
  }
}

/** Candidates of all searches, merged by record: how many terms found each, its best score and first place. */
interface Merged {
  result: EngineResult;
  terms: Set<number>;
  score: number;
  order: number;
}

/** The candidates of a plan's index queries, merged, with how many records each term's (or word's) queries returned. */
interface Collected {
  merged: Map<string, Merged>;
  /** Per term, the records its queries returned (by its writings; zeros when its words were searched). */
  df: number[];
  /** Per word searched, the records its queries returned. */
  partDf: Map<string, number>;
}

async function collect(
  ctx: RetrieveContext,
  r: Results,
  concepts: Concept[],
  filters: Filters,
  useParts: boolean,
): Promise<Collected> {
  const merged = new Map<string, Merged>();
  const queries: { concept: number; query: string; part: string | null }[] = [];
  concepts.forEach((c, i) => {
    const writings =
      useParts && c.parts.length
        ? c.parts.flatMap((p) => p.forms.map((f) => ({ f, part: p.text })))
        : c.forms.filter((f) => f.search !== false).map((f) => ({ f, part: null }));
    for (const { f, part } of writings) {
      const query = termTokens(f.text).join(' ');
      if (query && !queries.some((q) => q.concept === i && q.query === query))
        queries.push({ concept: i, query, part });
    }
  });
  const issued = queries.slice(0, MAX_SEARCHES);
  r.searches += issued.length;
  const answers = await Promise.all(issued.map((q) => ctx.engine.search(q.query, filters)));
  let order = 0;
  const perConcept = concepts.map(() => new Set<string>());
  answers.forEach((results, k) => {
    for (const result of results) perConcept[issued[k]!.concept]!.add(result.id);
  });
  const df = perConcept.map((ids) => (useParts ? 0 : ids.size));
  const partDf = new Map<string, number>();
  answers.forEach((results, k) => {
    const part = issued[k]!.part;
    if (part) partDf.set(part, Math.max(partDf.get(part) ?? 0, results.length));
  });
  answers.forEach((results, k) => {
    for (const result of results) {
      const m = merged.get(result.id);
      if (m) {
        m.terms.add(issued[k]!.concept);
        m.score = Math.max(m.score, result.score);
      } else
        merged.set(result.id, { result, terms: new Set([issued[k]!.concept]), score: result.score, order: order++ });
    }
  });
  return { merged, df, partDf };
}

/**
 * A one-word query (one Han character, or a pair the segmenter keeps whole) reaches the index as
 * that word; if the best candidate holds it, the index matched the word itself rather than a
 * shortened form, so every candidate holds it and none needs checking.
 */
function singleWord(plan: QueryPlan, ctx: RetrieveContext): boolean {
  if (plan.concepts.length !== 1 || plan.phrases.length || plan.soft.length) return false;
  const [c] = plan.concepts;
  if (c!.forms.length !== 1) return false;
  const tokens = termTokens(c!.text);
  const token = tokens[0];
  if (tokens.length !== 1 || token !== c!.text || !isHan(token[0]!)) return false;
  return [...token].length === 1 || (ctx.oneWord?.(token) ?? false);
}

function toHits(merged: Map<string, Merged>, from = 0): Hit[] {
  return [...merged.values()]
    .sort((a, b) => b.terms.size - a.terms.size || b.score - a.score || a.order - b.order)
    .map((m, i) => ({
      result: m.result,
      order: from + i,
      terms: m.terms.size,
      match: emptyMatch(),
      subsidy: false,
      target: false,
    }));
}

const filtered = (filters: Filters) => Object.values(filters).some((v) => v !== undefined && v !== null);

/**
 * Whether some clause holds every topic term of the plan (its optional terms aside) whole — in
 * the whole corpus, as `fewHolders` counts, so that a filter never changes how terms are read:
 * with a filter and no such clause among its candidates, the unfiltered candidates found for all
 * the terms are checked (at most CHECK_AT_ONCE).
 */
async function someHoldAll(ctx: RetrieveContext, r: Results, hits: Hit[], filters: Filters): Promise<boolean> {
  const topics = r.plan.concepts.flatMap((c, i) => (c.optional ? [] : [i]));
  const holdsAll = (m: MatchInfo) => topics.every((i) => m.held[i]);
  if (hits.some((h) => holdsAll(h.match))) return true;
  if (!filtered(filters)) return false;
  const { merged } = await collect(ctx, r, r.plan.concepts, {}, false);
  // A clause holding every topic whole was returned by every topic's queries.
  const candidates = toHits(merged)
    .filter((h) => h.terms >= topics.length)
    .slice(0, CHECK_AT_ONCE);
  for (let at = 0; at < candidates.length; at += BATCH) {
    const texts = await Promise.all(candidates.slice(at, at + BATCH).map((h) => dataOf(ctx, h.result)));
    if (texts.some((d) => holdsAll(matchInfo(d.content, r.plan)))) return true;
  }
  return false;
}

/**
 * Counts, up to `want`, the clauses outside `seen` that the unfiltered index returns for concept
 * `i`'s writings and whose text `holds` it — checked FEW at a time, at most CHECK_AT_ONCE.
 */
async function unfilteredHolders(
  ctx: RetrieveContext,
  r: Results,
  i: number,
  seen: Set<string>,
  want: number,
  holds: (m: MatchInfo) => boolean,
): Promise<number> {
  const concept = r.plan.concepts[i]!;
  const queries = [
    ...new Set(concept.forms.filter((f) => f.search !== false).map((f) => termTokens(f.text).join(' '))),
  ].filter(Boolean);
  const candidates = (await Promise.all(queries.map((q) => ctx.engine.search(q, {}))))
    .flat()
    .filter((c) => !seen.has(c.id) && seen.add(c.id));
  r.searches += queries.length;
  let found = 0;
  for (let at = 0; at < candidates.length && at < CHECK_AT_ONCE && found < want; at += FEW) {
    const texts = await Promise.all(candidates.slice(at, at + FEW).map((c) => dataOf(ctx, c)));
    found += texts.filter((d) => holds(matchInfo(d.content, r.plan))).length;
  }
  return found;
}

/**
 * Whether some clause of the corpus holds concept `i` whole or by all its words: among `hits`, or,
 * with a filter, among the unfiltered candidates of its writings.
 */
async function heldAnywhere(ctx: RetrieveContext, r: Results, hits: Hit[], i: number, filters: Filters) {
  const held = (m: MatchInfo) => m.held[i] === true || m.complete[i] === true;
  if (hits.some((h) => held(h.match))) return true;
  if (!filtered(filters)) return false;
  return (await unfilteredHolders(ctx, r, i, new Set(hits.map((h) => h.result.id)), 1, held)) > 0;
}

/**
 * Whether fewer than FEW clauses hold concept `i` whole — in the whole corpus, not only among the
 * filtered candidates, so that the terms looked for by their words, and with them the results,
 * are the same with a filter as without it and then filtered (a filter must not add clauses the
 * unfiltered list does not have). With a filter, the unfiltered candidates are checked until
 * FEW hold the term (usually the first few), at most CHECK_AT_ONCE.
 */
async function fewHolders(ctx: RetrieveContext, r: Results, hits: Hit[], i: number, filters: Filters) {
  const holding = hits.filter((h) => h.match.held[i]);
  if (holding.length >= FEW || !filtered(filters)) return holding.length < FEW;
  // A place typed is part of what is asked (无锡 人才引进): when no clause there holds the term
  // whole, its words are how that place's texts say it (引进境外高端人才), whatever other places'
  // texts write. A filter chosen in the panel narrows the unfiltered answer and adds nothing to it.
  if (!holding.length && r.plan.places.length) return true;
  const seen = new Set(holding.map((h) => h.result.id));
  const more = await unfilteredHolders(ctx, r, i, seen, FEW - holding.length, (m) => m.held[i] === true);
  return holding.length + more < FEW;
}

async function textResults(ctx: RetrieveContext, r: Results, filters: Filters): Promise<void> {
  const { plan } = r;
  const { merged, df: indexDf } = await collect(ctx, r, plan.concepts, filters, false);
  // The index's counts: the rarity used until every candidate has been checked.
  const byIndex: Rarity = { df: indexDf, partDf: new Map() };
  let hits = toHits(merged);
  r.candidates = hits.length;
  const first = hits[0];
  if (first && singleWord(plan, ctx)) {
    await fetchAndJudge(ctx, plan, byIndex, [first]);
    r.checked = 1;
    if (first.match.exact) {
      // Every candidate holds the word: Pagefind's order stands (texts are fetched only for display).
      for (const hit of hits) if (hit !== first) hit.match = { ...first.match };
      r.df = indexDf;
      r.list = hits;
      return;
    }
  }
  if (hits.length <= CHECK_AT_ONCE) {
    await fetchAndJudge(ctx, plan, byIndex, hits);
    r.checked = hits.length;
    // Terms that no clause, or only one or two, hold whole are also looked for by their words.
    const wanting: Concept[] = [];
    for (const [i, c] of plan.concepts.entries())
      if (c.parts.length && (await fewHolders(ctx, r, hits, i, filters))) wanting.push(c);
    // 临床试验机构 每个专业补多少: when no clause holds every term whole together, each term is also
    // looked for by its words (the answer says 医疗机构…临床试验…每个通过认定专业).
    const topics = plan.concepts.filter((c) => !c.optional);
    if (topics.length > 1 && topics.some((c) => c.parts.length && !wanting.includes(c)))
      if (!(await someHoldAll(ctx, r, hits, filters)))
        for (const c of topics) if (c.parts.length && !wanting.includes(c)) wanting.push(c);
    r.byWords = plan.concepts.map((c) => wanting.includes(c));
    if (wanting.length) {
      const byWords = await collect(
        ctx,
        r,
        plan.concepts.map((c) => (wanting.includes(c) ? c : { ...c, parts: [] })),
        filters,
        true,
      );
      const extra = toHits(new Map([...byWords.merged].filter(([id]) => !merged.has(id))), hits.length).slice(
        0,
        CHECK_AT_ONCE,
      );
      await fetchAndJudge(ctx, plan, byIndex, extra);
      r.candidates += extra.length;
      r.checked += extra.length;
      hits = [...hits, ...extra];
    }
    // Every candidate is checked: the terms' rarity is how many of them hold each, and the
    // weights are judged once with it.
    const holders = countHolders(plan, hits);
    r.df = holders.df;
    r.partDf = holders.partDf;
    judgeAll(plan, r, hits);
    r.list = rank(
      hits.filter((h) => keep(h.match)),
      plan.intent,
    );
    r.byParts = plan.concepts.length > 0 && !r.list.some((h) => h.match.whole > 0);
    await judgeKnown(ctx, r, hits, filters);
    return;
  }
  r.df = indexDf;
  const order = verificationOrder(hits.map((h) => ({ terms: h.terms, words: h.result.words, order: h.order })));
  r.pending = order.map((i) => hits[i]!);
  // Never report "nothing found" while candidates are left unchecked.
  do await advance(ctx, r, PAGE_SIZE);
  while (!r.list.length && r.pending.length);
  // Every candidate checked (a long question of common words has more than CHECK_AT_ONCE): its
  // words are judged as a shorter one's are.
  if (!r.pending.length) await judgeKnown(ctx, r, r.list, filters);
}

/**
 * A query no clause answers in all its terms: which of its terms the texts know at all, under the
 * filter or elsewhere (groups.ts `questionCore`, `lightCore`, `wordsCore`).
 */
async function judgeKnown(ctx: RetrieveContext, r: Results, hits: Hit[], filters: Filters): Promise<void> {
  const { plan } = r;
  if (plan.concepts.length < 2 || r.list.some((h) => h.match.exact)) return;
  for (const [i, c] of plan.concepts.entries()) {
    r.known[i] = await heldAnywhere(ctx, r, hits, i, filters);
    if (!r.known[i]) r.outside[i] = ctx.outside ? await ctx.outside(c.text) : true;
  }
}

/**
 * The words a reader typed after a reference's number, as its clause's title or subject (第5项
 * 创新成果转化): the terms of the query's text reading that the reference's text holds and that are
 * not numbers themselves. They tell apart the clauses the number names (the item 5, the table's row 5).
 */
function wordsAfterNumber(plan: QueryPlan): Concept[] {
  const typed = plan.reference?.text ?? '';
  return (plan.asText?.concepts ?? []).filter(
    (c) => !c.optional && /\p{Script=Han}{2,}/u.test(c.text) && typed.includes(c.text) && !parseReference(c.text),
  );
}

async function referenceResults(ctx: RetrieveContext, r: Results, filters: Filters): Promise<void> {
  const reference = r.plan.reference!;
  r.byReference = true;
  const merged = new Map<string, EngineResult>();
  for (const key of reference.keys) {
    r.searches++;
    for (const result of await ctx.engine.search(refWord(key), filters))
      if (!merged.has(result.id)) merged.set(result.id, result);
  }
  // A box (专栏3) is listed with its items after it: their words begin with the box's key.
  const box = boxKey(reference.keys);
  const children: EngineResult[] = [];
  if (box) {
    r.searches++;
    for (const result of await ctx.engine.search(boxItemsWord(box), filters))
      if (!merged.has(result.id)) children.push(result);
  }
  const hits: Hit[] = [...merged.values()].map((result, order) => ({
    result,
    order,
    terms: 1,
    match: emptyMatch(),
    subsidy: false,
    target: false,
    reference: { exactLabel: false },
  }));
  let first = hits.slice(0, CHECK_AT_ONCE);
  await fetchAndJudge(ctx, r.plan, r, first);
  const fact = r.plan.fact?.fact;
  if (fact) {
    // The clause that states the fact outright first (doc-facts.ts `factOrder`); among those, the
    // shorter — a sentence about the fact (本行动计划自发布之日起实施) before a section that also says it.
    const direct = new Map(first.map((h) => [h, factOrder(fact, h.data!.content)]));
    const length = (h: Hit) => [...h.data!.content].length;
    first = [...first].sort((a, b) => direct.get(a)! - direct.get(b)! || length(a) - length(b) || a.order - b.order);
    first.forEach((h, i) => (h.order = i));
  }
  const words = wordsAfterNumber(r.plan);
  for (const hit of first) {
    const text = normalize(hit.data!.content);
    hit.reference = {
      exactLabel: normalize(showMeta(hit.data!.meta.label)) === reference.text,
      words: words.length > 0 && words.every((c) => c.forms.some((f) => text.includes(f.text))),
    };
  }
  const items: Hit[] = children.slice(0, CHECK_AT_ONCE).map((result, i) => listedHit(result, hits.length + i));
  await fetchAndJudge(ctx, r.plan, r, items);
  // Items in their box's order (专栏3第1项, 第2项 …), after the box itself.
  const itemNo = (h: Hit) => Number(showMeta(h.data!.meta.label).match(/第(\d+)项$/u)?.[1] ?? 0);
  items.sort((a, b) => itemNo(a) - itemNo(b));
  const ranked = [...rank(first, null), ...hits.slice(CHECK_AT_ONCE), ...items];
  // A clause the number names alone is shown in what it stands in: the clause it is numbered under
  // comes after it (专栏3第2项, then 专栏3; 第（十二）条第1项, then 第（十二）条). Not after a number
  // naming several clauses, a box (its items follow it), a heading named alone or a fact.
  const single = hits.length === 1 && !box && !reference.alone && !r.plan.fact;
  // A table group or a box named by its heading alone (昆山清单 实施数字技术融合应用计划, 高新区 责任分工表
  // 人才链) is listed with its rows or items after it, as 专栏3 is.
  const context = single
    ? await parentHits(ctx, r, ranked, filters)
    : hits.length === 1 && !box && reference.alone
      ? await memberHits(ctx, r, ranked, filters)
      : [];
  r.candidates = hits.length + children.length + context.length;
  r.checked = first.length + items.length + context.length;
  r.list = [...ranked, ...context];
}

/** A clause listed after those a reference names (a box's items, the clause it stands in, a group's rows). */
const listedHit = (result: EngineResult, order: number): Hit => ({
  result,
  order,
  terms: 0,
  match: emptyMatch(),
  subsidy: false,
  target: false,
});

/**
 * The clauses of the first result's policy that the index word `wordOf` gives for its clause finds,
 * not listed already: at most `limit`, fetched and judged; null when it gives no word.
 */
async function besideFirst(
  ctx: RetrieveContext,
  r: Results,
  ranked: Hit[],
  filters: Filters,
  wordOf: (clause: string) => string | null,
  limit: number,
): Promise<{ clause: string; hits: Hit[] } | null> {
  const top = ranked[0]?.data ? parseClauseLink(ranked[0].data.url) : null;
  const word = top ? wordOf(top.clause) : null;
  if (!top || !word) return null;
  r.searches++;
  const listed = new Set(ranked.map((h) => h.result.id));
  const found = (await ctx.engine.search(word, { ...filters, policy: top.policy })).filter((x) => !listed.has(x.id));
  const hits = found.slice(0, limit).map((result, i) => listedHit(result, ranked.length + i));
  await fetchAndJudge(ctx, r.plan, r, hits);
  return { clause: top.clause, hits };
}

/** The rows or items of the group or box a heading named, in their order, after it. */
async function memberHits(ctx: RetrieveContext, r: Results, ranked: Hit[], filters: Filters): Promise<Hit[]> {
  const members = await besideFirst(ctx, r, ranked, filters, membersWord, CHECK_AT_ONCE);
  const number = (h: Hit) => clauseNumber(parseClauseLink(h.data!.url)?.clause ?? '') || 0;
  return (members?.hits ?? []).sort((a, b) => number(a) - number(b));
}

/** The clause the first result of a reference is numbered under, when it is not listed already. */
async function parentHits(ctx: RetrieveContext, r: Results, ranked: Hit[], filters: Filters): Promise<Hit[]> {
  const keyWord = (clause: string) => {
    const key = parentRefKey(clause);
    return key ? refWord(key) : null;
  };
  const found = await besideFirst(ctx, r, ranked, filters, keyWord, 3);
  if (!found) return [];
  // Only the clause whose record is the parent's own: another clause carrying the same key is not it.
  const parent = found.clause.slice(0, found.clause.lastIndexOf('-'));
  const own = found.hits.filter((h) => h.data && parseClauseLink(h.data.url)?.clause === parent).slice(0, 1);
  for (const h of own) h.parent = true;
  return own;
}

/** The clauses for a plan and filters, in display order (see the module comment). */
export async function retrieve(ctx: RetrieveContext, plan: QueryPlan, filters: Filters): Promise<Results> {
  const r = newResults(plan);
  if (plan.reference) await referenceResults(ctx, r, filters);
  else if (plan.concepts.length) await textResults(ctx, r, filters);
  return r;
}

/** Makes sure the texts of `hits` are fetched (for display), and judges those fetched now. */
export async function fetchTexts(ctx: RetrieveContext, r: Results, hits: Hit[]): Promise<void> {
  await fetchAndJudge(ctx, r.plan, r, hits);
}

/** Per-value counts of a filter key over the listed results (lower bounds while candidates are unchecked). */
export function tally(r: Results, key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const hit of [...r.list, ...r.held]) for (const v of hit.data?.filters[key] ?? []) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Whether `tally` counts every result (all candidates checked and every listed text fetched). */
export const complete = (r: Results): boolean => !r.pending.length && r.list.every((h) => h.data);

export interface Suggestion {
  term: string;
  count: number;
  /** The count is a lower bound: more candidates were left unchecked (shown as 12+). */
  more?: boolean;
}

/** The normalised texts of the first `limit` clauses an index query returns, to scan for writings. */
async function topTexts(ctx: RetrieveContext, query: string, filters: Filters, limit: number): Promise<string[]> {
  const candidates = (await ctx.engine.search(query, filters)).slice(0, limit);
  return Promise.all(candidates.map((c) => dataOf(ctx, c).then((d) => normalize(d.content))));
}

/** Texts fetched per place of a possible slip. */
const TYPO_TEXTS = 20;

/** How `suggestCorrections` looks: texts fetched per place, which writings it keeps, whether a lone character is searched by. */
export interface CorrectionSearch {
  texts?: number;
  accept?: (writing: string) => boolean;
  /** Search by a lone character around the slip (only when `accept` narrows what it finds: a homophone's sound). */
  lone?: boolean;
}

/**
 * For a term no clause holds: corrections of a one-character slip the texts offer
 * (临床式验机构 → 临床试验机构), each with how many of the clauses checked hold it, most first.
 */
export async function suggestCorrections(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  limit = 3,
  patterns: (term: string) => TypoPattern[] = typoPatterns,
  { texts: perPlace = TYPO_TEXTS, accept = () => true, lone = false }: CorrectionSearch = {},
): Promise<Suggestion[]> {
  const found = new Map<string, number>();
  for (const pattern of patterns(term)) {
    const pieces = patternQuery(pattern).flatMap((s) => termTokens(s));
    // A lone character around the slip matches almost every clause: too little to go on.
    if (!lone && pieces.every((p) => [...p].length < 2)) continue;
    const texts = await topTexts(ctx, pieces.join(' '), filters, perPlace);
    for (const c of corrections(texts, pattern))
      if (accept(c.term)) found.set(c.term, Math.max(found.get(c.term) ?? 0, c.count));
  }
  return [...found]
    .map(([t, count]) => ({ term: t, count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

/** Texts fetched to find what a shortened term stands for. */
const SHORTENING_TEXTS = 40;

/**
 * For a term no clause holds: the writings it may shorten (临责险 → 临床试验责任保险, `expansions`),
 * looked for in the clauses holding each of its characters, each with how many of them hold it.
 */
export async function suggestExpansions(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  limit = 3,
): Promise<Suggestion[]> {
  if (!shorteningPattern(term)) return [];
  // Every Han character is a word of the index (index-records.ts `uniqueHan`).
  const texts = await topTexts(ctx, [...new Set(term)].join(' '), filters, SHORTENING_TEXTS);
  return expansions(texts, term).slice(0, limit);
}

/** For a result list found by words: how many listed clauses hold each word (to offer them as searches). */
export function partCounts(r: Results): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of r.plan.concepts) {
    const words = c.parts.length ? c.parts : [c];
    for (const w of words) {
      const count = r.list.filter((h) => {
        if (!h.data) return false;
        const norm = normalize(h.data.content);
        return w.forms.some((f) => occurrences(norm, f.text).length > 0);
      }).length;
      if (count && !out.some((s) => s.term === w.text)) out.push({ term: w.text, count });
    }
  }
  return out.sort((a, b) => b.term.length - a.term.length || b.count - a.count);
}

export interface Answer {
  results: Results;
  /** The correction whose results are shown instead (临床式验机构 → 临床试验机构), if any. */
  corrected: Suggestion | null;
  /** Corrections found, most likely first. */
  typos: Suggestion[];
  /** When nothing is shown: smaller parts of the query that clauses do hold, with their counts. */
  pieces: Suggestion[];
}

/**
 * Understands a text as a query (plan.ts `understand`, in the worker's context): a promise when
 * understanding it waits for something first (the policies' names, for a text that may name one).
 */
export type Replan = (text: string) => QueryPlan | Promise<QueryPlan>;

/** How many clauses hold a smaller query whole (a lower bound while candidates are unchecked). */
async function pieceCount(
  ctx: RetrieveContext,
  text: string,
  filters: Filters,
  replan: Replan,
): Promise<Suggestion | null> {
  const r = await retrieveRead(ctx, await replan(text), filters);
  const count = r.list.filter((h) => h.match.whole > 0).length;
  return count ? { term: text, count, ...(r.pending.length ? { more: true } : {}) } : null;
}

/**
 * `retrieve` of a corrected query: with its own filters when it names a place or document
 * (`RetrieveContext.filtersOf`), and for a reference that names no clause its text reading
 * (`QueryPlan.asText`), as `answer` reads it — a corrected query (kunshan 小核酸 yaowu → kunshan 小核酸
 * 药物) may read as a document and a heading in it that none has.
 */
async function retrieveRead(ctx: RetrieveContext, plan: QueryPlan, filters: Filters): Promise<Results> {
  // A corrected text that names no place or document (a term searched alone: 临床试验 for 临床式验)
  // keeps the query's filters (无锡's, typed beside it).
  const names = plan.places.length > 0 || plan.policies.length > 0;
  const own = ctx.filtersOf && names ? ctx.filtersOf(plan) : filters;
  if (own === null) return newResults(plan);
  const r = await retrieve(ctx, plan, own);
  return plan.reference && !r.list.length && plan.asText ? retrieve(ctx, plan.asText, own) : r;
}

/**
 * The first of `found` (corrections or expansions of `term`) that, searched as `query` puts it in
 * the query, gives some clause holding every term — the evidence for each is local, so one that
 * leaves the query unanswered is not offered as its answer.
 */
async function firstAnswering(
  ctx: RetrieveContext,
  found: Suggestion[],
  filters: Filters,
  replan: Replan,
  query: (corrected: string) => string,
): Promise<Answer | null> {
  for (const typo of found) {
    const text = query(typo.term);
    const again = await retrieveRead(ctx, await replan(text), filters);
    if (groupsOf(again, false).full.length)
      return { results: again, corrected: { ...typo, term: text }, typos: found, pieces: [] };
  }
  return null;
}

/**
 * A term no clause holds whole with a character typed twice (改良型型新药 → 改良型新药,
 * `doubledCollapses`), kept only when some clause then holds every term. Tried first: it only
 * takes a keystroke away, where a shortening or a slip guesses at what the texts hold.
 */
async function collapseDoubled(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  replan: Replan,
  query: (collapsed: string) => string,
): Promise<Answer | null> {
  const found = doubledCollapses(term).map((t) => ({ term: t, count: 0 }));
  return firstAnswering(ctx, found, filters, replan, query);
}

/**
 * A term no clause holds whole read as a shortening (国标 → 国家标准, `suggestExpansions`), kept
 * only when some clause then holds every term. Tried before a one-character slip: a shortening
 * holds every character typed, a slip one the texts do not have there, and a slip's correction at
 * a term's end has the texts' word on one side only (临床试验险 is not 临床试验机).
 */
async function expandShortening(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  replan: Replan,
  query: (expanded: string) => string,
): Promise<Answer | null> {
  return firstAnswering(ctx, await suggestExpansions(ctx, term, filters), filters, replan, query);
}

/**
 * A slip in a long term whose correction no text holds whole (知识产权质压融资 → 知识产权质押融资, the
 * texts writing 知识产权质押 and 质押融资): the corrections the characters around it offer
 * (`windowPatterns`), kept only when some clause then holds every term.
 */
async function correctInWindow(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  replan: Replan,
  query: (corrected: string) => string,
): Promise<Answer | null> {
  return firstAnswering(ctx, await suggestCorrections(ctx, term, filters, 3, windowPatterns), filters, replan, query);
}

/**
 * A term no clause holds read as typed by sound (奖历 → 奖励, ylqx → 医疗器械: `ctx.sounds`), kept
 * only when some clause then holds every term. Tried after a shortening (which keeps every typed
 * character) and before a one-character slip: a homophone is what a pinyin keyboard offers, so it
 * is likelier than any other character the texts have there.
 */
async function bySound(
  ctx: RetrieveContext,
  term: string,
  filters: Filters,
  replan: Replan,
  query: (word: string) => string,
): Promise<Answer | null> {
  if (!ctx.sounds || !mayBeSound(term)) return null;
  const sounds = await ctx.sounds();
  const words = /^[a-z]+$/u.test(term)
    ? pinyinWords(term, sounds)
    : [...new Set([...(await homophones(ctx, term, filters, sounds)), ...soundAlikes(term, sounds)])];
  const found = await firstAnswering(
    ctx,
    words.slice(0, SOUND_TRIES).map((w) => ({ term: w, count: 0 })),
    filters,
    replan,
    query,
  );
  // The words tried were not counted: only the one searched is said (以下为“奖励”的结果).
  return found && { ...found, typos: [] };
}

/**
 * Several terms typed in pinyin (wuxi zhineng zhizao buzhu): each read as the first of its words
 * (`pinyinWords`: the search's words, then the texts' most used) that some clause holds, and the
 * query searched again with all of them — kept only when some clause then holds every term.
 */
async function sentenceBySound(
  ctx: RetrieveContext,
  plan: QueryPlan,
  spelled: readonly Concept[],
  filters: Filters,
  replan: Replan,
): Promise<Answer | null> {
  if (!ctx.sounds) return null;
  const sounds = await ctx.sounds();
  let text = plan.raw;
  for (const c of spelled)
    for (const word of pinyinWords(c.text, sounds).slice(0, SOUND_TRIES)) {
      if (!groupsOf(await retrieveRead(ctx, await replan(word), filters), false).full.length) continue;
      text = text.replace(c.text, word);
      break;
    }
  if (text === plan.raw) return null;
  const again = await retrieveRead(ctx, await replan(text), filters);
  return groupsOf(again, false).full.length
    ? { results: again, corrected: { term: text, count: 0 }, typos: [], pieces: [] }
    : null;
}

/**
 * Pinyin a reader typed: lowercase letters as typed (an abbreviation typed in capitals, YLQX, ADC, is
 * not), two or more, and no writing the search knows (a thesaurus writing is an abbreviation).
 */
const typedAsPinyin = (ctx: RetrieveContext, plan: QueryPlan, term: string): boolean =>
  /^[a-z]{2,}$/u.test(term) && plan.raw.includes(term) && !ctx.isWord?.(term);

/** Texts fetched per place of a homophone slip, and words tried at most. */
const SOUND_TEXTS = 40;
const SOUND_TRIES = 5;

/**
 * The texts' writings that sound like a Han term, one character changed (奖历 → 奖励, 迈盛 → 迈胜):
 * a slip's corrections (`suggestCorrections`) at each place of the term (`soundPatterns`) that sound
 * alike, most clauses first. A lone character is enough to search by here: the sound narrows what it finds.
 */
const homophones = async (ctx: RetrieveContext, term: string, filters: Filters, sounds: Sounds): Promise<string[]> =>
  (
    await suggestCorrections(ctx, term, filters, Infinity, soundPatterns, {
      texts: SOUND_TEXTS,
      accept: (writing) => soundsAlike(term, writing, sounds.readings),
      lone: true,
    })
  ).map((c) => c.term);

/**
 * A query of several terms no clause holds together, one of them shortened or a slip (临责险 创新医疗
 * 器械, 临床式验 补贴): the longest topic term of two Han characters or more that no candidate holds
 * whole is read as a one-term query is (a shortening; a slip in four characters or more), and the
 * query searched again with it — kept only when some clause then holds every term.
 */
async function correctOne(
  ctx: RetrieveContext,
  plan: QueryPlan,
  filters: Filters,
  replan: Replan,
  results: Results,
  withPieces: (a: Answer) => Promise<Answer>,
): Promise<Answer> {
  const none: Answer = { results, corrected: null, typos: [], pieces: [] };
  // Held together, or a question's main words held together (groups.ts `questionCore`): answered.
  if (results.list.some((h) => h.match.exact) || (plan.question && groupsOf(results).full.length)) return none;
  const unheld = plan.concepts.filter((c, i) => !c.optional && (results.df[i] ?? 0) === 0 && plan.raw.includes(c.text));
  const slip = unheld
    .filter((c) => /^\p{Script=Han}{2,}$/u.test(c.text))
    .sort((a, b) => b.text.length - a.text.length)[0];
  const spelled = unheld.filter((c) => typedAsPinyin(ctx, plan, c.text));
  if (!slip && spelled.length > 1)
    return (await sentenceBySound(ctx, plan, spelled, filters, replan)) ?? withPieces(none);
  if (!slip && spelled.length) {
    const inQuery = (t: string) => plan.raw.replace(spelled[0]!.text, t);
    return (await bySound(ctx, spelled[0]!.text, filters, replan, inQuery)) ?? withPieces(none);
  }
  if (!slip) return withPieces(none);
  const inQuery = (t: string) => plan.raw.replace(slip.text, t);
  const undoubled = await collapseDoubled(ctx, slip.text, filters, replan, inQuery);
  if (undoubled) return undoubled;
  const expanded = await expandShortening(ctx, slip.text, filters, replan, inQuery);
  if (expanded) return expanded;
  const sound = await bySound(ctx, slip.text, filters, replan, inQuery);
  if (sound) return sound;
  // A one-character slip is looked for in a term of four characters or more; in one of three, only
  // to a word the search knows (小核算 → 小核酸), as three characters leave many near writings.
  const length = [...slip.text].length;
  const typos =
    length >= 4
      ? await suggestCorrections(ctx, slip.text, filters)
      : length === 3 && ctx.isWord
        ? (await suggestCorrections(ctx, slip.text, filters)).filter((t) => ctx.isWord!(t.term))
        : [];
  const best = typos[0];
  if (!best) return (await correctInWindow(ctx, slip.text, filters, replan, inQuery)) ?? withPieces(none);
  const text = plan.raw.replace(slip.text, best.term);
  const again = await retrieveRead(ctx, await replan(text), filters);
  return again.list.some((h) => h.match.exact)
    ? { results: again, corrected: { ...best, term: text }, typos, pieces: [] }
    : withPieces({ ...none, typos });
}

/**
 * The results for a plan, never a blank page: if no clause holds a one-term query whole, the
 * most frequent one-character correction the texts offer is searched instead (`replan`
 * understands it as a query); without one, the clauses holding its words stand; when nothing at
 * all is found, the parts of the query that clauses hold are counted to be offered.
 */
export async function answer(
  ctx: RetrieveContext,
  plan: QueryPlan,
  filters: Filters,
  replan: Replan,
  filtersOf: (plan: QueryPlan) => Filters | null = () => filters,
): Promise<Answer> {
  const results = await retrieve(ctx, plan, filters);
  // A reference read under a heading or after a document's name that names no clause: the same
  // words as text (a phrase that only looked like a reference) in the documents it named — and,
  // when they hold no answer, under the text reading's own filters: the document a place and a
  // title word seemed to name may not be the one meant (相城区 医疗器械 研发费资助 is not 苏州高新区's).
  if (plan.reference && !results.list.length && plan.asText) {
    const within = await answer(ctx, plan.asText, filters, replan, filtersOf);
    const own = filtersOf(plan.asText);
    if (groupsOf(within.results, false).full.length || !own || JSON.stringify(own) === JSON.stringify(filters))
      return within;
    return answer(ctx, plan.asText, own, replan, filtersOf);
  }
  const none: Answer = { results, corrected: null, typos: [], pieces: [] };
  const withPieces = async (a: Answer): Promise<Answer> => {
    if (a.results.list.length || plan.reference) return a;
    const counted = await Promise.all(fallbackPieces(plan).map((t) => pieceCount(ctx, t, filters, replan)));
    return { ...a, pieces: counted.filter((x): x is Suggestion => x !== null) };
  };
  if (plan.reference || results.pending.length) return none;
  if (plan.concepts.length > 1) return correctOne(ctx, plan, filters, replan, results, withPieces);
  if (results.list.some((h) => h.match.whole > 0)) return none;
  const term = plan.concepts[0]!.text;
  const undoubled = await collapseDoubled(ctx, term, filters, replan, (t) => t);
  if (undoubled) return undoubled;
  const expanded = await expandShortening(ctx, term, filters, replan, (t) => t);
  if (expanded) return expanded;
  if (/^[a-z]+$/u.test(term) && !typedAsPinyin(ctx, plan, term)) return withPieces(none);
  const sound = await bySound(ctx, term, filters, replan, (t) => t);
  if (sound) return sound;
  const typos = await suggestCorrections(ctx, term, filters);
  const best = typos[0];
  if (!best) return (await correctInWindow(ctx, term, filters, replan, (t) => t)) ?? withPieces(none);
  const again = await retrieveRead(ctx, await replan(best.term), filters);
  return again.list.length ? { results: again, corrected: best, typos, pieces: [] } : withPieces({ ...none, typos });
}
