/** What a total rests on: the part from policies not in force, by why — on real answers at two dates. */
import { describe, expect, it } from 'vitest';
import { answer, type ItemResult, type LocationAnswer } from './answer.ts';
import { itemStanding, totalStanding } from './standing.ts';
import { testFinderData } from './testing.ts';
import { EMPTY_PROFILE, type FinderPolicy, type Profile } from './types.ts';

const settle: Profile = {
  ...EMPTY_PROFILE,
  loc: 'wuxi',
  who: '企业',
  stages: ['落户设立', '研发'],
  amounts: { 实收注册资本: 30000 },
};
const at = (asOf: string, profile = settle) => answer(testFinderData(asOf), profile)[0]!;
/** The same answer with the policy of some items given another status. */
const withStatus = (a: LocationAnswer, pick: (i: ItemResult) => boolean, code: FinderPolicy['status']['code']) => ({
  ...a,
  items: a.items.map((i) =>
    pick(i) ? { ...i, current: false, policy: { ...i.policy, status: { ...i.policy.status, code } } } : i,
  ),
});

describe('totalStanding', () => {
  it('无锡’s text is in force in 2024 (有效期至 2025-12-31): nothing of the total is flagged', () => {
    const a = at('2024-06-01');
    expect(a.policies.map((p) => p.status.code)).toEqual(['in-force']);
    expect(a.totalWan).toBeGreaterThan(0);
    expect(totalStanding(a)).toEqual({ totalWan: a.totalWan, notCurrent: {}, allNotCurrent: false });
  });

  it('in November 2026 it has lapsed: the whole total is from a lapsed policy', () => {
    const a = at('2026-11-23');
    expect(a.policies.map((p) => p.status.code)).toEqual(['expired']);
    expect(totalStanding(a)).toEqual({ totalWan: a.totalWan, notCurrent: { lapsed: a.totalWan }, allNotCurrent: true });
  });

  it('part of a total: the sum of the counted items not current, by why', () => {
    const a = at('2024-06-01');
    const counted = a.items.filter((i) => i.counted && i.countedWan);
    expect(counted.length).toBeGreaterThanOrEqual(2);
    const first = counted[0]!;
    const s = totalStanding(withStatus(a, (i) => i === first, 'unknown'));
    expect(s.notCurrent).toEqual({ undated: first.countedWan });
    expect(s.allNotCurrent).toBe(false);
    // Two reasons, together the whole total.
    const both = totalStanding(
      withStatus(
        withStatus(a, (i) => i === first, 'unknown'),
        (i) => i.key !== first.key && i.counted,
        'ended',
      ),
    );
    expect(both.notCurrent).toEqual({ undated: first.countedWan, lapsed: a.totalWan - first.countedWan! });
    expect(both.allNotCurrent).toBe(true);
  });

  it('items not counted (alternatives, no amount, may also apply) never count toward the flagged part', () => {
    const a = at('2026-11-23');
    const notCounted = a.items.filter((i) => !i.counted);
    expect(notCounted.length).toBeGreaterThan(0);
    const onlyThem = { ...a, items: notCounted };
    expect(totalStanding(onlyThem).notCurrent).toEqual({});
  });

  it('nothing counted is never “all from lapsed policies”', () => {
    const none = answer(testFinderData('2026-11-23'), { ...settle, loc: 'kunshan' })[0]!;
    expect(none.totalWan).toBe(0);
    expect(totalStanding(none).allNotCurrent).toBe(false);
  });
});

describe('itemStanding', () => {
  const base = at('2024-06-01').items.find((i) => i.counted)!;
  const as = (code: FinderPolicy['status']['code'], patch: Partial<ItemResult> = {}) =>
    itemStanding({
      ...base,
      current: false,
      policy: { ...base.policy, status: { ...base.policy.status, code } },
      ...patch,
    });
  it('current → null; expired, ended, superseded → lapsed; unknown → undated; not started → not-started', () => {
    expect(itemStanding(base)).toBeNull();
    expect([as('expired'), as('ended'), as('superseded'), as('unknown'), as('not-started')]).toEqual([
      'lapsed',
      'lapsed',
      'lapsed',
      'undated',
      'not-started',
    ]);
  });
  it('a clause whose own period has passed is lapsed, whatever its policy', () => {
    expect(as('in-force', { periodEnded: true })).toBe('lapsed');
    expect(as('unknown', { periodEnded: true })).toBe('lapsed');
  });
});
