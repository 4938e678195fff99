import { describe, expect, it } from 'vitest';
import { placeLexicon } from './places.ts';
import { countAsked, formQueries, markNeedles, termForms, typedTerms, understand, type PlanContext } from './plan.ts';
import { intlSegment } from './question.ts';
import { buildVocabulary } from './vocabulary.ts';

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city' },
];
const ctx: PlanContext = {
  vocabulary: buildVocabulary([
    { id: 'vp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
    { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
  ]),
  places: placeLexicon(regions),
  policies: [
    {
      id: 'sz',
      titles: ['苏州市强链补链三年行动计划', '苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）'],
      kind: '行动计划',
      regions: ['suzhou', 'jiangsu'],
      number: '苏委办发〔2021〕14号',
    },
    {
      id: 'wx',
      titles: ['无锡市生物医药产业高质量发展若干政策意见', '市政府关于加快推动生物医药产业高质量发展的若干政策意见'],
      kind: '政策意见',
      regions: ['wuxi', 'jiangsu'],
    },
  ],
  lexicon: ['临床试验', '创新药', '医疗器械', '注册证'],
  segment: intlSegment,
};

describe('typedTerms: a reader’s marks and spacing (issue 17)', () => {
  it('reads a trial phase typed in English as the texts write it (Phase II → II期)', () => {
    expect(typedTerms('Phase II 临床 资助')).toEqual(['ii期', '临床', '资助']);
    expect(typedTerms('phase3临床')).toEqual(['3期临床']);
    expect(typedTerms('PHASE Ⅰ')).toEqual(['i期']);
    // Not a phase: another word, or a number that runs on.
    expect(typedTerms('phases 临床')).toEqual(['phases', '临床']);
    expect(typedTerms('phase 12')).toEqual(['phase', '12']);
  });
  it('separates words at a run of dashes or exclamation marks, and joins letters typed one by one', () => {
    expect(typedTerms('苏州——吴门医派！！传承创新')).toEqual(['苏州', '吴门医派', '传承创新']);
    expect(typedTerms('无锡 G C P 新增专业')).toEqual(['无锡', 'gcp', '新增专业']);
    expect(typedTerms('B T + I T 融合')).toEqual(['bt+it', '融合']);
    // A single dash is part of what was typed (a period, a title's range).
    expect(typedTerms('2021—2023')).toEqual(['2021—2023']);
    // Letters and characters typed one by one are two words, not one.
    expect(typedTerms('A 股')).toEqual(['a', '股']);
  });

  it('drops what a reader types to say what to do (找, 查, 对比), unless nothing else is typed', () => {
    expect(understand('找 无锡 急需紧缺人才', ctx).concepts.map((c) => c.text)).toEqual(['急需紧缺人才']);
    expect(understand('对比 创新药 临床试验', ctx).concepts.map((c) => c.text)).toEqual(['创新药', '临床试验']);
    expect(understand('查找', ctx).concepts.map((c) => c.text)).toEqual(['查找']);
  });

  it('drops a lone character typed between the topics to join or place them (后, 和, 及), unless nothing else is typed', () => {
    expect(understand('临床试验 后 资助', ctx).concepts.map((c) => c.text)).toEqual(['临床试验', '资助']);
    expect(understand('创新药 和 医疗器械', ctx).concepts.map((c) => c.text)).toEqual(['创新药', '医疗器械']);
    // Inside a word it is the word's (细胞与基因治疗); typed alone it is what is looked for.
    expect(understand('细胞与基因治疗', ctx).concepts.map((c) => c.text)).toEqual(['细胞与基因治疗']);
    expect(understand('后', ctx).concepts.map((c) => c.text)).toEqual(['后']);
  });
});

describe('typedTerms', () => {
  it('splits, normalises and drops what cannot be searched', () => {
    expect(typedTerms('  临床试验　资助 临床试验 ， “揭榜挂帅” ')).toEqual(['临床试验', '资助', '揭榜挂帅']);
    expect(typedTerms('ＣＤＥ')).toEqual(['cde']);
    // Punctuation between words separates them as a space does (issue 17: inputs as people type them).
    expect(typedTerms('三类医疗器械，注册证')).toEqual(['三类医疗器械', '注册证']);
    expect(typedTerms('人才公寓。')).toEqual(['人才公寓']);
    expect(typedTerms('医疗器械、注册证；补贴')).toEqual(['医疗器械', '注册证', '补贴']);
    expect(typedTerms('有补贴吗？临床试验')).toEqual(['有补贴吗', '临床试验']);
    // Not inside a number or a heading number.
    expect(typedTerms('1,000万')).toEqual(['1,000万']);
    expect(typedTerms('三、（一）')).toEqual(['三、(一)']);
    expect(typedTerms('二、三类')).toEqual(['二、三类']);
    // Characters typed one by one are one word; a lone one stays itself.
    expect(typedTerms('临 床 试 验 补贴 药')).toEqual(['临床试验', '补贴', '药']);
    // A particle ending a word is dropped; a two-character word keeps it.
    expect(typedTerms('服务平台 建立的 苏州的 目的')).toEqual(['服务平台', '建立', '苏州', '目的']);
    expect(typedTerms('x'.repeat(300))[0]!.length).toBe(200);
  });
});

describe('termForms', () => {
  it('adds numbers written the other way and the vocabulary, the typed form first', () => {
    expect(termForms('一亿元', ctx.vocabulary)).toEqual([
      { text: '一亿元', origin: { kind: 'typed' } },
      { text: '1亿元', origin: { kind: 'typed' } },
    ]);
    expect(termForms('集采', ctx.vocabulary)).toEqual([
      { text: '集采', origin: { kind: 'typed' } },
      { text: '集中带量采购', origin: { kind: 'synonym', writing: '集中带量采购', entry: 'vp' } },
    ]);
  });
});

describe('formQueries', () => {
  it('is the index query of each writing of a term, leaving out writings with nothing to search', () => {
    const c = understand('集采', ctx).concepts[0]!;
    expect(formQueries(c)).toEqual(['集采', '集中 中带 带量 量采 采购']);
    expect(formQueries({ ...c, forms: [...c.forms, { text: '“”', origin: { kind: 'typed' } }] })).toHaveLength(2);
  });
});

describe('understand', () => {
  it('reads a reference, with a place or a policy named before it', () => {
    expect(understand('第（十二）条', ctx)).toMatchObject({ reference: { keys: ['t12'] }, concepts: [], places: [] });
    const wuxi20 = understand('无锡 第二十条', ctx);
    expect([wuxi20.reference?.keys[0], wuxi20.policies, wuxi20.places]).toEqual([
      't20',
      ['wx'],
      [{ text: '无锡', region: 'wuxi' }],
    ]);
    expect(understand('强链补链 三、（一）', ctx)).toMatchObject({ reference: { keys: ['s3c1'] }, policies: ['sz'] });
    // A term that names no policy: read as a heading's name, and as text if no heading has it.
    const blood = understand('血液 三、（一）', ctx);
    expect([blood.policies, blood.reference?.keys.every((k) => k.startsWith('h')), blood.asText?.reference]).toEqual([
      [],
      true,
      null,
    ]);
    // Every term before the reference must be in one policy's title; otherwise a heading, then text.
    const mixed = understand('强链 医药 三、（一）', ctx);
    expect([mixed.policies, mixed.asText?.concepts.map((c) => c.text)]).toEqual([[], ['强链', '医药', '三、(一)']]);
    // A reference typed in pieces is read whole.
    expect(understand('三、 （一）', ctx).reference?.keys).toEqual(['s3c1']);
  });

  it('names a document the way readers do: by place and kind, by a word of its title, with 的 or 《》 (issue 17)', () => {
    const cite = (q: string) => {
      const p = understand(q, ctx);
      return [p.reference?.keys[0] ?? null, p.policies];
    };
    expect(cite('无锡的意见第十二条')).toEqual(['t12', ['wx']]);
    expect(cite('无锡政策意见 第(12)条')).toEqual(['t12', ['wx']]);
    expect(cite('无锡意见【十二】')).toEqual(['c12', ['wx']]);
    expect(cite('苏州三年行动计划专栏3')).toEqual(['b3', ['sz']]);
    expect(cite('《强链补链》三、（一）')).toEqual(['s3c1', ['sz']]);
    expect(cite('生物医药及健康产业行动计划 第二项')).toEqual(['i2', ['sz']]);
    expect(cite('高质量发展若干政策意见第三条第1项')).toEqual(['t3i1', ['wx']]);
    // After a document's name a lone number may be any of its numberings.
    expect(understand('无锡意见第十二项', ctx).reference?.keys).toEqual(['i12', 'c12', 't12', 'w12', 'l12']);
    // A kind that fits no document, or a place with no document of that kind: not a reference.
    expect(cite('无锡清单第5项')).toEqual([null, []]);
    expect(cite('南京意见第十二条')[1]).toEqual([]);
  });

  it('reads a point under a heading: a table group, a 专栏 or a section by its name (issue 17)', () => {
    const h = understand('创新平台工程第5项', ctx).reference!;
    expect(h.keys.length).toBeGreaterThan(1);
    expect(h.keys.every((k) => /^h[0-9a-z]+[ictwl]5$/u.test(k))).toBe(true);
    // The same heading typed without its generic word shares a key with it.
    const short = understand('创新平台 第5项', ctx).reference!;
    expect(short.keys.some((k) => h.keys.includes(k))).toBe(true);
    // Text before a number that is not a reference step stays text.
    expect(understand('第三类医疗器械', ctx).reference).toBeNull();
    expect(understand('集采中选第一年', ctx).reference).toBeNull();
  });

  it('more of the ways readers write points and parts (issue 17)', () => {
    const keys = (q: string) => understand(q, ctx).reference?.keys ?? null;
    expect(keys('无锡意见（三）4')?.[0]).toBe('c3i4');
    expect(keys('苏州行动计划 四、2')?.[0]).toBe('s4i2');
    expect(keys('无锡意见 第三部分第十条')?.[0]).toBe('s3t10');
    // A heading named alone after its document's name is the heading's clause …
    const alone = understand('强链补链计划 临床提升工程', ctx);
    expect([alone.policies, alone.reference?.keys.every((k) => /^h[0-9a-z]+$/u.test(k))]).toEqual([['sz'], true]);
    // … but after a place only, it is text.
    expect(understand('无锡临床试验补贴', ctx).reference).toBeNull();
    // … and after a place and title words most documents share (生物医药: every title here), it is
    // what the reader looks for there, not a heading of a document named.
    expect(understand('无锡 生物医药 人才引进', ctx).reference).toBeNull();
    expect(understand('苏州 生物医药 产业基金', ctx).reference).toBeNull();
    expect(understand('苏州 强链补链 临床提升工程', ctx).reference?.alone).toBe(true);
    // A number in brackets after a heading is a point under it (保障措施（四）), not the heading alone.
    const under = understand('强链补链计划 保障措施（四）', ctx);
    expect(under.reference?.alone).toBeUndefined();
    expect(under.reference?.keys.some((k) => /^h[0-9a-z]+c4$/u.test(k))).toBe(true);
    // A bare number alone is no reference.
    expect(keys('2025')).toBeNull();
  });

  it('a question about a document is looked up as the fact it asks, for the documents it names (issue 17)', () => {
    const q = understand('无锡政策什么时候失效', ctx);
    expect([q.fact, q.reference?.keys, q.policies]).toEqual([
      { fact: 'validity', policies: ['wx'] },
      ['mvalidity'],
      ['wx'],
    ]);
    expect(understand('发文字号是多少', ctx).fact).toEqual({ fact: 'number', policies: ['sz', 'wx'] });
    // A part typed beside the document's name, the reader's guess at the answer, is no part of it (stop 24).
    expect(understand('苏州强链补链行动计划 文号 苏委发', ctx).fact).toEqual({ fact: 'number', policies: ['sz'] });
    // …unless more than one part names documents: which is asked is not said.
    expect(understand('无锡意见 文号 苏州行动计划', ctx).fact).toBeUndefined();
    // 有效期 alone, or beside words that name no document, is text.
    expect(understand('有效期', ctx).fact).toBeUndefined();
    expect(understand('项目认定期限', ctx).fact).toBeUndefined();
  });

  it('a reference plan holds the reference and nothing else', () => {
    expect(understand('第（十二）条', ctx)).toEqual({
      raw: '第（十二）条',
      places: [],
      policies: [],
      reference: { keys: ['t12'], text: '第(十二)条' },
      concepts: [],
      phrases: [],
      stretches: [],
      soft: [],
      asked: [],
      intent: null,
      money: false,
    });
    expect(understand('x'.repeat(300), ctx).raw).toHaveLength(200);
  });

  it('reads a question into words, an intent and support words', () => {
    const plan = understand('创新药临床试验有什么奖励', ctx);
    expect(plan.concepts.map((c) => c.text)).toEqual(['创新药', '临床试验']);
    expect(plan.intent).toBe('support');
    expect(plan.money).toBe(true);
    expect(plan.soft).toContain('奖励');
    expect(plan.soft).toContain('资助');
    expect(plan.phrases).toContain('创新药临床试验有什么奖励');
    expect(plan.stretches).toEqual(['创新药临床试验', '创新药临床实验']);
  });

  it('keeps a question’s whole text as a phrase only when it held more than one word or a support word', () => {
    expect(understand('创新药有哪些', ctx)).toMatchObject({ phrases: [], soft: [] });
    expect(understand('创新药有什么奖励', ctx).phrases).toEqual(['创新药有什么奖励']);
    // A question with no content word is searched as typed.
    expect(understand('有什么奖励', ctx).concepts.map((c) => c.text)).toEqual(['有什么奖励']);
    // Its words are cut into their own words too.
    expect(
      understand('医疗器械注册证有什么奖励', ctx).concepts.map((c) => [c.text, c.parts.map((p) => p.text)]),
    ).toEqual([
      ['医疗器械', ['医疗', '器械']],
      ['注册证', []],
    ]);
  });

  it('counts every support word of the texts in a support question, and no target word', () => {
    expect(understand('创新药有什么奖励', ctx).soft).toEqual([
      '奖励',
      '补贴',
      '资助',
      '扶持',
      '支持',
      '补助',
      '奖补',
      '资金',
      '金额',
      '优惠',
      '福利',
    ]);
    expect(understand('企业数量目标', ctx).soft).toEqual([]);
    expect(understand('新药 补贴', ctx).soft).toEqual([]);
  });

  it('reads an amount in 亿元 as a question about money without any support word', () => {
    for (const q of ['生物医药 1亿元', '创新药一亿元', '１．５亿元'])
      expect(understand(q, ctx), q).toMatchObject({ intent: null, money: true });
  });

  it('keeps a phrase whole, with its words for when no clause holds it', () => {
    const plan = understand('医疗器械注册证', ctx);
    expect(plan.concepts).toHaveLength(1);
    expect(plan.concepts[0]!.parts.map((p) => p.text)).toEqual(['医疗器械', '注册证']);
    expect(plan.intent).toBeNull();
    expect(plan.money).toBe(false);
  });

  it('takes places out and keeps the whole term as a phrase', () => {
    const plan = understand('无锡临床试验补贴', ctx);
    expect(plan.places).toEqual([{ text: '无锡', region: 'wuxi' }]);
    expect(plan.concepts.map((c) => c.text)).toEqual(['临床试验']);
    expect(plan.phrases).toContain('无锡临床试验补贴');
  });

  it('turns a support word typed beside other terms into all the texts’ support words, and drops 目标', () => {
    const plan = understand('新药 补贴', ctx);
    const support = plan.concepts[1]!;
    expect(support.forms[0]).toEqual({ text: '补贴', origin: { kind: 'typed' } });
    expect(support.forms.map((f) => f.text)).toEqual([
      '补贴',
      '奖励',
      '资助',
      '扶持',
      '支持',
      '补助',
      '奖补',
      '资金',
      '金额',
      '优惠',
      '福利',
    ]);
    expect(support.forms.slice(1).every((f) => f.search === false && f.origin.kind === 'synonym')).toBe(true);
    expect(understand('补贴', ctx).concepts[0]!.forms).toHaveLength(1);
    const target = understand('上市企业 指标', ctx);
    expect(target.concepts.map((c) => c.text)).toEqual(['上市企业']);
    expect(target.intent).toBe('target');
    expect(target.soft).toEqual([]);
    // 指标 alone is a term.
    expect(understand('指标', ctx).concepts.map((c) => c.text)).toEqual(['指标']);
  });

  it('marks the reader’s phrasing optional beside a topic, never a topic or a word typed alone (issue 17)', () => {
    const opt = (q: string) => understand(q, ctx).concepts.map((c) => [c.text, c.optional === true]);
    // Generic words typed beside a topic: optional; the topic stays required.
    expect(opt('审评审批 提速')).toEqual([
      ['审评审批', false],
      ['提速', true],
    ]);
    expect(opt('提速')).toEqual([['提速', false]]);
    // A question's lone character and its generic verbs are optional; its topics are not.
    const q = understand('医院通过临床试验机构认定有资助吗', ctx).concepts;
    expect(q.filter((c) => c.optional).map((c) => c.text)).toEqual(['通过']);
    expect(q.filter((c) => !c.optional).map((c) => c.text)).toContain('医院');
    // A term read by its words needs its topic words only (持有人制度 → 持有人).
    const mah = understand('持有人制度 上市', ctx).concepts[0]!;
    expect(mah.parts.map((p) => p.text)).toEqual(['持有人']);
    // A lone character is phrasing too when a longer word is left (注册证书 → 注册证 + 书).
    const cert = understand('医疗器械注册证书 上市', ctx).concepts[0]!;
    expect(cert.parts.map((p) => p.text)).toEqual(['医疗器械', '注册证']);
  });

  it('takes a place named inside a question as a place, and keeps the words either side apart (issue 17)', () => {
    const plan = understand('境外人才在无锡交个税有奖励吗', ctx);
    expect(plan.places.map((p) => p.region)).toEqual(['wuxi']);
    const words = plan.concepts.map((c) => c.text);
    expect(words).not.toContain('无锡');
    expect(words.some((w) => w.includes('在') || (w.endsWith('交') && w !== '交'))).toBe(false);
    // A place typed first decides; a later 高新区-like name is not a second place.
    expect(understand('苏州 企业在无锡有什么补贴', ctx).places.map((p) => p.region)).toEqual(['suzhou']);
    // …but the typed place's region named again further on is that place, not a word to hold (stop 24).
    const again = understand('无锡 企业能享受无锡生物医药政策吗', ctx);
    expect(again.concepts.map((c) => c.text)).not.toContain('无锡');
  });

  it('offers the calculator for an amount asked in 万元 or 亿元 in any writing, without a support word (issue 17)', () => {
    for (const q of ['总投资1亿元以上', '投资２亿元的项目', '一亿元 项目', '500万元 研发', '投资5000万元以上能拿多少'])
      expect(understand(q, ctx).money, q).toBe(true);
    for (const q of ['临床试验', '企业数量 目标']) expect(understand(q, ctx).money, q).toBe(false);
  });

  it('reads A/B inside a term as either, each in all its writings; a date or fraction stays whole (issue 17)', () => {
    const [c] = understand('集采/临床试验', ctx).concepts;
    expect(c!.forms.map((f) => f.text)).toEqual(
      expect.arrayContaining(['集采', '集中带量采购', '临床试验', '临床实验']),
    );
    expect(c!.parts).toEqual([]);
    expect(understand('1/2', ctx).concepts[0]!.forms.map((f) => f.text)).toEqual(['1/2']);
  });

  it('reads a part typed only to ask (奖励多少, 补贴多少钱, 给多少, 补助上限) as the intent beside the topic, not a term (issue 17)', () => {
    for (const ask of [
      '奖励多少',
      '补贴多少钱',
      '能拿多少钱',
      '给多少',
      '补助上限',
      '能补多少',
      '资助标准是多少',
      '怎么申请',
    ]) {
      const plan = understand(`创新药 ${ask}`, ctx);
      expect(
        plan.concepts.map((c) => c.text),
        ask,
      ).toEqual(['创新药']);
      if (ask !== '怎么申请') expect(plan.intent, ask).toBe('support');
    }
    // Typed without the space, the same question reads the same.
    expect(understand('创新药能补多少', ctx).concepts.map((c) => c.text)).toEqual(['创新药']);
    expect(understand('创新药能补多少', ctx).soft.length).toBeGreaterThan(0);
    // Typed alone, there is nothing else to look for: the words stay.
    expect(understand('奖励多少', ctx).concepts.length).toBeGreaterThan(0);
  });

  it('takes a place after a preposition inside a phrase as a place (在无锡产业化), not one glued into a word (issue 17)', () => {
    const plan = understand('在无锡产业化 奖励', ctx);
    expect(plan.places.map((p) => p.region)).toEqual(['wuxi']);
    expect(plan.concepts.map((c) => c.text)).toContain('产业化');
    expect(understand('落户苏州 奖励', ctx).places.map((p) => p.region)).toEqual(['suzhou']);
  });

  it('reads a reference followed by its title words, in a document the query names (issue 17)', () => {
    const named = understand('无锡意见 （三）6 生物制造', ctx);
    expect(named.reference?.keys).toContain('c3i6');
    // The words searched as text when the number names no clause.
    expect(named.asText?.concepts.map((c) => c.text)).toContain('生物制造');
    // No document named: which 专栏3 is not said, so the words are searched as text.
    expect(understand('专栏3 人才', ctx).reference).toBeNull();
    // A table row as readers of tables write its number.
    for (const q of ['苏州行动计划 No.19', '苏州行动计划 #19', '苏州行动计划 编号19'])
      expect(understand(q, ctx).reference?.keys[0], q).toBe('w19');
  });

  it('reads a 文号 typed beside words as the document to search in, and its office’s code before a number (stop 24)', () => {
    // Read first as a heading of the document named (none is 人才), then as text in it.
    const plan = understand('苏委办发〔2021〕14号 人才', ctx).asText!;
    expect(plan.policies).toEqual(['sz']);
    expect(plan.concepts.map((c) => c.text)).toEqual(['人才']);
    expect(understand('苏委办发〔2021〕14号 人才 补贴', ctx).policies).toEqual(['sz']);
    const coded = understand('苏委办发 专栏3', ctx);
    expect(coded.reference?.keys).toContain('b3');
  });

  it('reads a question that begins by naming its document (苏州三年计划里…) as that document’s, never as a heading (issue 17)', () => {
    const plan = understand('苏州三年计划里潜力地标企业每年选几家', ctx);
    expect(plan.reference).toBeNull();
    expect(plan.policies).toEqual(['sz']);
    expect(plan.concepts.map((c) => c.text)).not.toContain('计划');
    expect(plan.concepts.map((c) => c.text)).toContain('潜力');
    // Where the reader put spaces, a heading named alone begins at one: not 太仓创新 + 药补贴.
    const taicang = {
      ...ctx,
      policies: [
        ...ctx.policies,
        {
          id: 'tc',
          titles: ['太仓市创新集群2025行动计划'],
          kind: '行动计划',
          regions: ['taicang', 'suzhou', 'jiangsu'],
        },
      ],
    };
    expect(understand('苏州 创新药 补贴', taicang)).toMatchObject({ reference: null, policies: [] });
    // 政策 names one document when the reader points at it (这个), not otherwise.
    expect(understand('苏州这个生物医药政策适用什么样的企业', ctx).policies).toEqual(['sz']);
    expect(understand('苏州生物医药政策有哪些补贴', ctx).policies).toEqual([]);
    // Without a word for its kind, 里 names no document.
    expect(understand('苏州园区里潜力地标企业每年选几家', ctx).policies).toEqual([]);
  });

  it('cuts every part of a question into words, as the asking part is; a part with brackets stays whole (issue 17)', () => {
    const plan = understand('在无锡做1类新药三期临床 最多补多少', ctx);
    expect(plan.question).toBe(true);
    expect(plan.places.map((p) => p.region)).toEqual(['wuxi']);
    expect(plan.concepts.map((c) => [c.text, c.optional === true])).toEqual(
      expect.arrayContaining([
        ['做', true],
        ['1类', false],
        ['三期', false],
      ]),
    );
    // Not a question: a part typed whole stays one term.
    expect(understand('在无锡做1类新药三期临床 补贴', ctx).question).toBeUndefined();
    // (A 文号 no document has: one a document has names it, below.)
    const number = understand('苏委办发〔2020〕9号 专栏五 有什么', ctx);
    expect(number.concepts.map((c) => c.text)).toContain('苏委办发〔2020〕9号');
  });

  it('makes an amount or a count word the reader states optional, and reads 一个亿 as 1亿 (issue 17)', () => {
    const plan = understand('顶尖人才团队 最高一个亿', ctx);
    const amount = plan.concepts.find((c) => c.text === '一个亿')!;
    expect(amount.optional).toBe(true);
    expect(amount.forms.map((f) => f.text)).toContain('1亿');
    expect(understand('临床试验 每个专业补多少', ctx).concepts.find((c) => c.text === '每个')?.optional).toBe(true);
  });

  it('searches a district of a covered city in the city’s policies, the district an optional term (issue 17)', () => {
    const withInner = { ...ctx, places: [{ text: '新吴区', region: 'wuxi', via: '新吴区' }, ...ctx.places] };
    const plan = understand('新吴区 人才公寓', withInner);
    expect(plan.places).toEqual([{ text: '新吴区', region: 'wuxi', via: '新吴区' }]);
    expect(plan.concepts.map((c) => [c.text, c.optional === true])).toEqual([
      ['人才公寓', false],
      ['新吴区', true],
    ]);
    // A city's own name is a filter only.
    expect(understand('无锡 人才公寓', withInner).concepts.map((c) => c.text)).toEqual(['人才公寓']);
  });

  it('reads a zone typed after its city as a district of it, ranking and never required (stop 26)', () => {
    const withInner = { ...ctx, places: [{ text: '新吴区', region: 'wuxi', via: '新吴区' }, ...ctx.places] };
    const zone = understand('无锡高新区 孵化器', withInner);
    expect(zone.places.map((p) => p.region)).toEqual(['wuxi']);
    expect(zone.concepts.map((c) => [c.text, c.optional === true, c.place === true])).toEqual([
      ['高新区', true, true],
      ['孵化器', false, false],
    ]);
    expect(understand('新吴区 人才公寓', withInner).concepts.find((c) => c.text === '新吴区')?.place).toBe(true);
    // Without a place, or alone, the zone's name is what is looked for.
    expect(understand('开发区 孵化器', withInner).concepts.map((c) => c.place === true)).toEqual([false, false]);
    expect(understand('无锡 开发区', withInner).concepts.map((c) => c.place === true)).toEqual([false]);
  });

  it('reads a district beside nothing but a policy’s words as asking what applies there (issue 17)', () => {
    const withInner = {
      ...ctx,
      field: ['生物医药'],
      places: [{ text: '江阴', region: 'wuxi', via: '江阴市' }, ...ctx.places],
    };
    // …and asked as a question naming the city again (stop 24).
    for (const q of ['江阴 扶持政策', '江阴 生物医药政策', '江阴 相关政策', '江阴 能享受无锡生物医药政策吗']) {
      const plan = understand(q, withInner);
      expect(plan.applies, q).toEqual([plan.concepts.findIndex((c) => c.text === '江阴')]);
    }
    // A topic beside the place: the place stays an optional term, no question of what applies.
    expect(understand('江阴 人才公寓', withInner).applies).toBeUndefined();
    expect(understand('江阴 人才 政策', withInner).applies).toBeUndefined();
  });

  it('counts a term typed twice once, and understands nothing in nothing', () => {
    expect(understand('临床试验 临床试验', ctx).concepts).toHaveLength(1);
    expect(understand('创新药有什么奖励 创新药', ctx).concepts.map((c) => c.text)).toEqual(['创新药']);
    // One word: no words of its own.
    expect(understand('药', ctx).concepts[0]!.parts).toEqual([]);
    expect(understand('   ', ctx)).toMatchObject({ concepts: [], reference: null, raw: '' });
  });

  it('marks what a clause holds of the plan, longest first', () => {
    const plan = understand('一类创新药', ctx);
    expect(markNeedles(plan, '1类化学药和中药创新药')).toEqual(['创新药', '1类']);
    expect(markNeedles(plan, '无关')).toEqual([]);
    // A word of a term counts when the term itself does not occur.
    expect(markNeedles(understand('医疗器械注册证', ctx), '医疗器械产品')).toEqual(['医疗器械']);
  });
});

describe('a support word inside a writing of the thesaurus', () => {
  const withPay: PlanContext = {
    ...ctx,
    vocabulary: buildVocabulary([{ id: 'pay', kind: 'synonym', forms: ['薪酬补贴', '工资补贴'] }]),
  };
  it('lets the word left by cutting the support word off be held by the writing’s other writings (工资补贴 → 薪酬补贴)', () => {
    const plan = understand('海外人才 工资补贴 上限', withPay);
    const pay = plan.concepts.find((c) => c.text.startsWith('工资'));
    expect(pay?.text).toBe('工资');
    expect(pay?.forms.map((f) => f.text)).toEqual(['工资', '薪酬补贴']);
    expect(plan.intent).toBe('support');
    // A term no entry writes whole is cut as before: its support word is the intent.
    const rent = understand('海外人才 房租补贴', withPay).concepts;
    expect(rent.map((c) => c.text)).toEqual(['海外人才', '房租']);
    expect(rent[1]!.forms.map((f) => f.text)).toEqual(['房租']);
  });
});

describe('the site’s field beside a topic (issue 17)', () => {
  const field: PlanContext = { ...ctx, field: ['生物医药'] };
  const texts = (q: string, c = field) => understand(q, c).concepts.map((x) => x.text);
  it('does not require the field’s word beside another topic, and says which it left', () => {
    // 无锡 生物医药 MAH: the clause on 上市许可持有人 never says 生物医药.
    const plan = understand('无锡 生物医药 集采', field);
    expect(plan.concepts.map((c) => c.text)).toEqual(['集采']);
    expect(plan.field).toEqual(['生物医药']);
    // Typed as its words (生物 医药), it is the field's word still.
    expect(texts('无锡 生物 医药 集采')).toEqual(['集采']);
    // Without a field declared, it is a term like any other.
    expect(texts('无锡 生物医药 集采', ctx)).toEqual(['生物医药', '集采']);
  });
  it('keeps it when it is all the reader typed, or in a question', () => {
    expect(texts('生物医药')).toEqual(['生物医药']);
    expect(texts('无锡 生物医药')).toEqual(['生物医药']);
    expect(understand('生物医药 补贴', field).concepts.map((c) => c.text)).toContain('生物医药');
    expect(understand('生物医药企业有哪些集采奖励', field).field).toBeUndefined();
  });
  it('lets the bare head word hold a company or industry of the field beside another topic, never searched alone', () => {
    const headForms = (q: string, c = field) =>
      understand(q, c)
        .concepts.flatMap((x) => [x, ...x.parts])
        .filter((x) => /企|公司|厂|产业/u.test(x.text))
        .map((x) => x.forms.filter((f) => f.search === false).map((f) => [f.text, f.origin.kind]));
    // 对参加国家集中带量采购中标的企业给予奖励 answers 药企 集采中标 奖励.
    expect(headForms('药企 集采中标 奖励')).toEqual([[['企业', 'synonym']]]);
    // Marked broad: held by a word nearly every clause holds, it is no topic of its own (groups.ts `lightCore`).
    expect(understand('药企 集采中标 奖励', field).concepts.map((c) => c.broad ?? false)).toEqual([true, false, false]);
    expect(headForms('常熟 生物医药企业 上市')[0]).toEqual([['企业', 'synonym']]);
    expect(headForms('医药公司 并购')[0]).toEqual([['企业', 'synonym']]);
    expect(headForms('生物医药产业 集群')[0]).toEqual([['产业', 'synonym']]);
    // In a question, the word among its parts.
    expect(headForms('药企并购有什么支持')).toContainEqual([['企业', 'synonym']]);
    // Alone, or beside only a support word, it is what the reader asks about: not widened.
    expect(headForms('药企')).toEqual([[]]);
    expect(headForms('药企 补贴')).toEqual([[]]);
    // Another head (医疗器械企业) is not the field's, and without the field declared nothing widens.
    expect(headForms('医疗器械企业 并购').flat()).toEqual([]);
    expect(headForms('药企 集采中标', ctx).flat()).toEqual([]);
  });
});

describe('a question typed with a question mark or a share asked (issue 17)', () => {
  it('cuts every part into words when a question mark ends it, or 百分之几 / 几成 asks a share', () => {
    for (const q of [
      '在无锡做创新药二期临床，补助按研发投入的比例算？',
      '在无锡做创新药二期临床，补助按研发投入的百分之几算',
    ])
      expect(
        understand(q, ctx).concepts.map((c) => c.text),
        q,
      ).not.toContain('做创新药二期临床');
    expect(understand('集采奖励按采购额的几成给', ctx).question).toBe(true);
    // Without either, a part of words stays one term.
    expect(understand('在无锡做创新药二期临床，补助按研发投入算', ctx).concepts.map((c) => c.text)).toContain(
      '做创新药二期临床',
    );
  });
});

describe('countAsked (stop 24)', () => {
  it('reads the unit of a count a question asks for, not an amount or a duration', () => {
    expect(countAsked('苏州潜力地标企业每年筛选多少家？')).toBe('家');
    expect(countAsked('太仓三大园区是哪几个，有几个')).toBe('个');
    expect(countAsked('科技领军人才有多少人')).toBe('人');
    for (const q of ['投资多少个亿能拿奖励', '补几万元', '有效期几年', '临床试验补贴多少'])
      expect(countAsked(q), q).toBeNull();
    expect(understand('苏州潜力地标企业每年筛选多少家', ctx).counted).toBe('家');
  });
});
