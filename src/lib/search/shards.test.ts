import { describe, expect, it } from 'vitest';
import { planShards, selectShard, shardOf, shardSettings } from './shards.ts';

// The site's own regions (src/content/vocab/regions.yaml) and a second province, as the generated corpus has.
const REGIONS = [
  { id: 'jiangsu', parent: null, order: 1 },
  { id: 'suzhou', parent: 'jiangsu', order: 2 },
  { id: 'taicang', parent: 'suzhou', order: 3 },
  { id: 'kunshan', parent: 'suzhou', order: 4 },
  { id: 'snd', parent: 'suzhou', order: 5 },
  { id: 'wuxi', parent: 'jiangsu', order: 6 },
  { id: 'zhejiang', parent: null, order: 7 },
  { id: 'hangzhou', parent: 'zhejiang', order: 8 },
];

describe('shardOf', () => {
  it('is the enclosing region at the depth asked', () => {
    expect(shardOf('kunshan', REGIONS, 0)).toBe('jiangsu');
    expect(shardOf('kunshan', REGIONS, 1)).toBe('suzhou');
    expect(shardOf('kunshan', REGIONS, 2)).toBe('kunshan');
    expect(shardOf('hangzhou', REGIONS, 0)).toBe('zhejiang');
  });

  it('is the region itself when it lies above that depth', () => {
    expect(shardOf('jiangsu', REGIONS, 1)).toBe('jiangsu');
    expect(shardOf('wuxi', REGIONS, 3)).toBe('wuxi');
  });
});

describe('planShards', () => {
  it('makes one shard per province of the five texts: one bundle, at /pagefind/', () => {
    const shards = planShards(['wuxi', 'suzhou', 'taicang', 'kunshan', 'snd'], REGIONS, 0);
    expect(shards.map((s) => [s.id, s.bundle])).toEqual([['jiangsu', '/pagefind/']]);
    expect(shards[0]!.regions).toEqual(['jiangsu', 'suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
  });

  it('splits by city at depth 1, in the tree’s order; the first bundle is the primary one', () => {
    // Given in an order unlike the tree's: the plan must not depend on the order of the policies.
    const shards = planShards(['wuxi', 'kunshan', 'suzhou', 'hangzhou'], REGIONS, 1);
    expect(shards.map((s) => [s.id, s.bundle])).toEqual([
      ['suzhou', '/pagefind/'],
      ['wuxi', '/pagefind/wuxi/'],
      ['hangzhou', '/pagefind/hangzhou/'],
    ]);
  });

  it('lists the regions a shard’s policies are filed under, with the enclosing ones, and no other', () => {
    const [suzhou, wuxi] = planShards(['kunshan', 'wuxi'], REGIONS, 1);
    // taicang and snd file no policy: a search filtered by them has nothing to find in this shard.
    expect(suzhou!.regions).toEqual(['jiangsu', 'suzhou', 'kunshan']);
    expect(wuxi!.regions).toEqual(['jiangsu', 'wuxi']);
  });

  it('gives a province-level policy its own shard at depth 1', () => {
    const shards = planShards(['jiangsu', 'wuxi'], REGIONS, 1);
    expect(shards.map((s) => s.id)).toEqual(['jiangsu', 'wuxi']);
    expect(shards[0]!.regions).toEqual(['jiangsu']);
  });
});

describe('shardSettings', () => {
  it('defaults to one shard per province, all built', () => {
    expect(shardSettings({})).toEqual({ depth: 0, only: null });
    expect(shardSettings({ SEARCH_SHARD_DEPTH: ' 1 ', SHARD: 'wuxi' })).toEqual({ depth: 1, only: 'wuxi' });
    expect(shardSettings({ SHARD: '' })).toEqual({ depth: 0, only: null });
  });

  it('names the variable and what it expects when a value is wrong', () => {
    expect(() => shardSettings({ SEARCH_SHARD_DEPTH: 'city' })).toThrow(
      /SEARCH_SHARD_DEPTH=city: expected a whole number/,
    );
    expect(() => shardSettings({ SEARCH_SHARD_DEPTH: '-1' })).toThrow(/SEARCH_SHARD_DEPTH=-1/);
    expect(() => shardSettings({ SEARCH_SHARD_DEPTH: '1.5' })).toThrow(/SEARCH_SHARD_DEPTH=1.5/);
    expect(() => shardSettings({ SHARD: '无锡' })).toThrow(/SHARD=无锡: expected one region ID/);
    expect(() => shardSettings({ SHARD: 'wuxi,suzhou' })).toThrow(/SHARD=wuxi,suzhou/);
  });
});

describe('selectShard', () => {
  const shards = planShards(['kunshan', 'wuxi'], REGIONS, 1);
  it('finds the shard SHARD names, or none when unset', () => {
    expect(selectShard(shards, 'wuxi')?.bundle).toBe('/pagefind/wuxi/');
    expect(selectShard(shards, null)).toBeNull();
  });
  it('lists the corpus’s shards when SHARD names another', () => {
    expect(() => selectShard(shards, 'kunshan')).toThrow(
      'SHARD=kunshan: no policy is filed in that shard; the shards of this corpus are suzhou, wuxi',
    );
  });
});
