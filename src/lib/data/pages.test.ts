import { describe, expect, it } from 'vitest';
import { packPages, pageHref, pageLabel, pageOfKey, pageParam } from './pages.ts';

const group = (key: string, n: number) => ({ key, items: Array.from({ length: n }, (_, i) => `${key}${i + 1}`) });
const shape = (pages: ReturnType<typeof packPages<string>>) =>
  pages.map((p) => p.groups.map((g) => `${g.continued ? '…' : ''}${g.key}:${g.items.length}${g.continues ? '…' : ''}`));

describe('packPages', () => {
  it('keeps everything on one page when it fits (the five policies: the page as before)', () => {
    const pages = packPages([group('wuxi', 40), group('suzhou', 60)], 400);
    expect(shape(pages)).toEqual([['wuxi:40', 'suzhou:60']]);
    expect(pages[0]!.size).toBe(100);
    expect(pages[0]!.number).toBe(1);
  });

  it('starts a new page for a group that does not fit the rest of the current one, instead of splitting it', () => {
    expect(shape(packPages([group('a', 6), group('b', 5), group('c', 4)], 10))).toEqual([['a:6'], ['b:5', 'c:4']]);
  });

  it('fills a page exactly up to the budget', () => {
    expect(shape(packPages([group('a', 4), group('b', 6), group('c', 1)], 10))).toEqual([['a:4', 'b:6'], ['c:1']]);
  });

  it('splits a group larger than a page, marking the parts as continued', () => {
    const pages = packPages([group('a', 2), group('big', 23)], 10);
    expect(shape(pages)).toEqual([['a:2'], ['big:10…'], ['…big:10…'], ['…big:3']]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual([
      ...group('a', 2).items,
      ...group('big', 23).items,
    ]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('no page holds more than the budget, whatever the groups', () => {
    const sizes = [1, 9, 13, 2, 7, 30, 1, 1, 5];
    const pages = packPages(
      sizes.map((n, i) => group(`g${i}`, n)),
      8,
    );
    for (const p of pages) expect(p.size).toBeLessThanOrEqual(8);
    expect(pages.reduce((n, p) => n + p.size, 0)).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('leaves out empty groups, and gives one empty page for nothing', () => {
    expect(shape(packPages([group('a', 0), group('b', 1)], 5))).toEqual([['b:1']]);
    expect(shape(packPages([], 5))).toEqual([[]]);
  });

  it('refuses a budget that is not a positive integer', () => {
    expect(() => packPages([group('a', 1)], 0)).toThrow(/positive integer/);
    expect(() => packPages([group('a', 1)], 2.5)).toThrow(/positive integer/);
  });
});

describe('page addresses', () => {
  it('page 1 is the base; later pages add their number', () => {
    expect(pageHref('/subsidies/', 1)).toBe('/subsidies/');
    expect(pageHref('/subsidies/', 3)).toBe('/subsidies/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(() => pageHref('/subsidies', 2)).toThrow(/end with/);
  });

  it('pageOfKey names the first page holding each group', () => {
    const pages = packPages([group('a', 2), group('big', 23), group('c', 1)], 10);
    expect([...pageOfKey(pages)]).toEqual([
      ['a', 1],
      ['big', 2],
      ['c', 4],
    ]);
  });
});

describe('pageLabel', () => {
  it('names a page by its first and last group, or the one it holds', () => {
    const names: Record<string, string> = { a: '苏州市', big: '昆山市', c: '无锡市' };
    const pages = packPages([group('a', 2), group('big', 23), group('c', 1)], 10);
    expect(pages.map((p) => pageLabel(p, (k) => names[k]!))).toEqual(['苏州市', '昆山市', '昆山市', '昆山市—无锡市']);
    expect(pageLabel(packPages([], 3)[0]!, (k) => k)).toBe('');
  });
});
