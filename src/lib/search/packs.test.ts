import { describe, expect, it } from 'vitest';
import {
  fragmentRequest,
  groupByPack,
  packCount,
  packKey,
  packPath,
  parseManifest,
  planFetch,
  PACK_FORMAT,
  PACK_RECORDS,
  type PackManifest,
} from './packs.ts';

/** Hashes shaped like Pagefind's record IDs (zh-cn_ + 7 hex digits), deterministic. */
const hashes = (n: number, seed = 1) => {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(`zh-cn_${x.toString(16).padStart(8, '0').slice(0, 7)}`);
  }
  return out;
};

const manifest = (packs: number, tag = 'abcdef012345'): PackManifest => ({
  format: PACK_FORMAT,
  records: packs * PACK_RECORDS,
  packs,
  tag,
});

describe('packCount: the pack size rule', () => {
  it('gives about PACK_RECORDS records a pack at every corpus size', () => {
    for (const records of [424, 1_198, 38_175, 72_000]) {
      const packs = packCount(records);
      expect(records / packs).toBeGreaterThan(PACK_RECORDS * 0.9);
      expect(records / packs).toBeLessThan(PACK_RECORDS * 1.1);
    }
    expect(packCount(424)).toBe(18);
  });

  it('gives a small bundle one pack, never none', () => {
    expect(packCount(0)).toBe(1);
    expect(packCount(5)).toBe(1);
    expect(packCount(36)).toBe(2);
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => packCount(-1)).toThrow(/whole number/u);
    expect(() => packCount(2.5)).toThrow(/whole number/u);
  });
});

describe('packKey', () => {
  it('is a whole number below the number of packs, the same every time', () => {
    for (const h of hashes(200)) {
      const k = packKey(h, 37);
      expect(Number.isInteger(k) && k >= 0 && k < 37).toBe(true);
      expect(packKey(h, 37)).toBe(k);
    }
    expect(packKey('zh-cn_02b6a40', 1)).toBe(0);
  });

  it('spreads records evenly even when their leading digits are not (Pagefind’s are not)', () => {
    // Every hash starts with the same digit: a key taken from a prefix would put them all in one pack.
    const skewed = hashes(2400).map((h) => `zh-cn_0${h.slice(7)}`);
    const sizes = [...groupByPack(skewed, 100).values()].map((l) => l.length);
    expect(sizes.length).toBe(100);
    expect(Math.max(...sizes)).toBeLessThan(48); // mean 24: no pack twice the mean
    expect(Math.min(...sizes)).toBeGreaterThan(8);
  });

  it('distinguishes IDs that differ in one character', () => {
    const keys = new Set(
      ['zh-cn_1000000', 'zh-cn_1000001', 'zh-cn_1000002', 'zh-cn_1000003'].map((h) => packKey(h, 1000)),
    );
    expect(keys.size).toBeGreaterThan(1);
  });

  it('rejects a number of packs below one', () => {
    expect(() => packKey('zh-cn_1', 0)).toThrow(/packs/u);
  });
});

describe('groupByPack', () => {
  it('puts every record in exactly one pack, the one its key names', () => {
    const all = hashes(500);
    const groups = groupByPack(all, packCount(all.length));
    const seen = [...groups.values()].flat();
    expect(seen.sort()).toEqual([...all].sort());
    for (const [key, list] of groups) for (const h of list) expect(packKey(h, packCount(all.length))).toBe(key);
  });
});

describe('fragmentRequest', () => {
  it('reads the bundle and the record hash of a fragment request', () => {
    expect(fragmentRequest('/pagefind/fragment/zh-cn_02b6a40.pf_fragment')).toEqual({
      bundle: '/pagefind/',
      hash: 'zh-cn_02b6a40',
    });
    expect(fragmentRequest('/pagefind/wuxi/fragment/zh-cn_02b6a40.pf_fragment')).toEqual({
      bundle: '/pagefind/wuxi/',
      hash: 'zh-cn_02b6a40',
    });
  });

  it('ignores every other request', () => {
    expect(fragmentRequest('/pagefind/index/zh-cn_02b6a40.pf_index')).toBeNull();
    expect(fragmentRequest('/pagefind/a/b/fragment/x.pf_fragment')).toBeNull();
    expect(fragmentRequest('/other/fragment/x.pf_fragment')).toBeNull();
    expect(fragmentRequest('/pagefind/pack/abc_1.pf_pack')).toBeNull();
  });
});

describe('parseManifest', () => {
  it('accepts what the build writes', () => {
    expect(parseManifest({ format: 1, records: 424, packs: 18, tag: 'ee47e851a25a' }, 'm')).toEqual({
      format: 1,
      records: 424,
      packs: 18,
      tag: 'ee47e851a25a',
    });
  });

  it('names the file and the field of anything else', () => {
    expect(() => parseManifest(null, '/pagefind/pack/manifest.json')).toThrow(/manifest\.json: the manifest/u);
    expect(() => parseManifest({ format: 2, records: 1, packs: 1, tag: 'abcdef' }, 'f')).toThrow(/f: format/u);
    expect(() => parseManifest({ format: 1, records: 1, packs: 0, tag: 'abcdef' }, 'f')).toThrow(/f: packs/u);
    expect(() => parseManifest({ format: 1, records: -1, packs: 1, tag: 'abcdef' }, 'f')).toThrow(/f: records/u);
    expect(() => parseManifest({ format: 1, records: 1, packs: 1, tag: '../x' }, 'f')).toThrow(/f: tag/u);
  });
});

describe('planFetch', () => {
  const bundle = '/pagefind/';
  const m = manifest(4);
  const manifests = new Map([[bundle, m]]);
  const all = hashes(400);
  const inPack = (k: number) => all.filter((h) => packKey(h, m.packs) === k);

  it('fetches a pack that at least `worth` of the records wanted together fall in', () => {
    const wanted = inPack(0)
      .slice(0, 3)
      .map((hash) => ({ bundle, hash }));
    const plan = planFetch(wanted, manifests, new Set(), 3);
    expect([...plan.packs]).toEqual([[packPath(bundle, m, 0), [0, 1, 2]]]);
    expect(plan.fragments).toEqual([]);
  });

  it('fetches a record alone when too few of those wanted share its pack', () => {
    const wanted = [...inPack(0).slice(0, 2), ...inPack(1).slice(0, 1)].map((hash) => ({ bundle, hash }));
    const plan = planFetch(wanted, manifests, new Set(), 3);
    expect(plan.packs.size).toBe(0);
    expect(plan.fragments).toEqual([0, 1, 2]);
  });

  it('answers from a pack already fetched, however few are wanted from it', () => {
    const wanted = [{ bundle, hash: inPack(2)[0]! }];
    const plan = planFetch(wanted, manifests, new Set([packPath(bundle, m, 2)]), 3);
    expect([...plan.packs]).toEqual([[packPath(bundle, m, 2), [0]]]);
    expect(plan.fragments).toEqual([]);
  });

  it('keeps bundles apart: the same key in two bundles is two packs', () => {
    const other = '/pagefind/wuxi/';
    const two = new Map([
      [bundle, m],
      [other, manifest(4, '0123456789ab')],
    ]);
    const hs = inPack(3).slice(0, 3);
    const wanted = [...hs.map((hash) => ({ bundle, hash })), ...hs.map((hash) => ({ bundle: other, hash }))];
    const plan = planFetch(wanted, two, new Set(), 3);
    expect([...plan.packs.keys()].sort()).toEqual([packPath(bundle, m, 3), packPath(other, two.get(other)!, 3)].sort());
  });

  it('fetches the records of a bundle without a manifest as fragments', () => {
    const plan = planFetch(
      all.slice(0, 5).map((hash) => ({ bundle: '/pagefind/zhejiang/', hash })),
      manifests,
      new Set(),
      1,
    );
    expect(plan.fragments).toEqual([0, 1, 2, 3, 4]);
  });

  it('fetches each pack once for a batch spread over all of them (the five-policy case)', () => {
    const wanted = all.slice(0, 120).map((hash) => ({ bundle, hash }));
    const plan = planFetch(wanted, manifests, new Set());
    expect(plan.packs.size).toBe(4);
    expect([...plan.packs.values()].flat().sort((a, b) => a - b)).toEqual(wanted.map((_, i) => i));
  });
});
