import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCompat } from '../fold.ts';
import { byCodeUnit, normalize, normalizeWithMap, QUOTES } from './normalize.ts';

/** The rule as first written, one character at a time with no table or memo: the oracle. */
function reference(input: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    if (!/\s/u.test(ch)) {
      for (const unit of foldCompat(ch).replace(/\s+/gu, '')) {
        if (QUOTES.has(unit)) continue;
        text += unit;
        for (let k = 0; k < unit.length; k++) map.push(i);
      }
    }
    i += ch.length;
  }
  return { text, map };
}

// Texts as the policies and readers write them: Han, full-width forms, quotes, spaces, compatibility
// characters that NFKC expands (㍻ ﬁ), astral characters, and lone surrogates.
const pieces = [
  '医疗器械',
  '第（十二）条',
  '２０２５年',
  'ＡＢＣ',
  '“小巨人”',
  '「注册」',
  ' ',
  '\u3000',
  '\n',
  '\u2063',
  '㍻',
  'ﬁ',
  '½',
  'Ⅲ期',
  '𠀀',
  '\ud800',
  'III期',
  '500万元',
  '⼀',
  '﹝2022﹞',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('normalizeWithMap', () => {
  it('folds every text as the character-by-character rule does, map included', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalizeWithMap(input)).toEqual(reference(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answer again for a text it has seen (long texts are remembered)', () => {
    const clause = '（三）支持医疗器械注册人制度试点。对取得第三类医疗器械注册证的企业，给予“最高500万元”资助。';
    const first = normalizeWithMap(clause);
    expect(normalizeWithMap(clause)).toEqual(first);
    expect(normalizeWithMap(`${clause}`.slice(0))).toEqual(reference(clause));
    expect(normalize(clause)).toBe(reference(clause).text);
  });

  it('keeps answering rightly after more texts than it remembers', () => {
    const texts = Array.from({ length: 1500 }, (_, i) => `第${i}条\u3000支持“创新药”临床试验，最高资助${i}万元。`);
    for (const t of texts) normalizeWithMap(t);
    for (const t of [texts[0]!, texts[700]!, texts[1499]!]) expect(normalizeWithMap(t)).toEqual(reference(t));
  });
});

describe('byCodeUnit', () => {
  it('orders by UTF-16 code units, whatever the locale', () => {
    expect(['无锡', '苏州', '太仓', 'Ab', 'ab', '(b)'].sort(byCodeUnit)).toEqual([
      '(b)',
      'Ab',
      'ab',
      '太仓',
      '无锡',
      '苏州',
    ]);
  });

  it('is a consistent order: antisymmetric, and 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(byCodeUnit(a, b)) + Math.sign(byCodeUnit(b, a))).toBe(0);
        expect(byCodeUnit(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
