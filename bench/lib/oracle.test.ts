import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryGrades, contains, fold, mean, queryTerms, score, siteClauses, writings } from './oracle.ts';

describe('the oracle’s "contains", written from docs/search.md', () => {
  it('folds width, case, whitespace and quotation marks', () => {
    expect(fold('到 ２０２３ 年 GCP')).toBe('到2023年gcp');
    expect(fold('专精特新“小巨人”')).toBe('专精特新小巨人');
  });

  it('keeps letter and digit runs whole', () => {
    expect(contains(fold('最高3500万元'), fold('500万元'))).toBe(false);
    expect(contains(fold('最高500万元'), fold('500万元'))).toBe(true);
    expect(contains(fold('II、III期'), fold('I期'))).toBe(false);
    expect(contains(fold('I期'), fold('I期'))).toBe(true);
    expect(contains('abc', '')).toBe(false);
    expect(contains('药', '药品')).toBe(false);
  });

  it('splits queries into terms and knows the variant writings', () => {
    expect(queryTerms(' 临床试验　资助 临床试验 ，')).toEqual(['临床试验', '资助']);
    expect(writings('药物临床试验机构')).toContain('药物临床实验机构');
    expect(writings('小核酸')).toEqual(['小核酸']);
  });
});

describe('scores', () => {
  const grades = new Map([
    ['a', 2],
    ['b', 1],
    ['c', 1],
  ]);

  it('are 1 for the ideal order and less for worse ones', () => {
    expect(score(['a', 'b', 'c'], grades)).toEqual({ recall10: 1, rr: 1, p5: 1, ndcg10: 1 });
    const worse = score(['x', 'b', 'a'], grades);
    expect(worse.rr).toBe(1 / 3);
    expect(worse.recall10).toBeCloseTo(2 / 3);
    expect(worse.p5).toBeCloseTo(2 / 3);
    expect(worse.ndcg10).toBeGreaterThan(0);
    expect(worse.ndcg10).toBeLessThan(1);
  });

  it('count a clause listed twice once, and handle empty lists', () => {
    expect(score(['b', 'b', 'a'], grades).rr).toBe(1 / 3);
    expect(score([], new Map())).toEqual({ recall10: 1, rr: 0, p5: 1, ndcg10: 1 });
    expect(score([], grades)).toMatchObject({ recall10: 0, rr: 0, p5: 0, ndcg10: 0 });
    expect(score([null, 'a'], grades).rr).toBe(0.5);
  });

  it('grade exact queries 1 and average', () => {
    expect([...binaryGrades(new Set(['a']))]).toEqual([['a', 1]]);
    expect(mean([1, 0])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});

describe('siteClauses', () => {
  it('gives a table row group its name, the rowgroup header inside its first row, as the row has it too', () => {
    const site = mkdtempSync(join(tmpdir(), 'oracle-'));
    mkdirSync(join(site, 'policies', 'p'), { recursive: true });
    writeFileSync(
      join(site, 'policies', 'p', 'index.html'),
      `<table><tbody data-clause="g1" class="clause clause--group">
        <tr data-clause="row1" class="clause clause--row"><th scope="rowgroup" rowspan="2">十、中医药创新工程</th><td>1. 支持园区</td></tr>
        <tr data-clause="row2" class="clause clause--row"><td>2. 加快建设</td></tr>
      </tbody></table>`,
    );
    const byId = new Map(siteClauses(site).map((c) => [c.clause, c.blocks]));
    expect(byId.get('g1')).toEqual(['十、中医药创新工程']);
    expect(byId.get('row1')).toEqual(['十、中医药创新工程', '1. 支持园区']);
    expect(byId.get('row2')).toEqual(['2. 加快建设']);
  });
});
