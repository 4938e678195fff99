import { describe, expect, it } from 'vitest';
import {
  corrections,
  doubledCollapses,
  expansions,
  fallbackPieces,
  patternQuery,
  SHORTENING_GAP,
  shorteningPattern,
  typoPatterns,
  windowPatterns,
} from './suggest.ts';

describe('one-character slips', () => {
  it('tries each character of a Han term of 3–12 characters', () => {
    expect(typoPatterns('瞪铃企业')).toEqual([
      { before: '', after: '铃企业', typed: '瞪' },
      { before: '瞪', after: '企业', typed: '铃' },
      { before: '瞪铃', after: '业', typed: '企' },
      { before: '瞪铃企', after: '', typed: '业' },
    ]);
    expect(typoPatterns('药品')).toEqual([]);
    expect(typoPatterns('cro药物')).toEqual([]);
    expect(typoPatterns('一'.repeat(13))).toEqual([]);
    // The bounds themselves: 3 and 12 characters.
    expect(typoPatterns('临床式')).toHaveLength(3);
    expect(typoPatterns('一'.repeat(12))).toHaveLength(12);
  });

  it('finds the corrections the texts offer, counted once per text, most frequent first', () => {
    const pattern = { before: '临床', after: '验机构', typed: '式' };
    const texts = ['加强临床试验机构建设，临床试验机构', '药物临床试验机构', '临床实验机构', '临床式验机构'];
    expect(corrections(texts, pattern)).toEqual([
      { term: '临床试验机构', count: 2 },
      { term: '临床实验机构', count: 1 },
    ]);
    expect(corrections(['a.b'], { before: 'a', after: 'b', typed: 'x' })).toEqual([]);
    // The known text is matched literally, not as a pattern.
    expect(corrections(['1.5药类', '1x5药类'], { before: '1.5', after: '类', typed: '字' })).toEqual([
      { term: '1.5药类', count: 1 },
    ]);
    // Most texts first, then in collation order.
    expect(
      corrections(
        ['临床实验机构', '临床试验机构', '临床试验机构', '临床验验机构', '临床验验机构', '临床验验机构'],
        pattern,
      ),
    ).toEqual([
      { term: '临床验验机构', count: 3 },
      { term: '临床试验机构', count: 2 },
      { term: '临床实验机构', count: 1 },
    ]);
    expect(corrections(['临床试验机构', '临床实验机构'], pattern).map((c) => c.term)).toEqual(
      ['临床实验机构', '临床试验机构'].sort((a, b) => a.localeCompare(b)),
    );
    expect(patternQuery(pattern)).toEqual(['临床', '验机构']);
    expect(patternQuery({ before: '', after: '铃企业', typed: '瞪' })).toEqual(['铃企业']);
  });
});

describe('parts of a query offered when nothing holds it', () => {
  const c = (text: string, parts: string[] = []) => ({ text, parts: parts.map((p) => ({ text: p })) });
  it('offers the support words typed and the words of each term, longest first, never the query', () => {
    expect(fallbackPieces({ raw: '房租补贴', concepts: [c('房租')], asked: ['补贴'] })).toEqual(['补贴']);
    expect(
      fallbackPieces({
        raw: '免疫细胞治疗有什么奖励',
        concepts: [c('免疫细胞治疗', ['免疫', '细胞治疗'])],
        asked: ['奖励'],
      }),
    ).toEqual(['细胞治疗', '免疫', '奖励']);
    expect(fallbackPieces({ raw: '免疫', concepts: [c('免疫')], asked: [] })).toEqual([]);
  });
  it('offers each piece once, at most the limit', () => {
    const plan = {
      raw: '量子 细胞治疗 奖励',
      concepts: [c('量子'), c('细胞治疗', ['细胞', '治疗'])],
      asked: ['奖励', '细胞'],
    };
    expect(fallbackPieces(plan)).toEqual(['细胞', '治疗', '奖励']);
    expect(fallbackPieces(plan, 2)).toEqual(['细胞', '治疗']);
    expect(fallbackPieces({ raw: '细胞', concepts: [c('细胞', ['细胞'])], asked: [] })).toEqual([]);
  });
});

describe('windowPatterns', () => {
  it('keeps two characters of the term either side of the slip, inside a term of five or more', () => {
    expect(windowPatterns('知识产权质压融资').map((p) => p.typed)).toEqual(['产', '权', '质', '压']);
    expect(windowPatterns('临床式验')).toEqual([]);
    expect(windowPatterns('cro外包平台')).toEqual([]);
    const at = windowPatterns('知识产权质压融资').find((p) => p.typed === '压')!;
    expect(at).toEqual({ head: '知识产', before: '权质', typed: '压', after: '融资', tail: '' });
    // The correction is the whole term, the texts holding only the window.
    expect(corrections(['推进未来收益权质押融资'], at)).toEqual([{ term: '知识产权质押融资', count: 1 }]);
  });
});

describe('shortenings', () => {
  const texts = [
    '鼓励企业主导制修订国家标准和行业标准',
    '开展人类遗传资源管理服务',
    '支持投保临床试验责任保险',
    '新认定的高新技术企业，国家级别的标准化示范',
    '支持上市许可持有人委托生产',
  ];

  it('reads a term as its characters kept in order, run to the end of the last word', () => {
    expect(expansions(texts, '国标')).toEqual([{ term: '国家标准', count: 1 }]);
    expect(expansions(texts, '人遗')).toEqual([{ term: '人类遗传', count: 1 }]);
    expect(expansions(texts, '临责险')).toEqual([{ term: '临床试验责任保险', count: 1 }]);
    expect(expansions(texts, '高企')).toEqual([{ term: '高新技术企业', count: 1 }]);
    // A character left out by mistake is the same shape.
    expect(expansions(texts, '上市许可持人')).toEqual([{ term: '上市许可持有人', count: 1 }]);
  });

  it('leaves at most SHORTENING_GAP characters between two kept ones, and counts a writing once per text', () => {
    const gap = '甲'.repeat(SHORTENING_GAP);
    expect(expansions([`国${gap}标`], '国标').map((e) => e.term)).toEqual([`国${gap}标`]);
    expect(expansions([`国${gap}甲标`], '国标')).toEqual([]);
    // Punctuation or letters between the characters: not one writing.
    expect(expansions(['国家，标准', '国家A标准'], '国标')).toEqual([]);
    expect(expansions(['国家标准 国家标准', '国家标准', '国内标杆'], '国标')).toEqual([
      { term: '国家标准', count: 2 },
      { term: '国内标杆', count: 1 },
    ]);
  });

  it('reads only Han terms of two to six characters, never the term itself', () => {
    expect(shorteningPattern('国')).toBeNull();
    expect(shorteningPattern('一二三四五六七')).toBeNull();
    expect(shorteningPattern('CRO外包')).toBeNull();
    expect(expansions(['国标委'], '国标')).toEqual([]);
  });
});

describe('doubledCollapses', () => {
  it('leaves out one of a Han character typed twice, one pair at a time', () => {
    expect(doubledCollapses('改良型型新药')).toEqual(['改良型新药']);
    expect(doubledCollapses('临床试验验机机构')).toEqual(['临床试验机机构', '临床试验验机构']);
    // Three in a row give the same term once.
    expect(doubledCollapses('药药药')).toEqual(['药药']);
  });
  it('finds nothing to undo without a pair of the same Han character side by side', () => {
    expect(doubledCollapses('临床试验机构')).toEqual([]);
    expect(doubledCollapses('型新型')).toEqual([]);
    expect(doubledCollapses('cctv')).toEqual([]);
  });
});
