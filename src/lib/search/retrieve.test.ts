/**
 * retrieve.ts against a small fake index with Pagefind's behaviour: a record is returned when it
 * holds every word of the query (a superset of the clauses holding the term), reference words
 * match as prefixes, filters narrow by value.
 */
import { describe, expect, it } from 'vitest';
import { refWord } from './citation.ts';
import { BOUNDARY, normalize } from './normalize.ts';
import { placeLexicon } from './places.ts';
import { understand, type PlanContext } from './plan.ts';
import { intlSegment } from './question.ts';
import {
  answer,
  complete,
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
    expect(r.citation).toBe(true);
    expect(ids(r)).toEqual(['w-c12', 't-c12']);
    expect(r.list.every((h) => h.citation)).toBe(true);
    const t = await retrieve(ctx(), understand('第（十二）条', ctxPlan), {});
    expect(ids(t)).toEqual(['w-c12']);
    expect(t.list[0]!.citation).toEqual({ exactLabel: true });
  });

  it('lists a box with its items after it, in their order', async () => {
    const r = await retrieve(ctx(), understand('专栏4', ctxPlan), {});
    expect(ids(r)).toEqual(['s-box4', 's-box4-1', 's-box4-2']);
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
    expect(r.list[0]!.match.exact).toBe(false);
    expect(partCounts(r).map((s) => s.term)).toContain('免疫');
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
});
