/**
 * retrieve.ts against a small fake index with Pagefind's behaviour: a record is returned when it
 * holds every word of the query (a superset of the clauses holding the term), reference words
 * match as prefixes, filters narrow by value.
 */
import { describe, expect, it } from 'vitest';
import { refWord } from './reference.ts';
import { BOUNDARY, normalize } from './normalize.ts';
import { groupsOf } from './groups.ts';
import { pinyin } from 'pinyin-pro';
import { parseSounds, soundTable } from './sounds.ts';
import { placeLexicon } from './places.ts';
import { understand, type PlanContext, type QueryPlan } from './plan.ts';
import { intlSegment } from './question.ts';
import {
  advance,
  answer,
  BATCH,
  CHECK_AT_ONCE,
  complete,
  MAX_SEARCHES,
  PAGE_SIZE,
  fetchTexts,
  judge,
  partCounts,
  retrieve,
  suggestCorrections,
  tally,
  termInSupport,
  type ClauseData,
  type Engine,
  type Filters,
} from './retrieve.ts';
import { buildVocabulary } from './vocabulary.ts';

interface Rec {
  id: string;
  text: string;
  label?: string;
  refs?: string[];
  region?: string;
  has?: string[];
  pays?: string;
}

const records: Rec[] = [
  {
    id: 'w-i1',
    text: '1.创新药研发资助。对开展临床试验的1类创新药，给予最高3500万元资助。',
    region: 'wuxi',
    has: ['subsidy'],
    pays: '_10x40',
  },
  {
    id: 'k-row2',
    text: `2${BOUNDARY}加快创新药物研发${BOUNDARY}对创新药临床试验予以资源倾斜。`,
    region: 'kunshan',
    refs: ['w2'],
    label: '序号2',
  },
  { id: 'n-r1', text: '一是支持新药开展临床实验，予以最高400万元资助。', region: 'snd', has: ['subsidy'] },
  { id: 's-box4', text: '专栏4 加强临床试验服务能力', region: 'suzhou', refs: ['b4'], label: '专栏4' },
  {
    id: 's-box4-2',
    text: '2. 临床试验能力建设补贴',
    region: 'suzhou',
    refs: ['b4i2'],
    label: '专栏4第2项',
    has: ['subsidy'],
  },
  { id: 's-box4-1', text: '1. 推进三级三甲医院建设', region: 'suzhou', refs: ['b4i1'], label: '专栏4第1项' },
  {
    id: 'w-c12',
    text: '（十二）支持上市许可持有人（MAH）发展。',
    region: 'wuxi',
    refs: ['t12', 'c12'],
    label: '第（十二）条',
  },
  { id: 't-c12', text: '（十二）另一个十二', region: 'taicang', refs: ['c12'], label: '二、（十二）' },
  { id: 's-r5', text: '五是对参加国家集中带量采购中标的企业给予奖励。', region: 'suzhou', has: ['subsidy'] },
  { id: 's-box1-3', text: '进入国家集采目录的药品', region: 'suzhou' },
  { id: 'x-immune', text: '免疫诊断设备和细胞治疗', region: 'suzhou' },
  { id: 's-box12', text: '专栏12 测试平台', region: 'suzhou', refs: ['b12'], label: '专栏12' },
  { id: 's-box12-10', text: '10. 测试平台运营', region: 'suzhou', refs: ['b12i10'], label: '专栏12第10项' },
  { id: 's-box12-1', text: '1. 测试平台建设', region: 'suzhou', refs: ['b12i1'], label: '专栏12第1项' },
  { id: 's-box12-9', text: '9. 测试平台评估', region: 'suzhou', refs: ['b12i9'], label: '专栏12第9项' },
];

const regionsOf: Record<string, string[]> = {
  wuxi: ['wuxi'],
  kunshan: ['kunshan', 'suzhou'],
  snd: ['snd', 'suzhou'],
  suzhou: ['suzhou'],
  taicang: ['taicang', 'suzhou'],
};

function data(r: Rec): ClauseData {
  return {
    url: `/policies/p/#${r.id}`,
    content: r.text,
    meta: { label: `_${r.label ?? r.id}`, pays: r.pays ?? '' },
    filters: { region: regionsOf[r.region ?? 'wuxi']!, has: r.has ?? [] },
  };
}

function matchesFilter(r: Rec, filters: Filters): boolean {
  const region = filters.region;
  const values = regionsOf[r.region ?? 'wuxi']!;
  if (typeof region === 'string') return values.includes(region);
  if (region && typeof region === 'object' && 'any' in region)
    return (region.any as string[]).some((v) => values.includes(v));
  return true;
}

function fakeEngine(log: string[] = [], from: Rec[] = records): Engine {
  return {
    search(query, filters) {
      log.push(query);
      const words = query.split(' ').filter(Boolean);
      const found = from
        .filter((r) => matchesFilter(r, filters))
        .filter((r) =>
          words.every((w) =>
            w.startsWith('__') ? (r.refs ?? []).some((k) => refWord(k).startsWith(w)) : normalize(r.text).includes(w),
          ),
        )
        .map((r, i) => ({ id: r.id, score: 1 / (i + 1), words: [], data: () => Promise.resolve(data(r)) }));
      return Promise.resolve(found);
    },
  };
}

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city' },
];
const ctxPlan: PlanContext = {
  vocabulary: buildVocabulary([
    { id: 'vp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
    { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
  ]),
  places: placeLexicon(regions),
  policies: [],
  lexicon: ['临床试验', '创新药'],
  segment: intlSegment,
};
const ids = (r: { list: { result: { id: string } }[] }) => r.list.map((h) => h.result.id);
const ctx = (log?: string[]) => ({ engine: fakeEngine(log), cache: new Map() });

describe('retrieve', () => {
  it('lands a citation on the clause whose label reads as typed first, then the other readings', async () => {
    const r = await retrieve(ctx(), understand('（十二）', ctxPlan), {});
    expect(r.byReference).toBe(true);
    expect(ids(r)).toEqual(['w-c12', 't-c12']);
    expect(r.list.every((h) => h.reference)).toBe(true);
    // Neither label reads （十二） as typed.
    expect(r.list.map((h) => h.reference?.exactLabel)).toEqual([false, false]);
    // One index query for its reference word, none for a box's items.
    expect(r.searches).toBe(1);
    const t = await retrieve(ctx(), understand('第（十二）条', ctxPlan), {});
    expect(ids(t)).toEqual(['w-c12']);
    expect(t.list[0]!.reference).toEqual({ exactLabel: true, words: false });
    // Words typed after the number, as the clause's subject: the clause holding them first.
    // (The plan of 无锡意见 （十二） 另一个: a reference whose text goes on with words, and its text reading.)
    const number = understand('（十二）', ctxPlan);
    const worded = await retrieve(
      ctx(),
      {
        ...number,
        reference: { ...number.reference!, text: '(十二)另一个' },
        asText: understand('另一个', ctxPlan),
      },
      {},
    );
    expect(ids(worded)).toEqual(['t-c12', 'w-c12']);
    expect(worded.list.map((h) => h.reference?.words)).toEqual([true, false]);
  });

  it('lists a box with its items after it, in their order', async () => {
    const r = await retrieve(ctx(), understand('专栏4', ctxPlan), {});
    expect(ids(r)).toEqual(['s-box4', 's-box4-1', 's-box4-2']);
    expect(r.searches).toBe(2);
    // The box, then its items: one record and two found by the items' query, all checked.
    expect([r.candidates, r.checked]).toEqual([3, 3]);
    expect(r.list.map((h) => h.order)).toEqual([0, 2, 1]);
    // Items by their number: 第9项 before 第10项.
    expect(ids(await retrieve(ctx(), understand('专栏12', ctxPlan), {}))).toEqual([
      's-box12',
      's-box12-1',
      's-box12-9',
      's-box12-10',
    ]);
    // A box's item is no box: its own items are not looked for.
    const item = await retrieve(ctx(), understand('专栏4第2项', ctxPlan), {});
    expect([ids(item), item.searches]).toEqual([['s-box4-2'], 1]);
  });

  it('lists the clause a point or box item stands in after it, only when the number names one clause (stop 24)', async () => {
    // Records under real clause IDs, carrying the keys clauseRefKeys gives them.
    const nested: Rec[] = [
      { id: 'box4', text: '专栏4 加强临床试验服务能力', refs: ['b4'], label: '专栏4' },
      { id: 'box4-2', text: '2. 建设临床试验机构', refs: ['b4i2'], label: '专栏4第2项' },
      { id: 's3', text: '三、重点任务', refs: ['s3'], label: '三、' },
      { id: 's3-c12', text: '（十二）支持临床试验', refs: ['s3c12', 'c12'], label: '（十二）' },
      { id: 's3-c12-i1', text: '1. 临床试验机构建设', refs: ['s3c12i1', 'c12i1'], label: '（十二）1.' },
      { id: 'p1', text: '为加快发展，制定本计划。', refs: ['p1'], label: '第1段' },
    ];
    const over = { engine: fakeEngine([], nested), cache: new Map() };
    const item = await retrieve(over, understand('专栏4第2项', ctxPlan), {});
    expect(ids(item)).toEqual(['box4-2', 'box4']);
    expect(item.list.map((h) => [Boolean(h.reference), h.parent === true])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(ids(await retrieve(over, understand('（十二）1.', ctxPlan), {}))).toEqual(['s3-c12-i1', 's3-c12']);
    expect(ids(await retrieve(over, understand('（十二）', ctxPlan), {}))).toEqual(['s3-c12', 's3']);
    // A paragraph stands in nothing; a box lists its items, not what it stands in.
    expect(ids(await retrieve(over, understand('第1段', ctxPlan), {}))).toEqual(['p1']);
    expect(ids(await retrieve(over, understand('专栏4', ctxPlan), {}))).toEqual(['box4', 'box4-2']);
    // A table group named by its heading alone: its rows follow it, in their order.
    const table: Rec[] = [
      { id: 'g5', text: '实施数字技术融合应用计划', refs: ['hcode'], label: '第5组' },
      { id: 'row17', text: '17 数字化车间', refs: ['w17', 'g5i2'], label: '序号17' },
      { id: 'row16', text: '16 人工智能药物发现', refs: ['w16', 'g5i1'], label: '序号16' },
      { id: 'row15', text: '15 人才培养', refs: ['w15', 'g4i3'], label: '序号15' },
    ];
    const heading = { ...understand('专栏4', ctxPlan), reference: { keys: ['hcode'], text: '数字技术', alone: true } };
    const grouped = await retrieve({ engine: fakeEngine([], table), cache: new Map() }, heading, {});
    expect(ids(grouped)).toEqual(['g5', 'row16', 'row17']);
    // The list's groups: the parent is a result (it holds the clause), the status counts one named.
    const g = groupsOf(item);
    expect(g.full.map((h) => h.result.id)).toEqual(['box4-2', 'box4']);
  });

  it('finds every writing of a term, the typed one and variants before synonyms', async () => {
    const r = await retrieve(ctx(), understand('集采', ctxPlan), {});
    expect(ids(r)[0]).toBe('s-box1-3');
    expect(new Set(ids(r))).toEqual(new Set(['s-box1-3', 's-r5']));
    expect(r.list[1]!.match.synonyms).toEqual(['集中带量采购']);
    const v = await retrieve(ctx(), understand('临床实验', ctxPlan), {});
    expect(ids(v)).toContain('w-i1');
    expect(ids(v)).toContain('n-r1');
  });

  it('ranks the clause that pays for what a question asks about first', async () => {
    const r = await retrieve(ctx(), understand('创新药临床试验有什么奖励', ctxPlan), {});
    expect(ids(r)[0]).toBe('w-i1');
    expect(ids(r)).toContain('k-row2');
    expect(termInSupport(data(records[0]!), understand('临床试验', ctxPlan))).toBe(true);
    expect(termInSupport(data(records[0]!), understand('医疗器械', ctxPlan))).toBe(false);
    expect(termInSupport(data(records[1]!), understand('临床试验', ctxPlan))).toBe(false);
  });

  it('narrows by region filters', async () => {
    const r = await retrieve(ctx(), understand('临床试验', ctxPlan), { region: 'suzhou' });
    expect(ids(r).every((id) => ['k-row2', 'n-r1', 's-box4', 's-box4-2'].includes(id))).toBe(true);
    expect(ids(r)).not.toContain('w-i1');
    expect(tally(r, 'region').suzhou).toBe(r.list.length);
    expect(complete(r)).toBe(true);
  });

  it('looks for a term’s words when no clause holds it whole, and counts them', async () => {
    const r = await retrieve(ctx(), understand('免疫细胞治疗', ctxPlan), {});
    expect(r.byParts).toBe(true);
    expect(ids(r)[0]).toBe('x-immune');
    // Found by its words only: one candidate, one text checked.
    expect([r.candidates, r.checked]).toEqual([1, 1]);
    expect(r.list[0]!.match.exact).toBe(false);
    expect(partCounts(r).map((s) => s.term)).toContain('免疫');
    // The answer records that the term was read as its words (the page then lists such clauses as results).
    expect(r.byWords).toEqual([true]);
  });

  it('a filter never adds clauses the unfiltered list lacks: words are searched by the whole corpus’s count', async () => {
    // Three 无锡 clauses hold 细胞治疗 whole; the one 太仓 clause holds only its words, apart.
    const own: Rec[] = [
      { id: 'w1', text: '支持细胞治疗产品研发。', region: 'wuxi' },
      { id: 'w2', text: '推动细胞治疗临床转化。', region: 'wuxi' },
      { id: 'w3', text: '建设细胞治疗平台。', region: 'wuxi' },
      { id: 't1', text: '干细胞库和肿瘤治疗中心。', region: 'taicang' },
    ];
    const plan = understand('细胞治疗', ctxPlan);
    expect(plan.concepts[0]!.parts.map((p) => p.text)).toEqual(['细胞', '治疗']);
    const search = (filters: Filters, log: string[] = []) =>
      retrieve({ engine: fakeEngine(log, own), cache: new Map() }, plan, filters);
    const all = await search({});
    expect(ids(all).sort()).toEqual(['w1', 'w2', 'w3']);
    // Three clauses hold it whole: it is not read as its words, with or without a filter.
    expect(all.byWords).toEqual([false]);
    const log: string[] = [];
    const taicang = await search({ region: 'taicang' }, log);
    expect(ids(taicang)).toEqual([]);
    // …which took one unfiltered look at the term, not a search by its words.
    expect(log.filter((q) => q === '细胞').length).toBe(0);
    // With fewer than three holders in the whole corpus, the words are searched, filtered or not.
    const rare = own.filter((r) => r.id !== 'w3');
    const rareSearch = (filters: Filters) =>
      retrieve({ engine: fakeEngine([], rare), cache: new Map() }, plan, filters);
    expect(ids(await rareSearch({})).sort()).toEqual(['t1', 'w1', 'w2']);
    expect(ids(await rareSearch({ region: 'taicang' }))).toEqual(['t1']);
    // A place typed is part of the question: no 无锡 clause holds the term whole, so its words are
    // how 无锡's text says it, whatever the other places' texts write.
    const others: Rec[] = [
      { id: 's1', text: '支持细胞治疗产品研发。', region: 'suzhou' },
      { id: 's2', text: '推动细胞治疗临床转化。', region: 'suzhou' },
      { id: 's3', text: '建设细胞治疗平台。', region: 'suzhou' },
      { id: 'w9', text: '干细胞库和肿瘤治疗中心。', region: 'wuxi' },
    ];
    const typed = understand('无锡 细胞治疗', ctxPlan);
    expect(typed.places.map((p) => p.region)).toEqual(['wuxi']);
    const there = await retrieve({ engine: fakeEngine([], others), cache: new Map() }, typed, { region: 'wuxi' });
    expect([ids(there), there.byWords]).toEqual([['w9'], [true]]);
    // Chosen in the panel instead, the filter narrows the unfiltered answer: nothing.
    const chosen = await retrieve({ engine: fakeEngine([], others), cache: new Map() }, plan, { region: 'wuxi' });
    expect(ids(chosen)).toEqual([]);
  });

  it('reads each term by its words when no clause holds all the terms whole, filtered or not (issue 17)', async () => {
    // Three clauses hold 临床试验机构 whole (so it is not rare), none with 专业; one holds its words and 专业.
    const own: Rec[] = [
      { id: 'a1', text: '支持临床试验机构建设。', region: 'wuxi' },
      { id: 'a2', text: '推动临床试验机构备案。', region: 'wuxi' },
      { id: 'a3', text: '临床试验机构扩容。', region: 'wuxi' },
      { id: 'b1', text: '对开展临床试验的医疗机构，每个通过认定专业给予资助。', region: 'suzhou' },
    ];
    const plan = understand('临床试验机构 专业', ctxPlan);
    const search = (recs: Rec[], filters: Filters) =>
      retrieve({ engine: fakeEngine([], recs), cache: new Map() }, plan, filters);
    const all = await search(own, {});
    expect(all.byWords[0]).toBe(true);
    expect(ids(all)).toContain('b1');
    // With a filter, the same reading: the whole corpus has no clause holding both whole.
    const suzhou = await search(own, { region: 'suzhou' });
    expect(suzhou.byWords[0]).toBe(true);
    expect(ids(suzhou)).toEqual(['b1']);
    // Once a clause anywhere holds both whole, the term is held whole only — with the filter too.
    const both = [...own, { id: 'a4', text: '临床试验机构每个专业。', region: 'wuxi' }];
    expect((await search(both, {})).byWords[0]).toBe(false);
    expect((await search(both, { region: 'suzhou' })).byWords[0]).toBe(false);
  });

  it('returns nothing for nothing, and bounds the index queries', async () => {
    const log: string[] = [];
    const r = await retrieve(ctx(log), understand('量子纠缠望远镜', ctxPlan), {});
    expect(r.list).toEqual([]);
    expect(r.searches).toBeLessThanOrEqual(24);
    expect((await retrieve(ctx(), understand('', ctxPlan), {})).list).toEqual([]);
  });

  it('corrects a one-character slip from the texts and shows its results', async () => {
    const plan = understand('临床式验', ctxPlan);
    // Four records write 临床试验, one 临床实验.
    expect(await suggestCorrections(ctx(), '临床式验', {})).toEqual([
      { term: '临床试验', count: 4 },
      { term: '临床实验', count: 1 },
    ]);
    const a = await answer(ctx(), plan, {}, (t) => understand(t, ctxPlan));
    expect(a.corrected).toEqual({ term: '临床试验', count: 4 });
    expect(ids(a.results)).toContain('w-i1');
    const none = await answer(ctx(), understand('量子纠缠望远镜', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(none.corrected).toBeNull();
    const cited = await answer(ctx(), understand('（十二）', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(cited.typos).toEqual([]);
    expect(cited.pieces).toEqual([]);
    // A term beside others is corrected too, the query shown as searched (issue 17).
    const two = await answer(ctx(), understand('临床式验 资助', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(two.corrected).toEqual({ term: '临床试验 资助', count: 4 });
    // The three most frequent corrections, or as many as asked for.
    expect(await suggestCorrections(ctx(), '临床式验', {}, 1)).toEqual([{ term: '临床试验', count: 4 }]);
  });

  it('with nothing found, counts the parts of the query that clauses hold (房租补贴 → 补贴)', async () => {
    const replan = (t: string) => understand(t, ctxPlan);
    // No record holds 房租; one holds 补贴 (专栏4第2项).
    const a = await answer(ctx(), understand('房租补贴', ctxPlan), {}, replan);
    expect(a.results.list).toEqual([]);
    expect(a.pieces).toEqual([{ term: '补贴', count: 1 }]);
    // Two terms, neither held: each is tried alone; 资助 is held by two records (w-i1, n-r1).
    const two = await answer(ctx(), understand('量子纠缠 资助', ctxPlan), {}, replan);
    expect(two.results.list.length).toBeGreaterThan(0);
    expect(two.pieces).toEqual([]);
    const filtered = await answer(ctx(), understand('房租补贴', ctxPlan), { region: 'wuxi' }, replan);
    expect(filtered.pieces).toEqual([]);
  });

  it('searches a reference that names no clause as text in the documents it named, else under its own filters', async () => {
    const plan = understand('（十二）', ctxPlan);
    plan.asText = understand('临床试验', ctxPlan, { references: false });
    // The reference's filter (a document or region it named) holds no clause.
    const narrowed = { region: 'nowhere' };
    const kept = await answer(ctx(), plan, narrowed, (t) => understand(t, ctxPlan));
    expect(kept.results.list).toEqual([]);
    const freed = await answer(
      ctx(),
      plan,
      narrowed,
      (t) => understand(t, ctxPlan),
      () => ({}),
    );
    expect(ids(freed.results)).toContain('w-i1');
    // Filters that exclude each other for the text reading: nothing more is searched.
    const none = await answer(
      ctx(),
      plan,
      narrowed,
      (t) => understand(t, ctxPlan),
      () => null,
    );
    expect(none.results.list).toEqual([]);
    // The named documents hold an answer: it stands (昆山's, not every region's).
    const within = await answer(
      ctx(),
      plan,
      { region: 'kunshan' },
      (t) => understand(t, ctxPlan),
      () => ({}),
    );
    expect(ids(within.results)).toEqual(['k-row2']);
  });

  it('corrects a slip in a long term whose correction no text holds whole, only when a clause then holds it all', async () => {
    const { ctx: c } = bigIndex(['支持知识产权质押，推进未来收益权质押融资', '知识产权保护', '融资租赁']);
    const replan = (t: string) => understand(t, ctxPlan);
    const a = await answer(c, understand('知识产权质压融资', ctxPlan), {}, replan);
    expect(a.corrected?.term).toBe('知识产权质押融资');
    expect(groupsOf(a.results).full.map((h) => h.result.id)).toEqual(['r0']);
    // Beside another term, the query is searched with the slip corrected.
    const two = await answer(c, understand('知识产权质压融资 推进', ctxPlan), {}, replan);
    expect(two.corrected?.term).toBe('知识产权质押融资 推进');
    // No clause holding the corrected term's words: no correction is offered as an answer.
    const { ctx: d } = bigIndex(['收益权质押融资', '知识产权保护']);
    const none = await answer(d, understand('知识产权质压融资', ctxPlan), {}, replan);
    expect(none.corrected).toBeNull();
  });

  it('reads a term no clause holds as a shortening (临责险, 国标), only when a clause then holds every term', async () => {
    const { ctx: c } = bigIndex([
      '对投保临床试验责任保险的企业给予保费补贴',
      '主导制修订国家标准的给予奖励',
      '其他补贴',
    ]);
    const replan = (t: string) => understand(t, ctxPlan);
    const one = await answer(c, understand('临责险', ctxPlan), {}, replan);
    expect(one.corrected?.term).toBe('临床试验责任保险');
    expect(groupsOf(one.results).full.map((h) => h.result.id)).toEqual(['r0']);
    const two = await answer(c, understand('国标 奖励', ctxPlan), {}, replan);
    expect(two.corrected?.term).toBe('国家标准 奖励');
    expect(groupsOf(two.results).full.map((h) => h.result.id)).toEqual(['r1']);
    // Before a one-character slip: 临床试验险 is not 临床试验机, which more clauses hold.
    const { ctx: d } = bigIndex(['投保临床试验责任保险', '临床试验机构', '临床试验机构建设']);
    const slip = await answer(d, understand('临床试验险', ctxPlan), {}, replan);
    expect(slip.corrected?.term).toBe('临床试验责任保险');
    // The writing found leaves another term unheld: not offered as the answer.
    const none = await answer(c, understand('国标 贷款', ctxPlan), {}, replan);
    expect(none.corrected).toBeNull();
    expect(groupsOf(none.results).full).toEqual([]);
  });

  it('leaves a question its main words answer as it is: no shortening of a word it does without', async () => {
    const { ctx: index } = bigIndex(['支持具有独立法人资格的企业', '必要时须报告', '其他企业']);
    // 必须 names no place outside the corpus.
    const c = { ...index, outside: () => Promise.resolve(false) };
    const a = await answer(c, understand('企业必须是独立法人吗', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(a.corrected).toBeNull();
    expect(groupsOf(a.results).full.map((h) => h.result.id)).toEqual(['r0']);
  });

  it('reads a term that only asks about support terms beside a support word as asking (技改 补助 上限)', async () => {
    const { ctx: c } = bigIndex(['对企业技术改造给予补助，最高500万元', '技术改造示范', '其他补助']);
    const a = await answer(c, understand('技术改造 补助 上限', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(groupsOf(a.results).full.map((h) => h.result.id)).toEqual(['r0']);
    // Alone, 上限 is what the reader looks for.
    expect(understand('上限', ctxPlan).concepts.map((x) => x.text)).toEqual(['上限']);
  });

  it('corrects a slip in one term of several when no clause holds them together (issue 17)', async () => {
    const { ctx: c } = bigIndex(['免疫细胞治疗项目补贴', '免疫细胞治疗', '其他补贴']);
    const a = await answer(c, understand('免疫细胞治了 补贴', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(a.corrected?.term).toBe('免疫细胞治疗 补贴');
    expect(ids(a.results)[0]).toBe('r0');
    // Terms held together: nothing to correct; a short term is never corrected.
    const held = await answer(c, understand('免疫细胞治疗 补贴', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(held.corrected).toBeNull();
    const short = await answer(c, understand('胞治了 补贴', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(short.corrected).toBeNull();
  });

  it('corrects a slip in a three-character term of several only to a word the search knows (issue 17)', async () => {
    const { ctx: c } = bigIndex(['小核酸药物研发', '小核酸药物产业', '小核查药物']);
    const plan = understand('小核算 药物', ctxPlan);
    const replan = (t: string) => understand(t, ctxPlan);
    // Without the list of known words, never: three characters leave many near writings.
    expect((await answer(c, plan, {}, replan)).corrected).toBeNull();
    const knows = (words: string[]) => ({ ...c, isWord: (w: string) => words.includes(w) });
    const fixed = await answer(knows(['小核酸']), plan, {}, replan);
    expect(fixed.corrected?.term).toBe('小核酸 药物');
    expect(groupsOf(fixed.results).full.map((h) => h.result.id)).toEqual(['r0', 'r1']);
    // The texts' more frequent writing is not a known word: not corrected to it.
    expect((await answer(knows(['小核查']), plan, {}, replan)).corrected?.term).toBe('小核查 药物');
    expect((await answer(knows(['核酸']), plan, {}, replan)).corrected).toBeNull();
  });

  it('undoes a character typed twice, kept only when clauses then hold every term (issue 17, stop 26)', async () => {
    const { ctx: c } = bigIndex(['改良型新药给予资助', '创新药奖励', '常常资助']);
    const replan = (t: string) => understand(t, ctxPlan);
    const two = await answer(c, understand('改良型型新药 资助', ctxPlan), {}, replan);
    expect(two.corrected?.term).toBe('改良型新药 资助');
    expect(groupsOf(two.results).full.map((h) => h.result.id)).toEqual(['r0']);
    const one = await answer(c, understand('改良型型新药', ctxPlan), {}, replan);
    expect(one.corrected?.term).toBe('改良型新药');
    // The term undoubled answers nothing beside the other term: not offered.
    expect((await answer(c, understand('改良型型新药 创新药', ctxPlan), {}, replan)).corrected?.term).not.toBe(
      '改良型新药 创新药',
    );
  });

  it('reads a term no clause holds as typed by sound, kept only when clauses then hold every term (issue 17)', async () => {
    const { ctx: c } = bigIndex(['专精特新小巨人企业给予奖励', '医疗器械注册证资助', '奖金发放', '小巨人奖金']);
    const replan = (t: string) => understand(t, ctxPlan);
    const chars = '专精特新小巨人企业给予奖励医疗器械注册证资助金发放历方';
    const readings = parseSounds({
      syllables: soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), chars),
    });
    let loads = 0;
    const withSounds = (words: string[] = []) => ({
      ...c,
      sounds: () => {
        loads++;
        return Promise.resolve({ readings, words });
      },
    });
    // 奖金 is in the texts beside 奖 too, but does not sound like 奖历: 奖励 does, and answers.
    const slip = await answer(withSounds(), understand('小巨人 奖历', ctxPlan), {}, replan);
    expect(slip.corrected?.term).toBe('小巨人 奖励');
    expect(slip.typos).toEqual([]);
    expect(groupsOf(slip.results).full.map((h) => h.result.id)).toEqual(['r0']);
    const one = await answer(withSounds(), understand('奖历', ctxPlan), {}, replan);
    expect(one.corrected?.term).toBe('奖励');
    // Pinyin typed in lowercase is read against the words the search knows; capitals are an abbreviation.
    const spelled = await answer(withSounds(['医疗', '医疗器械']), understand('ylqx 资助', ctxPlan), {}, replan);
    expect(spelled.corrected?.term).toBe('医疗器械 资助');
    loads = 0;
    const capitals = await answer(withSounds(['医疗器械']), understand('YLQX 资助', ctxPlan), {}, replan);
    expect(capitals.corrected).toBeNull();
    expect(loads).toBe(0);
    expect((await answer(withSounds(), understand('专精 奖历', ctxPlan), {}, replan)).corrected?.term).toBe(
      '专精 奖励',
    );
    // What sounds alike answers nothing (no clause holds 小巨人 and 发放): nothing is said to be
    // corrected; without the sounds, nothing is tried.
    expect((await answer(withSounds(), understand('奖金 发方', ctxPlan), {}, replan)).corrected?.term).toBe(
      '奖金 发放',
    );
    expect((await answer(withSounds(), understand('小巨人 发方', ctxPlan), {}, replan)).corrected).toBeNull();
    expect((await answer(c, understand('小巨人 奖历', ctxPlan), {}, replan)).corrected).toBeNull();
    // A sentence of pinyin (zhuanjing xiaojuren jiangli): each term by its first word some clause
    // holds, then searched together; 小巨人 has a word sounding alike that no clause holds (晓巨人).
    const sentence = await answer(
      withSounds(['晓巨人', '小巨人', '奖励', '专精']),
      understand('xiaojuren jiangli', ctxPlan),
      {},
      replan,
    );
    expect(sentence.corrected?.term).toBe('小巨人 奖励');
    expect(groupsOf(sentence.results).full.map((h) => h.result.id)).toEqual(['r0']);
    // Words no clause holds together (小巨人 with 发放): nothing said to be corrected.
    expect(
      (await answer(withSounds(['小巨人', '发放']), understand('xiaojuren fafang', ctxPlan), {}, replan)).corrected,
    ).toBeNull();
  });

  it('lists the clause stating a fact outright first, the shorter first among those (issue 17)', async () => {
    const long = '四、支持推进。项目认定时限为2021年至2023年，各项政策自2021年1月1日起执行，并在以下方面加大支持力度。';
    const { ctx: c } = bigIndex(['三年行动计划（2021—2023）', long, '本行动计划自发布之日起实施。']);
    const plan = understand('什么时候开始实施', ctxPlan);
    expect(plan.fact?.fact).toBe('validity');
    const r = await retrieve(c, plan, {});
    expect(ids(r)).toEqual(['r2', 'r1', 'r0']);
  });

  it('searches a correction with the query’s filters, or with its own when it names a place (stop 24)', async () => {
    const recs: Rec[] = [
      { id: 'w', text: '支持临床试验机构建设', region: 'wuxi' },
      { id: 's', text: '支持临床试验机构建设', region: 'suzhou' },
    ];
    // The worker's filters of a plan: its first place's region, none without one.
    const filtersOf = (p: QueryPlan) => (p.places.length ? { region: p.places[0]!.region } : {});
    const c = { engine: fakeEngine([], recs), cache: new Map(), filtersOf };
    const replan = (t: string) => understand(t, ctxPlan);
    // 临床式验 searched in 无锡 (a place typed or chosen): its correction names no place and keeps 无锡.
    const kept = await answer(c, understand('临床式验机构', ctxPlan), { region: 'wuxi' }, replan);
    expect(kept.corrected?.term).toBe('临床试验机构');
    expect(ids(kept.results)).toEqual(['w']);
    // A corrected query that names a place searches there (as 高薪区 → 高新区 does).
    const named = await answer(c, understand('苏州 临床式验 机构', ctxPlan), { region: 'wuxi' }, replan);
    expect(named.corrected?.term).toBe('苏州 临床试验 机构');
    expect(ids(named.results)).toEqual(['s']);
  });

  it('corrects a slip even when clauses hold some of its words', async () => {
    const { ctx: c } = bigIndex(['免疫细胞治疗', '免疫细胞治疗', '免疫细胞研究']);
    const a = await answer(c, understand('免疫细胞治了', ctxPlan), {}, (t) => understand(t, ctxPlan));
    expect(a.corrected).toEqual({ term: '免疫细胞治疗', count: 2 });
  });

  it('looks for corrections around each character, never by lone characters, in at most 20 texts each', async () => {
    const log: string[] = [];
    const { ctx: c, fetched } = bigIndex(
      Array.from({ length: 30 }, (_, i) => (i === 0 ? '临床实验' : '临床试验')),
      log,
    );
    const found = await suggestCorrections(c, '临床式', {});
    // 临|床式, 临床|式: the middle place leaves 临 and 式 alone, too little to search by.
    expect(log).toEqual(['床式', '临床']);
    // Twenty texts: r0 writes 临床实验, r1–r19 临床试验.
    expect(found).toEqual([
      { term: '临床试', count: 19 },
      { term: '临床实', count: 1 },
    ]);
    expect(await suggestCorrections(c, '临床式验', {})).toEqual([
      { term: '临床试验', count: 19 },
      { term: '临床实验', count: 1 },
    ]);
    // Twenty texts per query, each fetched once.
    expect([...fetched].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}`).sort());
  });

  it('orders corrections found at different places by how many clauses hold them', async () => {
    // 临床试剂: at 临 the texts offer 检床试剂 (one clause), at 剂 they offer 临床试验 (three).
    const { ctx: c } = bigIndex(['检床试剂', '临床试验', '临床试验', '临床试验']);
    expect(await suggestCorrections(c, '临床试剂', {})).toEqual([
      { term: '临床试验', count: 3 },
      { term: '检床试剂', count: 1 },
    ]);
  });

  it('counts a word shared by two terms once', async () => {
    const { ctx: c } = bigIndex(['免疫细胞培养']);
    const r = await retrieve(c, understand('免疫细胞 细胞培养', ctxPlan), {});
    expect(r.plan.concepts.map((k) => k.parts.map((p) => p.text))).toEqual([
      ['免疫', '细胞'],
      ['细胞', '培养'],
    ]);
    expect(partCounts(r).map((x) => x.term)).toEqual(['免疫', '细胞', '培养']);
  });

  it('counts the listed clauses holding each word, longer words first, then the more frequent', async () => {
    const { ctx: c } = bigIndex(['支持免疫细胞治疗产品研发和MAH', '免疫细胞研究', '细胞培养']);
    const r = await retrieve(c, understand('免疫细胞治疗 MAH', ctxPlan), {});
    expect(r.plan.concepts.map((k) => [k.text, k.parts.length])).toEqual([
      ['免疫细胞治疗', 3],
      ['mah', 0],
    ]);
    expect(partCounts(r)).toEqual([
      { term: 'mah', count: 1 },
      { term: '细胞', count: 3 },
      { term: '免疫', count: 2 },
      { term: '治疗', count: 1 },
    ]);
    // A word is held in any of its writings (临床实验 for 临床试验).
    const { ctx: v } = bigIndex(['开展临床实验的机构', '临床试验机构']);
    expect(partCounts(await retrieve(v, understand('临床试验机构', ctxPlan), {}))).toEqual([
      { term: '临床试验', count: 2 },
      { term: '机构', count: 2 },
    ]);
  });

  it('looks for no correction when a clause holds the term, and keeps the results when a correction finds nothing', async () => {
    const held = await answer(ctx(), understand('临床试验', ctxPlan), {}, () => {
      throw new Error('no correction is searched');
    });
    expect([held.corrected, held.typos]).toEqual([null, []]);
    expect(ids(held.results)).toContain('w-i1');
    const plan = understand('临床式验', ctxPlan);
    const kept = await answer(ctx(), plan, {}, () => understand('量子纠缠望远镜', ctxPlan));
    expect(kept.corrected).toBeNull();
    expect(kept.typos[0]).toEqual({ term: '临床试验', count: 4 });
    expect(kept.results.plan).toBe(plan);
  });
});

/** An index of many records that returns every one of them for any query, best first (Pagefind's superset). */
function bigIndex(texts: (string | Omit<Rec, 'id'>)[], log: string[] = []) {
  const fetched: string[] = [];
  const engine: Engine = {
    search: (query) => {
      log.push(query);
      return Promise.resolve(
        texts.map((t, i) => ({
          id: `r${i}`,
          score: 1 / (i + 1),
          words: [],
          data: () => {
            fetched.push(`r${i}`);
            return Promise.resolve(
              data({ region: 'suzhou', ...(typeof t === 'string' ? { text: t } : t), id: `r${i}` }),
            );
          },
        })),
      );
    },
  };
  return { ctx: { engine, cache: new Map() }, fetched };
}
const FULL = '支持免疫细胞治疗产品研发';
const PART = '支持免疫细胞产品研发';

describe('retrieve from a large corpus (more candidates than are checked at once)', () => {
  it('checks a batch at a time, lists full matches as confirmed and partial ones only at the end', async () => {
    // Every third record holds 免疫细胞治疗 whole; the others hold 免疫 and 细胞 only.
    const texts = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? FULL : PART));
    const { ctx: c, fetched } = bigIndex(texts);
    expect(texts.length).toBeGreaterThan(CHECK_AT_ONCE);
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    // The first batch (records 0–59) holds 20 full matches: a page's worth, so checking stops.
    expect(BATCH).toBe(60);
    expect([r.candidates, r.checked, fetched.length, r.pending.length]).toEqual([300, 60, 60, 240]);
    expect(ids(r)).toEqual(Array.from({ length: 20 }, (_, k) => `r${3 * k}`));
    expect(r.held).toHaveLength(40);
    expect(complete(r)).toBe(false);
    // Counts cover what was checked: listed and held.
    expect(tally(r, 'region')).toEqual({ suzhou: 60 });

    await advance(c, r, 20);
    expect([r.checked, r.pending.length, r.list.length, r.held.length]).toEqual([120, 180, 40, 80]);

    // Asking for more than is left checks the rest (180 < CHECK_AT_ONCE texts), then lists the partial ones.
    await advance(c, r, 1000);
    expect([r.checked, r.pending.length, r.held.length]).toEqual([300, 0, 0]);
    expect(ids(r).slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, k) => `r${3 * k}`));
    expect(ids(r).slice(100)).toEqual(Array.from({ length: 300 }, (_, i) => `r${i}`).filter((_, i) => i % 3 !== 0));
    expect(r.list.slice(100).every((h) => !h.match.exact)).toBe(true);
    expect(complete(r)).toBe(true);
    expect(fetched).toHaveLength(300);
  });

  it('counts a term’s rarity by the checked clauses that hold it, not by what the index returned', async () => {
    // The index returns all ten records; three hold 免疫细胞治疗 whole, all ten hold 免疫 and 细胞.
    const { ctx: c } = bigIndex(Array.from({ length: 10 }, (_, i) => (i < 3 ? FULL : PART)));
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect(r.df).toEqual([3]);
    expect(r.partDf).toEqual(
      new Map([
        ['免疫', 10],
        ['细胞', 10],
        ['治疗', 3],
      ]),
    );
  });

  it('answers a long question of common words from more candidates than are checked at once (issue 17)', async () => {
    // 医院 and 企业 are everywhere; one clause holds them with 医工合作 and 项目; 一起 is in no clause.
    const answerText = '支持医疗机构与企业开展医工合作项目，每个项目最高资助100万元。';
    const texts = [...Array.from({ length: CHECK_AT_ONCE + 20 }, (_, i) => `医院和企业共建平台${i}。`), answerText];
    const { ctx: c } = bigIndex(texts);
    const withPlaces = { ...c, outside: () => Promise.resolve(false) };
    const plan = understand('医院和企业一起做医工合作项目，每个项目最多支持多少？', ctxPlan);
    expect(plan.question).toBe(true);
    const r = await retrieve(withPlaces, plan, {});
    expect(r.pending).toEqual([]);
    const g = groupsOf(r);
    expect(g.full.map((h) => h.result.id)).toEqual([`r${CHECK_AT_ONCE + 20}`]);
    expect(g.dropped.map((i) => plan.concepts[i]!.text)).toContain('一起');
  });

  it('checks up to CHECK_AT_ONCE candidates all at once', async () => {
    const { ctx: c } = bigIndex(Array.from({ length: CHECK_AT_ONCE }, () => FULL));
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect([r.checked, r.pending.length, r.list.length]).toEqual([200, 0, 200]);
  });

  it('looks for the words of a term fewer than three clauses hold, without listing a clause twice', async () => {
    const log: string[] = [];
    const { ctx: c } = bigIndex(
      Array.from({ length: 10 }, (_, i) => (i < 2 ? FULL : PART)),
      log,
    );
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect(log).toEqual(['免疫 疫细 细胞 胞治 治疗', '免疫', '细胞', '治疗']);
    expect([r.candidates, r.checked, r.list.length, r.byParts]).toEqual([10, 10, 10, false]);
    // Three holders are enough: the words are not searched.
    const enough: string[] = [];
    const { ctx: c3 } = bigIndex(
      Array.from({ length: 10 }, (_, i) => (i < 3 ? FULL : PART)),
      enough,
    );
    const r3 = await retrieve(c3, understand('免疫细胞治疗', ctxPlan), {});
    expect([enough.length, r3.searches]).toEqual([1, 1]);
  });

  it('weighs a word held in a variant writing like the word itself', async () => {
    const { ctx: c } = bigIndex(['开展临床实验的机构', '临床试验机构']);
    const r = await retrieve(c, understand('临床试验机构', ctxPlan), {});
    // Two words, each held by both clauses: (1/2)/2 each.
    expect(r.list.find((h) => h.result.id === 'r0')!.weight).toBeCloseTo(0.5, 10);
  });

  it('fetches a text once per page: a second search reuses what the first fetched', async () => {
    const { ctx: c, fetched } = bigIndex([FULL, PART]);
    await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    await retrieve(c, understand('细胞治疗', ctxPlan), {});
    expect(fetched).toEqual(['r0', 'r1']);
  });

  it('weighs a term by its rarity among the candidates: a term held whole, and words of a term', async () => {
    // Large corpus (300 candidates): the index returned every record for the term, so a full match weighs 1/300;
    // the words' counts are not known on this path, so each word held counts 1/3 (its share of the term).
    const { ctx: c } = bigIndex(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? FULL : PART)));
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect(r.df).toEqual([300]);
    expect(r.list[0]!.weight).toBeCloseTo(1 / 300, 10);
    expect(r.held[0]!.weight).toBeCloseTo(2 / 3, 10);
    // Small corpus: counted over the checked clauses (3 hold the term; 10, 10 and 3 hold its words).
    const { ctx: small } = bigIndex(Array.from({ length: 10 }, (_, i) => (i < 3 ? FULL : PART)));
    const s = await retrieve(small, understand('免疫细胞治疗', ctxPlan), {});
    expect(s.list.find((h) => h.result.id === 'r0')!.weight).toBeCloseTo(1 / 3, 10);
    expect(s.list.find((h) => h.result.id === 'r5')!.weight).toBeCloseTo(1 / 3 / 10 + 1 / 3 / 10, 10);
  });

  it('judges a text as a pure function of the text, the plan and the rarity it is given', () => {
    const plan = understand('免疫细胞治疗', ctxPlan);
    const data: ClauseData = { url: '/x/', content: FULL, meta: {}, filters: { has: ['subsidy'] } };
    const rare = judge(data, plan, { df: [2], partDf: new Map() });
    const common = judge(data, plan, { df: [4], partDf: new Map() });
    // A term held whole weighs 1/df; nothing else about the judgement depends on the rarity.
    expect([rare.weight, common.weight]).toEqual([1 / 2, 1 / 4]);
    expect({ ...rare, weight: 0 }).toEqual({ ...common, weight: 0 });
    expect([rare.match.exact, rare.subsidy, rare.target]).toEqual([true, true, false]);
    // Held only by its words: each word found weighs its share of the term over its own count.
    const part = judge({ ...data, content: PART }, plan, { df: [2], partDf: new Map([['细胞', 5]]) });
    expect(part.match.exact).toBe(false);
    expect(part.weight).toBeGreaterThan(0);
    expect(judge(data, plan, { df: [2], partDf: new Map() })).toEqual(rare);
    // In the own policy of a place typed (stop 24): 无锡 typed, a clause of 无锡市's policy.
    const typed = understand('无锡 免疫细胞治疗', ctxPlan);
    const home = (region: string) => ({ ...data, meta: { home: `_${region}` } });
    expect(judge(home('wuxi'), typed, { df: [2], partDf: new Map() }).own).toBe(true);
    expect(judge(home('suzhou'), typed, { df: [2], partDf: new Map() }).own).toBe(false);
    expect(rare.own).toBe(false);
  });

  it('lists no candidate that holds nothing of the query, however far it had to check', async () => {
    const texts = Array.from({ length: 250 }, (_, i) => (i % 25 === 0 ? FULL : '其他条款的文字'));
    const { ctx: c } = bigIndex(texts);
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    await advance(c, r, PAGE_SIZE);
    expect(complete(r)).toBe(true);
    expect(ids(r)).toEqual(Array.from({ length: 10 }, (_, k) => `r${25 * k}`));
  });

  it('fetches at most CHECK_AT_ONCE texts per call (the batch that crosses it is finished), however many are wanted', async () => {
    const texts = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? FULL : PART));
    const { ctx: c } = bigIndex(texts);
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect(r.checked).toBe(60);
    // Batches start at 0, 60, 120 and 180 texts fetched (all below 200): 240 texts, 80 full matches.
    await advance(c, r, 1000);
    expect([r.checked, r.pending.length, r.list.length, r.held.length]).toEqual([300, 300, 100, 200]);
  });

  it('checks every candidate when none is a full match, then lists the partial ones', async () => {
    const { ctx: c } = bigIndex(Array.from({ length: 450 }, () => PART));
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    expect([r.checked, r.pending.length, r.list.length]).toEqual([450, 0, 450]);
    expect(r.byParts).toBe(false);
  });

  it('keeps going until something is listed when the only full match comes last', async () => {
    const texts = Array.from({ length: 260 }, (_, i) => (i >= 250 ? FULL : PART));
    const { ctx: c } = bigIndex(texts);
    const r = await retrieve(c, understand('免疫细胞治疗', ctxPlan), {});
    // First call: 4 batches (240 texts), nothing full; second: the last 20, 10 full matches.
    expect([r.checked, r.pending.length]).toEqual([260, 0]);
    expect(ids(r).slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, k) => `r${250 + k}`));
    expect(ids(r).slice(10)).toEqual(Array.from({ length: 250 }, (_, i) => `r${i}`));
    expect(complete(r)).toBe(true);
  });
});

describe('the signals ranking reads', () => {
  it('reads each clause’s support and target flags, and whether the term is in its support sentence', async () => {
    const { ctx: c } = bigIndex([
      // The whole text is the support sentence.
      { text: '对开展临床试验的企业给予最高100万元资助。', has: ['subsidy'], pays: '_0x22' },
      // The support sentence (对认定的给予奖励。) does not hold the term.
      { text: '临床试验机构建设。对认定的给予奖励。', has: ['subsidy'], pays: '_9x18' },
      { text: '到2025年，临床试验机构达到10家。', has: ['target'] },
      { text: '支持临床试验。' },
    ]);
    const r = await retrieve(c, understand('临床试验', ctxPlan), {});
    const hit = (id: string) => r.list.find((h) => h.result.id === id)!;
    expect(['r0', 'r1', 'r2', 'r3'].map((id) => [hit(id).subsidy, hit(id).target, hit(id).pays])).toEqual([
      [true, false, true],
      [true, false, false],
      [false, true, false],
      [false, false, false],
    ]);
    // Four clauses hold the term: each weighs 1/4.
    expect(r.list.map((h) => h.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([r.byReference, r.byParts]).toEqual([false, false]);
    // 临床试验 and its variant 临床实验; four holders, so its words are not searched.
    expect(r.searches).toBe(2);
  });

  it('finds the term in any of the support sentences, and only there', () => {
    const plan = understand('临床试验', ctxPlan);
    const clause = (pays: string) => data({ id: 'z', text: '给予奖励。对临床试验给予资助。', pays });
    expect(termInSupport(clause('_0x5_5x15'), plan)).toBe(true);
    expect(termInSupport(clause('_0x5'), plan)).toBe(false);
  });
});

describe('candidates from several index queries', () => {
  /** An index answering each query with the records and scores given for it. */
  const scripted = (answers: Record<string, [string, number][]>, texts: Record<string, string>): Engine => ({
    search: (query) =>
      Promise.resolve(
        (answers[query] ?? []).map(([id, score]) => ({
          id,
          score,
          words: [],
          data: () => Promise.resolve(data({ id, text: texts[id]! })),
        })),
      ),
  });

  it('keeps a record’s best score over the writings that found it, and orders candidates by it', async () => {
    const engine = scripted(
      {
        '临床 床试 试验': [
          ['y', 0.5],
          ['x', 0.1],
        ],
        '临床 床实 实验': [['x', 0.9]],
      },
      { x: '临床试验和临床实验', y: '临床试验' },
    );
    const r = await retrieve({ engine, cache: new Map() }, understand('临床试验', ctxPlan), {});
    expect(ids(r)).toEqual(['x', 'y']);
    expect(r.list.map((h) => [h.order, h.terms])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('orders candidates found for more terms first, then by score, then as returned', async () => {
    const engine = scripted(
      {
        '创新 新药': [
          ['a', 0.9],
          ['b', 0.2],
          ['c', 0.2],
        ],
        资助: [['b', 0.1]],
      },
      { a: '创新药', b: '创新药资助', c: '创新药' },
    );
    const r = await retrieve({ engine, cache: new Map() }, understand('创新药 资助', ctxPlan), {});
    expect(r.list.map((h) => [h.result.id, h.order, h.terms])).toEqual([
      ['b', 0, 2],
      ['a', 1, 1],
      ['c', 2, 1],
    ]);
  });
});

describe('index queries', () => {
  const manual = (forms: { text: string; search?: false }[]): QueryPlan => ({
    raw: forms[0]!.text,
    places: [],
    policies: [],
    reference: null,
    concepts: [
      {
        text: forms[0]!.text,
        forms: forms.map((f, i) => ({
          ...f,
          origin: i === 0 ? { kind: 'typed' as const } : { kind: 'variant' as const, writing: f.text },
        })),
        parts: [],
      },
    ],
    phrases: [],
    stretches: [],
    soft: [],
    asked: [],
    intent: null,
    money: false,
  });

  it('searches the term whole first, then its words when too few clauses hold it', async () => {
    const log: string[] = [];
    const r = await retrieve(ctx(log), understand('免疫细胞治疗', ctxPlan), {});
    expect(log).toEqual(['免疫 疫细 细胞 胞治 治疗', '免疫', '细胞', '治疗']);
    expect(r.searches).toBe(4);
  });

  it('searches each writing once, skips writings with nothing to search or marked not to be searched', async () => {
    const log: string[] = [];
    const r = await retrieve(
      ctx(log),
      manual([{ text: '临床试验' }, { text: '临床试验' }, { text: '“”' }, { text: '临床实验', search: false }]),
      {},
    );
    expect(log).toEqual(['临床 床试 试验']);
    expect(r.searches).toBe(1);
  });

  it('runs at most MAX_SEARCHES index queries for a plan', async () => {
    const log: string[] = [];
    const writings = Array.from({ length: 30 }, (_, i) => ({ text: `临床试验${'一二三四五六七八九十'[i % 10]}${i}` }));
    const r = await retrieve(ctx(log), manual(writings), {});
    expect(MAX_SEARCHES).toBe(24);
    expect([log.length, r.searches]).toEqual([24, 24]);
  });
});

describe('retrieve a one-word query', () => {
  const oneWordPlan = () => understand('资助', ctxPlan);
  const index = (texts: string[]) => {
    const fetched: string[] = [];
    const engine: Engine = {
      search: (query) =>
        Promise.resolve(
          query === '资助'
            ? texts.map((text, i) => ({
                id: `r${i}`,
                score: 1 / (i + 1),
                words: [],
                data: () => {
                  fetched.push(`r${i}`);
                  return Promise.resolve(data({ id: `r${i}`, text }));
                },
              }))
            : [],
        ),
    };
    return { engine, fetched };
  };

  it('trusts the index when its best candidate holds the word: one text fetched, its order kept', async () => {
    const { engine, fetched } = index(['给予资助', '最高资助100万元', '资助']);
    const r = await retrieve({ engine, cache: new Map(), oneWord: (w) => w === '资助' }, oneWordPlan(), {});
    expect(fetched).toEqual(['r0']);
    expect([r.candidates, r.checked]).toEqual([3, 1]);
    expect(ids(r)).toEqual(['r0', 'r1', 'r2']);
    expect(r.list.every((h) => h.match.exact)).toBe(true);
    expect(complete(r)).toBe(false);
    // Only fetched texts are counted.
    expect(tally(r, 'region')).toEqual({ wuxi: 1 });
    expect(partCounts(r)).toEqual([{ term: '资助', count: 1 }]);
    await fetchTexts({ engine, cache: new Map(), oneWord: () => true }, r, r.list);
    expect(fetched).toEqual(['r0', 'r1', 'r2']);
    expect(complete(r)).toBe(true);
    expect(tally(r, 'region')).toEqual({ wuxi: 3 });
    expect(partCounts(r)).toEqual([{ term: '资助', count: 3 }]);
  });

  it('checks every candidate when the best one does not hold the word (the index matched a shortened form)', async () => {
    const { engine, fetched } = index(['资金', '给予资助']);
    const r = await retrieve({ engine, cache: new Map(), oneWord: () => true }, oneWordPlan(), {});
    expect(fetched).toEqual(['r0', 'r1']);
    expect(ids(r)).toEqual(['r1']);
  });

  it('checks every candidate when the segmenter would split the pair', async () => {
    const { engine, fetched } = index(['给予资助', '资助']);
    const r = await retrieve({ engine, cache: new Map(), oneWord: () => false }, oneWordPlan(), {});
    expect(fetched.sort()).toEqual(['r0', 'r1']);
    expect(r.checked).toBe(2);
    const without = await retrieve({ engine, cache: new Map() }, oneWordPlan(), {});
    expect(without.checked).toBe(2);
  });

  it('takes the one-word path only for a single term in a single writing of Han text', async () => {
    const texts = (list: string[]): Engine => ({
      search: () =>
        Promise.resolve(
          list.map((text, i) => ({
            id: `r${i}`,
            score: 1 / (i + 1),
            words: [],
            data: () => Promise.resolve(data({ id: `r${i}`, text })),
          })),
        ),
    });
    const always = () => true;
    // Two terms: the first holding both says nothing of the second.
    const two = await retrieve(
      { engine: texts(['药物临床试验', '药品']), cache: new Map(), oneWord: always },
      understand('药 临床试验', ctxPlan),
      {},
    );
    expect([two.checked, two.list[1]!.match.exact]).toEqual([2, false]);
    // A term with a synonym writing: the best candidate may hold the synonym only.
    const synonym = await retrieve(
      { engine: texts(['国家集中带量采购', '集采']), cache: new Map(), oneWord: always },
      understand('集采', ctxPlan),
      {},
    );
    expect(synonym.checked).toBe(2);
    // Letters are no Han word: every candidate is checked.
    const latin = await retrieve(
      { engine: texts(['支持MAH发展', '其他条款']), cache: new Map(), oneWord: always },
      understand('MAH', ctxPlan),
      {},
    );
    expect(ids(latin)).toEqual(['r0']);
  });

  it('a single Han character is one word without asking the segmenter', async () => {
    const fetched: string[] = [];
    const engine: Engine = {
      search: () =>
        Promise.resolve(
          ['药', '新药'].map((text, i) => ({
            id: `r${i}`,
            score: 1,
            words: [],
            data: () => {
              fetched.push(`r${i}`);
              return Promise.resolve(data({ id: `r${i}`, text }));
            },
          })),
        ),
    };
    const r = await retrieve({ engine, cache: new Map() }, understand('药', ctxPlan), {});
    expect(fetched).toEqual(['r0']);
    expect(ids(r)).toEqual(['r0', 'r1']);
  });
});

describe('known words of a question (issue 17)', () => {
  const regionFilter = { region: 'wuxi' };
  const corpus: Rec[] = [
    { id: 'w-reg', text: '对获批医疗器械注册产品证的企业给予支持。', region: 'wuxi', has: ['subsidy'] },
    { id: 's-reg', text: '对取得医疗器械注册证的企业给予奖励。', region: 'suzhou', has: ['subsidy'] },
  ];
  const engine = () => ({ engine: fakeEngine([], corpus), cache: new Map() });

  it('knows a word held only outside the filter, and a word held nowhere as unknown', async () => {
    const plan = understand('医疗器械拿到注册证有没有奖励', ctxPlan);
    expect(plan.question).toBe(true);
    const filtered = await retrieve(engine(), plan, regionFilter);
    const at = (text: string) => plan.concepts.findIndex((c) => c.text === text);
    // 注册证: no Wuxi clause holds it, a Suzhou one does.
    expect(filtered.list.some((h) => h.match.held[at('注册证')])).toBe(false);
    expect(filtered.known[at('注册证')]).toBe(true);
    expect(filtered.known[at('器械')]).toBe(true);
    const unknown = understand('医疗器械宠物医院有没有奖励', ctxPlan);
    const none = await retrieve(engine(), unknown, regionFilter);
    const pet = unknown.concepts.findIndex((c) => c.text === '宠物');
    expect(none.known[pet]).toBe(false);
    // Not checked for a place outside the corpus: it may be one.
    expect(none.outside[pet]).toBe(true);
    // Checked: 宠物 names no place; 合肥 does.
    const asked: string[] = [];
    const checked = await retrieve(
      {
        ...engine(),
        outside: (w) => {
          asked.push(w);
          return Promise.resolve(w === '合肥');
        },
      },
      unknown,
      regionFilter,
    );
    expect(checked.outside[pet]).toBe(false);
    // Only words no clause holds are checked.
    expect(asked).not.toContain('器械');
  });

  it('does not look when every word is held together', async () => {
    const plan = understand('医疗器械注册证有没有奖励', ctxPlan);
    const r = await retrieve(engine(), { ...plan, concepts: plan.concepts }, {});
    expect(r.list.some((h) => h.match.exact)).toBe(true);
    expect(r.known.every((k) => k === false)).toBe(true);
  });
});
