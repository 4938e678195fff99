import { parse } from 'node-html-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { islandJson } from './island.ts';
import { testFinderData } from './testing.ts';

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
