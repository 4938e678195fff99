/** A policy's status in its search records (issue 19): computed at build time, read back by the page. */
import { describe, expect, it } from 'vitest';
import { policyStatus } from '../status.ts';
import { buildSearchRecords, readStatus, statusValue, type RecordSourcePolicy } from './index-records.ts';

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
