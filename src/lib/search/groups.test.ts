import { describe, expect, it } from 'vitest';
import {
  heldTerms,
  isLightWord,
  leftoverTerms,
  lightCore,
  partialSummary,
  questionCore,
  SPECIFIC,
  split,
  statusLine,
  wordsCore,
} from './groups.ts';

const hit = (id: string, held: boolean[], parts = held.filter(Boolean).length, reference: unknown = null) => ({
  id,
  reference,
  match: { exact: held.length > 0 && held.every(Boolean), held, complete: held.map((h, i) => h || i < parts) },
});
const two = { byReference: false, terms: 2, byWords: [false, false] };

describe('a place asked about beside a policy’s words (issue 17)', () => {
  // Terms: 扶持政策 (typed), 江阴 (a district, optional: plan.ts `applies`).
  const shape = { byReference: false, terms: 2, byWords: [false, false], optional: [false, true], applies: [1] };
  it('requires the place when some clause names it, the policy’s words then only phrasing', () => {
    const list = [hit('policy', [true, false]), hit('names', [false, true]), hit('other', [false, false], 0)];
    const { full, relaxed } = split(list, shape);
    expect(full.map((h) => h.id)).toEqual(['names']);
    expect(relaxed).toEqual([0]);
  });

  it('reads the query as before when no clause names the place, or one holds both', () => {
    const none = [hit('policy', [true, false]), hit('other', [false, false], 0)];
    expect(split(none, shape).full.map((h) => h.id)).toEqual(['policy']);
    const both = [hit('both', [true, true]), hit('names', [false, true])];
    expect(split(both, shape).full.map((h) => h.id)).toEqual(['both']);
  });
});

describe('result groups', () => {
  it('keeps clauses holding every term in the main list, the rest apart, each in order', () => {
    const list = [hit('a', [true, true]), hit('b', [true, false]), hit('c', [true, true]), hit('d', [false, true])];
    const { full, partial } = split(list, two);
    expect(full.map((h) => h.id)).toEqual(['a', 'c']);
    expect(partial.map((h) => h.id)).toEqual(['b', 'd']);
  });

  it('does not require a term no clause holds in any form (a question’s leftover 拿 of 能拿多少)', () => {
    // Terms: 临床试验 (held), 拿 (held by no clause in the corpus).
    const list = [hit('a', [true, false]), hit('b', [false, false], 0)];
    const shape = { byReference: false, terms: 2, byWords: [false, false], unheld: [false, true] };
    expect(split(list, shape).full.map((h) => h.id)).toEqual(['a']);
    // Without that knowledge both are partial.
    expect(split(list, { byReference: false, terms: 2, byWords: [false, false] }).full).toEqual([]);
    // Every term unheld: nothing is a full match.
    expect(split(list, { ...shape, unheld: [true, true] }).full).toEqual([]);
  });

  it('a leftover is a single character of a question held nowhere; a typed word or an outside place never is', () => {
    const c = (text: string, parts: string[] = []) => ({ text, parts: parts.map((p) => ({ text: p })) });
    const question = { concepts: [c('临床试验'), c('拿')], phrases: ['临床试验能拿多少补贴'] };
    expect(leftoverTerms(question, [20, 0], new Map())).toEqual([false, true]);
    // Held somewhere: required.
    expect(leftoverTerms(question, [20, 3], new Map())).toEqual([false, false]);
    // Typed as terms (no question phrase), or longer than a character (合肥): required.
    expect(leftoverTerms({ concepts: [c('合肥'), c('拿')], phrases: [] }, [0, 0], new Map())).toEqual([false, false]);
    expect(leftoverTerms({ concepts: [c('合肥')], phrases: ['合肥有什么补贴'] }, [0], new Map())).toEqual([false]);
  });

  it('requires an optional term while a clause holds it with the rest, and says when it is dropped', () => {
    // Terms: 审评审批 (topic), 提速 (phrasing, optional).
    const shape = { byReference: false, terms: 2, byWords: [false, false], optional: [false, true] };
    const both = hit('both', [true, true]);
    const topic = hit('topic', [true, false]);
    const other = hit('other', [false, true]);
    expect(split([both, topic, other], shape)).toMatchObject({ relaxed: [] });
    expect(split([both, topic, other], shape).full.map((h) => h.id)).toEqual(['both']);
    // No clause holds both: the phrasing is dropped, the topic still required.
    const loose = split([topic, other], shape);
    expect(loose.full.map((h) => h.id)).toEqual(['topic']);
    expect(loose.partial.map((h) => h.id)).toEqual(['other']);
    expect(loose.relaxed).toEqual([1]);
    // Only phrasing typed: nothing to relax to.
    expect(split([other], { ...shape, optional: [true, true] }).full).toEqual([]);
    expect(statusLine({ full: 1, partial: 1, pending: 0, byReference: false, relaxed: ['提速'] })).toContain('“提速”');
    // The field's word left out is said, with results and without.
    for (const full of [2, 0])
      expect(statusLine({ full, partial: 0, pending: 0, byReference: false, field: ['生物医药'] })).toContain(
        '“生物医药”领域，此词不作要求',
      );
  });

  it('answers a question no clause holds in all its words with the clauses holding the most of its topics (issue 17)', () => {
    // 医院 通过? 临床试验机构 认定 专业 — the answer says 医疗机构…认定…专业 but not 临床试验机构 whole.
    const shape = {
      byReference: false,
      terms: 5,
      byWords: [false, false, false, false, false],
      optional: [false, true, false, false, false],
      question: true,
    };
    const answer = hit('answer', [true, false, false, true, true], 0);
    const rareOnly = hit('rare', [false, false, true, false, false], 0);
    const common = hit('common', [true, false, false, false, false], 0);
    const got = split([rareOnly, common, answer], shape);
    expect(got.full.map((h) => h.id)).toEqual(['answer']);
    expect(got.partial.map((h) => h.id)).toEqual(['rare', 'common']);
    expect(got.dropped).toEqual([2]);
    expect(got.relaxed).toEqual([1]);
    expect(statusLine({ full: 1, partial: 2, pending: 0, byReference: false, dropped: ['临床试验机构'] })).toContain(
      '未含“临床试验机构”',
    );
    // Typed as words, three of four topics held together answer too (wordsCore)…
    expect(split([rareOnly, common, answer], { ...shape, question: false }).full.map((h) => h.id)).toEqual(['answer']);
    // …but never without a support word typed (the term left out, 2, is one here).
    const support = [false, false, true, false, false];
    expect(split([rareOnly, common, answer], { ...shape, question: false, support }).full).toEqual([]);
  });

  it('never answers a question when a topic word is held by no clause (宠物医院, 社保), nor with under half its topics', () => {
    // Terms 员工 (held), 社保 (held by none): the texts do not answer it.
    expect(
      questionCore(
        [
          [true, false],
          [true, false],
        ],
        [0, 1],
        [false, false],
      ),
    ).toBeNull();
    // Four topics, the best clause holds one: too little of the question.
    expect(
      questionCore(
        [
          [true, false, false, false],
          [false, true, false, false],
          [false, false, true, false],
          [false, false, false, true],
        ],
        [0, 1, 2, 3],
        [false, false, false, false],
      ),
    ).toBeNull();
    // Two of four: enough; among equals, the rarer pair wins.
    const holds = [
      [true, true, false, false],
      [true, false, false, false],
      [false, false, true, true],
      [true, false, false, true],
      [true, false, false, true],
    ];
    expect(questionCore(holds, [0, 1, 2, 3], [false, false, false, false])).toEqual([2, 3]);
    // Only optional words held: nothing.
    expect(questionCore([[false, true]], [0, 1], [false, true])).toBeNull();
    // A word the results lack but another clause of the corpus holds (a filter's place says it
    // otherwise) may go unrequired; one held nowhere may not.
    expect(questionCore([[true, true, false]], [0, 1, 2], [false, false, false], [true, true, true])).toEqual([0, 1]);
    expect(questionCore([[true, true, false]], [0, 1, 2], [false, false, false], [true, true, false])).toBeNull();
    // A long question (four topic words or more): a word no clause holds may go unrequired when
    // it names no place outside the corpus and two known topic words stay.
    const long = [[true, true, true, false]];
    const topics4 = [false, false, false, false];
    expect(questionCore(long, [0, 1, 2, 3], topics4, [], [true, true, true, false])).toEqual([0, 1, 2]);
    // 合肥 (a place outside the corpus), or a word not checked: unanswered.
    expect(questionCore(long, [0, 1, 2, 3], topics4, [], [true, true, true, true])).toBeNull();
    expect(questionCore(long, [0, 1, 2, 3], topics4)).toBeNull();
    // Only one known topic word left beside the unknown ones: too little.
    expect(
      questionCore([[true, false, false, false]], [0, 1, 2, 3], topics4, [], [true, false, false, false]),
    ).toBeNull();
  });

  it('leaves out a word no clause holds of a shorter question only when few clauses share the rest (SPECIFIC)', () => {
    // 能去药监部门挂职锻炼吗: 药监部门 and 挂职 held together by two clauses, 锻炼 by none.
    const topics3 = [false, false, false];
    const few = [
      [true, true, false],
      [true, true, false],
      [true, false, false],
    ];
    expect(questionCore(few, [0, 1, 2], topics3, [], [false, false, false])).toEqual([0, 1]);
    // 宠物医院有补贴吗: 医院 and 补贴 are held together everywhere — not what it asks about.
    const many = Array.from({ length: SPECIFIC + 1 }, () => [true, true, false]);
    expect(questionCore(many, [0, 1, 2], topics3, [], [false, false, false])).toBeNull();
    // The unknown word may name a place outside the corpus: unanswered however few share the rest.
    expect(questionCore(few, [0, 1, 2], topics3, [], [false, false, true])).toBeNull();
  });

  it('counts every clause a typed reference names as a result, and any clause when no content term is left', () => {
    const named = hit('n', [], 0, { exactLabel: false });
    const listed = hit('box-item', [], 0);
    expect(split([named, listed], { byReference: true, terms: 0, byWords: [] }).partial).toEqual([]);
    expect(split([listed], { byReference: false, terms: 0, byWords: [] }).partial).toEqual([]);
    expect(split([hit('x', [false, false], 0, { exactLabel: true })], two).full.map((h) => h.id)).toEqual(['x']);
  });

  it('reads a term few clauses hold whole as its words: holding them all is a match, some of them is not', () => {
    const allWords = hit('all', [true, false], 2);
    const someWords = hit('some', [true, false], 1);
    const { full, partial } = split([allWords, someWords], { ...two, byWords: [false, true] });
    expect(full.map((h) => h.id)).toEqual(['all']);
    expect(partial.map((h) => h.id)).toEqual(['some']);
  });

  it('does not accept a term’s words when many clauses hold the term whole', () => {
    const words = hit('words', [true, false], 2);
    expect(split([words], two).partial.map((h) => h.id)).toEqual(['words']);
    // Reading the other term as its words does not help: the term not held whole is the one that counts.
    expect(split([words], { ...two, byWords: [true, false] }).partial.map((h) => h.id)).toEqual(['words']);
  });

  it('names the terms a partial result holds', () => {
    expect(heldTerms([{ text: '临床试验' }, { text: '房租' }], { held: [true, false] })).toEqual(['临床试验']);
    expect(heldTerms([{ text: 'a' }], { held: [] })).toEqual([]);
  });

  it('says how many are folded away, and what the status line reads', () => {
    expect(partialSummary(3)).toBe('另有 3 条只含部分词语');
    expect(statusLine({ full: 25, partial: 3, pending: 0, byReference: false })).toBe(
      '找到 25 个包含全部检索词的条款；另有 3 个只含部分词语（已折叠）',
    );
    expect(statusLine({ full: 25, partial: 0, pending: 0, byReference: false })).toBe('找到 25 个包含全部检索词的条款');
    expect(statusLine({ full: 0, partial: 4, pending: 0, byReference: false })).toBe(
      '没有条款包含全部检索词；另有 4 个只含部分词语（已折叠）',
    );
    expect(statusLine({ full: 1, partial: 0, pending: 0, byReference: true })).toBe('条款直达');
    expect(statusLine({ full: 2, partial: 0, pending: 0, byReference: true })).toBe('有 2 个条款使用这一编号');
    // A box's items or the clause a point stands in, listed after what the number names, are not counted as named.
    expect(statusLine({ full: 2, partial: 0, pending: 0, byReference: true, named: 1 })).toBe(
      '条款直达；另列出所在或所含的 1 个条款',
    );
    expect(statusLine({ full: 10, partial: 0, pending: 0, byReference: true, named: 1 })).toBe(
      '条款直达；另列出所在或所含的 9 个条款',
    );
    expect(statusLine({ full: 3, partial: 0, pending: 0, byReference: true, named: 2 })).toBe(
      '有 2 个条款使用这一编号；另列出所在或所含的 1 个条款',
    );
    expect(statusLine({ full: 60, partial: 0, pending: 140, byReference: false })).toContain(
      '另有 140 个候选条款待核对',
    );
  });
});

describe('a query of words with a two-character word no clause knows (issue 17)', () => {
  // 外籍高管 个税 返还: the texts say 境外高端人才 … 个人所得税 … 奖励, never 返还.
  const holds = [
    [true, true, false], // the clause on 境外高端人才 and 个人所得税
    [true, false, false],
    [false, true, false],
  ];
  const light = [false, false, true];
  it('requires the other terms when they are together in a few clauses, and leaves the word out', () => {
    expect(lightCore(holds, [0, 1, 2], light, [], [false, false, false])).toEqual([0, 1]);
  });
  it('leaves nothing out otherwise', () => {
    // A longer word no clause knows is a topic the texts do not cover (免租金, 药物警戒).
    expect(lightCore(holds, [0, 1, 2], [false, false, false], [], [false, false, false])).toBeNull();
    // A word that may name a place outside the corpus (合肥), or whose place was not checked.
    expect(lightCore(holds, [0, 1, 2], light, [], [false, false, true])).toBeNull();
    expect(lightCore(holds, [0, 1, 2], light)).toBeNull();
    // The word is known elsewhere in the texts (under a filter): it stays required.
    expect(lightCore(holds, [0, 1, 2], light, [false, false, true], [false, false, false])).toBeNull();
    // Two unknown words; or one word left beside it (购置 of 农机购置补贴).
    expect(lightCore([[true, false, false]], [0, 1, 2], [false, true, true], [], [false, false, false])).toBeNull();
    expect(lightCore([[true, false]], [0, 1], [false, true], [], [false, false])).toBeNull();
    // The others together in more than SPECIFIC clauses: too common to be what was asked.
    const many = Array.from({ length: SPECIFIC + 1 }, () => [true, true, false]);
    expect(lightCore(many, [0, 1, 2], light, [], [false, false, false])).toBeNull();
    // One of the others held by a word nearly every clause holds (药企 厂房 租金: 药企 as 企业): one topic left.
    expect(lightCore(holds, [0, 1, 2], light, [], [false, false, false], [true, false, false])).toBeNull();
  });
  it('splits the answer so, saying which word it left out', () => {
    const hit = (id: string, held: boolean[]) => ({ id, match: { exact: false, held, complete: held } });
    const list = [hit('both', [true, true, false]), hit('one', [true, false, false])];
    const got = split(list, {
      byReference: false,
      terms: 3,
      byWords: [false, false, false],
      known: [false, false, false],
      outside: [false, false, false],
      light: ['外籍高管', '个税', '返还'].map(isLightWord),
    });
    // 个税 is two characters too, but clauses know it: only 返还 may go.
    expect([got.full.map((h) => h.id), got.partial.map((h) => h.id), got.dropped]).toEqual([['both'], ['one'], [2]]);
    expect(statusLine({ full: 1, partial: 1, pending: 0, byReference: false, dropped: ['返还'] })).toContain(
      '未含“返还”',
    );
  });
});

describe('a clause beside a full result, in its article', () => {
  // Terms: 临床试验机构 (read by its words 临床试验, 机构 only when few clauses hold it whole), 补贴.
  const inArticle = (id: string, held: boolean[], complete: boolean[], article?: string) => ({
    id,
    article,
    match: { exact: held.every(Boolean), held, complete },
  });
  it('is a full result when it holds every term whole or by all its words', () => {
    const list = [
      inArticle('run', [true, true], [true, true], 'sz#s3-c4'),
      inArticle('box item', [false, true], [true, true], 'sz#s3-c4'),
      inArticle('elsewhere', [false, true], [true, true], 'sz#s3-c7'),
      inArticle('some words', [false, true], [false, true], 'sz#s3-c4'),
      inArticle('no article', [false, true], [true, true]),
    ];
    const { full, partial } = split(list, two);
    expect(full.map((h) => h.id)).toEqual(['run', 'box item']);
    expect(partial.map((h) => h.id)).toEqual(['elsewhere', 'some words', 'no article']);
  });
  it('is not one when no full result is in its article, or when nothing is a full result', () => {
    const alone = [
      inArticle('box item', [false, true], [true, true], 'sz#s3-c4'),
      inArticle('other', [true, false], [true, false], 'sz#s3-c4'),
    ];
    expect(split(alone, two).full).toEqual([]);
    // The same article key in another policy is another article.
    const other = [
      inArticle('run', [true, true], [true, true], 'wx#s3-c4'),
      inArticle('box item', [false, true], [true, true], 'sz#s3-c4'),
    ];
    expect(split(other, two).full.map((h) => h.id)).toEqual(['run']);
  });
});

describe('a query of words no clause holds in all its terms (wordsCore, issue 17)', () => {
  const none = (n: number) => Array.from({ length: n }, () => false);
  // ECMO 研发: one clause names ECMO (and says 创新探索), many say 研发.
  const ecmo = [[true, false], ...Array.from({ length: 8 }, () => [false, true])];
  it('keeps a rare topic beside the reader’s general word, never the general word', () => {
    expect(wordsCore(ecmo, [0, 1], none(2), [true, true], none(2))).toEqual([0]);
    // The rare one held by more than SPECIFIC clauses: too common to be what was asked.
    const common = [...Array.from({ length: SPECIFIC + 1 }, () => [true, false]), ...ecmo.slice(1)];
    expect(wordsCore(common, [0, 1], none(2), [true, true], none(2))).toBeNull();
    // Both as rare: neither is the general word.
    expect(
      wordsCore(
        [
          [true, false],
          [false, true],
        ],
        [0, 1],
        none(2),
        [true, true],
        none(2),
      ),
    ).toBeNull();
  });
  it('never leaves out a support word: a clause paying nothing does not answer 补贴', () => {
    // ECMO 补贴: the ECMO clause pays nothing.
    expect(wordsCore(ecmo, [0, 1], none(2), [true, true], none(2), [false, true])).toBeNull();
    // 关联审评 A状态 原辅料 奖励: two topics held with 奖励 in one clause answer, 奖励 kept.
    const excipient = [
      [true, true, false, true],
      [false, false, true, false],
      [false, false, false, true],
    ];
    const four = [false, false, false, true];
    expect(wordsCore(excipient, [0, 1, 2, 3], none(4), [true, true, true, true], none(4), four)).toEqual([0, 1, 3]);
    // 药物警戒 体系建设 补助: a word no clause holds beside a common topic and a support word is a
    // topic the texts do not cover.
    const vigilance = Array.from({ length: SPECIFIC + 1 }, () => [false, true, true]);
    expect(wordsCore(vigilance, [0, 1, 2], none(3), [false, true, true], none(3), [false, false, true])).toBeNull();
    // 药品召回 管理办法: beside one topic, however rare, the word no clause holds may be what the texts lack.
    const recall = [
      [false, true],
      [false, false],
    ];
    expect(wordsCore(recall, [0, 1], none(2), [false, true], none(2))).toBeNull();
    // A support word alone beside the unknown topic is not an answer either.
    expect(wordsCore([[false, true]], [0, 1], none(2), [false, true], none(2), [false, true])).toBeNull();
    // 药企 电费: who is asked about (the field's head word) is never left out.
    const power = [[false, true], ...Array.from({ length: 8 }, () => [true, false])];
    expect(wordsCore(power, [0, 1], none(2), [true, true], none(2), [], [true, false])).toBeNull();
  });
  it('answers nothing when the place asked lacks a term the corpus holds elsewhere (苏州 兽药 批件 补贴)', () => {
    const here = [
      [false, true, true],
      [false, false, true],
    ];
    expect(wordsCore(here, [0, 1, 2], none(3), [true, true, true], none(3), [false, false, true])).toBeNull();
  });
  it('leaves out a term no clause holds only beside two topics held together by few clauses, however long the query', () => {
    // 离岸孵化 飞地 研发中心: 飞地 held nowhere, the other two together in one clause.
    const offshore = [
      [true, false, true],
      [true, false, false],
      [false, false, true],
      [false, false, true],
    ];
    expect(wordsCore(offshore, [0, 1, 2], none(3), [true, false, true], none(3))).toEqual([0, 2]);
    // …unless it may name a place outside the corpus (深圳坪山), or was not checked.
    expect(wordsCore(offshore, [0, 1, 2], none(3), [true, false, true], [false, true, false])).toBeNull();
    expect(wordsCore(offshore, [0, 1, 2], none(3), [true, false, true])).toBeNull();
    // Four topics, the two kept together in many clauses (医疗器械 召回 管理 规范): nothing.
    const many = Array.from({ length: SPECIFIC + 1 }, () => [true, false, true, false]);
    expect(wordsCore(many, [0, 1, 2, 3], none(4), [true, false, true, true], none(4))).toBeNull();
  });
  it('splits a query of words so and says which term it left out', () => {
    const h = (id: string, held: boolean[]) => ({ id, match: { exact: false, held, complete: held } });
    const list = [h('ecmo', [true, false]), ...Array.from({ length: 5 }, (_, i) => h(`rd${i}`, [false, true]))];
    const shape = { byReference: false, terms: 2, byWords: [false, false], known: [true, true], outside: none(2) };
    const got = split(list, shape);
    expect([got.full.map((x) => x.id), got.dropped]).toEqual([['ecmo'], [1]]);
    // A support term stays required.
    expect(split(list, { ...shape, support: [false, true] }).full).toEqual([]);
    // ECMO 研发补贴: 补贴 read as the intent, so a clause answering holds a support word.
    const paying = list.map((x, i) => ({ ...x, match: { ...x.match, soft: i === 0 ? 0 : 1 } }));
    expect(split(paying, { ...shape, asksSupport: true }).full).toEqual([]);
    const ecmoPays = list.map((x, i) => ({ ...x, match: { ...x.match, soft: i === 0 ? 1 : 0 } }));
    expect(split(ecmoPays, { ...shape, asksSupport: true }).full.map((x) => x.id)).toEqual(['ecmo']);
  });
});
