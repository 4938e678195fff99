import { parse } from 'node-html-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { answer } from './answer.ts';
import { assemble, finderRegionHref, indexLocations, islandJson, regionsToLoad, splitFinderData } from './island.ts';
import { testFinderData } from './testing.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';

describe('islandJson', () => {
  it('survives inside a <script> element whatever the quotes hold: </script>, <!--, U+2028', () => {
    const data = testFinderData();
    const nasty = '原文</script><script>alert(1)</script><!-- 注释 \u2028 行分隔 \u2029 段分隔';
    data.provisions[0] = { ...data.provisions[0]!, quote: nasty };
    const json = islandJson(data);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    const doc = parse(
      `<html><body><script type="application/json" id="d">${json}</script><p id="after">x</p></body></html>`,
    );
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.getElementById('after')?.textContent).toBe('x');
    const back = JSON.parse(doc.getElementById('d')!.textContent) as typeof data;
    expect(back.provisions[0]!.quote).toBe(nasty);
    expect(back).toEqual(data);
  });
});

describe('finderData', () => {
  // Built inside each test: Stryker activates a mutant for the tests, not while the file is collected.
  let data: ReturnType<typeof testFinderData>;
  beforeEach(() => {
    data = testFinderData();
  });

  it('lists the regions with a policy and those enclosing them, in display order', () => {
    expect(data.regions.map((r) => r.id)).toEqual(['jiangsu', 'suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    expect(data.policies.every((p) => data.regions.some((r) => r.id === p.region))).toBe(true);
  });

  it('carries each policy’s identity, status and address', () => {
    const wuxi = data.policies.find((p) => p.id === 'wuxi-biomed-policy-opinions')!;
    expect(wuxi).toMatchObject({
      title: '市政府关于加快推动生物医药产业高质量发展的若干政策意见',
      shortTitle: '无锡市生物医药产业高质量发展若干政策意见',
      region: 'wuxi',
      validUntil: '2025-12-31',
      href: '/policies/wuxi-biomed-policy-opinions/',
    });
    expect(wuxi.status.code).toBe('expired');
  });

  it('cites each provision by its clause’s label and permalink', () => {
    const sub45 = data.provisions.find((p) => p.policy === 'wuxi-biomed-policy-opinions' && p.id === 'sub45')!;
    expect([sub45.clause, sub45.label, sub45.href]).toEqual([
      's4-c16',
      '第（十六）条',
      '/policies/wuxi-biomed-policy-opinions/#s4-c16',
    ]);
  });

  it('names each provision’s category in Chinese, not by its ID', () => {
    expect(data.provisions.length).toBeGreaterThan(0);
    for (const p of data.provisions) {
      expect(p.categoryName).not.toBe(p.category);
      expect(p.categoryName).toMatch(/^\p{Script=Han}/u);
    }
  });
});

describe('the index and the region files (loaded on demand)', () => {
  let data: ReturnType<typeof testFinderData>;
  beforeEach(() => {
    data = testFinderData();
  });

  it('puts every policy and provision in its own region’s file, and the index holds none of them', () => {
    const { index, files } = splitFinderData(data);
    expect(index.located).toEqual(['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    expect(files.map((f) => f.region)).toEqual(index.located);
    for (const f of files) {
      expect(f.policies.length).toBeGreaterThan(0);
      expect(f.policies.every((p) => p.region === f.region)).toBe(true);
      expect(f.provisions.every((p) => p.region === f.region)).toBe(true);
    }
    expect(files.reduce((n, f) => n + f.provisions.length, 0)).toBe(data.provisions.length);
    expect(Object.keys(index).sort()).toEqual(['asOf', 'located', 'regions']);
    expect(finderRegionHref('taicang')).toBe('/finder/regions/taicang.json');
  });

  it('all the files together are the whole data, in the same order', () => {
    const { index, files } = splitFinderData(data);
    expect(assemble(index, [...files].reverse())).toEqual(data);
  });

  it('names the same locations as the whole data', () => {
    const { index } = splitFinderData(data);
    expect(indexLocations(index).map((l) => [l.id, l.chain.map((r) => r.id)])).toEqual([
      ['suzhou', ['suzhou']],
      ['taicang', ['suzhou', 'taicang']],
      ['kunshan', ['suzhou', 'kunshan']],
      ['snd', ['suzhou', 'snd']],
      ['wuxi', ['wuxi']],
    ]);
  });

  it('a district needs its own file and its city’s; no location needs every file; an unknown one none', () => {
    const { index } = splitFinderData(data);
    expect(regionsToLoad(index, 'taicang')).toEqual(['suzhou', 'taicang']);
    expect(regionsToLoad(index, 'wuxi')).toEqual(['wuxi']);
    expect(regionsToLoad(index, null)).toEqual(index.located);
    expect(regionsToLoad(index, 'jiangsu')).toEqual([]);
    expect(regionsToLoad(index, 'nowhere')).toEqual([]);
  });

  it('the files of a location give the same answer there as the whole data', () => {
    const { index, files } = splitFinderData(data);
    const profiles: Profile[] = [
      { ...EMPTY_PROFILE, loc: 'taicang', who: '企业', stages: ['落户设立'] },
      { ...EMPTY_PROFILE, loc: 'kunshan', products: ['1类创新药'], stages: ['临床III期'] },
      { ...EMPTY_PROFILE, loc: 'wuxi', stages: ['研发'], amounts: { 研发投入: 3000 } },
    ];
    for (const profile of profiles) {
      const need = new Set(regionsToLoad(index, profile.loc));
      const partial = assemble(
        index,
        files.filter((f) => need.has(f.region)),
      );
      expect(partial.provisions.length).toBeLessThan(data.provisions.length);
      const whole = answer(data, profile);
      expect(whole).toHaveLength(1);
      expect(whole[0]!.items.length).toBeGreaterThan(0);
      expect(answer(partial, profile)).toEqual(whole);
    }
  });
});
