/**
 * What a clause holds of a query, and the ranking rule (`RANKING_RULE` below; docs/search.md,
 * "Ranking", points here). Pagefind scores words found anywhere in a record, so its order only
 * breaks ties: each candidate's own text is checked against the query plan, and clauses are
 * ordered by the rule's keys in turn.
 */
import { NUMERAL_CHARS } from '../chinese-numerals.ts';
import { escapeRegExp } from '../regexp.ts';
import { normalize, occurrences } from './normalize.ts';
import type { Concept, QueryPlan } from './plan.ts';
import type { Intent } from './question.ts';

export interface ConceptMatch {
  /** Some writing of the term occurs. */
  whole: boolean;
  /** A writing as typed (or a variant, or a number written the other way) occurs. */
  literal: boolean;
  /** Every word of the term occurs (in some writing), adjacent or not. */
  complete: boolean;
  /** The share of the term's words that occur (1 when whole). */
  share: number;
  /** A writing exactly as typed (or with numbers written the other way) occurs, not only a variant. */
  typed: boolean;
  /** The synonym writing that matched, when only a synonym did. */
  synonym: string | null;
  /** Held as typed, in a variant, or through an equivalent writing — not only through a looser one-way term. */
  close: boolean;
  /** Held as typed or in a variant, or named by a list sharing its head (雏鹰、瞪羚和准独角兽企业 names 瞪羚企业). */
  named: boolean;
}

export interface MatchInfo {
  /** Holds a whole typed term the understanding split. */
  phrase: boolean;
  /** Terms held whole. */
  whole: number;
  /** Terms held whole or by all their words. */
  completeTerms: number;
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
  /** Every term held whole is held as typed, in a variant or through an equivalent writing (`ConceptMatch.close`). */
  close: boolean;
  /** Every term held whole is held as typed, in a variant, or named by a list sharing its head (`ConceptMatch.named`). */
  named: boolean;
  /** Support words of a question held. */
  soft: number;
  /** Every term is held in the clause's first sentence (its heading or lead: what it is about). */
  lead: boolean;
  /** Holds a stretch of a question's content words as typed (企业数量). */
  stretch: boolean;
  /** Holds every term whole: a full match (anything less is labelled 部分匹配). */
  exact: boolean;
  /** Synonym writings through which terms were found (shown as 同义：…). */
  synonyms: string[];
  /** States a count of the unit a question asks for (15家 for 多少家: `QueryPlan.counted`). */
  counted: boolean;
}

const has = (norm: string, text: string) => occurrences(norm, text).length > 0;

export function conceptMatch(norm: string, c: Concept): ConceptMatch {
  let literal = false;
  let typed = false;
  let synonym: string | null = null;
  let close = false;
  for (const f of c.forms) {
    if (!has(norm, f.text)) continue;
    if (f.origin.kind === 'synonym') synonym ??= f.origin.writing ?? f.text;
    else literal = true;
    if (!f.origin.loose) close = true;
    if (f.origin.kind === 'typed') typed = true;
  }
  // 瞪羚企业 in 雏鹰、瞪羚和准独角兽企业, 二期 in I、II、III期: the text names the typed term, its
  // head shared by a list — in the term's own words, not a synonym's, though not as written out (a
  // clause writing it out still comes first).
  const listed =
    !literal &&
    (coordinated(norm, c) || c.forms.some((f) => f.origin.kind !== 'synonym' && inOrdinalList(norm, f.text)));
  const whole = literal || listed || synonym !== null || c.forms.some((f) => inOrdinalList(norm, f.text));
  const held = whole ? c.parts.length : c.parts.filter((p) => p.forms.some((f) => has(norm, f.text))).length;
  const share = whole ? 1 : c.parts.length ? held / c.parts.length : 0;
  return {
    whole,
    literal,
    typed,
    complete: share === 1,
    share,
    synonym: literal || listed ? null : synonym,
    close: literal || listed || close,
    named: literal || listed,
  };
}

/** Punctuation that ends a list of coordinated words. */
const LIST_END = '，。；：,;:!?！？\\n';
const coordination = new WeakMap<Concept, RegExp | null>();

/**
 * Whether a two-word term is held in a list that shares its head (瞪羚企业 in 雏鹰、瞪羚和准独角兽企业,
 * 临床试验机构 in 临床试验、注册和检验机构): the first word, a list joined by 、和及与或, then the
 * second word, within one clause of the sentence. Legal texts name several kinds at once this way.
 */
function coordinated(norm: string, c: Concept): boolean {
  let re = coordination.get(c);
  if (re === undefined) {
    const [a, b] = c.parts;
    const alt = (p: Concept) =>
      p.forms
        .slice(0, 3)
        .map((f) => escapeRegExp(f.text))
        .join('|');
    re =
      c.parts.length === 2 && a && b
        ? new RegExp(`(?:${alt(a)})[、和及与或][^${LIST_END}]{0,14}?(?:${alt(b)})`, 'u')
        : null;
    coordination.set(c, re);
  }
  return re !== null && re.test(norm);
}

const ORDINAL = '(?:[ivx]+|[一二三四五六七八九十]+|\\d+)';
const ordinalLists = new Map<string, RegExp | null>();

/**
 * Whether a phase or class term is held in a list of them (二期 / ii期 in I、II、III期临床试验, 三类 in
 * 二、三类医疗器械): the texts name several phases or classes with one 期 or 类.
 */
function inOrdinalList(norm: string, form: string): boolean {
  let re = ordinalLists.get(form);
  if (re === undefined) {
    const m = new RegExp(`^(.*?)(${ORDINAL})([期类级])(.*)$`, 'u').exec(form);
    re = m
      ? new RegExp(
          `${escapeRegExp(m[1]!)}(?<![ivx\\d一二三四五六七八九十])${escapeRegExp(m[2]!)}(?:[、，,和及与或至到~\\-—–]+${ORDINAL})+${m[3]}${escapeRegExp(m[4]!)}|${escapeRegExp(m[1]!)}${ORDINAL}(?:[、，,和及与或]+${ORDINAL})*[、，,和及与或至到~\\-—–]+${escapeRegExp(m[2]!)}${m[3]}${escapeRegExp(m[4]!)}`,
          'u',
        )
      : null;
    ordinalLists.set(form, re);
  }
  return re !== null && re.test(norm);
}

const NOT_HELD: ConceptMatch = {
  whole: false,
  literal: false,
  typed: false,
  complete: false,
  share: 0,
  synonym: null,
  close: false,
  named: false,
};

/**
 * A term held only by the field's head word (药企 as 企业: plan.ts `widenFieldHeads`) is held where
 * that word stands in one clause of a sentence with another term the clause holds — the company the
 * provision is about (对参加国家集中带量采购中标的企业给予奖励), not a company the text mentions in
 * passing (药物临床试验机构可将承接企业委托的…服务收入…，可用于…水电煤等方面的运行费用支出: a hospital's
 * trial unit, not a company's electricity).
 */
function besideTopics(norm: string, concepts: readonly Concept[], matches: ConceptMatch[]): ConceptMatch[] {
  if (!concepts.some((c) => c.broad)) return matches;
  // A clause of the sentence (up to a comma): 企业 of 承接企业委托的研发…收入 is not of 水电煤等方面的运行费用.
  const sentences = norm.split(/[。；;，,\n]/u);
  return matches.map((m, i) => {
    const c = concepts[i]!;
    if (!c.broad || !m.whole) return m;
    const own = c.forms.filter((f) => f.search !== false);
    if (own.some((f) => has(norm, f.text))) return m;
    const heads = c.forms.filter((f) => f.search === false).map((f) => f.text);
    const others = concepts.flatMap((o, j) => (j !== i && !o.broad && matches[j]!.whole ? o.forms : []));
    const together = sentences.some((s) => heads.some((h) => has(s, h)) && others.some((f) => has(s, f.text)));
    return together ? m : NOT_HELD;
  });
}

/** What a clause text holds of a query plan. */
/** The first sentence of a clause with words in it: up to the first 。 or line break (a heading line; a table row's 序号 cell is skipped). */
export function leadSentence(text: string): string {
  return text.split(/[。\n\u2063]/u).find((s) => /\p{Script=Han}/u.test(s)) ?? '';
}

export function matchInfo(
  text: string,
  plan: Pick<QueryPlan, 'concepts' | 'phrases' | 'soft' | 'stretches' | 'counted'>,
): MatchInfo {
  const norm = normalize(text);
  const lead = normalize(leadSentence(text));
  const matches = besideTopics(
    norm,
    plan.concepts,
    plan.concepts.map((c) => conceptMatch(norm, c)),
  );
  const whole = matches.filter((m) => m.whole).length;
  return {
    phrase: plan.phrases.some((p) => has(norm, p)),
    whole,
    completeTerms: matches.filter((m) => m.complete).length,
    held: matches.map((m) => m.whole),
    complete: matches.map((m) => m.complete),
    share: matches.reduce((sum, m) => sum + m.share, 0),
    typed: matches.every((m) => !m.whole || m.typed),
    literal: matches.every((m) => !m.whole || m.literal),
    close: matches.every((m) => !m.whole || m.close),
    named: matches.every((m) => !m.whole || m.named),
    soft: plan.soft.filter((w) => has(norm, w)).length,
    lead: plan.concepts.length > 0 && plan.concepts.every((c) => conceptMatch(lead, c).whole),
    stretch: plan.stretches.some((s) => has(norm, s)),
    exact: plan.concepts.length > 0 && whole === plan.concepts.length,
    synonyms: [...new Set(matches.map((m) => m.synonym).filter((s): s is string => s !== null))],
    counted: plan.counted ? statesCount(norm, plan.counted) : false,
  };
}

/** Whether a (normalised) text states a count of `unit`: 15家, 三个, 100余人. */
export const statesCount = (norm: string, unit: string): boolean =>
  new RegExp(`(?:\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}两]+)[余多]?${unit}`, 'u').test(norm);

/** A candidate worth listing: it holds something of the query (Pagefind also returns records that match a shortened word only). */
export const keep = (m: MatchInfo): boolean => m.share > 0 || m.phrase;

export interface Ranked {
  /** Position in Pagefind's order (best first). */
  order: number;
  match: MatchInfo;
  /**
   * For a 条款直达 result: whether its label reads as the reference typed, and whether its text
   * holds the words typed after the number (第5项 创新成果转化).
   */
  reference?: { exactLabel: boolean; words?: boolean } | null;
  /** Whether the clause has support provisions / targets (from the index's `has` filter). */
  subsidy: boolean;
  target: boolean;
  /** Whether a term occurs in the sentence that carries the clause's support provision. */
  pays?: boolean;
  /** Rarity of the terms held: the sum of 1 / (records the index returned for the term). */
  weight?: number;
  /** In the own policy of a place typed (苏州 typed: 苏州市's plan, not 高新区's). */
  own?: boolean;
}

/** One key of the ranking rule: what it prefers, and the score it compares (the higher first). */
export interface RankingKey {
  name: string;
  /** What the key puts first, in words (the documentation of the rule). */
  prefers: string;
  score(r: Ranked, intent: Intent): number;
}

/**
 * The ranking rule: clauses are ordered by each key in turn, the higher score first; Pagefind's
 * order breaks the remaining ties. The one statement of the rule — docs/search.md points here.
 */
export const RANKING_RULE: readonly RankingKey[] = [
  {
    name: 'reference',
    prefers: '条款直达: the clauses a typed reference names',
    score: (r) => Number(Boolean(r.reference)),
  },
  {
    name: 'reference-words',
    prefers:
      'among them, the one holding the words typed after the number (第5项 创新成果转化: the item, not the table row 5)',
    score: (r) => Number(r.reference?.words ?? false),
  },
  {
    name: 'exact-label',
    prefers: 'among them, the one whose label reads as typed',
    score: (r) => Number(r.reference?.exactLabel ?? false),
  },
  {
    name: 'asked-support',
    prefers:
      'when the reader asks about support (补贴多少, 奖励, 怎么算, 上限): among the clauses holding every term as typed (whole, or by all its words: a 专栏 item stating the amounts of the provision its article names; or named by a list sharing its head: 雏鹰、瞪羚和准独角兽企业 for 瞪羚企业), those whose sentence stating an amount or rate holds a term (`pays`), then those with support provisions — before a clause that only names the topic, however closely; a clause found through a synonym never comes before one holding the typed words',
    score: (r, intent) =>
      intent === 'support' && r.match.completeTerms === r.match.held.length && r.match.held.length > 0 && r.match.named
        ? Number(r.subsidy) + Number(r.pays ?? false)
        : 0,
  },
  {
    name: 'phrase',
    prefers: 'holding a whole typed term the understanding had to split (a question, 昆山小核酸)',
    score: (r) => Number(r.match.phrase),
  },
  { name: 'whole', prefers: 'more of the query’s terms held whole, in any writing', score: (r) => r.match.whole },
  {
    name: 'complete',
    prefers: 'more terms held whole or by all their words (免疫细胞治疗 → 免疫, 细胞, 治疗)',
    score: (r) => r.match.completeTerms,
  },
  {
    name: 'literal',
    prefers:
      'holding the terms as typed or in a variant writing, before holding them only through a synonym (every clause holding the typed words comes before one found through a synonym)',
    score: (r) => Number(r.match.literal),
  },
  {
    name: 'close',
    prefers:
      'among clauses found through synonyms, those holding an equivalent writing before those holding only a looser term a reader’s word also finds (ADC: 抗体偶联药物 before 抗体药物)',
    score: (r) => Number(r.match.close),
  },
  {
    name: 'share',
    prefers: 'more of the terms held, a term held by some of its words counting as that share',
    score: (r) => Math.round(r.match.share * 100),
  },
  {
    name: 'asked-count',
    prefers:
      'when a question asks how many (每年筛选多少家, 有几个): among clauses holding as much, the one stating a count of that unit (15家左右)',
    score: (r) => Number(r.match.counted),
  },
  {
    name: 'own-place',
    prefers:
      'when a place is typed: among clauses holding as much, those of the place’s own policies before those of the places inside it (苏州 typed: 苏州市’s plan, then 高新区’s, 昆山’s, 太仓’s)',
    score: (r) => Number(r.own ?? false),
  },
  {
    name: 'rarity',
    prefers:
      'rarer terms held: Σ 1 / (clauses holding the term), so a clause holding the rare 质子 comes before one holding the common 中心',
    score: (r) => r.weight ?? 0,
  },
  {
    name: 'support-word',
    prefers: 'holding one of a question’s support words (资助, 补贴 … for 有什么奖励)',
    score: (r) => Math.min(r.match.soft, 1),
  },
  {
    name: 'intent',
    prefers:
      'with target words (目标, 指标, 到20XX年), clauses with targets; otherwise clauses whose sentence stating a support amount or rate holds a term (`pays`), then other clauses with support provisions — without intent words too, as the site’s readers mostly compare what they can get',
    score: (r, intent) => (intent === 'target' ? Number(r.target) : Number(r.subsidy) + Number(r.pays ?? false)),
  },
  {
    name: 'lead',
    prefers: 'holding every term in the first sentence (the heading or lead: what the clause is about)',
    score: (r) => Number(r.match.lead),
  },
  {
    name: 'stretch',
    prefers: 'holding a question’s words side by side as typed (企业数量 of 企业数量目标)',
    score: (r) => Number(r.match.stretch),
  },
  {
    name: 'typed',
    prefers: 'the typed writing before a variant (临床实验 typed: the clause writing 临床实验 first)',
    score: (r) => Number(r.match.typed),
  },
];

/** The ranking rule as a comparator: the first key that tells two clauses apart, else Pagefind's order. */
export function compareRanked(a: Ranked, b: Ranked, intent: Intent): number {
  for (const key of RANKING_RULE) {
    const d = key.score(b, intent) - key.score(a, intent);
    if (d) return d;
  }
  return a.order - b.order;
}

export function rank<T extends Ranked>(items: T[], intent: Intent): T[] {
  return [...items].sort((a, b) => compareRanked(a, b, intent));
}

/** Longest streak of consecutive word positions among a result's matched locations. */
export function longestStreak(words: number[]): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = sorted.length ? 1 : 0;
  let streak = 1;
  for (let i = 1; i < sorted.length; i++) {
    streak = sorted[i] === sorted[i - 1]! + 1 ? streak + 1 : 1;
    best = Math.max(best, streak);
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
 * streaks of adjacent positions (an exact match has its pairs side by side), then Pagefind's order.
 * Returns indexes into `candidates`.
 */
export function verificationOrder(candidates: Candidate[]): number[] {
  const streaks = candidates.map((c) => longestStreak(c.words));
  return candidates
    .map((_, i) => i)
    .sort(
      (a, b) =>
        candidates[b]!.terms - candidates[a]!.terms ||
        streaks[b]! - streaks[a]! ||
        candidates[a]!.order - candidates[b]!.order,
    );
}
