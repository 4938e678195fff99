import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { islandJson } from './island.ts';
import { testFinderData } from './testing.ts';

describe('islandJson', () => {
  it('survives inside a <script> element whatever the quotes hold: </script>, <!--, U+2028', () => {
    const data = testFinderData();
    const nasty = '原文</script><script>alert(1)</script><!-- 注释 \u2028 行分隔';
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
