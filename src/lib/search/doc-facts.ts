/**
 * Questions about a document rather than a clause (issue 17): 什么时候失效, 谁发布的, 发文字号是多少,
 * 哪年发布, 现在还能申请吗. The answer comes from the policy's metadata (status, period, issuer, 文号,
 * date — 未载明 where the text does not say) and links to the clause that states it.
 *
 * Index side: `statedFacts` finds, at build time, the clauses whose text states each fact, and
 * each gets the hidden reference word of that fact (`factKey`), so that the question is looked up
 * like a clause reference (one index word, whatever the corpus size).
 * Query side: `factQuestion` reads the fact asked and leaves the words that name the document.
 */
import { normalize } from './normalize.ts';

export const FACTS = ['validity', 'issuer', 'lead', 'interpreter', 'number', 'date'] as const;
export type Fact = (typeof FACTS)[number];

/** The reference key of a fact (see reference.ts): `m` keeps it apart from numbering keys. */
export const factKey = (fact: Fact): string => `m${fact}`;

/*
 * How readers ask for each fact. Not a list of phrasings: a question word (when, who) joined to a
 * verb of the fact (印发, 失效, 施行), or a noun for it (文号, 有效期, 发文机关), so that 哪个部门印发的,
 * 啥时候到期, 执行到哪年, 发文日期 and 什么时候开始实施 are all read without being listed.
 */
const WHEN = '(?:什么时候|什么时间|啥时候?|何时|哪年|哪一年|哪天|哪一天|哪个月|几月几[号日]|几月|几号|多会儿?)';
const WHO = '(?:谁|哪个|哪家|哪些|哪一个|什么)(?:部门|单位|机关|机构|政府|领导)?';
/** Issuing bodies a reader names when asking which of them issued it (市委还是市政府发的). */
const ORGAN = '(?:[市区县省]委|[市区县省]政府|管委会|党委|政府|[市区县省]?委?办公[室厅])';
const ISSUE = '(?:发布|印发|发文|出台|颁布|下发|下达|制定|出的|发的)';
const START = '(?:开始)?(?:施行|实施|执行|生效|起效|启动)';
const END = '(?:失效|到期|截止|结束|过期|废止|作废|终止)';
const APPLY = '(?:申请|申报|享受|兑现|适用|用)';

/** Patterns in the order they are tried: the more specific fact first (谁负责解释 before 谁负责). */
const ASKED: [Fact, RegExp][] = [
  ['number', /发文字号|发文文号|文号|字号|发文号|几号文/u],
  ['interpreter', /(?:谁|哪个部门|哪个单位|由谁)(?:来)?(?:负责)?解释|解释权|解释(?:机关|单位|部门)|负责解释/u],
  [
    'lead',
    /谁牵头|谁负责|由谁负责|哪个部门负责|哪个单位负责|牵头(?:部门|单位)|负责(?:部门|单位)|主管(?:部门|单位)|组织领导|领导小组|牵头抓总|抓总/u,
  ],
  [
    'validity',
    new RegExp(
      [
        `${WHEN}(?:开始|起)?${END}`,
        `${WHEN}(?:开始|起)?${START}`,
        `(?:执行|实施|施行|有效|适用|管)(?:到|至|期到)(?:${WHEN}|什么时候|几几年)?`,
        `到${WHEN}`,
        `(?:执行|实施|施行|有效|管)(?:几年|多少年|多久|年限)`,
        `(?:是否|还)(?:还)?在(?:执行|实施|施行|用)`,
        `(?:现在|目前|如今|今年|还)(?:能|可以|可|能否|能不能)${APPLY}`,
        `(?:能否|能不能|可否)${APPLY}`,
        `还(?:有效|管用|算数|适用)`,
        `(?:现行|仍然|依然|是否)(?:有效|失效)`,
        '有效期',
        '(?:覆盖|涵盖|包括|跨)?哪几年',
        '目标年(?:份)?',
        '时效',
        '(?:执行|实施|规划|有效|适用)?期限',
        '(?:规划|实施|执行)期',
        '截止时间',
        '起止时间',
        '开始实施',
        `(?:施行|实施|生效)(?:日期|时间)`,
        END,
      ].join('|'),
      'u',
    ),
  ],
  [
    'issuer',
    new RegExp(
      `${WHO}(?:来)?(?:联合|共同)?${ISSUE}|${ISSUE}(?:的)?(?:机关|单位|部门|机构|主体)|出自哪|哪里发的|谁发|谁定的|${ORGAN}(?:还是|或者?)${ORGAN}(?:来)?${ISSUE}|(?:署名|落款)(?:单位|机关|部门)?(?!日期|时间)`,
      'u',
    ),
  ],
  [
    'date',
    new RegExp(
      `${WHEN}(?:开始)?${ISSUE}|${ISSUE}(?:的)?(?:日期|时间|年份|年月|日子)|(?:成文|落款|签发)(?:日期|时间)|${WHEN}的(?:政策|文件|文)|几几年|哪年|哪一年`,
      'u',
    ),
  ],
];

/** Question particles left after the fact is taken out (…的, 吗, 呢, 是多少 …). */
const PARTICLES =
  /(?:是?(?:几个月|多少个月|几年|多少年)|是多少|是什么|是哪个|是哪年|是几号|有哪几个|有哪几家|有哪些|哪几个|哪几家|哪几|哪些|几个|几家|分别|都有|什么时候|啥时候|哪一天|哪一年|哪天|哪年|何时|几时|哪个部门|哪个单位|哪个机构|哪家机构|多长时间|多久|多长|多少|什么|请问|一下|现在|目前|如今|当前|今年|这个|那个|这份|那份|有没有|没有|归属|属于|为止|具体|还在|在内|呢|吗|啊|呀|[?？!！。，,、的了是还该谁由归没从自起内])/gu;

export interface FactQuestion {
  fact: Fact;
  /** The rest of the query: what names the document (无锡政策, 苏州行动计划); may be empty. */
  rest: string;
}

/** The fact a query asks about a document, or null when it asks none. */
export function factQuestion(query: string): FactQuestion | null {
  const q = normalize(query);
  for (const [fact, pattern] of ASKED) {
    const m = pattern.exec(q);
    if (!m) continue;
    // 什么时候出台、有效期多久: a second fact asked beside the first is no part of the document's name.
    let rest = q.slice(0, m.index) + q.slice(m.index + m[0].length);
    for (const [, other] of ASKED) rest = rest.replace(other, '');
    // 2023年以后还能申请吗, 2026年还能申报吗: the year the reader asks about is no part of the name either.
    rest = rest.replace(/(?:19|20)\d{2}年(?:以后|之后|以前|之前|后|前|底|初|(?=还|能|可|吗|呢)|$)/gu, '');
    // 牵头抓总的是哪个机构: what the asking word asked for (机构, 部门) is no part of the name.
    return { fact, rest: rest.replace(PARTICLES, '').replace(/(?:机构|部门|单位)$/u, '') };
  }
  return null;
}

export interface FactSource {
  validUntil: string | null;
  period: { start: number | null; end: number } | null;
  issuers: string[];
  docNumber: string | null;
  dateWritten: string | null;
  datePublished: string | null;
}

/** 2025-12-31 → 2025年12月31日, as the texts write dates. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Whether a clause says who leads the document's work (成立…领导小组, 联席会议, 组织领导). */
export const statesLead = (text: string): boolean => /领导小组|联席会议|组织领导|统筹协调/u.test(text);

/**
 * Who interprets the document, in its own words (本意见由市工业和信息化局负责解释 → 市工业和信息化局),
 * or null when the text does not say.
 */
export function interpreterIn(text: string): string | null {
  const m = /由([^，。；、：]{2,40}?)(?:会同[^，。；]{0,30}?)?负责解释/u.exec(text);
  return m ? m[1]! : null;
}

/** A sentence stating how long a document holds: 有效期至…, 自印发之日起施行, …起实施. */
const STATES_VALIDITY = /有效期|自.{0,12}之?日起(?:施行|实施|执行)|起(?:施行|实施|执行)/u;

/** The facts a clause's own text states about its document. */
export function statedFacts(text: string, doc: FactSource): Fact[] {
  const t = normalize(text);
  const has = (s: string) => t.includes(normalize(s));
  const out: Fact[] = [];
  const holdsPeriod =
    doc.period !== null &&
    doc.period.start !== null &&
    new RegExp(`${doc.period.start}年?[—\\-–~至到]${doc.period.end}`, 'u').test(t);
  const holdsEnd =
    doc.period !== null &&
    doc.period.start === null &&
    new RegExp(`${doc.period.end}年?(?:行动计划|计划|规划|方案)`, 'u').test(t);
  const validity =
    (doc.validUntil !== null && has(chineseDate(doc.validUntil))) ||
    STATES_VALIDITY.test(t) ||
    (holdsPeriod && /时限|期限|规划期|实施期|认定/u.test(t)) ||
    // A title line holding the period (三年行动计划（2020-2022年）) states it too, and so does one
    // naming only the year a plan runs to (2025行动计划), when that is all the document says.
    ((holdsPeriod || holdsEnd) && [...t].length <= 40);
  if (validity) out.push('validity');
  // An issuer's name standing alone (the 红头 or the signature line), not a mention inside a sentence.
  if (doc.issuers.some((i) => has(i) && [...t].length <= [...normalize(i)].length + 12)) out.push('issuer');
  if (statesLead(t)) out.push('lead');
  if (interpreterIn(text) !== null) out.push('interpreter');
  if (doc.docNumber !== null && has(doc.docNumber)) out.push('number');
  const dates = [doc.dateWritten, doc.datePublished].filter((d): d is string => d !== null);
  if (dates.some((d) => has(chineseDate(d)))) out.push('date');
  return out;
}

/**
 * Among the clauses stating a fact, how directly each says it (0 first): the sentence that states
 * it outright before a line that implies it. Validity: 有效期至… or 自印发之日起施行 (0) before a title
 * holding the period (1) and a deadline for something else in the period (项目认定时限, 2). Issuer:
 * the signature line (0) before the 红头 (中共苏州市委办公室文件, 1), which names the office
 * whose paper it is printed on. Other facts: one kind of line states them (0).
 */
export function factOrder(fact: Fact, text: string): number {
  const t = normalize(text);
  if (fact === 'validity') {
    if (STATES_VALIDITY.test(t)) return 0;
    return /时限|期限|认定/u.test(t) ? 2 : 1;
  }
  if (fact === 'issuer') return /文件$/u.test(t) ? 1 : 0;
  return 0;
}

/** What the card above the results calls each fact. */
export const FACT_NAMES: Record<Fact, string> = {
  validity: '时效性',
  issuer: '发文机关',
  lead: '牵头组织',
  interpreter: '解释机关',
  number: '发文字号',
  date: '成文或发布日期',
};

export interface FactValues {
  /** 已失效（有效期至 2025-12-31）, 已结束（规划期 2021—2023）… */
  validity: string;
  issuer: string;
  lead: string;
  interpreter: string;
  number: string;
  date: string;
}

/** The facts of a document as the card states them, 未载明 where the text does not say (computed at build time). */
export function factValues(
  doc: FactSource & {
    status: { code: string; label: string; basis: string };
    /** Whether a clause of the document says who leads its work (`statesLead`). */
    leadStated?: boolean;
    /** Who interprets it, as a clause of it says (`interpreterIn`), if one does. */
    interpreter?: string | null;
  },
  notStated: string,
): FactValues {
  return {
    validity:
      doc.status.code === 'unknown'
        ? `${notStated}（文中未写有效期或规划期）`
        : `${doc.status.label}（${doc.status.basis}）`,
    issuer: doc.issuers.length ? doc.issuers.join('、') : notStated,
    // Who leads is said in a clause's own words (成立…领导小组), not in the metadata: the card points to it.
    lead: doc.leadStated ? '见下方载明组织领导的条款' : notStated,
    interpreter: doc.interpreter ?? notStated,
    number: doc.docNumber ?? notStated,
    date: doc.dateWritten ?? doc.datePublished ?? notStated,
  };
}

/** Where the search page fetches the facts of every policy (src/pages/search/facts.json.ts). */
export const SEARCH_FACTS_PATH = '/search/facts.json';

/** What `factsByPolicy` reads of a policy. */
export interface FactPolicy {
  id: string;
  data: FactSource;
  status: { code: string; label: string; basis: string };
  clauses: { ownText: string }[];
}

/** Each policy's facts (`factValues`), keyed by its ID in the policies' order. */
export function factsByPolicy(policies: readonly FactPolicy[], notStated: string): Record<string, FactValues> {
  return Object.fromEntries(
    policies.map((p) => [
      p.id,
      factValues(
        {
          ...p.data,
          status: p.status,
          leadStated: p.clauses.some((c) => statesLead(c.ownText)),
          interpreter: p.clauses.map((c) => interpreterIn(c.ownText)).find((i) => i !== null) ?? null,
        },
        notStated,
      ),
    ]),
  );
}
