import { describe, expect, it } from 'vitest';
import { bigrams, nthLargest, relatedIndex, type RelatableClause } from './related.ts';

const c = (policy: string, id: string, topics: string[], ownText: string, kind = 'item'): RelatableClause => ({
  policy,
  id,
  kind,
  topics,
  heading: null,
  ownText,
});
const clauses = [
  c('wuxi', 'a', ['medical-devices'], '对首次获得国家医疗器械注册证书的三类医疗器械给予最高300万元资助'),
  c('snd', 'b', ['medical-devices'], '对新取得医疗器械注册证书的第三类医疗器械产品给予最高不超过300万元资助'),
  c('snd', 'c', ['medical-devices', 'parks-land'], '建设医疗器械产业园和加速器'),
  c('taicang', 'd', ['medical-devices'], '对获批二、三类医疗器械注册产品证的产品给予支持'),
  c('taicang', 'e', ['talent'], '引进领军人才'),
  c('suzhou', 'f', ['medical-devices'], '二、实施路径', 'section'),
  c('wuxi', 'g', ['medical-devices'], '医疗器械注册证同一政策内的条款'),
];

describe('bigrams', () => {
  it('counts character pairs of Han and alphanumeric runs, not across punctuation', () => {
    expect([...bigrams('医疗器械，CE').keys()]).toEqual(['医疗', '疗器', '器械', 'CE']);
  });
});

describe('relatedIndex', () => {
  const related = relatedIndex(
    clauses,
    new Map([
      ['wuxi#a', new Set(['device-registration'])],
      ['snd#b', new Set(['device-registration'])],
    ]),
  );
  it('finds clauses of other policies sharing a topic, the closest wording and same subsidy category first', () => {
    const found = related(clauses[0]!).map((r) => `${r.clause.policy}#${r.clause.id}`);
    expect(found[0]).toBe('snd#b');
    expect(found).toContain('taicang#d');
    expect(found).not.toContain('taicang#e');
    expect(found.some((k) => k.startsWith('wuxi#'))).toBe(false);
  });
  it('leaves out containers such as sections', () => {
    expect(related(clauses[0]!).map((r) => r.clause.id)).not.toContain('f');
  });
  it('reports what the clauses share and limits the number per policy', () => {
    const [best] = related(clauses[0]!);
    expect(best!.sharedTopics).toEqual(['medical-devices']);
    expect(best!.sharedCategories).toEqual(['device-registration']);
    expect(related(clauses[0]!, { perPolicy: 1 }).filter((r) => r.clause.policy === 'snd').length).toBe(1);
  });
});

describe('relatedIndex: groups examined per query are bounded', () => {
  // 60 policies, each with clauses of distinct topic combinations: many groups share 'devices'.
  const many = Array.from({ length: 60 }, (_, p) =>
    Array.from({ length: 4 }, (_, k) =>
      c(`p${p}`, `c${k}`, ['devices', `t${(p * 4 + k) % 97}`], `医疗器械注册证第${p}号政策第${k}条给予资助`),
    ),
  ).flat();

  it('examines at most groupBudget groups per query, however many share a topic', () => {
    const stats = { queries: 0, scored: 0, groups: 0 };
    const related = relatedIndex(many, new Map(), { groupBudget: 10, stats });
    for (const target of many.slice(0, 20)) related(target);
    expect(stats.queries).toBe(20);
    expect(stats.groups).toBeLessThanOrEqual(20 * 10);
    expect(stats.groups).toBeGreaterThan(20 * 5);
  });

  it('without a binding budget every sharing group is examined (the count the budget caps)', () => {
    const stats = { queries: 0, scored: 0, groups: 0 };
    const related = relatedIndex(many, new Map(), { groupBudget: 100000, stats });
    related(many[0]!);
    // Every group holding 'devices': 97 distinct second topics.
    expect(stats.groups).toBe(97);
  });

  it('a budget that binds still finds related clauses, with the rarest shared topic first', () => {
    const related = relatedIndex(many, new Map(), { groupBudget: 10 });
    const found = related(many[0]!);
    expect(found.length).toBe(5);
    // t0 is shared by p0#c0 and the clauses 97 apart (p24#c1): the rarer topic leads.
    expect(found[0]!.sharedTopics.sort()).toEqual(['devices', 't0']);
  });
});

describe('nthLargest', () => {
  it('finds the k-th largest value as sorting would, with ties and out of range', () => {
    const values = [5, 1, 9, 3, 9, 7, 2, 2, 8, 0.5];
    const sorted = [...values].sort((a, b) => b - a);
    for (let k = 0; k < values.length; k++) expect(nthLargest(Float64Array.from(values), k)).toBe(sorted[k]);
    expect(nthLargest(Float64Array.from(values), values.length)).toBe(0);
    expect(nthLargest(new Float64Array(0), 0)).toBe(0);
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) % 1000) / 10;
    const many = Array.from({ length: 500 }, random);
    const desc = [...many].sort((a, b) => b - a);
    for (const k of [0, 1, 17, 250, 499]) expect(nthLargest(Float64Array.from(many), k)).toBe(desc[k]);
  });
});
