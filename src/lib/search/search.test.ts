/** Pure search functions: normalisation, query building, ranking, highlighting, URL state, records. */
import { describe, expect, it } from 'vitest';
import { BOUNDARY, containsTerm, indexText, normalize, normalizeWithMap, occurrences } from './normalize.ts';
import { MAX_TOKENS, parseQuery, termTokens } from './query-tokens.ts';
import { keep, longestRun, matchInfo, rank, verificationOrder } from './rank.ts';
import { excerpt, matchRanges, segments } from './highlight.ts';
import { pagefindFilters, readState, writeState } from './state.ts';
import {
  buildSearchRecords,
  hideMeta,
  parseClauseUrl,
  regionFilterValues,
  showMeta,
  uniqueHan,
} from './index-records.ts';

describe('normalize', () => {
  it('joins Han text split by layout spaces and turns line breaks into boundaries', () => {
    expect(indexText('补链 三年行动计划')).toBe('补链三年行动计划');
    expect(indexText('到 2023 年，超 4000 家')).toBe('到 2023 年，超 4000 家');
    expect(indexText('（二）发展目标\n到 2023 年')).toBe(`（二）发展目标${BOUNDARY}到 2023 年`);
    expect(indexText('  2\n  加快创新药物研发 \n科技局  ')).toBe(`2${BOUNDARY}加快创新药物研发${BOUNDARY}科技局`);
  });

  it('folds width and case, drops whitespace and maps back to the original', () => {
    const { text, map } = normalizeWithMap('到 ２０２３ 年 GCP');
    expect(text).toBe('到2023年gcp');
    expect(map[1]).toBe(2);
    expect(map[5]).toBe(7);
  });

  it('matches letter and digit runs only whole', () => {
    expect(occurrences(normalize('最高500万元'), '500万元')).toEqual([2]);
    expect(occurrences(normalize('最高3500万元'), '500万元')).toEqual([]);
    expect(occurrences(normalize('II、III期临床'), 'i期')).toEqual([]);
    expect(occurrences(normalize('I期临床'), 'i期')).toEqual([0]);
    expect(containsTerm('超 4000 家', '4000家')).toBe(true);
    expect(containsTerm('超 40000 家', '4000家')).toBe(false);
  });

  it('does not match across a boundary', () => {
    expect(containsTerm(`科技局${BOUNDARY}工信局`, '科技局工信局')).toBe(false);
  });
});

describe('parseQuery', () => {
  it('turns Han text into overlapping pairs', () => {
    expect(parseQuery('三类医疗器械')).toMatchObject({
      terms: ['三类医疗器械'],
      tokens: ['三类', '类医', '医疗', '疗器', '器械'],
      pagefind: '三类 类医 医疗 疗器 器械',
    });
  });

  it('keeps single characters and whole numbers', () => {
    expect(parseQuery('药').tokens).toEqual(['药']);
    expect(parseQuery('3500万元').tokens).toEqual(['3500', '万元']);
    expect(parseQuery('A股').tokens).toEqual(['a', '股']);
  });

  it('splits terms on any whitespace, drops duplicates and punctuation-only terms', () => {
    expect(parseQuery('  临床试验　资助 临床试验 ， ').terms).toEqual(['临床试验', '资助']);
    expect(parseQuery('，。！').tokens).toEqual([]);
  });

  it('drops quotation marks around a term but keeps those inside it', () => {
    expect(parseQuery('"三类医疗器械"').terms).toEqual(['三类医疗器械']);
    expect(parseQuery('“揭榜挂帅”').terms).toEqual(['揭榜挂帅']);
    expect(parseQuery('不断加大“三首”支持力度').terms).toEqual(['不断加大“三首”支持力度']);
  });

  it('caps the tokens of a pasted paragraph', () => {
    const long =
      '健全基础研究和应用基础研究支持体系支持生物医药前沿基础领域和关键核心技术的基础理论研究推动实现一批原始技术创新突破';
    const q = parseQuery(long);
    expect(q.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(q.tokens[0]).toBe('健全');
    expect(q.tokens.at(-1)).toBe('突破');
  });

  it('treats markup as plain text', () => {
    const q = parseQuery('<script>alert(1)</script>');
    expect(q.terms).toEqual(['<script>alert(1)</script>']);
    expect(q.tokens).toEqual(['script', 'alert', '1']);
  });

  it('termTokens handles mixed runs', () => {
    expect(termTokens('cro药物')).toEqual(['cro', '药物']);
    expect(termTokens('1+n')).toEqual(['1', 'n']);
  });
});

describe('rank', () => {
  it('tells exact, partial and unrelated matches apart', () => {
    const terms = parseQuery('三类医疗器械').terms;
    expect(matchInfo('给予第三类医疗器械产品', terms)).toEqual({ exact: true, matched: 1, covered: 1 });
    // All pairs present, not adjacent: partial.
    expect(matchInfo('三类产品；二类医疗器械', terms)).toEqual({ exact: false, matched: 0, covered: 1 });
    // A pair missing: not even partial.
    expect(matchInfo('二类医疗器械', terms)).toEqual({ exact: false, matched: 0, covered: 0 });
    expect(keep({ exact: false, matched: 0, covered: 0 }, 1, 'all')).toBe(false);
  });

  it('requires every term for an exact match of several terms', () => {
    const terms = parseQuery('临床试验 资助').terms;
    expect(matchInfo('临床试验阶段给予资助', terms).exact).toBe(true);
    expect(matchInfo('临床试验阶段给予支持', terms)).toMatchObject({ exact: false, matched: 1 });
    expect(keep(matchInfo('临床试验阶段给予支持', terms), 2, 'all')).toBe(false);
    expect(keep(matchInfo('临床试验阶段给予支持', terms), 2, 'any')).toBe(true);
  });

  it('puts exact matches first, then more terms, then Pagefind order', () => {
    const m = (exact: boolean, matched: number) => ({ exact, matched, covered: 2 });
    const items = [
      { order: 0, match: m(false, 1), id: 'a' },
      { order: 1, match: m(true, 2), id: 'b' },
      { order: 2, match: m(false, 0), id: 'c' },
      { order: 3, match: m(true, 2), id: 'd' },
    ];
    expect(rank(items).map((i) => i.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('orders verification by runs of adjacent matched words', () => {
    expect(longestRun([5, 1, 2, 3, 9])).toBe(3);
    expect(longestRun([])).toBe(0);
    expect(verificationOrder([[1, 5], [3, 4, 5], [7]])).toEqual([1, 0, 2]);
  });
});

describe('highlight', () => {
  it('maps matches back over whitespace and full-width forms', () => {
    const text = '到 ２０２３ 年，力争';
    const [r] = matchRanges(text, parseQuery('2023年').terms);
    expect(text.slice(r!.start, r!.end)).toBe('２０２３ 年');
  });

  it('marks the pieces of a partial match only when no term occurs', () => {
    const text = '三类产品；二类医疗器械';
    const q = parseQuery('三类医疗器械');
    expect(matchRanges(text, q.terms)).toEqual([]);
    const ranges = matchRanges(text, q.terms, q.tokens);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['三类', '类医疗器械']);
  });

  it('merges overlapping ranges and splits text into segments', () => {
    const text = '小核酸药物及小核酸';
    const ranges = matchRanges(text, ['小核酸', '核酸药']);
    expect(ranges).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 9 },
    ]);
    expect(segments(text, ranges)).toEqual([
      { text: '小核酸药', mark: true },
      { text: '物及', mark: false },
      { text: '小核酸', mark: true },
    ]);
  });

  it('cuts an excerpt around the first match with ellipses, boundaries shown as spaces', () => {
    const text = `${'甲'.repeat(100)}${BOUNDARY}揭榜挂帅${'乙'.repeat(100)}`;
    const parts = excerpt(text, matchRanges(text, ['揭榜挂帅']), 40, 10);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.find((p) => p.mark)?.text).toBe('揭榜挂帅');
    const plain = parts.map((p) => p.text).join('');
    expect(plain).toContain(' 揭榜挂帅');
    expect(plain.length).toBeLessThanOrEqual(42);
  });

  it('never cuts a surrogate pair', () => {
    const text = `${'𠀀'.repeat(80)}药`;
    const plain = excerpt(text, matchRanges(text, ['药']), 31, 10)
      .map((p) => p.text)
      .join('');
    expect(plain).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
  });
});

describe('URL state', () => {
  it('reads query and filters, ignoring junk', () => {
    const state = readState(
      new URLSearchParams('q=临床&region=wuxi&topic=<b>&has=subsidy&has=subsidy&has=bogus&policy=x'),
    );
    expect(state).toEqual({ q: '临床', filters: { region: 'wuxi', policy: 'x' }, has: ['subsidy'] });
  });

  it('writes a shareable URL and Pagefind filters', () => {
    const state = { q: ' 临床试验 ', filters: { region: 'kunshan', topic: 'talent' }, has: ['subsidy', 'target'] };
    expect(writeState(state).toString()).toBe(
      new URLSearchParams('q=临床试验&region=kunshan&topic=talent&has=subsidy&has=target').toString(),
    );
    expect(readState(writeState(state))).toEqual({ ...state, q: '临床试验' });
    expect(pagefindFilters(state)).toEqual({ region: 'kunshan', topic: 'talent', has: { all: ['subsidy', 'target'] } });
  });
});

describe('records', () => {
  const regions = [
    { id: 'jiangsu', parent: null, level: 'province' },
    { id: 'suzhou', parent: 'jiangsu', level: 'city' },
    { id: 'kunshan', parent: 'suzhou', level: 'county' },
  ];
  const policy = {
    id: 'ks',
    data: {
      shortTitle: '昆山 清单',
      region: 'kunshan',
      subsidies: [{ clause: 'row2' }],
      targets: [{ clause: 'row2' }, { clause: 'row1' }],
    },
    clauses: [
      { id: 'g1', label: '第1组', citation: '《清单》第1组', ownText: '', departments: [], topics: [] },
      {
        id: 'row1',
        label: '序号1',
        citation: '《清单》序号1',
        ownText: '1\n实施 祖冲之攻关计划',
        departments: ['kunshan-kjj'],
        topics: ['talent'],
      },
      { id: 'row2', label: '序号2', citation: '《清单》序号2', ownText: '2\n小核酸药物', departments: [], topics: [] },
    ],
  };

  it('makes one record per clause with text of its own', () => {
    const records = buildSearchRecords([policy], regions);
    expect(records.map((r) => r.url)).toEqual(['/policies/ks/#row1', '/policies/ks/#row2']);
    expect(records[0]).toMatchObject({
      content: `1${BOUNDARY}实施祖冲之攻关计划`,
      language: 'zh-cn',
      filters: {
        region: ['kunshan', 'suzhou'],
        policy: ['ks'],
        topic: ['talent'],
        department: ['kunshan-kjj'],
        has: ['target'],
      },
    });
    expect(records[1]!.filters.has).toEqual(['subsidy', 'target']);
    expect(records[0]!.meta.chars).toBe('实 施 祖 冲 之 攻 关 计 划');
  });

  it('hides metadata from matching and shows it back', () => {
    const hidden = hideMeta('昆山 清单');
    expect(hidden).toMatch(/^_\S+$/u);
    expect(showMeta(hidden)).toBe('昆山 清单');
    expect(uniqueHan('药药品A，药')).toBe('药 品');
  });

  it('files a region under its enclosing ones below province level', () => {
    expect(regionFilterValues('kunshan', regions)).toEqual(['kunshan', 'suzhou']);
    expect(regionFilterValues('jiangsu', regions)).toEqual([]);
  });

  it('parses clause URLs, with or without a query', () => {
    expect(parseClauseUrl('/policies/wuxi/#s1-c3-i4')).toEqual({ policy: 'wuxi', clause: 's1-c3-i4' });
    expect(parseClauseUrl('/policies/wuxi/?q=%E8%8D%AF#s1')).toEqual({ policy: 'wuxi', clause: 's1' });
    expect(parseClauseUrl('/search/')).toBeNull();
  });
});
