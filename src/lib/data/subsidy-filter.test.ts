import { describe, expect, it } from 'vitest';
import {
  compareRows,
  filterPage,
  matches,
  nextOrder,
  readFilter,
  writeFilter,
  type Filter,
  type RowData,
} from './subsidy-filter.ts';

const row = (patch: Partial<RowData>): RowData => ({
  region: 'wuxi',
  regionOrder: 5,
  kind: '资助',
  amount: 300,
  position: 0,
  ...patch,
});
const all: Filter = { region: '', category: '', kind: '', amountOnly: false };

describe('matches', () => {
  it('shows everything with an empty filter', () => {
    expect(matches(row({ amount: null }), 'device-registration', all)).toBe(true);
  });
  it('filters by region, category, kind and amount', () => {
    expect(matches(row({}), 'x', { ...all, region: 'snd' })).toBe(false);
    expect(matches(row({}), 'x', { ...all, category: 'y' })).toBe(false);
    expect(matches(row({}), 'x', { ...all, kind: '奖励' })).toBe(false);
    expect(matches(row({ amount: null }), 'x', { ...all, amountOnly: true })).toBe(false);
    expect(matches(row({}), 'x', { region: 'wuxi', category: 'x', kind: '资助', amountOnly: true })).toBe(true);
  });
});

describe('compareRows', () => {
  const rows = [
    row({ amount: 50, position: 0 }),
    row({ amount: null, position: 1 }),
    row({ amount: 300, position: 2 }),
    row({ amount: 300, position: 3 }),
  ];
  const sorted = (key: 'amount' | 'region' | 'kind', dir: 'ascending' | 'descending') =>
    [...rows].sort((a, b) => compareRows(a, b, key, dir)).map((r) => r.position);
  it('sorts amounts largest first, keeping served order among equals, unstated last', () => {
    expect(sorted('amount', 'descending')).toEqual([2, 3, 0, 1]);
  });
  it('sorts amounts smallest first with unstated still last', () => {
    expect(sorted('amount', 'ascending')).toEqual([0, 2, 3, 1]);
  });
  it('sorts by region order', () => {
    const r = [row({ regionOrder: 5, position: 0 }), row({ regionOrder: 1, position: 1 })];
    expect(r.sort((a, b) => compareRows(a, b, 'region', 'ascending')).map((x) => x.position)).toEqual([1, 0]);
  });
});

describe('readFilter / writeFilter', () => {
  it('round-trips through the URL query and leaves defaults out', () => {
    const f: Filter = { region: 'wuxi', category: 'talent', kind: '', amountOnly: true };
    expect(writeFilter(f).toString()).toBe('region=wuxi&category=talent&amount=1');
    expect(readFilter(writeFilter(f))).toEqual(f);
    expect(writeFilter(all).toString()).toBe('');
  });
});

describe('nextOrder', () => {
  it('starts amounts largest first and names A→Z, then reverses on each click', () => {
    expect(nextOrder(null, 'amount')).toBe('descending');
    expect(nextOrder(null, 'region')).toBe('ascending');
    expect(nextOrder(null, 'kind')).toBe('ascending');
    expect(nextOrder('descending', 'amount')).toBe('ascending');
    expect(nextOrder('ascending', 'amount')).toBe('descending');
  });
});

describe('filterPage (regions split over pages)', () => {
  const pageOf = new Map([
    ['wuxi', '/subsidies/'],
    ['kunshan', '/subsidies/2/'],
  ]);
  const f = (patch: Partial<Filter>): Filter => ({ region: '', category: '', kind: '', amountOnly: false, ...patch });

  it('stays on this page when the region is here, none is picked, or the region is unknown', () => {
    expect(filterPage(f({ region: 'wuxi' }), pageOf, '/subsidies/')).toBeNull();
    expect(filterPage(f({ kind: '奖励' }), pageOf, '/subsidies/2/')).toBeNull();
    expect(filterPage(f({ region: 'nowhere' }), pageOf, '/subsidies/')).toBeNull();
  });

  it('goes to the region’s page, keeping the whole filter in the address', () => {
    expect(filterPage(f({ region: 'kunshan', category: 'talent', amountOnly: true }), pageOf, '/subsidies/')).toBe(
      '/subsidies/2/?region=kunshan&category=talent&amount=1',
    );
    expect(filterPage(f({ region: 'wuxi' }), pageOf, '/subsidies/2/')).toBe('/subsidies/?region=wuxi');
  });
});
