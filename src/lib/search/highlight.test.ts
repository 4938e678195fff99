/** Result excerpts: which writings are marked, and where the window is cut. */
import { describe, expect, it } from 'vitest';
import { heldNeedles, snippet, snippetNeedles, type Needle, type Segment } from './highlight.ts';

const plain = (parts: Segment[]) => parts.map((p) => p.text).join('');
const marked = (parts: Segment[]) => parts.filter((p) => p.mark).map((p) => p.text);
/** Characters shown before and after the first marked `word` in an excerpt (ellipses left out). */
function around(parts: Segment[], word: string): [number, number] {
  const text = parts
    .filter((p) => p.text !== '…')
    .map((p) => p.text)
    .join('');
  const at = text.indexOf(word);
  return [at, text.length - at - word.length];
}

describe('snippet', () => {
  it('centres the window on the rarest term the clause holds, not on the first match', () => {
    const text = `支持研发补贴${'甲'.repeat(150)}质子治疗${'乙'.repeat(150)}`;
    const needles: Needle[] = [
      { text: '补贴', holders: 40 },
      { text: '质子', holders: 2 },
    ];
    const parts = snippet(text, needles, 60);
    expect(marked(parts)).toEqual(['质子']);
    const [before, after] = around(parts, '质子');
    expect(Math.abs(before - after)).toBeLessThanOrEqual(1);
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
  });

  it('marks every matched writing, inside longer words too (补贴 in 补贴力度)', () => {
    const text = '加大补贴力度，对临床试验给予资助。';
    const parts = snippet(text, [
      { text: '临床试验', holders: 12 },
      { text: '补贴', holders: Infinity },
    ]);
    expect(marked(parts)).toEqual(['补贴', '临床试验']);
    expect(plain(parts)).toBe(text);
  });

  it('among the rarest term’s occurrences, picks the one shown with most other terms', () => {
    const text = `质子${'甲'.repeat(100)}重离子与质子治疗${'乙'.repeat(100)}`;
    const parts = snippet(
      text,
      [
        { text: '质子', holders: 2 },
        { text: '重离子', holders: 3 },
      ],
      40,
    );
    expect(marked(parts)).toEqual(['重离子', '质子']);
  });

  it('on equal counts, centres on the longer writing', () => {
    const text = `器械${'甲'.repeat(100)}医疗器械注册人${'乙'.repeat(100)}`;
    const parts = snippet(
      text,
      [
        { text: '器械', holders: 5 },
        { text: '医疗器械注册人', holders: 5 },
      ],
      30,
    );
    expect(marked(parts)).toContain('医疗器械注册人');
    expect(plain(parts)).not.toMatch(/^器械/u);
  });

  it('keeps a short text whole and shows a long one without a match from its start', () => {
    expect(snippet('短文本', [{ text: '文本', holders: 1 }], 30)).toEqual([
      { text: '短', mark: false },
      { text: '文本', mark: true },
    ]);
    const long = '甲'.repeat(50);
    expect(snippet(long, [{ text: '乙', holders: 1 }], 30)).toEqual([
      { text: '甲'.repeat(30), mark: false },
      { text: '…', mark: false },
    ]);
  });

  it('stays inside the text when the rarest term is near its end', () => {
    const text = `${'甲'.repeat(100)}质子`;
    const parts = snippet(text, [{ text: '质子', holders: 1 }], 30);
    expect(parts.at(-1)).toEqual({ text: '质子', mark: true });
    expect(plain(parts)).toBe(`…${'甲'.repeat(28)}质子`);
  });
});

describe('snippetNeedles', () => {
  const plan = {
    phrases: ['创新药临床试验'],
    concepts: [
      { forms: [{ text: '创新药' }], parts: [] },
      {
        forms: [{ text: '临床试验' }, { text: '临床实验' }],
        parts: [
          { text: '临床', forms: [{ text: '临床' }] },
          { text: '试验', forms: [{ text: '试验' }] },
        ],
      },
    ],
    soft: ['奖励', '临床'],
  };

  it('gives phrases, writings, words and support words their counts, each writing once at its lowest', () => {
    const needles = snippetNeedles(plan, [30, 12], new Map([['临床', 20]]));
    expect(Object.fromEntries(needles.map((n) => [n.text, n.holders]))).toEqual({
      创新药临床试验: 0,
      创新药: 30,
      临床试验: 12,
      临床实验: 12,
      临床: 20,
      试验: Infinity,
      奖励: Infinity,
    });
  });

  it('lists the writings a text holds, longest first', () => {
    const needles = snippetNeedles(plan, [30, 12], new Map());
    expect(heldNeedles('对开展临床试验的创新药给予奖励', needles)).toEqual([
      '临床试验',
      '创新药',
      '临床',
      '试验',
      '奖励',
    ]);
    expect(heldNeedles('无关', needles)).toEqual([]);
  });
});
