/** A policy's status in its search records (issue 19): computed at build time, read back by the page. */
import { describe, expect, it } from 'vitest';
import { policyStatus } from '../status.ts';
import { articleOf, buildSearchRecords, readStatus, statusValue, type RecordSourcePolicy } from './index-records.ts';

const regions = [
  { id: 'jiangsu', parent: null, level: 'province' },
  { id: 'wuxi', parent: 'jiangsu', level: 'city' },
];
const clause = (id: string, ownText: string) => ({
  id,
  kind: 'paragraph',
  parent: null,
  label: id,
  citation: id,
  ownText,
  departments: [],
  topics: [],
});
const policy = (id: string, status?: RecordSourcePolicy['status']): RecordSourcePolicy => ({
  id,
  ...(status ? { status } : {}),
  data: { shortTitle: id, region: 'wuxi', numbering: 'nested', subsidies: [], targets: [] },
  clauses: [clause('s1', '第一条'), clause('s2', '第二条')],
});

describe('policy status in search records', () => {
  it('files every clause of a policy with the status computed for the as-of date, and reads it back', () => {
    const expired = policyStatus({ validUntil: '2025-12-31', period: null }, '2026-11-23');
    const ended = policyStatus({ validUntil: null, period: { start: 2021, end: 2023 } }, '2026-11-23');
    const records = buildSearchRecords([policy('a', expired), policy('b', ended)], regions);
    expect(records.map((r) => readStatus(r.filters))).toEqual([
      { code: 'expired', label: '已失效', basis: '有效期至 2025-12-31' },
      { code: 'expired', label: '已失效', basis: '有效期至 2025-12-31' },
      { code: 'ended', label: '已结束', basis: '规划期 2021—2023' },
      { code: 'ended', label: '已结束', basis: '规划期 2021—2023' },
    ]);
  });

  it('keeps the status out of the metadata, which Pagefind matches against queries', () => {
    const expired = policyStatus({ validUntil: '2025-12-31', period: null }, '2026-11-23');
    const [record] = buildSearchRecords([policy('a', expired)], regions);
    expect(JSON.stringify(record!.meta)).not.toContain('失效');
    expect(JSON.stringify(record!.meta)).not.toContain('2025-12-31');
  });

  it('carries no status for a policy without one, and reads none from a malformed value', () => {
    const [record] = buildSearchRecords([policy('a')], regions);
    expect(record!.filters.status).toBeUndefined();
    expect(readStatus(record!.filters)).toBeNull();
    expect(readStatus({ status: ['expired'] })).toBeNull();
    expect(readStatus({ status: [] })).toBeNull();
  });

  it('writes one value per status, a basis holding the separator intact', () => {
    const status = { code: 'unknown', label: '未载明', basis: 'a|b' };
    expect(readStatus({ status: [statusValue(status)] })).toEqual(status);
  });
});

describe('the article a clause belongs to', () => {
  // 三、 → （四） → its runs and 专栏4 → 专栏4's items; a table group and its rows.
  const tree = new Map(
    [
      ['s3', 'section', null],
      ['s3-c4', 'item', 's3'],
      ['s3-c4-r1', 'run', 's3-c4'],
      ['box4', 'box', 's3-c4'],
      ['box4-2', 'boxItem', 'box4'],
      ['g4', 'group', null],
      ['row15', 'row', 'g4'],
      ['p1', 'paragraph', null],
    ].map(([id, kind, parent]) => [id!, { kind: kind!, parent: parent ?? null }]),
  );
  it('is the nearest enclosing item or table group, or the clause itself when it is one', () => {
    expect(articleOf('s3-c4-r1', tree)).toBe('s3-c4');
    expect(articleOf('box4-2', tree)).toBe('s3-c4');
    expect(articleOf('box4', tree)).toBe('s3-c4');
    expect(articleOf('s3-c4', tree)).toBe('s3-c4');
    expect(articleOf('row15', tree)).toBe('g4');
  });
  it('is none above every article, or for a clause not in the tree', () => {
    expect(articleOf('s3', tree)).toBeNull();
    expect(articleOf('p1', tree)).toBeNull();
    expect(articleOf('nope', tree)).toBeNull();
  });
  it('rides in the record as one hidden word, the same for the clauses of one article', () => {
    const withTree: RecordSourcePolicy = {
      ...policy('a'),
      clauses: [...tree].map(([id, c]) => ({ ...clause(id, `${id}的文字`), kind: c.kind, parent: c.parent })),
    };
    const article = new Map(buildSearchRecords([withTree], regions).map((r) => [r.url.split('#')[1], r.meta.article]));
    expect(article.get('s3-c4-r1')).toBe('_s3_c4');
    expect(article.get('box4-2')).toBe('_s3_c4');
    expect(article.get('row15')).toBe('_g4');
    expect(article.get('p1')).toBeUndefined();
  });
});
