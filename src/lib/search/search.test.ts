/** Pure search functions: normalisation, query building, ranking, highlighting, URL state, records. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARY, containsTerm, indexText, normalize, normalizeWithMap, occurrences } from './normalize.ts';
import { MAX_TOKENS, parseQuery, termTokens } from './query-tokens.ts';
import {
  compareRanked,
  keep,
  leadSentence,
  longestStreak,
  matchInfo,
  statesCount,
  rank,
  RANKING_RULE,
  verificationOrder,
} from './rank.ts';
import { excerpt, matchRanges, segments } from './highlight.ts';
import type { Concept } from './plan.ts';
import { hasFilters, pagefindFilters, readState, writeState } from './state.ts';
import {
  bridgePairs,
  buildSearchRecords,
  hideMeta,
  parseRanges,
  quoteRanges,
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
    // A letter run is whole at its end too (cro is not in cros), and nothing is found for nothing.
    expect(occurrences('cros和cro', 'cro')).toEqual([5]);
    expect(occurrences('临床', '')).toEqual([]);
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

  it('drops quotation marks: matching ignores them', () => {
    expect(parseQuery('"三类医疗器械"').terms).toEqual(['三类医疗器械']);
    expect(parseQuery('“揭榜挂帅”').terms).toEqual(['揭榜挂帅']);
    expect(parseQuery('不断加大“三首”支持力度').terms).toEqual(['不断加大三首支持力度']);
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
  const concept = (
    text: string,
    more: { text: string; kind: 'typed' | 'variant' | 'synonym' }[] = [],
    parts: string[] = [],
  ) => ({
    text,
    forms: [
      { text, origin: { kind: 'typed' as const } },
      ...more.map((m) => ({ text: m.text, origin: { kind: m.kind, writing: m.text } })),
    ],
    parts: parts.map((p) => ({ text: p, forms: [{ text: p, origin: { kind: 'typed' as const } }], parts: [] })),
  });
  const plan = (
    concepts: Concept[],
    extra: Partial<{ phrases: string[]; soft: string[]; stretches: string[] }> = {},
  ) => ({
    concepts,
    phrases: [],
    soft: [],
    stretches: [],
    ...extra,
  });

  it('holds a two-word term in a list sharing its head (雏鹰、瞪羚和准独角兽企业), within one clause of the sentence (issue 17)', () => {
    const p = plan([concept('瞪羚企业', [], ['瞪羚', '企业'])]);
    for (const text of ['对雏鹰、瞪羚和准独角兽企业给予奖励。', '支持瞪羚及独角兽企业上市。', '瞪羚企业'])
      expect(matchInfo(text, p).held, text).toEqual([true]);
    // Not across a clause break, nor words merely both present.
    for (const text of ['培育瞪羚，支持企业上市。', '企业成为瞪羚的，给予奖励。'])
      expect(matchInfo(text, p).held, text).toEqual([false]);
    // Held so, it is named in the term's own words, not a synonym's, but not written out: a clause
    // with the term written out ranks first (literal), and a support question reads both (named).
    expect(matchInfo('对瞪羚和独角兽企业给予奖励。', p)).toMatchObject({ literal: false, named: true, close: true });
    expect(matchInfo('瞪羚企业', p)).toMatchObject({ literal: true, named: true });
    const withSynonym = plan([concept('瞪羚企业', [{ text: '瞪羚', kind: 'synonym' }], ['瞪羚', '企业'])]);
    expect(matchInfo('对瞪羚和独角兽企业给予奖励。', withSynonym)).toMatchObject({ named: true, synonyms: [] });
    expect(matchInfo('支持瞪羚发展。', withSynonym)).toMatchObject({
      literal: false,
      named: false,
      synonyms: ['瞪羚'],
    });
  });

  it('holds a term by the field’s head word only in a sentence with another term it holds (药企 as 企业)', () => {
    const firm = {
      text: '药企',
      forms: [
        { text: '药企', origin: { kind: 'typed' as const } },
        { text: '企业', origin: { kind: 'synonym' as const, writing: '企业' }, search: false },
      ],
      parts: [],
      broad: true as const,
    };
    const p = plan([firm, concept('集采中标', [{ text: '集中带量采购中标', kind: 'synonym' }])]);
    expect(matchInfo('对参加国家集中带量采购中标的企业给予奖励。', p).held).toEqual([true, true]);
    // 企业 in another sentence, or another clause of the sentence, than the other term: a company
    // mentioned in passing.
    expect(matchInfo('鼓励企业参与。集中带量采购中标的产品优先采购。', p).held).toEqual([false, true]);
    expect(matchInfo('承接企业委托的收入，可用于集中带量采购中标的产品。', p).held).toEqual([false, true]);
    // Written out, 药企 is held anywhere.
    expect(matchInfo('支持药企发展。集中带量采购中标的产品优先采购。', p).held).toEqual([true, true]);
  });

  it('holds a phase or class in a list of them (二期 in I、II、III期, 三类 in 二、三类), and not its neighbour (issue 17)', () => {
    const held = (form: string, text: string) => matchInfo(text, plan([concept(form)])).held[0];
    expect(held('ii期', '在国内完成ii、iii期临床试验')).toBe(true);
    expect(held('ii期', '开展i、ii、iii期临床')).toBe(true);
    expect(held('三类', '取得二、三类医疗器械注册证')).toBe(true);
    expect(held('2类', '1类和2类新药')).toBe(true);
    expect(held('i期', '在国内完成ii、iii期临床试验')).toBe(false);
    expect(held('一类', '取得二、三类医疗器械注册证')).toBe(false);
    // The list names the typed phase: held in its own words, as a variant is, not as a synonym.
    expect(matchInfo('开展i、ii、iii期临床', plan([concept('ii期')]))).toMatchObject({ literal: false, named: true });
  });

  it('tells full, partial and unrelated matches apart', () => {
    const p = plan([concept('三类医疗器械', [], ['三类', '医疗器械'])]);
    expect(matchInfo('给予第三类医疗器械产品', p)).toMatchObject({ exact: true, whole: 1, completeTerms: 1, share: 1 });
    // Every word present, not side by side: held by its words.
    expect(matchInfo('三类产品；二类医疗器械', p)).toMatchObject({
      exact: false,
      whole: 0,
      completeTerms: 1,
      share: 1,
    });
    expect(matchInfo('二类产品', p)).toMatchObject({ exact: false, whole: 0, completeTerms: 0, share: 0 });
    expect(keep(matchInfo('二类产品', p))).toBe(false);
    expect(keep(matchInfo('医疗器械', p))).toBe(true);
    expect(matchInfo('医疗器械', p).share).toBe(0.5);
  });

  it('requires every term for a full match of several terms', () => {
    const p = plan([concept('临床试验'), concept('资助')]);
    expect(matchInfo('临床试验阶段给予资助', p).exact).toBe(true);
    expect(matchInfo('临床试验阶段给予支持', p)).toMatchObject({ exact: false, whole: 1, held: [true, false] });
    expect(matchInfo('', plan([])).exact).toBe(false);
  });

  it('says when a term was found only through a synonym, and whether as typed', () => {
    const p = plan([concept('集采', [{ text: '集中带量采购', kind: 'synonym' }])]);
    expect(matchInfo('参加国家集中带量采购中标', p)).toMatchObject({
      exact: true,
      literal: false,
      synonyms: ['集中带量采购'],
    });
    expect(matchInfo('国家集采目录和集中带量采购', p)).toMatchObject({ literal: true, synonyms: [] });
    const v = plan([concept('临床试验', [{ text: '临床实验', kind: 'variant' }])]);
    expect(matchInfo('开展临床实验', v)).toMatchObject({ exact: true, literal: true, typed: false });
    expect(matchInfo('开展临床试验', v)).toMatchObject({ typed: true });
  });

  it('names the synonym that matched by the writing it came from, not the rewritten term', () => {
    // 集采中标 rewritten with the synonym 集中带量采购: the form is 集中带量采购中标, its writing 集中带量采购.
    const p = plan([
      {
        text: '集采中标',
        forms: [
          { text: '集采中标', origin: { kind: 'typed' as const } },
          { text: '集中带量采购中标', origin: { kind: 'synonym' as const, writing: '集中带量采购' } },
        ],
        parts: [],
      },
    ]);
    expect(matchInfo('参加国家集中带量采购中标', p).synonyms).toEqual(['集中带量采购']);
  });

  it('holds a word of a term in any of its writings', () => {
    const p = plan([
      {
        text: '临床试验机构',
        forms: [{ text: '临床试验机构', origin: { kind: 'typed' as const } }],
        parts: [
          {
            text: '临床试验',
            forms: [
              { text: '临床试验', origin: { kind: 'typed' as const } },
              { text: '临床实验', origin: { kind: 'variant' as const, writing: '临床实验' } },
            ],
            parts: [],
          },
          { text: '机构', forms: [{ text: '机构', origin: { kind: 'typed' as const } }], parts: [] },
        ],
      },
    ]);
    expect(matchInfo('开展临床实验的医疗机构', p)).toMatchObject({ whole: 0, completeTerms: 1, share: 1 });
  });

  it('is typed and literal only when every term held is, and leads only when every term is in the lead', () => {
    const p = plan([
      concept('临床试验', [{ text: '临床实验', kind: 'variant' }]),
      concept('集采', [{ text: '集中带量采购', kind: 'synonym' }]),
    ]);
    expect(matchInfo('临床试验。国家集中带量采购', p)).toMatchObject({ typed: false, literal: false, lead: false });
    expect(matchInfo('临床实验和集采', p)).toMatchObject({ typed: false, literal: true, lead: true });
    expect(matchInfo('临床试验和集采', p)).toMatchObject({ typed: true, literal: true, lead: true });
    expect(matchInfo('临床试验', plan([]))).toMatchObject({ lead: false, exact: false });
  });

  it('holds a stretch when any of the question’s stretches occurs', () => {
    const p = plan([concept('企业'), concept('数量')], { stretches: ['企业数量', '数量目标'] });
    expect(matchInfo('企业数量达到100家', p).stretch).toBe(true);
  });

  it('reads phrases, support words, stretches and the lead sentence', () => {
    const p = plan([concept('智能化'), concept('改造')], {
      phrases: ['智能化改造补助'],
      soft: ['补助', '资助'],
      stretches: ['智能化改造'],
    });
    const m = matchInfo('（十九）支持企业智能化改造。给予补助，资助', p);
    expect(m).toMatchObject({ phrase: false, soft: 2, lead: true, stretch: true });
    expect(matchInfo('给予补助。智能化更新和改造', p)).toMatchObject({ soft: 1, lead: false, stretch: false });
    expect(matchInfo('智能化改造补助', p).phrase).toBe(true);
    expect(leadSentence('1\n实施计划。其余')).toBe('实施计划');
    expect(leadSentence(`（二）发展目标${BOUNDARY}到2023年`)).toBe('（二）发展目标');
    expect(leadSentence('123')).toBe('');
  });

  it('counts holding a support word once, however many it holds', () => {
    const m = (soft: number) => ({ ...matchInfo('', plan([])), soft });
    const a = { order: 0, match: m(1), subsidy: false, target: false };
    const b = { order: 1, match: m(3), subsidy: false, target: false };
    expect(rank([b, a], null)).toEqual([a, b]);
  });

  it('ranks by the rule of docs/search.md', () => {
    const base = {
      phrase: false,
      whole: 1,
      completeTerms: 1,
      held: [true],
      complete: [true],
      share: 1,
      typed: true,
      literal: true,
      close: true,
      named: true,
      soft: 0,
      lead: false,
      stretch: false,
      exact: true,
      synonyms: [],
      counted: false,
    };
    const item = (id: string, order: number, m: Partial<typeof base> = {}, more: object = {}) => ({
      id,
      order,
      match: { ...base, ...m },
      subsidy: false,
      target: false,
      ...more,
    });
    const items = [
      item('pagefind-first', 0),
      item('typed', 1, {}, {}),
      item('variant', 2, { typed: false }),
      item('lead', 3, { lead: true }),
      item('stretch', 4, { stretch: true }),
      item('subsidy', 5, {}, { subsidy: true }),
      item('pays', 6, {}, { subsidy: true, pays: true }),
      item('target', 7, {}, { target: true }),
      item('soft', 8, { soft: 3 }),
      item('rare', 9, {}, { weight: 0.5 }),
      item('share', 10, { share: 1.5 }),
      item('synonym', 11, { literal: false, named: false }),
      item('complete', 12, { completeTerms: 2 }),
      item('whole', 13, { whole: 2 }),
      item('phrase', 14, { phrase: true }),
      item('citation', 15, { whole: 0 }, { reference: { exactLabel: false } }),
      item('label', 16, { whole: 0 }, { reference: { exactLabel: true } }),
      item('counted', 17, { counted: true }),
      item('own', 18, {}, { own: true }),
      item('loose', 19, { literal: false, close: false, named: false }),
    ];
    expect(rank(items, null).map((i) => i.id)).toEqual([
      'label',
      'citation',
      'phrase',
      'whole',
      'complete',
      'share',
      'counted',
      'own',
      'rare',
      'soft',
      'pays',
      'subsidy',
      'lead',
      'stretch',
      'pagefind-first',
      'typed',
      'target',
      'variant',
      'synonym',
      'loose',
    ]);
    // Target words: target clauses first among equals, support clauses no longer.
    expect(
      rank([item('s', 0, {}, { subsidy: true, pays: true }), item('t', 1, {}, { target: true })], 'target').map(
        (i) => i.id,
      ),
    ).toEqual(['t', 's']);
    expect(compareRanked(item('a', 0), item('b', 1), null)).toBeLessThan(0);
    // Support asked (补贴多少): a clause that pays comes before one holding the typed phrase only;
    // without the question, the phrase decides (issue 17).
    const phraseOnly = item('phrase-only', 0, { phrase: true, exact: true });
    const paying = item('paying', 1, { exact: true }, { subsidy: true, pays: true });
    expect(rank([phraseOnly, paying], 'support').map((i) => i.id)).toEqual(['paying', 'phrase-only']);
    expect(rank([phraseOnly, paying], null).map((i) => i.id)).toEqual(['phrase-only', 'paying']);
    expect(rank([item('granting', 0, { exact: true }, { subsidy: true }), paying], 'support').map((i) => i.id)).toEqual(
      ['paying', 'granting'],
    );
    // Holding a term by all its words (专栏4's item: 临床试验…医疗机构 for 临床试验机构) and paying: before
    // a clause holding it whole that only names the topic.
    const byWordsPaying = item(
      'by-words-paying',
      2,
      { exact: false, whole: 0, completeTerms: 1 },
      { subsidy: true, pays: true },
    );
    expect(rank([phraseOnly, byWordsPaying], 'support').map((i) => i.id)).toEqual(['by-words-paying', 'phrase-only']);
    const someWords = item(
      'some-words',
      3,
      { exact: false, whole: 0, completeTerms: 0 },
      { subsidy: true, pays: true },
    );
    expect(rank([someWords, phraseOnly], 'support').map((i) => i.id)).toEqual(['phrase-only', 'some-words']);
    // Found only through a synonym (资助 for 补贴 typed): not before the clause holding the typed words.
    const bySynonym = item(
      'by-synonym',
      0,
      { exact: true, literal: false, named: false },
      { subsidy: true, pays: true },
    );
    expect(rank([bySynonym, phraseOnly], 'support').map((i) => i.id)).toEqual(['phrase-only', 'by-synonym']);
  });

  it('states the rule once, as data: its keys in order, each saying what it puts first', () => {
    expect(RANKING_RULE.map((k) => k.name)).toEqual([
      'reference',
      'reference-words',
      'exact-label',
      'asked-support',
      'phrase',
      'whole',
      'complete',
      'literal',
      'close',
      'share',
      'asked-count',
      'own-place',
      'rarity',
      'support-word',
      'intent',
      'lead',
      'stretch',
      'typed',
    ]);
    for (const key of RANKING_RULE) expect(key.prefers.length, key.name).toBeGreaterThan(10);
    // docs/search.md points to the rule instead of listing it again.
    const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/search.md'), 'utf8');
    expect(docs).toContain('RANKING_RULE');
    expect(docs).not.toMatch(/^13\. Pagefind's order\.$/m);
  });

  it('orders verification by terms found, then streaks of adjacent matched words', () => {
    expect(longestStreak([5, 1, 2, 3, 9])).toBe(3);
    expect(longestStreak([])).toBe(0);
    // In any order, each position once.
    expect(longestStreak([9, 3, 5, 4])).toBe(3);
    expect(longestStreak([1, 1, 2])).toBe(2);
    expect(longestStreak([4, 4])).toBe(1);
    const c = (terms: number, words: number[], order: number) => ({ terms, words, order });
    expect(verificationOrder([c(1, [1, 5], 0), c(1, [3, 4, 5], 1), c(1, [7], 2)])).toEqual([1, 0, 2]);
    expect(verificationOrder([c(1, [3, 4, 5], 0), c(2, [7], 1)])).toEqual([1, 0]);
    expect(verificationOrder([c(1, [7], 1), c(1, [8], 0)])).toEqual([1, 0]);
  });
});

describe('highlight', () => {
  it('maps matches back over whitespace and full-width forms', () => {
    const text = '到 ２０２３ 年，力争';
    const [r] = matchRanges(text, parseQuery('2023年').terms);
    expect(text.slice(r!.start, r!.end)).toBe('２０２３ 年');
  });

  it('ignores quotation marks like whitespace', () => {
    expect(normalize('专精特新“小巨人”')).toBe('专精特新小巨人');
    const text = '国家专精特新“小巨人”企业';
    const [r] = matchRanges(text, ['专精特新小巨人']);
    expect(text.slice(r!.start, r!.end)).toBe('专精特新“小巨人');
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

  it('merges ranges that touch, and marks the fallback pieces only when no needle occurs', () => {
    expect(matchRanges('小核酸药物', ['小核', '酸药'])).toEqual([{ start: 0, end: 4 }]);
    expect(matchRanges('三类医疗器械；二类', ['三类医疗器械'], ['二类'])).toEqual([{ start: 0, end: 6 }]);
  });

  it('splits into segments within a window, skipping empty and outside ranges, keeping the tail', () => {
    expect(segments('甲乙丙丁', [{ start: 1, end: 1 }])).toEqual([{ text: '甲乙丙丁', mark: false }]);
    expect(
      segments(
        '甲乙丙丁戊',
        [
          { start: 0, end: 1 },
          { start: 2, end: 3 },
        ],
        1,
        4,
      ),
    ).toEqual([
      { text: '乙', mark: false },
      { text: '丙', mark: true },
      { text: '丁', mark: false },
    ]);
  });

  it('keeps a text of exactly the excerpt length whole, and a long one without a match from its start', () => {
    const exact = '甲'.repeat(40);
    expect(excerpt(exact, [], 40, 10)).toEqual([{ text: exact, mark: false }]);
    expect(excerpt('甲'.repeat(41), [], 40, 10)).toEqual([
      { text: '甲'.repeat(40), mark: false },
      { text: '…', mark: false },
    ]);
  });

  it('starts an excerpt `lead` characters before the first match, or early enough to fill it at the end', () => {
    const text = `${'甲'.repeat(100)}揭榜挂帅${'乙'.repeat(100)}`;
    expect(excerpt(text, matchRanges(text, ['揭榜挂帅']), 40, 10)).toEqual([
      { text: '…', mark: false },
      { text: '甲'.repeat(10), mark: false },
      { text: '揭榜挂帅', mark: true },
      { text: '乙'.repeat(26), mark: false },
      { text: '…', mark: false },
    ]);
    const tail = `${'甲'.repeat(100)}药`;
    expect(excerpt(tail, matchRanges(tail, ['药']), 31, 10)).toEqual([
      { text: '…', mark: false },
      { text: '甲'.repeat(30), mark: false },
      { text: '药', mark: true },
    ]);
  });

  it('moves a cut that falls inside a surrogate pair outwards, at either end', () => {
    // 𠀀 (U+20000) is \uD840\uDC00 and 𠏿 (U+203FF) is \uD840\uDFFF: the lowest and highest low surrogates.
    for (const ch of ['𠀀', '𠏿']) {
      const before = `${ch.repeat(80)}药`;
      // from = 161 − 30 = 131, inside a pair: one back.
      expect(excerpt(before, matchRanges(before, ['药']), 30, 10)).toEqual([
        { text: '…', mark: false },
        { text: ch.repeat(15), mark: false },
        { text: '药', mark: true },
      ]);
      const after = `药${ch.repeat(80)}`;
      // to = 30, inside a pair: one on.
      expect(excerpt(after, matchRanges(after, ['药']), 30, 10)).toEqual([
        { text: '药', mark: true },
        { text: ch.repeat(15), mark: false },
        { text: '…', mark: false },
      ]);
    }
  });

  it('moves no cut for a character above the surrogates (full-width punctuation)', () => {
    // ， is U+FF0C: from = 81 − 30 = 51 stays.
    const text = `${'，'.repeat(80)}药`;
    expect(excerpt(text, matchRanges(text, ['药']), 30, 10)).toEqual([
      { text: '…', mark: false },
      { text: '，'.repeat(29), mark: false },
      { text: '药', mark: true },
    ]);
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
  const regions = [
    { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
    { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
    { id: 'kunshan', name: '昆山市', parent: 'suzhou', level: 'county' },
    { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city' },
  ];
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
    expect(pagefindFilters(state, { places: [], policies: [] }, regions)).toEqual({
      kind: 'filters',
      filters: { topic: 'talent', region: 'kunshan', has: { all: ['subsidy', 'target'] } },
    });
  });

  it('an address without q is an empty query, and a blank one writes no q', () => {
    expect(readState(new URLSearchParams('region=wuxi'))).toEqual({ q: '', filters: { region: 'wuxi' }, has: [] });
    expect(writeState({ q: '  ', filters: {}, has: [] }).toString()).toBe('');
    expect(
      pagefindFilters({ q: '临床', filters: { region: '' }, has: [] }, { places: [], policies: [] }, regions),
    ).toEqual({ kind: 'filters', filters: {} });
  });

  it('narrows the chosen region by the places typed, and says when they conflict', () => {
    const none = { places: [], policies: [] };
    const plain = { q: '临床', filters: {}, has: [] };
    // 苏州 typed: 苏州 and the regions inside it, any of them (effectiveRegions).
    expect(pagefindFilters(plain, { ...none, places: ['suzhou'] }, regions)).toEqual({
      kind: 'filters',
      filters: { region: 'suzhou' },
    });
    // 苏州 typed with 昆山 chosen: 昆山; 昆山 and 无锡 typed: either.
    expect(
      pagefindFilters({ ...plain, filters: { region: 'kunshan' } }, { ...none, places: ['suzhou'] }, regions),
    ).toEqual({
      kind: 'filters',
      filters: { region: 'kunshan' },
    });
    expect(pagefindFilters(plain, { ...none, places: ['kunshan', 'wuxi'] }, regions)).toEqual({
      kind: 'filters',
      filters: { region: { any: ['kunshan', 'wuxi'] } },
    });
    // 无锡 typed with 苏州 chosen: nothing can match — a conflict, not an empty filter.
    expect(
      pagefindFilters({ ...plain, filters: { region: 'suzhou' } }, { ...none, places: ['wuxi'] }, regions),
    ).toEqual({
      kind: 'conflict',
    });
    // A place with no region of its own (常熟 in 苏州市): 苏州市's own policies — not 昆山's, which
    // `region: suzhou` would also take.
    const own = { all: ['suzhou'], none: ['kunshan'] };
    expect(pagefindFilters(plain, { ...none, inner: ['suzhou'] }, regions)).toEqual({
      kind: 'filters',
      filters: { region: own },
    });
    expect(
      pagefindFilters({ ...plain, filters: { region: 'suzhou' } }, { ...none, inner: ['suzhou'] }, regions),
    ).toEqual({ kind: 'filters', filters: { region: own } });
    // With 昆山 chosen, nothing applies in 常熟.
    expect(
      pagefindFilters({ ...plain, filters: { region: 'kunshan' } }, { ...none, inner: ['suzhou'] }, regions),
    ).toEqual({ kind: 'conflict' });
    // Beside a typed region (无锡 and 常熟): either.
    expect(pagefindFilters(plain, { ...none, places: ['wuxi'], inner: ['suzhou'] }, regions)).toEqual({
      kind: 'filters',
      filters: { any: [{ region: 'wuxi' }, { region: own }] },
    });
    // A town in a region with none inside it (千灯镇 in 昆山市): that region.
    expect(pagefindFilters(plain, { ...none, inner: ['kunshan'] }, regions)).toEqual({
      kind: 'filters',
      filters: { region: 'kunshan' },
    });
    // Documents the query names: any of them, unless one is chosen.
    expect(pagefindFilters(plain, { places: [], policies: ['a', 'b'] }, regions)).toEqual({
      kind: 'filters',
      filters: { policy: { any: ['a', 'b'] } },
    });
    expect(
      pagefindFilters({ ...plain, filters: { policy: 'a' } }, { places: [], policies: ['a', 'b'] }, regions),
    ).toEqual({
      kind: 'filters',
      filters: { policy: 'a' },
    });
  });

  it('says whether any filter narrows the results', () => {
    expect(hasFilters({ q: '临床', filters: {}, has: [] })).toBe(false);
    expect(hasFilters({ q: '', filters: { topic: 'talent' }, has: [] })).toBe(true);
    expect(hasFilters({ q: '', filters: {}, has: ['target'] })).toBe(true);
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
      numbering: 'nested' as const,
      subsidies: [
        { clause: 'row2', quote: '小核酸药物给予 50 万元', maxAmountWan: 50 },
        { clause: 'row2', quote: '不计入的无金额条款' },
      ],
      targets: [{ clause: 'row2' }, { clause: 'row1' }],
    },
    clauses: [
      {
        id: 'g1',
        kind: 'group',
        parent: null,
        label: '第1组',
        citation: '《清单》第1组',
        ownText: '',
        departments: [],
        topics: [],
      },
      {
        id: 'row1',
        kind: 'row',
        parent: 'g1',
        cells: ['1', '实施祖冲之攻关计划'],
        label: '序号1',
        citation: '《清单》序号1',
        ownText: '1\n实施 祖冲之攻关计划',
        departments: ['kunshan-kjj'],
        topics: ['talent'],
      },
      {
        id: 'row2',
        kind: 'row',
        parent: 'g1',
        cells: ['小核酸药物'],
        label: '第2行',
        citation: '《清单》第2行',
        ownText: '2\n小核酸药物给予50万元；专精特新“小巨人”',
        departments: [],
        topics: [],
      },
    ],
  };

  /** A clause of a made-up policy, labelled by its ID. */
  const clause = (id: string, kind: string, parent: string | null, ownText: string) => ({
    id,
    kind,
    parent,
    cells: [],
    label: id,
    citation: id,
    ownText,
    departments: [],
    topics: [],
  });

  it('locates only the quotes of provisions that state an amount, a rate or tiers', () => {
    const records = buildSearchRecords(
      [
        {
          ...policy,
          data: {
            ...policy.data,
            subsidies: [
              { clause: 'p1', quote: '按投入的10%给予补助', ratePct: 10 },
              { clause: 'p2', quote: '分三档给予奖励', tiers: [{ label: '一档' }] },
              { clause: 'p3', quote: '给予支持', tiers: [] },
            ],
            targets: [],
          },
          clauses: [
            clause('p1', 'paragraph', null, '按投入的10%给予补助'),
            clause('p2', 'paragraph', null, '分三档给予奖励'),
            clause('p3', 'paragraph', null, '给予支持'),
          ],
        },
      ],
      regions,
    );
    expect(records.map((r) => [r.meta.pays, r.filters.has])).toEqual([
      ['_0x11', ['subsidy']],
      ['_0x7', ['subsidy']],
      ['', ['subsidy']],
    ]);
  });

  it('numbers a row by its place among the rows of its group only', () => {
    const records = buildSearchRecords(
      [
        {
          ...policy,
          data: { ...policy.data, subsidies: [], targets: [] },
          clauses: [
            clause('g2', 'group', null, ''),
            clause('p1', 'paragraph', 'g2', '说明文字'),
            clause('row1', 'row', 'g2', '第一行'),
            clause('row2', 'row', 'g2', '第二行'),
            clause('row3', 'row', 's1', '不在组内的行'),
          ],
        },
      ],
      regions,
    );
    const refs = Object.fromEntries(records.map((r) => [r.url.split('#')[1], r.meta.refs]));
    expect(refs['row1']).toContain('__g2i1_');
    expect(refs['row2']).toContain('__g2i2_');
    // The table's last row is also its 最后一行 (l0).
    expect(refs['row3']).toBe('__l3_ __l0_');
  });

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
    // Reference words: a row with its 序号 (w), a row numbered by position (l), by place in the group.
    expect(records[0]!.meta.refs).toBe('__w1_ __g1i1_');
    // The last row: of the table (l0) and of its group (g1i0), for 最后一行.
    expect(records[1]!.meta.refs).toBe('__l2_ __g1i2_ __l0_ __g1i0_');
    expect(records[1]!.meta.bridge).toBe('新小');
    // Only the quote with an amount is located; whitespace in the quote does not matter.
    const [range] = parseRanges(records[1]!.meta.pays);
    expect(records[1]!.content.slice(range![0], range![1])).toBe('小核酸药物给予50万元');
    expect(records[0]!.meta.pays).toBe('');
    expect(records.every((r) => r.meta.draft === undefined)).toBe(true);
  });

  it('marks every record of an unreviewed import as a draft, with a word no query reaches', () => {
    const draft = { ...policy, id: 'dr', data: { ...policy.data, draft: true } };
    const records = buildSearchRecords([draft, policy], regions);
    const marked = records.filter((r) => r.meta.draft !== undefined).map((r) => r.url);
    expect(marked).toEqual(['/policies/dr/#row1', '/policies/dr/#row2']);
    expect(records[0]!.meta.draft).toMatch(/^_\S+$/u);
  });

  it('finds quotes and writes their places as one hidden word', () => {
    expect(quoteRanges('甲乙丙丁', ['乙 丙', '戊'])).toBe('_1x3');
    expect(quoteRanges('甲乙', [])).toBe('');
    expect(parseRanges('_1x3_5x9')).toEqual([
      [1, 3],
      [5, 9],
    ]);
    expect(parseRanges('_3x1_ax2')).toEqual([]);
    expect(parseRanges(undefined)).toEqual([]);
    // Offsets are whole numbers and a range is not empty.
    expect(parseRanges('_1.5x3_3x3_2x4')).toEqual([[2, 4]]);
    // A quote with nothing left once normalised is not found anywhere.
    expect(quoteRanges('甲乙', [' ', '“”'])).toBe('');
    expect(bridgePairs('加大“三首”支持，“A”药')).toBe('大三 首支');
  });

  it('hides metadata from matching and shows it back', () => {
    const hidden = hideMeta('昆山 清单');
    expect(hidden).toMatch(/^_\S+$/u);
    expect(showMeta(hidden)).toBe('昆山 清单');
    // Only the leading marker is taken off.
    expect(showMeta(hideMeta('A_B'))).toBe('A_B');
    expect(showMeta('A_B')).toBe('A_B');
    expect(showMeta(undefined)).toBe('');
    expect(uniqueHan('药药品A，药')).toBe('药 品');
  });

  it('files a region under its enclosing ones below province level', () => {
    expect(regionFilterValues('kunshan', regions)).toEqual(['kunshan', 'suzhou']);
    expect(regionFilterValues('jiangsu', regions)).toEqual([]);
  });
});

describe('statesCount (stop 24)', () => {
  it('finds a count of the unit asked, in digits or Chinese numerals, and no bare unit', () => {
    expect(statesCount('每年滚动筛选15家左右', '家')).toBe(true);
    expect(statesCount('培育100余家企业', '家')).toBe(true);
    expect(statesCount('建设三个园区', '个')).toBe(true);
    expect(statesCount('引进一批企业落户', '家')).toBe(false);
    expect(statesCount('支持企业发展', '家')).toBe(false);
  });
});
