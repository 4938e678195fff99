import { describe, expect, it } from 'vitest';
import { batchedSearch, type PreloadingIndex } from './engine.ts';

/**
 * An index that behaves as Pagefind does: a query matches, by prefix, only the words of the chunks
 * loaded so far, and each query's chunk arrives after a delay of its own.
 */
function fakeIndex(words: Record<string, string[]>, delays: Record<string, number>) {
  const loaded = new Set<string>();
  const log: string[] = [];
  const load = async (query: string) => {
    await new Promise((r) => setTimeout(r, delays[query] ?? 0));
    loaded.add(query);
    log.push(`load ${query}`);
  };
  const index: PreloadingIndex<string> = {
    preload: (query) => load(query),
    async search(query) {
      await load(query);
      log.push(`search ${query}`);
      // Every loaded word the query is a prefix of.
      const results = [...loaded].flatMap((w) => (w.startsWith(query) ? (words[w] ?? []) : [])).sort();
      return { results };
    },
  };
  return { index, log };
}

const WORDS = { 新药: ['a'], 新药研发: ['b'], 补贴: ['c'] };

describe('batchedSearch', () => {
  it('lets every query issued together see the chunks of all of them, whatever order they load in', async () => {
    // Unbatched, 新药 is searched before 新药研发's chunk arrives and misses it; later, it would not.
    const slow = fakeIndex(WORDS, { 新药: 0, 新药研发: 20 });
    const unbatched = await Promise.all(['新药', '新药研发'].map((q) => slow.index.search(q, { filters: {} })));
    expect(unbatched[0]!.results).toEqual(['a']);

    for (const delays of [
      { 新药: 0, 新药研发: 20 },
      { 新药: 20, 新药研发: 0 },
    ]) {
      const { index, log } = fakeIndex(WORDS, delays);
      const search = batchedSearch(index);
      const [x, y, z] = await Promise.all([search('新药', {}), search('新药研发', {}), search('补贴', {})]);
      expect(x).toEqual(['a', 'b']);
      expect(y).toEqual(['b']);
      expect(z).toEqual(['c']);
      // Every chunk is loaded before the first search runs.
      const firstSearch = log.findIndex((l) => l.startsWith('search'));
      expect(new Set(log.slice(0, firstSearch))).toEqual(new Set(['load 新药', 'load 新药研发', 'load 补贴']));
    }
  });

  it('batches only what is issued together: a later query is a batch of its own', async () => {
    const { index } = fakeIndex(WORDS, {});
    const search = batchedSearch(index);
    expect(await search('补贴', {})).toEqual(['c']);
    expect(await search('新药', {})).toEqual(['a']);
  });

  it('passes the filters on, and fails every query of a batch whose chunk did not load', async () => {
    const seen: unknown[] = [];
    const broken: PreloadingIndex<string> = {
      preload: (q, o) => {
        seen.push(o.filters);
        return q === 'x' ? Promise.reject(new Error('chunk failed')) : Promise.resolve();
      },
      search: () => Promise.resolve({ results: ['r'] }),
    };
    const search = batchedSearch(broken);
    const outcomes = await Promise.allSettled([search('x', { region: 'wuxi' }), search('y', {})]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(seen).toEqual([{ region: 'wuxi' }, {}]);
  });

  it('gives an empty list when the index answers nothing', async () => {
    const search = batchedSearch<string>({ preload: () => Promise.resolve(), search: () => Promise.resolve(null) });
    expect(await search('q', {})).toEqual([]);
  });
});
