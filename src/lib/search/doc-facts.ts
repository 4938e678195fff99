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

export const FACTS = ['validity', 'issuer', 'lead', 'number', 'date'] as const;
export type Fact = (typeof FACTS)[number];

/** The reference key of a fact (see reference.ts): `m` keeps it apart from numbering keys. */
export const factKey = (fact: Fact): string => `m${fact}`;

/** How readers ask for each fact, longest first when matched. */
const ASKED: Record<Fact, string[]> = {
  validity: [
    '什么时候失效',
    '何时失效',
    '是否有效',
    '是否失效',
    '还有效吗',
    '还有效',
    '还能申请吗',
    '还能申请',
    '能否申请',
    '现在还能用吗',
    '现行有效吗',
    '有效期多久',
    '有效期到',
    '有效期至',
    '有效期',
    '实施期限',
    '执行期限',
    '执行期',
    '实施期',
    '规划期',
    '截止时间',
    '到期',
    '失效',
    '过期',
    '时效',
    '期限',
  ],
  issuer: [
    '谁发布的',
    '谁发布',
    '谁印发',
    '谁制定',
    '谁出台',
    '发文机关',
    '发文单位',
    '发布机关',
    '发布单位',
    '哪个部门发的',
    '哪个部门',
    '制定机关',
    '印发机关',
  ],
  // Who leads the work the document sets (its 领导小组, 联席会议): a document-level fact, unlike the
  // 牵头单位 of each task in a 分工表, which is that row's text.
  lead: [
    '谁牵头',
    '谁负责',
    '牵头部门',
    '牵头单位',
    '负责部门',
    '主管部门',
    '哪个部门负责',
    '由谁负责',
    '组织领导',
    '领导小组',
  ],
  number: ['发文字号', '发文文号', '文号是多少', '文号', '字号', '发文号'],
  date: [
    '哪年发布',
    '哪一年发布',
    '什么时候发布',
    '何时发布',
    '何时印发',
    '什么时候印发',
    '什么时候出台',
    '哪年出台',
    '发布时间',
    '发布日期',
    '印发时间',
    '印发日期',
    '成文日期',
    '出台时间',
    '哪一年',
    '哪年',
    '哪天印发',
    '哪天发布',
    '哪天出台',
    '哪一天',
    '哪天',
    '几月几号',
    '几号印发',
    '什么时间印发',
    '什么时间发布',
  ],
};

const ASKED_LIST = FACTS.flatMap((f) => ASKED[f].map((w) => ({ fact: f, w: normalize(w) }))).sort(
  (a, b) => b.w.length - a.w.length,
);

/** Question particles left after the fact is taken out (…的, 吗, 呢, 是多少 …). */
const PARTICLES =
  /(?:是多少|是什么|是哪个|是哪年|是几号|多少|什么|请问|一下|现在|目前|如今|当前|这个|那个|这份|那份|呢|吗|啊|呀|[?？!！。，,的了是还该])/gu;

export interface FactQuestion {
  fact: Fact;
  /** The rest of the query: what names the document (无锡政策, 苏州行动计划); may be empty. */
  rest: string;
}

/** The fact a query asks about a document, or null when it asks none. */
export function factQuestion(query: string): FactQuestion | null {
  const q = normalize(query);
  const hit = ASKED_LIST.find((a) => q.includes(a.w));
  if (!hit) return null;
  const rest = q.replace(hit.w, '').replace(PARTICLES, '');
  return { fact: hit.fact, rest };
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

/** The facts a clause's own text states about its document. */
export function statedFacts(text: string, doc: FactSource): Fact[] {
  const t = normalize(text);
  const has = (s: string) => t.includes(normalize(s));
  const out: Fact[] = [];
  const holdsPeriod =
    doc.period !== null &&
    doc.period.start !== null &&
    new RegExp(`${doc.period.start}年?[—\\-–~至到]${doc.period.end}`, 'u').test(t);
  const validity =
    (doc.validUntil !== null && has(chineseDate(doc.validUntil))) ||
    /有效期|自.{0,12}之?日起(?:施行|实施|执行)|起(?:施行|实施|执行)/u.test(t) ||
    (holdsPeriod && /时限|期限|规划期|实施期|认定/u.test(t)) ||
    // A title line holding the period (三年行动计划（2020-2022年）) states it too.
    (holdsPeriod && [...t].length <= 40);
  if (validity) out.push('validity');
  // An issuer's name standing alone (the 红头 or the signature line), not a mention inside a sentence.
  if (doc.issuers.some((i) => has(i) && [...t].length <= [...normalize(i)].length + 12)) out.push('issuer');
  if (statesLead(t)) out.push('lead');
  if (doc.docNumber !== null && has(doc.docNumber)) out.push('number');
  const dates = [doc.dateWritten, doc.datePublished].filter((d): d is string => d !== null);
  if (dates.some((d) => has(chineseDate(d)))) out.push('date');
  return out;
}

/** What the card above the results calls each fact. */
export const FACT_NAMES: Record<Fact, string> = {
  validity: '时效性',
  issuer: '发文机关',
  lead: '牵头组织',
  number: '发文字号',
  date: '成文或发布日期',
};

export interface FactValues {
  /** 已失效（有效期至 2025-12-31）, 已结束（规划期 2021—2023）… */
  validity: string;
  issuer: string;
  lead: string;
  number: string;
  date: string;
}

/** The facts of a document as the card states them, 未载明 where the text does not say (computed at build time). */
export function factValues(
  doc: FactSource & {
    status: { code: string; label: string; basis: string };
    /** Whether a clause of the document says who leads its work (`statesLead`). */
    leadStated?: boolean;
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
    number: doc.docNumber ?? notStated,
    date: doc.dateWritten ?? doc.datePublished ?? notStated,
  };
}
