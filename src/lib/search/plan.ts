/**
 * Query understanding: what a reader typed → what to look for. The layer in front of the exact
 * engine (docs/search.md, "How a query is understood"):
 *
 *   1. normalisation: traditional → simplified (before this, in the page), width, case, quotes;
 *   2. places: 无锡 / 昆山小核酸 → a region filter and the rest of the query;
 *   3. references: 第（十二）条, 序号13, 三、（一）二是 … → reference keys (条款直达);
 *   4. questions: function words dropped, support/target words → an intent;
 *   5. each remaining term → a concept with its writings: as typed, with numbers written the other
 *      way (一亿元 → 1亿元), with the vocabulary's variants and synonyms (集采 → 集中带量采购),
 *      and its parts (免疫细胞治疗 → 免疫, 细胞, 治疗) for when no clause holds it whole.
 */
import { HEADING_TEXT, headingKeys, parseReference, type ParsedReference } from './reference.ts';
import { factKey, factQuestion, type Fact } from './doc-facts.ts';
import {
  documentsNamed,
  endsWithKindWord,
  hasKindWord,
  isKindWords,
  isNumberLike,
  mayDesignate,
  type DocumentInfo,
} from './documents.ts';
import { normalize } from './normalize.ts';
import { numeralForms } from './numerals.ts';
import { joinPlaceWords, placesAfterPreposition, placesWithin, splitPlaces, type Place } from './places.ts';
import {
  ASK_WORDS,
  contentWords,
  dropTaskWords,
  intentOf,
  GENERIC_WORDS,
  isAnnexWord,
  isPhrasing,
  isQuestion,
  parseQuestion,
  SUPPORT_WORDS,
  TARGET_WORDS,
  type Intent,
  type Lexicon,
} from './question.ts';
import { MAX_QUERY_LENGTH, termTokens } from './query-tokens.ts';
import { vocabularyForms, type TermForm, type Vocabulary } from './vocabulary.ts';

export interface Concept {
  /** The term as typed, normalised. */
  text: string;
  /** Writings to look for, the typed one first. */
  forms: TermForm[];
  /** Its words, for clauses that hold them but not the whole term (empty for a one-word term). */
  parts: Concept[];
  /**
   * A word of the reader's phrasing beside a topic (获批, 制度, a question's lone 投): required of a
   * full match only while some clause holds it with the other terms (groups.ts `split`).
   */
  optional?: true;
  /** Also held by a word nearly every clause holds (药企 by 企业: `widenFieldHeads`). */
  broad?: true;
  /**
   * A district or zone inside the place typed (新吴区, 枫桥街道, 太仓高新区's 高新区): the place's
   * policies apply there whether or not a clause names it, so it ranks the clauses naming it first
   * and is never required of a full match (groups.ts `groupsOf`), unless the query asks what
   * applies there (`QueryPlan.applies`).
   */
  place?: true;
}

export interface PolicyTitle {
  id: string;
  /** Short title and title. */
  titles: string[];
  /** The policy's kind (政策意见, 行动计划, 工作清单 …), for 无锡的意见, 昆山清单. */
  kind?: string;
  /** Its region and the enclosing ones, innermost first, for 苏州三年行动计划. */
  regions?: string[];
  /** Its 发文字号, if the text states one. */
  number?: string;
}

export interface PlanContext {
  vocabulary: Vocabulary;
  places: Place[];
  policies: PolicyTitle[];
  /** Words kept whole when a question is cut into words. */
  lexicon: Lexicon;
  /** The words of the site's field (SITE_FIELD: 生物医药), not required beside another topic. */
  field?: readonly string[];
  segment?: ((text: string) => string[]) | null;
}

export interface QueryPlan {
  /** What the reader typed, trimmed and capped. */
  raw: string;
  /** Places typed, each a region filter. */
  places: Place[];
  /** Policies named before a reference (强链补链 三、（一）). */
  policies: string[];
  /** The clause reference the query is, if it is one. */
  reference: ParsedReference | null;
  /** What a clause should hold; the more, the higher. */
  concepts: Concept[];
  /** Terms typed whole that the understanding split (a question, 昆山小核酸): holding one ranks first. */
  phrases: string[];
  /** Stretches of a question's content as typed (企业数量 of 企业数量目标): holding one breaks ties. */
  stretches: string[];
  /** Support or target words typed inside a question: a clause holding one ranks higher. */
  soft: string[];
  /** The support or target words typed (补贴 of 房租补贴), as typed: offered alone when nothing holds the rest. */
  asked: string[];
  intent: Intent;
  /** The query asks about money: the page offers the policy calculator. */
  money: boolean;
  /** The unit a question asks a count of (每年筛选多少家 → 家): a clause stating such a count ranks higher. */
  counted?: string;
  /**
   * A question word was typed (有没有, 多少, 哪个 …): the terms are the reader's words, and when no
   * clause holds them all, the most telling ones decide (groups.ts `questionCore`).
   */
  question?: boolean;
  /** A question about a document (什么时候失效, 文号): the fact asked and the documents it names. */
  fact?: { fact: Fact; policies: string[] };
  /** The field's words typed beside another topic and not required (无锡 生物医药 MAH → 生物医药), as typed. */
  field?: string[];
  /**
   * Places inside a city typed beside nothing but a policy's words (江阴 扶持政策: what applies
   * there?): indices into `concepts`, required when some clause names them (groups.ts).
   */
  applies?: number[];
  /**
   * For a reference read under a heading or after a document's name (创新平台工程第5项), the same
   * query read as text: searched when the reference names no clause, so a heading-like phrase
   * that is not one still finds what holds it.
   */
  asText?: QueryPlan;
}

export interface UnderstandOptions {
  /** Read clause references (default); off for the text reading of a reference (QueryPlan.asText). */
  references?: boolean;
}

const WRAPPING = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/gu;

/**
 * Where a reader's punctuation separates words as a space does (三类医疗器械，注册证, 人才公寓。,
 * 医疗器械、注册证, 有补贴吗？): sentence and clause marks — but not a comma inside a number
 * (1,000万), nor 、 after a numeral, where it is part of a heading number (三、（一）, 二、三类).
 */
const SEPARATOR =
  /\s+|[，；;。！!？?：:…]+|[—－-]{2,}|(?<!\d),|,(?!\d)|(?<![\d一二三四五六七八九十百千零〇两ivxIVX])、/u;

/** Terms as typed: split on whitespace and separating punctuation, normalised, without terms that hold nothing searchable. */
/** Phase II, phase 3: a trial phase in English, which the texts write II期 / 三期. */
const PHASE = /(?<![A-Za-z])phase\s*(iv|i{1,3}|[1-4]|[ⅠⅡⅢⅣ])(?![A-Za-z\d])/giu;

export function typedTerms(typed: string): string[] {
  const input = typed.replace(PHASE, (_, n: string) => `${n}期`);
  const terms: string[] = [];
  // 临 床 试 验, G C P, B T + I T: characters or letters typed one by one with spaces are one word.
  const parts: string[] = [];
  let run = '';
  let kind: 'han' | 'latin' | null = null;
  for (const part of input.slice(0, MAX_QUERY_LENGTH).trim().split(SEPARATOR)) {
    const one = /^\p{Script=Han}$/u.test(part) ? 'han' : /^[A-Za-zＡ-Ｚａ-ｚ+＋]$/u.test(part) ? 'latin' : null;
    if (one && (one === kind || !run)) {
      run += part;
      kind = one;
      continue;
    }
    if (run) parts.push(run);
    run = one ? part : '';
    kind = one;
    if (!one) parts.push(part);
  }
  if (run) parts.push(run);
  for (const part of parts) {
    if (!part) continue;
    // 建立的, 苏州的: a particle ending a typed word is how it was said, not part of it (目的 stays).
    const term = normalize(part.replace(WRAPPING, '')).replace(/(?<=\p{Script=Han}{2})的$/u, '');
    if (term && termTokens(term).length && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Whether a term's writings (`termForms`) show it to be, whole, a writing of a thesaurus entry (工资补贴 of 薪酬补贴's). */
export function isWholeWriting(forms: readonly TermForm[]): boolean {
  // A rewrite of the whole term is the entry's other writing itself.
  return forms.some((f) => f.origin.kind !== 'typed' && f.text === f.origin.writing);
}

/** The writings of a term: as typed, numbers written the other way, the vocabulary's forms (variants first). */
export function termForms(term: string, vocabulary: Vocabulary): TermForm[] {
  const forms: TermForm[] = [{ text: term, origin: { kind: 'typed' } }];
  const seen = new Set([term]);
  const add = (f: TermForm) => {
    if (!seen.has(f.text) && termTokens(f.text).length) {
      seen.add(f.text);
      forms.push(f);
    }
  };
  for (const text of numeralForms(term)) add({ text, origin: { kind: 'typed' } });
  for (const base of [...forms]) for (const f of vocabularyForms(base.text, vocabulary)) add(f);
  return forms.slice(0, 10);
}

/** How readers write "either" inside a term: PE/VC, 创投/风投 (not a date or a fraction: 1/2). */
const EITHER = /(?<=[^\d/])\/(?=[^\d/])/u;

function concept(term: string, ctx: PlanContext, withParts: boolean): Concept {
  const either = term.split(EITHER).filter((t) => termTokens(t).length);
  if (either.length > 1) {
    // Each alternative in all its writings: a clause holding any of them holds the term.
    const forms: TermForm[] = [{ text: term, origin: { kind: 'typed' } }];
    for (const alt of either)
      for (const f of termForms(alt, ctx.vocabulary))
        if (!forms.some((x) => x.text === f.text))
          forms.push({ ...f, origin: f.origin.kind === 'typed' ? { kind: 'variant', writing: alt } : f.origin });
    return { text: term, forms: forms.slice(0, 12), parts: [] };
  }
  // Its words: a known word (一类创新药) is cut by the other known words and the segmenter.
  const words = withParts
    ? contentWords(
        term,
        ctx.lexicon.filter((w) => w !== term),
        ctx.segment,
      )
    : [];
  // 持有人制度 → 持有人: a term read by its words needs its topic words, not its phrasing.
  // 创新药进院难 → 创新药, 进院: a lone character (难) is phrasing too when a longer word is left.
  const topical = words.filter((w) => !GENERIC_WORDS.includes(w) && [...w].length > 1);
  const kept = topical.length ? topical : words;
  return {
    text: term,
    forms: termForms(term, ctx.vocabulary),
    parts: words.length > 1 ? kept.map((w) => concept(w, ctx, false)) : [],
  };
}

/** A term of the reader's phrasing (question.ts `isPhrasing`), typed beside others: optional. */
function phrasingConcept(term: string, ctx: PlanContext, inQuestion: boolean, alone: boolean): Concept {
  const c = concept(term, ctx, true);
  return !alone && isPhrasing(term, inQuestion) ? { ...c, optional: true } : c;
}

/**
 * The query as a clause reference, after an optional name of its document (issue 17): 第（十二）条,
 * 无锡意见第十二条, 苏州三年行动计划 专栏3, 昆山清单第5项, 强链补链 三、（一）; a reference under a heading
 * (创新平台工程第5项) is tried last, so a document's name is never taken for a heading.
 */
/** Terms joined as one reference: a space between two numbers separates them (专栏9 2. → 专栏9-2.). */
const joinTerms = (terms: readonly string[]): string =>
  terms.reduce((acc, t) => acc + (/\d$/u.test(acc) && /^\d/u.test(t) ? '-' : '') + t, '');

function referencePlan(typed: string[], ctx: PlanContext): { reference: ParsedReference; policies: string[] } | null {
  const joined = joinTerms(typed);
  const whole = parseReference(joined);
  if (whole) return { reference: whole, policies: [] };
  // Built only when a number follows a possible name (see mayNameDocument).
  let docs: DocumentInfo[] | undefined;
  const chars = [...joined];
  // A pure reference after the shortest document name that leaves one (强链补链 三、（一）); a heading
  // after the longest (高新区责任分工表 创新链第3项, not 高新区 + a heading “责任分工表创新链”).
  // Where the reader put a space is where the name ends (苏州强链补链 附件 人才引进工程: not 强链补链附
  // + 件人才引进工程): those places are tried first, in the same order.
  const spaces = new Set(typed.slice(0, -1).map((_, i) => [...joinTerms(typed.slice(0, i + 1))].length));
  const splits = (headings: boolean) => {
    const all = headings
      ? chars.map((_, i) => chars.length - 1 - i).filter((k) => k >= 1)
      : chars.map((_, i) => i + 1).slice(0, -1);
    return [...all.filter((k) => spaces.has(k)), ...all.filter((k) => !spaces.has(k))];
  };
  for (const headings of [false, true])
    for (const k of splits(headings)) {
      if (headings && !chars[k - 1]!.match(/\p{Script=Han}|\)|\d/u)) continue;
      const rest = chars.slice(k).join('');
      // 无锡清单第5项: 清单 is part of a document's name, not a heading inside it.
      if (headings && isKindWords(normalize(rest).match(HEADING_TEXT)?.[1] ?? '')) continue;
      const reference = parseReference(rest, { designated: true, headings });
      if (!reference) continue;
      const named = documentsNamed(chars.slice(0, k).join(''), (docs ??= documentInfos(ctx)), ctx.places);
      // A heading alone needs its document named by more than a place (无锡临床试验补贴 is text),
      // and is never a question (苏州三年计划里潜力地标企业每年选几家 asks about the text).
      if (reference.alone && ((!named?.byName && !rest.startsWith('附件')) || isQuestion(rest))) continue;
      // Where the reader put spaces, a heading alone begins at one (常熟 创新药 补贴 is not 常熟创新 +
      // a heading 药补贴).
      if (reference.alone && spaces.size && !spaces.has(k)) continue;
      // 苏州三年行动计划 总体要求 发展目标: a part's heading, then the heading inside it — the last one
      // typed is looked up too (the two are no heading together).
      const last = Math.max(...spaces);
      if (named && reference.alone && last > k) {
        const inner = headingKeys(chars.slice(last).join(''));
        return { reference: { ...reference, keys: [...new Set([...reference.keys, ...inner])] }, policies: named.ids };
      }
      if (named) return { reference, policies: named.ids };
    }
  // A heading, unless the text before the number reads as a document's name that fits none
  // (无锡清单第5项, 意见第3条): a place first, or only words for a kind of document.
  const head = normalize(joined).match(HEADING_TEXT)?.[1] ?? '';
  const place = ctx.places.some((p) => head.startsWith(p.text));
  if (place || isKindWords(head)) return null;
  const headed = parseReference(joined, { headings: true });
  return headed ? { reference: headed, policies: [] } : null;
}

/**
 * The places of `regions` inside a question, after its first character (one right at its start is
 * the typed place's own: 昆山高新区), cut out as `placesWithin` does.
 */
function laterPlaces(
  term: string,
  places: Place[],
  words: readonly string[],
  regions: ReadonlySet<string>,
): { places: Place[]; rest: string } {
  const [first = '', ...others] = [...term];
  const within = placesWithin(
    others.join(''),
    places.filter((p) => regions.has(p.region)),
    words,
  );
  return { places: within.places, rest: first + within.rest };
}

/**
 * The unit of a count a question asks for (每年筛选多少家, 有几个, 引进多少人): not an amount (多少个亿,
 * 几万元) nor a duration (几年).
 */
export function countAsked(raw: string): string | null {
  return normalize(raw).match(/(?:多少|几)([个家人名批亩项所件次种台套位])(?![万亿元])/u)?.[1] ?? null;
}

/** Words that may join a document's name to the question after it (苏州三年计划里…, 昆山清单中…). */
const AFTER_DOCUMENT = /^(?:里面|当中|里|中|上)/u;

/**
 * A question that begins by naming its document, ending with a word for its kind (苏州三年计划里潜力
 * 地标企业每年选几家, 苏州这个生物医药政策适用什么样的企业): the documents named unmistakably and the
 * rest of the question. The shortest name that names one is taken.
 */
function leadingDocument(
  term: string,
  where: string,
  docs: DocumentInfo[],
  places: PlanContext['places'],
): { ids: string[]; rest: string } | null {
  const chars = [...term];
  for (let k = 2; k <= chars.length - 2; k++) {
    const name = chars.slice(0, k).join('');
    if (!endsWithKindWord(name)) continue;
    const rest = chars.slice(k).join('').replace(AFTER_DOCUMENT, '');
    if ([...rest].length < 2) continue;
    // 政策 or 文件 names one document only when the reader points at it (这个, 该, 本): 苏州生物医药政策
    // may be every policy in 苏州.
    if (!hasKindWord(name) && !/这个|这份|这项|该|本/u.test(name)) continue;
    const named = documentsNamed(where + name, docs, places);
    if (named?.byName) return { ids: named.ids, rest };
  }
  return null;
}

/**
 * A reference followed by words, as readers add a clause's title or subject after its number
 * (无锡 （三）6 生物制造, 太仓生物医药 二（一）3 外包): the reference without the words, when the
 * words are text (Han characters, no number), the part before them ends in a number and names its
 * document. The words are not required: the query's text reading (`asText`) still runs when the
 * number names no clause.
 */
function referenceBeforeWords(
  typed: string[],
  ctx: PlanContext,
): { reference: ParsedReference; policies: string[] } | null {
  const last = typed.at(-1) ?? '';
  const before = typed.slice(0, -1);
  if (before.length === 0 || !/^\p{Script=Han}{2,}$/u.test(last) || !/[\d)]$/u.test(before.at(-1)!)) return null;
  // Only in a document the query names (专栏3 人才 stays text: which 专栏3 is not said).
  const cited = referencePlan(before, ctx);
  return cited?.policies.length ? cited : null;
}

/**
 * A question about a document (issue 17): the fact asked and the documents the rest of the query
 * names (无锡政策什么时候失效); a question naming no document asks about every one (发文字号是多少).
 */
function factPlan(raw: string, ctx: PlanContext): { fact: Fact; policies: string[] } | null {
  const q = factQuestion(raw);
  if (!q) return null;
  const docs = documentInfos(ctx);
  if (!q.rest)
    return /什么|何时|谁|哪|吗|多少|是否|能否/u.test(normalize(raw))
      ? { fact: q.fact, policies: docs.map((d) => d.id) }
      : null;
  const named = documentsNamed(q.rest, docs, ctx.places);
  if (named) return { fact: q.fact, policies: named.ids };
  // 苏州高新区三年行动计划 文号 苏高新管: a part typed beside the document's name (the reader's guess at
  // the answer) is no part of the name: when exactly one part names documents, they are asked about.
  const parts = raw.trim().split(/\s+/u);
  if (parts.length < 2) return null;
  const naming = parts
    .map((p) => factQuestion(p)?.rest ?? normalize(p))
    .filter(Boolean)
    .map((p) => documentsNamed(p, docs, ctx.places))
    .filter((n) => n !== null);
  return naming.length === 1 ? { fact: q.fact, policies: naming[0]!.ids } : null;
}

/**
 * A district typed as a place (inner-places.ts), as an optional term: in its writings as typed, as
 * named, and without its city's name, as the texts name it (苏州工业园区 → 工业园区).
 */
function innerConcept(p: Place, ctx: PlanContext): Concept {
  const c = concept(p.text, ctx, false);
  const named = normalize(p.via ?? p.text);
  const withoutCity = ctx.places
    .filter((x) => x.region === p.region && !x.via && named.startsWith(x.text))
    .map((x) => named.slice(x.text.length))
    .filter((rest) => [...rest].length >= 2);
  for (const name of [named, ...withoutCity])
    if (!c.forms.some((f) => f.text === name)) c.forms.push({ text: name, origin: { kind: 'variant', writing: name } });
  return { ...c, optional: true, place: true };
}

/** A zone's generic name (高新区, 开发区, 工业园区 …) typed after its city or county (太仓高新区). */
const ZONE =
  /^(?:高新区|高新技术产业开发区|开发区|经开区|经济开发区|经济技术开发区|工业园区?|产业园区?|科技园|新区|保税区|综合保税区|综保区)$/u;

const documentInfos = (ctx: PlanContext): DocumentInfo[] =>
  ctx.policies.map((p) => ({
    id: p.id,
    shortTitle: p.titles[0] ?? '',
    title: p.titles[1] ?? p.titles[0] ?? '',
    kind: p.kind ?? '',
    regions: p.regions ?? [],
    ...(p.number ? { number: p.number } : {}),
  }));

/**
 * Whether some text after the first character of `joined` reads as a clause reference that a
 * document named before it decides (referencePlan's splits): a number (无锡意见第十二条, 强链补链
 * 三、（一）), or an annex (…附件 人才引进工程). A heading named alone after the text before it
 * (苏州强链补链 临床提升工程) needs that text to name its document by kind, place or 文号: mayDesignate.
 */
function numberAfterName(joined: string): boolean {
  if (!joined || parseReference(joined)) return false;
  const chars = [...joined];
  for (let k = 1; k < chars.length; k++) {
    const rest = chars.slice(k).join('');
    for (const headings of [false, true]) {
      const r = parseReference(rest, { designated: true, headings });
      if (r && (!r.alone || rest.startsWith('附件'))) return true;
    }
  }
  return false;
}

/**
 * Whether `understand` may read this text differently with the policies' names (PlanContext
 * `policies`) than without them — from the text and the places alone, so that the search worker
 * fetches the list (/search/filters.json) only for such a query and plans every other one without
 * it (issue 22). It says yes for every text whose plan can depend on the list, and for some more:
 * a question about a document (factPlan); text naming a document by kind, place or 文号
 * (documents.ts `mayDesignate`: 清单, 行动计划, 苏州这个政策, 无锡意见, 苏州强链补链 — a term naming its
 * document, a question leading with its document, a heading after its document); a clause
 * number after other words, which may name its document (referencePlan, referenceBeforeWords).
 * Any other text is read the same with or without the list: plan-documents.test.ts plans the
 * query sets both ways.
 */
export function mayNameDocument(input: string, places: readonly Place[]): boolean {
  const raw = input.slice(0, MAX_QUERY_LENGTH).trim();
  if (factQuestion(raw)) return true;
  const typed = typedTerms(raw);
  if (mayDesignate(typed.join(' '), places)) return true;
  if (numberAfterName(joinTerms(typed))) return true;
  // referenceBeforeWords: the reference is read without the words typed after it.
  return typed.length > 1 && numberAfterName(joinTerms(typed.slice(0, -1)));
}

export function understand(input: string, ctx: PlanContext, opts: UnderstandOptions = {}): QueryPlan {
  const raw = input.slice(0, MAX_QUERY_LENGTH).trim();
  const typed = joinPlaceWords(dropTaskWords(typedTerms(raw)), ctx.places);
  const { places, terms: placed, whole } = splitPlaces(typed, ctx.places, ctx.lexicon);
  const plan: QueryPlan = {
    raw,
    places,
    policies: [],
    reference: null,
    concepts: [],
    phrases: whole.flatMap((t) => termForms(t, ctx.vocabulary).map((f) => f.text)),
    stretches: [],
    soft: [],
    asked: [],
    intent: null,
    money: false,
  };
  const asked = opts.references === false ? null : factPlan(raw, ctx);
  if (asked) {
    plan.reference = { keys: [factKey(asked.fact)], text: normalize(raw) };
    plan.policies = asked.policies;
    plan.fact = asked;
    return plan;
  }
  const cited = opts.references === false ? null : (referencePlan(typed, ctx) ?? referenceBeforeWords(typed, ctx));
  if (cited) {
    plan.reference = cited.reference;
    plan.policies = cited.policies;
    if (cited.policies.length || cited.reference.keys.some((k) => k.startsWith('h')))
      plan.asText = understand(input, ctx, { references: false });
    return plan;
  }
  // 昆山清单 数字+制造, 太仓主要指标表 科创基金规模: a term naming a document by its kind (with the
  // places typed) is the document to search in, not a word its clauses hold.
  // 附件1 beside other words says where the reader saw them, which no clause's own text says.
  let terms = placed.length > 1 ? placed.filter((t) => !isAnnexWord(t)) : placed;
  if (!terms.length) terms = placed;
  const where = places.map((p) => p.text).join('');
  // Built when a term may name a document, once.
  let docs: DocumentInfo[] | undefined;
  const documents = () => (docs ??= documentInfos(ctx));
  if (terms.length > 1) {
    for (const [i, t] of terms.entries()) {
      // …or by its 文号 (苏委办发〔2021〕14号 人才).
      const named = hasKindWord(t) || isNumberLike(t) ? documentsNamed(where + t, documents(), ctx.places) : null;
      if (!named) continue;
      plan.policies = named.ids;
      terms = terms.filter((_, j) => j !== i);
      break;
    }
  }
  // 苏州三年计划里潜力地标企业每年选几家: a question that begins by naming its document.
  if (!plan.policies.length)
    for (const [i, t] of terms.entries()) {
      const lead = isQuestion(t) ? leadingDocument(t, where, documents(), ctx.places) : null;
      if (!lead) continue;
      plan.policies = lead.ids;
      terms = terms.map((x, j) => (j === i ? lead.rest : x));
      break;
    }
  const soft = new Set<string>();
  // Parts typed only to ask (补贴多少): kept as terms only when nothing else was typed to look for.
  const asking: string[] = [];
  // 在无锡做1类新药三期临床 最多补多少: one part asks, so the whole query is a question and every
  // part is cut into words as the asking one is (a reader's spaces are pauses, not phrases).
  // A part with brackets (a 文号 〔2021〕14号, a point （三）6) names a document or a clause: kept whole.
  // A question mark typed (…二期临床，补助按研发投入的比例算？) makes the whole query a question too.
  const asks = /[?？]/u.test(raw) || terms.some((t) => isQuestion(t));
  // 技改 补助 上限, 研发 资助 比例: beside a support word, a term that only asks about its terms
  // (上限, 比例, 标准, 额度, 条件) asks, as it does typed together (补助上限).
  const asksTerms = terms.length > 1 && terms.some((t) => intentOf(t) === 'support');
  const cuttable = (t: string) => !/[()〔〕[\]【】]/u.test(t);
  if (asks) plan.question = true;
  for (const typedTerm of terms) {
    // 在无锡产业化: the place is a filter, the rest the term (a question's places are cut below).
    const after = plan.places.length ? null : placesAfterPreposition(typedTerm, ctx.places, ctx.lexicon);
    if (after?.places.length) plan.places.push(...after.places);
    const term = after?.places.length ? after.rest.trim().replace(/\s+/gu, '') : typedTerm;
    if (!term) continue;
    const intent = intentOf(term);
    plan.intent ??= intent;
    if (asksTerms && ASK_WORDS.includes(normalize(term))) {
      asking.push(term);
      continue;
    }
    const intentWord = [...SUPPORT_WORDS, ...TARGET_WORDS].includes(term);
    if (SUPPORT_WORDS.includes(term) && terms.length > 1) {
      // 资助 typed beside other terms asks for support in any of the texts' words for it.
      const c = concept(term, ctx, false);
      for (const w of SUPPORT_WORDS)
        if (w !== term && w !== '多少钱')
          c.forms.push({ text: w, origin: { kind: 'synonym', writing: w }, search: false });
      plan.concepts.push(c);
      continue;
    }
    // 目标 / 指标 typed beside other terms only asks for target clauses first.
    if (TARGET_WORDS.includes(term) && terms.length > 1) continue;
    if (!intentWord && (isQuestion(term) || intent || (asks && cuttable(term)))) {
      // 成为世界500强落户无锡奖励多少: a place inside a question is a place, not a word to hold.
      // A place typed first already decided (昆山高新区…: 高新区 there is Kunshan's, not a region).
      // A place further on naming the region already typed is that place again, not a word to hold
      // (江阴 能享受无锡生物医药政策吗: 江阴 is 无锡's); another region is no second place.
      const inner = plan.places.length
        ? laterPlaces(term, ctx.places, ctx.lexicon, new Set(plan.places.map((p) => p.region)))
        : placesWithin(term, ctx.places, ctx.lexicon);
      plan.places.push(...inner.places);
      const q = parseQuestion(inner.rest, ctx.lexicon, ctx.segment);
      if (q.words.length) {
        const writings = termForms(term, ctx.vocabulary);
        if (q.words.length > 1 || q.intentWords.length) plan.phrases.push(...writings.map((f) => f.text));
        const topics = q.words.filter((w) => !isPhrasing(w, true)).length;
        for (const w of q.words) plan.concepts.push(phrasingConcept(w, ctx, true, topics === 0 && terms.length === 1));
        // 工资补贴, a writing of 薪酬补贴's entry, cut into 工资 and its support word: a clause holding
        // the entry's other writings (薪酬补贴) holds the word too — no text says 工资.
        if (q.words.length === 1 && !isQuestion(term) && isWholeWriting(writings)) {
          const word = plan.concepts.at(-1)!;
          for (const f of writings)
            if (f.origin.kind !== 'typed' && !word.forms.some((x) => x.text === f.text)) word.forms.push(f);
        }
        for (const w of q.intentWords) soft.add(w);
        for (const w of q.intentWords) if (!plan.asked.includes(w)) plan.asked.push(w);
        for (const s of q.stretches) plan.stretches.push(...termForms(s, ctx.vocabulary).map((f) => f.text));
        continue;
      }
      // 单项冠军 奖励多少, 兽药批件 补贴多少, 投资一个亿 给多少: a part typed only to ask (its support
      // words, 多少, 怎么申请) is the question's intent beside the others' topics, as it is when
      // typed without the space — not a term a clause must hold.
      if (terms.length > 1) {
        for (const w of q.intentWords) soft.add(w);
        for (const w of q.intentWords) if (!plan.asked.includes(w)) plan.asked.push(w);
        asking.push(term);
        continue;
      }
    }
    plan.concepts.push(phrasingConcept(term, ctx, false, terms.length === 1));
  }
  // 新吴区 人才公寓: the city's policies apply there; a clause naming the district itself (苏州工业园区
  // 海关) still comes first, so the district is an optional term beside the others.
  if (plan.concepts.length)
    for (const p of plan.places)
      if (p.via && !plan.concepts.some((c) => c.text === p.text)) plan.concepts.push(innerConcept(p, ctx));
  // 太仓高新区 孵化器: the zone of the place typed, as a district is (太仓's policy applies there).
  if (plan.places.length && plan.concepts.length > 1)
    plan.concepts = plan.concepts.map((c) => (ZONE.test(c.text) ? { ...c, optional: true, place: true } : c));
  if (!plan.concepts.length)
    for (const t of asking) plan.concepts.push(phrasingConcept(t, ctx, false, asking.length === 1));
  // A support question counts any support word of the texts, not only the one typed; target
  // words are too common in the texts to tell a clause apart (the intent ranks target clauses).
  if (plan.intent === 'support' && soft.size) for (const w of SUPPORT_WORDS.filter((x) => x !== '多少钱')) soft.add(w);
  plan.soft = [...soft].filter((w) => SUPPORT_WORDS.includes(w));
  plan.money = plan.intent === 'support' || /多少钱|万元|亿元/u.test(normalize(raw));
  const counted = countAsked(raw);
  if (counted) plan.counted = counted;
  // Concepts typed twice (临床试验 临床试验) count once.
  const seen = new Set<string>();
  plan.concepts = plan.concepts.filter((c) => !seen.has(c.text) && seen.add(c.text));
  // 生物医药 of 无锡 生物医药 MAH: every policy here is of the field, so beside another topic its
  // word narrows nothing, and the clause that answers (药品上市许可持有人…) seldom repeats it. A
  // question keeps it: its words are read by `questionCore`, which weighs them.
  const field = ctx.field ?? [];
  if (!plan.question && field.length) {
    // The field's word as one term, or cut into its words beside a support word (生物医药 扶持政策
    // → 生物, 医药): the concepts that spell it, in order.
    const spelled = new Set<Concept>();
    for (const w of field)
      for (let i = 0; i < plan.concepts.length; i++) {
        let text = '';
        for (let j = i; j < plan.concepts.length && text.length < w.length; j++) {
          text += plan.concepts[j]!.text;
          if (text === w) for (let k = i; k <= j; k++) spelled.add(plan.concepts[k]!);
        }
      }
    // Another topic: not a word of phrasing, nor a support or target word (生物医药 补贴 keeps it).
    const topic = (c: Concept) =>
      !c.optional && !spelled.has(c) && !SUPPORT_WORDS.includes(c.text) && !TARGET_WORDS.includes(c.text);
    if (spelled.size && plan.concepts.some(topic)) {
      plan.field = field.filter((w) => plan.raw.includes(w) || [...spelled].some((c) => c.text === w));
      plan.concepts = plan.concepts.filter((c) => !spelled.has(c));
    }
  }
  if (field.includes('生物医药')) widenFieldHeads(plan);
  askWhatApplies(plan, field);
  return plan;
}

/** 药企, 医药公司, 生物医药产业: a company or an industry of the site's field (生物医药 and its short words), and its head word. */
const FIELD_HEAD = /^(?:生物医药|生物|医药|制药|药)(企业|公司|企|厂|产业|行业)$/u;
const HEADS: Record<string, string> = {
  企业: '企业',
  公司: '企业',
  企: '企业',
  厂: '企业',
  产业: '产业',
  行业: '产业',
};

/**
 * 吴中区 药企 集采中标 奖励: every policy here is of the field, and the clause that answers says
 * 企业 (对参加国家集中带量采购中标的企业给予奖励). Beside another topic, a company or industry of
 * the field is also held by its bare head word — counted in a clause found by the other words,
 * never searched for alone, and ranked after the clauses holding the typed word (a synonym).
 */
export function widenFieldHeads(plan: QueryPlan): void {
  const headOf = (c: Concept) => {
    const m = c.text.match(FIELD_HEAD);
    return m ? HEADS[m[1]!]! : null;
  };
  // A question's words are the parts of its one concept (药企并购有什么支持 → 药企, 并购).
  const units = plan.concepts.flatMap((c) => [c, ...c.parts]);
  const topics = plan.concepts
    .flatMap((c) => (c.parts.length && !headOf(c) ? c.parts : [c]))
    .filter((c) => !headOf(c) && !c.optional && !SUPPORT_WORDS.includes(c.text) && !TARGET_WORDS.includes(c.text));
  if (!topics.length) return;
  for (const c of units) {
    const head = headOf(c);
    if (head && !c.forms.some((f) => f.text === head)) {
      c.forms.push({ text: head, origin: { kind: 'synonym', writing: head }, search: false });
      c.broad = true;
    }
  }
}

/** Words that name a policy in general, not a topic of it (扶持政策, 适用, 参照). */
const POLICY_WORD =
  /^(?:产业)?(?:扶持|优惠|支持|补贴|奖励|相关|产业|配套)?政策(?:文件)?$|^(?:适用|参照|参照执行|执行|覆盖|管|相关|享受|享有)$/u;

/**
 * 江阴 生物医药 扶持政策, 宜兴 适用无锡政策吗: a place inside a city typed beside nothing but words
 * naming a policy asks what applies there, and a clause naming the place answers it (江阴市、宜兴市
 * 结合当地实际情况参照制定): such places are the plan's `applies` (groups.ts requires them when some
 * clause names them, and only then).
 */
function askWhatApplies(plan: QueryPlan, field: readonly string[]): void {
  const inner = new Set(plan.places.filter((p) => p.via).map((p) => p.text));
  const places = plan.concepts.flatMap((c, i) => (c.optional && inner.has(c.text) ? [i] : []));
  if (!places.length) return;
  const generic = (text: string) =>
    POLICY_WORD.test(text) ||
    field.some((w) => w.includes(text) || (text.startsWith(w) && POLICY_WORD.test(text.slice(w.length))));
  if (plan.concepts.every((c, i) => places.includes(i) || generic(c.text))) plan.applies = places;
}

/** Every Pagefind query string a plan needs for its concepts (each form's tokens), for the benchmark's counts. */
export function formQueries(c: Concept): string[] {
  return c.forms.map((f) => termTokens(f.text).join(' ')).filter(Boolean);
}

/**
 * What of a plan a clause text holds, to mark in it: the phrases, the writings of each term and
 * of its words that occur, longest first (a term is marked rather than its words).
 */
export function markNeedles(plan: QueryPlan, text: string): string[] {
  const norm = normalize(text);
  const all = [
    ...plan.phrases,
    ...plan.concepts.flatMap((c) => [
      ...c.forms.map((f) => f.text),
      ...c.parts.flatMap((p) => p.forms.map((f) => f.text)),
    ]),
  ];
  return [...new Set(all)].filter((n) => norm.includes(n)).sort((a, b) => b.length - a.length);
}
