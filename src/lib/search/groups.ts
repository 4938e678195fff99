/**
 * Contract 2 splits an answer in two: [data-search-results] lists the clauses that match every
 * content term of the query; clauses holding only some go in a separate, folded group
 * ([data-search-partial]). Which is which is the ranking layer's call (rank.ts: `exact`);
 * this file draws the line once for the page, the counts and the texts around them.
 */
import { SUPPORT_WORDS } from './question.ts';
import type { MatchInfo } from './rank.ts';
import type { Results } from './retrieve.ts';

export interface Grouped {
  reference?: unknown;
  match: Pick<MatchInfo, 'exact' | 'held' | 'complete'> & Partial<Pick<MatchInfo, 'soft'>>;
  /** Its policy and article (index-records.ts `articleOf`), when it has one. */
  article?: string | undefined;
}

/** What about the whole answer decides the line. */
export interface AnswerShape {
  /** The query is a clause reference: every result is a clause it names. */
  byReference: boolean;
  /** The query's content terms (plan.concepts); none left (a reference, a place alone) matches vacuously. */
  terms: number;
  /** Per term: read as its words too, as fewer than FEW clauses hold it whole (retrieve.ts `byWords`). */
  byWords: readonly boolean[];
  /**
   * Per term: no clause holds it in any form, whole or by a word (a question's leftover 拿 of
   * 能拿多少): not a content term the search understands, so not required of a full match.
   */
  unheld?: readonly boolean[];
  /**
   * Per term: a word of the reader's phrasing rather than a topic (制度, 获批, 通过, a question's
   * lone character: plan.ts `Concept.optional`). Required while some clause holds it with the
   * other terms; when none does, it is not a content term of this query and the answer says so.
   */
  optional?: readonly boolean[];
  /**
   * The query is a question (a question word typed: 有没有, 多少, 哪个 …): its words are the reader's,
   * not the texts', so when no clause holds them all, the clauses holding the most telling ones
   * together are the answer (`questionCore`).
   */
  question?: boolean;
  /** Per term of a question: held by some clause of the corpus, whatever the filter (retrieve.ts `known`). */
  known?: readonly boolean[];
  /** Per term no clause holds: whether it may name a place outside the corpus (retrieve.ts `outside`). */
  outside?: readonly boolean[];
  /**
   * Terms naming a place typed beside nothing but a policy's words (plan.ts `applies`): when some
   * result names them, they are what is required, the policy's words only phrasing.
   */
  applies?: readonly number[];
  /**
   * Per term: a word of two Han characters (返还, 建站, 加码) — the reader's verb or colloquial word
   * beside the topics, which may go unrequired when no clause knows it (`lightCore`).
   */
  light?: readonly boolean[];
  /**
   * Per term: held by a word nearly every clause holds (药企 by 企业 beside another topic: plan.ts
   * `widenFieldHeads`), so it tells no clause apart and does not make `lightCore`'s topics.
   */
  broad?: readonly boolean[];
  /**
   * Per term: a support word, or a term holding one (补贴, 资助, 研发奖励): what a reader asks money
   * for; a query of words leaving it out would answer with clauses paying nothing (`wordsCore`).
   */
  support?: readonly boolean[];
  /**
   * The query asks for money with a support word read as its intent, not a term (厂房租金补贴): a
   * query of words going without some of its terms is answered only by clauses holding a support
   * word (`Grouped.match.soft`).
   */
  asksSupport?: boolean;
  /**
   * Whether a query of words may go without some of its terms (`wordsCore`; default true). A
   * correction (a slip, a sound, a shortening) is kept only when clauses hold every term it makes,
   * so its check says false.
   */
  words?: boolean;
}

export interface Split<T> {
  full: T[];
  partial: T[];
  /** The optional terms not required, as no clause holds them with the others (indices into the terms). */
  relaxed: number[];
  /** A question's words not required, as no clause holds them with its more telling words (`questionCore`). */
  dropped: number[];
}

/** Topic words from which a question is long enough that one word the texts never use does not decide it. */
export const LONG_QUESTION = 4;

/**
 * Clauses at most that may hold the words kept of a shorter question with a word no clause holds
 * left out: so few share them that they are what it asks about (药监部门 + 挂职 of
 * 能去药监部门挂职锻炼吗), where 医院 + 补贴 of 宠物医院有补贴吗 are everywhere.
 */
export const SPECIFIC = 3;

/** How many of the results hold term `i` (per result, per term: `holds`), each counted once. */
function heldCounts(holds: readonly (readonly boolean[])[]): (i: number) => number {
  const counts = new Map<number, number>();
  return (i) => {
    let n = counts.get(i);
    if (n === undefined) counts.set(i, (n = holds.filter((h) => h[i]).length));
    return n;
  };
}

/**
 * For a question no clause answers in all its words: the terms to require. Each result offers the
 * set of terms it holds; the set with the most topic terms wins, among those the most telling — the
 * rarest among the results, Σ log(1 + results / holders) —, and the clauses holding all of it are
 * the answer. A term counts as held by its words too (临床试验机构 in 医疗机构…临床试验…).
 * Only a word some clause holds may go unrequired — a result, or, under a filter, any clause of the
 * corpus (`known`): a topic word no clause holds (宠物医院, 社保) means the texts do not answer the
 * question, and nothing is required in its place — unless the word names no place outside the
 * corpus (`outside`: 合肥 never goes unrequired), two known topic words stay, and either the
 * question is long (LONG_QUESTION topic words or more) or at most SPECIFIC clauses hold the words
 * kept (挂职 + 药监部门, not 医院 + 补贴). At least half of the topic terms must stay, so a long
 * question does not shrink to one common word.
 */
export function questionCore(
  holds: readonly (readonly boolean[])[],
  terms: readonly number[],
  optional: readonly boolean[],
  known: readonly boolean[] = [],
  outside: readonly boolean[] = [],
  accept: (kept: readonly number[], topics: readonly number[]) => boolean = () => true,
  long = LONG_QUESTION,
): number[] | null {
  const topics = terms.filter((i) => !optional[i]);
  const df = heldCounts(holds);
  // A long question is the reader's own wording: a word of it no clause holds may go unrequired
  // when it names no place outside the corpus and two known topic words stay.
  const unknown = topics.filter((i) => df(i) === 0 && known[i] !== true);
  if (!topics.length) return null;
  if (unknown.some((i) => outside[i] !== false)) return null;
  const isLong = topics.length >= long;
  const shared = new Map<string, number>();
  const coHeld = (kept: readonly number[]) => {
    const key = kept.join();
    let n = shared.get(key);
    if (n === undefined) shared.set(key, (n = holds.filter((h) => kept.every((i) => h[i])).length));
    return n;
  };
  const weight = (i: number) => Math.log(1 + holds.length / Math.max(1, df(i)));
  let best: number[] | null = null;
  let bestScore = 0;
  for (const h of holds) {
    const kept = topics.filter((i) => h[i]);
    if (kept.length * 2 < topics.length || !kept.length) continue;
    if (unknown.length && (kept.length < 2 || (!isLong && coHeld(kept) > SPECIFIC))) continue;
    if (!accept(kept, topics)) continue;
    // Most topic terms first (coordination), then the rarest.
    const score = kept.length * 1000 + kept.reduce((sum, i) => sum + weight(i), 0);
    if (score > bestScore + 1e-9) {
      best = terms.filter((i) => h[i]);
      bestScore = score;
    }
  }
  return best;
}

/** A word of two Han characters: a reader's verb or colloquial word as often as a topic (`lightCore`). */
export const isLightWord = (text: string): boolean => /^\p{Script=Han}{2}$/u.test(text);

/**
 * For a query of words (not a question) no clause holds in all its terms: the terms to require when
 * one of them is a two-character word no clause of the corpus knows in any form (返还 of 外籍高管 个税
 * 返还, 建站 of 博后站 建站 支持) — the reader's verb or colloquial word beside the topics — and the
 * two or more others are together in a few clauses (at most SPECIFIC): those clauses are what was
 * asked, and the word left out is said. Only one such word, never a longer unknown term (免租金, 药物警戒: a
 * topic the texts do not cover), nor one that may name a place outside the corpus.
 */
export function lightCore(
  holds: readonly (readonly boolean[])[],
  terms: readonly number[],
  light: readonly boolean[],
  known: readonly boolean[] = [],
  outside: readonly boolean[] = [],
  broad: readonly boolean[] = [],
): number[] | null {
  const df = heldCounts(holds);
  const unknown = terms.filter((i) => df(i) === 0 && known[i] !== true);
  if (unknown.length !== 1) return null;
  const word = unknown[0]!;
  if (light[word] !== true || outside[word] !== false) return null;
  const kept = terms.filter((i) => i !== word);
  const together = holds.filter((h) => kept.every((i) => h[i])).length;
  // Two terms or more stay: one word beside the unknown one (购置 of 农机购置补贴) is not a question's
  // topic; nor is a term held by a word nearly every clause holds (药企 厂房 租金: 药企 as 企业).
  const topics = kept.filter((i) => broad[i] !== true);
  return topics.length >= 2 && together > 0 && together <= SPECIFIC ? kept : null;
}

/**
 * For a query of words (not a question) no clause holds in all its terms, when `lightCore` leaves
 * nothing out: the terms to require when the clauses holding the most telling of them together
 * are what was asked — a reader's word beside a rare topic (ECMO 研发: the one clause naming ECMO
 * says 创新探索, not 研发), a paraphrase no text writes beside topics held together (离岸孵化 飞地
 * 研发中心), one of four topics the answering clause says otherwise. `questionCore`'s choice (the
 * most topics, then the rarest), stricter, as terms typed apart are each meant. `holds` counts a
 * term held whole, in any writing (its words apart do not name it), and:
 * - a support word, or a term holding one, is always required (a clause paying nothing does not
 *   answer 补贴); so is a term held by the field's head word (药企: who is asked about);
 * - a term some clause of the corpus holds but none under the filter means the place asked lacks
 *   it (苏州 兽药 批件 补贴: only 无锡's text pays for 兽药): nothing is answered;
 * - a term no clause holds goes unrequired only beside two telling topics (neither a support word
 *   nor the field's head) held together by at most SPECIFIC clauses, however long the query: beside
 *   one, it is as likely the topic the texts lack (药品召回 管理办法, 真实世界研究 试点: the few
 *   clauses saying 管理办法 or 试点 are not about it);
 * - one telling topic kept is held by at most SPECIFIC clauses and by fewer than each word left
 *   out: the specific thing asked beside the reader's general word (ECMO 研发), never the reverse.
 * The clauses answering hold the terms kept whole (`split`), as `holds` counts them.
 */
export function wordsCore(
  holds: readonly (readonly boolean[])[],
  terms: readonly number[],
  optional: readonly boolean[],
  known: readonly boolean[] = [],
  outside: readonly boolean[] = [],
  support: readonly boolean[] = [],
  broad: readonly boolean[] = [],
): number[] | null {
  const df = heldCounts(holds);
  const absentHere = terms.some((i) => !optional[i] && df(i) === 0 && known[i] === true);
  if (absentHere) return null;
  const accept = (kept: readonly number[], topics: readonly number[]) => {
    const left = topics.filter((i) => !kept.includes(i));
    if (left.some((i) => support[i] === true || broad[i] === true)) return false;
    const telling = kept.filter((i) => broad[i] !== true && support[i] !== true);
    if (!telling.length) return false;
    if (left.some((i) => df(i) === 0)) return telling.length >= 2;
    if (telling.length > 1) return true;
    const n = df(telling[0]!);
    return n <= SPECIFIC && left.every((i) => df(i) > n);
  };
  return questionCore(holds, terms, optional, known, outside, accept, Infinity);
}

/**
 * Which results match every content term "in any form the search understands": a clause a
 * typed reference names; one holding every term whole, in any writing (rank.ts `exact`); and one
 * holding, for a term the search also reads as its words — fewer than three clauses in the corpus
 * hold it whole (一类创新药 → 一类、创新药; 免疫细胞治疗 → 免疫、细胞治疗) —, all of those words. A term
 * many clauses hold whole must be held whole. A term of phrasing (`optional`) is required only
 * while some result holds it with the others.
 */
export function split<T extends Grouped>(list: readonly T[], answer: AnswerShape): Split<T> {
  const terms = Array.from({ length: answer.terms }, (_, i) => i).filter((i) => answer.unheld?.[i] !== true);
  // `byWords`: a term may be held by its words (a question's core reads every term so).
  const fullUnder =
    (required: number[], byWords: (i: number) => boolean = (i) => answer.byWords[i] === true) =>
    (hit: T) =>
      answer.byReference ||
      answer.terms === 0 ||
      Boolean(hit.reference) ||
      hit.match.exact ||
      (required.length > 0 &&
        required.every((i) => hit.match.held[i] || (byWords(i) && hit.match.complete[i] === true)));
  let required = terms;
  let relaxed: number[] = [];
  const topics = terms.filter((i) => answer.optional?.[i] !== true);
  const applies = answer.applies ?? [];
  if (applies.length && !list.some(fullUnder(terms)) && list.some(fullUnder([...applies]))) {
    required = [...applies];
    relaxed = terms.filter((i) => !applies.includes(i));
  } else if (topics.length && topics.length < terms.length && !list.some(fullUnder(terms))) {
    relaxed = terms.filter((i) => answer.optional?.[i] === true);
    required = topics;
  }
  let dropped: number[] = [];
  let isFull = fullUnder(required);
  // Per result, per term: held whole or by all its words (what `questionCore` and `lightCore` weigh).
  const holds = () =>
    list.map((hit) =>
      Array.from({ length: answer.terms }, (_, i) => hit.match.held[i] === true || hit.match.complete[i] === true),
    );
  if (answer.question && terms.length > 1 && !list.some(isFull)) {
    const optional = Array.from({ length: answer.terms }, (_, i) => answer.optional?.[i] === true);
    const core = questionCore(holds(), terms, optional, answer.known, answer.outside);
    if (core) {
      required = core;
      relaxed = terms.filter((i) => optional[i] && !core.includes(i));
      dropped = terms.filter((i) => !optional[i] && !core.includes(i));
      isFull = fullUnder(required, () => true);
    }
  }
  if (!answer.question && answer.light && terms.length > 1 && !list.some(isFull)) {
    const core = lightCore(holds(), required, answer.light, answer.known, answer.outside, answer.broad);
    if (core) {
      dropped = required.filter((i) => !core.includes(i));
      required = core;
      isFull = fullUnder(required);
    }
  }
  if (answer.words !== false && !answer.question && terms.length > 1 && !list.some(isFull)) {
    // 厂房租金补贴 asks for money, its 补贴 read as the intent (plan.ts), not a term: a support
    // word held stands as one more support term (index `n`), never left out.
    const n = answer.terms;
    const asks = answer.asksSupport === true;
    const optional = Array.from({ length: n + 1 }, (_, i) => answer.optional?.[i] === true);
    // Held whole, in any writing: a term's words apart (医药…代表 for 医药代表) do not name it.
    const strict = list.map((hit) => [
      ...Array.from({ length: n }, (_, i) => hit.match.held[i] === true),
      (hit.match.soft ?? 0) > 0,
    ]);
    const support = [...Array.from({ length: n }, (_, i) => answer.support?.[i] === true), true];
    const known = [...Array.from({ length: n }, (_, i) => answer.known?.[i] === true), true];
    const outside = [...Array.from({ length: n }, (_, i) => answer.outside?.[i] !== false), false];
    const typed = asks ? [...required, n] : required;
    const core = wordsCore(strict, typed, optional, known, outside, support, answer.broad);
    if (core) {
      relaxed = [...relaxed, ...required.filter((i) => optional[i] && !core.includes(i))];
      dropped = [...dropped, ...required.filter((i) => !optional[i] && !core.includes(i))];
      required = core.filter((i) => i < n);
      const holdsAll = fullUnder(required, () => false);
      isFull = (hit) => holdsAll(hit) && (!asks || Boolean(hit.reference) || (hit.match.soft ?? 0) > 0);
    }
  }
  // 张家港 医院 临床试验机构 补贴: 三、（四）'s run holds every term, and the item of 专栏4 inside the same
  // article states the provision's amounts in its own words (临床试验能力建设补贴…医疗机构…每个通过认定专业
  // 给予50万元). Beside a full result, in its article, a clause holding every required term whole or
  // by all its words is a full result too.
  const articles = new Set(list.filter(isFull).map((h) => h.article));
  const besideFull = (hit: T) =>
    hit.article !== undefined &&
    articles.has(hit.article) &&
    required.length > 0 &&
    required.every((i) => hit.match.held[i] || hit.match.complete[i] === true);
  const full: T[] = [];
  const partial: T[] = [];
  for (const hit of list) (isFull(hit) || besideFull(hit) ? full : partial).push(hit);
  return { full, partial, relaxed, dropped };
}

/** The terms a partial result holds (shown as 只含：…), in the query's order. */
export function heldTerms(concepts: readonly { text: string }[], match: Pick<MatchInfo, 'held'>): string[] {
  return concepts.filter((_, i) => match.held[i]).map((c) => c.text);
}

/** The summary of the folded group. */
export const partialSummary = (n: number): string => `另有 ${n} 条只含部分词语`;

/** What the status line says about an answer. */
export function statusLine(a: {
  full: number;
  partial: number;
  pending: number;
  byReference: boolean;
  /** Of a reference's results, how many the number names (the rest: a box's items, the clause a point stands in). */
  named?: number;
  /** Optional terms not required (split's `relaxed`), as typed. */
  relaxed?: readonly string[];
  /** A question's topic words not required (split's `dropped`), as typed. */
  dropped?: readonly string[];
  /** The field's words typed beside another topic, not required (plan.ts `field`). */
  field?: readonly string[];
}): string {
  if (a.pending)
    return `已找到 ${a.full} 个包含全部检索词的条款，另有 ${a.pending} 个候选条款待核对（点“显示更多结果”继续）`;
  if (a.byReference) {
    const named = a.named ?? a.full;
    const more = a.full > named ? `；另列出所在或所含的 ${a.full - named} 个条款` : '';
    return (named > 1 ? `有 ${named} 个条款使用这一编号` : '条款直达') + more;
  }
  const rest = a.partial ? `；另有 ${a.partial} 个只含部分词语（已折叠）` : '';
  const loose = a.relaxed?.length
    ? `（没有条款同时含有${a.relaxed.map((t) => `“${t}”`).join('')}，这些词已不作要求）`
    : '';
  if (a.full && a.dropped?.length)
    return `没有条款同时含有全部词语；找到 ${a.full} 个含其中主要词语的条款（未含${a.dropped.map((t) => `“${t}”`).join('')}）${rest}`;
  // Said, not dropped silently: every policy here is of the field, so its word was not required.
  const field = a.field?.length ? `（本站政策都属${a.field.map((t) => `“${t}”`).join('')}领域，此词不作要求）` : '';
  return a.full
    ? `找到 ${a.full} 个包含全部检索词的条款${loose}${field}${rest}`
    : `没有条款包含全部检索词${field}${rest}`;
}

/**
 * Per term of a plan: whether it is a question's leftover that no clause holds in any form — a
 * single character the cut left (拿 of 能拿多少), held by no clause whole (`df`) nor by any of its
 * words (`partDf`). A word a reader typed as a term, or a place outside the corpus (合肥), is
 * never one: it stays required of a full match (AnswerShape.unheld).
 */
export function leftoverTerms(
  plan: { concepts: readonly { text: string; parts: readonly { text: string }[] }[]; phrases: readonly string[] },
  df: readonly number[],
  partDf: ReadonlyMap<string, number>,
): boolean[] {
  return plan.concepts.map(
    (c, i) =>
      [...c.text].length === 1 &&
      plan.phrases.length > 0 &&
      (df[i] ?? 0) === 0 &&
      c.parts.every((p) => (partDf.get(p.text) ?? 0) === 0),
  );
}

/**
 * An answer's full matches ([data-search-results]) and partial ones ([data-search-partial]): one
 * call for the page and its worker, so both cut the same list the same way.
 */
export const groupsOf = (r: Results, words = true): Split<Results['list'][number]> =>
  split(r.list, {
    words,
    byReference: r.byReference,
    terms: r.plan.concepts.length,
    byWords: r.byWords,
    unheld: leftoverTerms(r.plan, r.df, r.partDf).map(
      (left, i) => left || (r.plan.concepts[i]!.place === true && !(r.plan.applies ?? []).includes(i)),
    ),
    optional: r.plan.concepts.map((c) => c.optional === true),
    ...(r.plan.applies ? { applies: r.plan.applies } : {}),
    question: r.plan.question === true,
    known: r.known,
    outside: r.outside,
    light: r.plan.concepts.map((c) => isLightWord(c.text)),
    broad: r.plan.concepts.map((c) => c.broad === true),
    support: r.plan.concepts.map((c) => SUPPORT_WORDS.some((w) => c.text.includes(w))),
    asksSupport: r.plan.soft.length > 0,
  });
