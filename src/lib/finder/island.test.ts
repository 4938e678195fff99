import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
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
  const data = testFinderData();

  it('lists the regions with a policy and those enclosing them, in display order', () => {
    expect(data.regions.map((r) => r.id)).toEqual(['jiangsu', 'suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    expect(data.policies.every((p) => data.regions.some((r) => r.id === p.region))).toBe(true);
  });

  it('names each provision’s category in Chinese, not by its ID', () => {
    expect(data.provisions.length).toBeGreaterThan(0);
    for (const p of data.provisions) {
      expect(p.categoryName).not.toBe(p.category);
      expect(p.categoryName).toMatch(/^\p{Script=Han}/u);
    }
  });
});
