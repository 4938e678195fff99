import { describe, expect, it } from 'vitest';
import { onDisk } from '../finder/testing.ts';
import { factOrder, factQuestion, factsByPolicy, interpreterIn, statedFacts, type Fact } from './doc-facts.ts';

describe('factQuestion', () => {
  it('reads the fact asked and leaves what names the document', () => {
    expect(factQuestion('无锡政策什么时候失效')).toEqual({ fact: 'validity', rest: '无锡政策' });
    expect(factQuestion('苏州行动计划的发文字号是多少？')).toEqual({ fact: 'number', rest: '苏州行动计划' });
    expect(factQuestion('高新区政策哪年发布的')).toEqual({ fact: 'date', rest: '高新区政策' });
    expect(factQuestion('太仓文件谁发布的')).toEqual({ fact: 'issuer', rest: '太仓文件' });
    // Counting and listing words a reader asks with (哪几个, 分别) are no part of the document's name.
    expect(factQuestion('苏州强链补链计划 发文单位是哪几个')).toEqual({ fact: 'issuer', rest: '苏州强链补链计划' });
    expect(factQuestion('太仓计划牵头部门分别有哪些')).toEqual({ fact: 'lead', rest: '太仓计划' });
    // Time words relative to today are not part of a document's name.
    expect(factQuestion('无锡的意见现在还能申请吗')).toEqual({ fact: 'validity', rest: '无锡意见' });
    expect(factQuestion('这个太仓行动计划目前还有效吗')).toEqual({ fact: 'validity', rest: '太仓行动计划' });
    // Who leads the work is not who issued the text.
    expect(factQuestion('苏州行动计划谁牵头')).toEqual({ fact: 'lead', rest: '苏州行动计划' });
    expect(factQuestion('高新区行动计划 牵头部门')?.fact).toBe('lead');
    expect(factQuestion('高新区三年行动计划 执行期限')).toEqual({ fact: 'validity', rest: '高新区三年行动计划' });
    expect(factQuestion('无锡若干政策意见哪天印发的')).toEqual({ fact: 'date', rest: '无锡若干政策意见' });
    expect(factQuestion('临床试验 资助')).toBeNull();
  });

  it('reads a question word joined to a verb or noun of the fact, however it is phrased', () => {
    const read = (q: string) => factQuestion(q);
    // When: issued, lapsing, starting; each with several question words and verbs.
    for (const q of ['什么时候发的', '啥时候出台', '何时下发', '哪一年颁布的', '发文日期', '印发时间是哪天'])
      expect(read(`苏州计划${q}`), q).toEqual({ fact: 'date', rest: '苏州计划' });
    for (const q of [
      '啥时候到期',
      '何时截止',
      '执行到哪年',
      '实施到什么时候',
      '什么时候开始实施',
      '现在还能申报吗',
      '还管用吗',
      '几时废止',
    ])
      expect(read(`太仓计划${q}`)?.fact, q).toBe('validity');
    // Who: issuer (印发, 发布, 制定 …), lead, and who interprets — the most specific first.
    for (const q of ['哪个部门印发', '谁制定的', '什么单位发布的', '印发单位', '发布机关是谁'])
      expect(read(`高新区计划${q}`)?.fact, q).toBe('issuer');
    expect(read('无锡意见 谁负责解释')?.fact).toBe('interpreter');
    expect(read('无锡意见 解释权归谁')?.fact).toBe('interpreter');
    expect(read('无锡意见 谁负责')?.fact).toBe('lead');
    // Content that only shares a word is not a question about a document.
    expect(read('临床试验 发布会')).toBeNull();
  });

  it('leaves only the document’s name, whatever the particles around the fact (issue 17)', () => {
    const read = (q: string) => factQuestion(q);
    for (const q of [
      '有效期多久',
      '今年还有效吗',
      '到什么时候',
      '是否还在执行',
      '管几年',
      '执行年限',
      '过期了没',
      '从哪天起实施',
      '适用期限',
      // How long, asked in years or months (stop 24).
      '有效期几年',
      '有效期是多少年',
      '执行期限几个月',
    ])
      expect(read(`无锡意见${q}`), q).toEqual({ fact: 'validity', rest: '无锡意见' });
    for (const q of ['由谁制定', '是市委还是市政府发的', '落款是谁', '署名单位'])
      expect(read(`苏州计划${q}`), q).toEqual({ fact: 'issuer', rest: '苏州计划' });
    for (const q of ['是几几年的', '落款日期', '签发时间'])
      expect(read(`太仓方案${q}`), q).toEqual({ fact: 'date', rest: '太仓方案' });
    expect(read('无锡意见的解释权归谁')).toEqual({ fact: 'interpreter', rest: '无锡意见' });
    // Two facts asked at once: the first is answered, the second is no part of the name.
    expect(read('昆山清单什么时候出台、有效期多久')).toEqual({ fact: 'validity', rest: '昆山清单' });
    expect(read('苏州计划哪些部门联合印发的')).toEqual({ fact: 'issuer', rest: '苏州计划' });
    for (const q of ['覆盖哪几年', '的目标年份是哪年', '现在还在有效期内吗'])
      expect(read(`太仓方案${q}`), q).toEqual({ fact: 'validity', rest: '太仓方案' });
    expect(read('无锡意见具体哪天印发的')).toEqual({ fact: 'date', rest: '无锡意见' });
  });
});

describe('interpreterIn', () => {
  it('reads who interprets the document in its own words, and nothing where it does not say', () => {
    expect(interpreterIn('本政策由市政府负责解释，由市科技局、市财政局承担具体解释工作。')).toBe('市政府');
    expect(interpreterIn('本办法由区科技局会同区财政局负责解释。')).toBe('区科技局');
    expect(interpreterIn('具体实施细则由相关部门另行制定。')).toBeNull();
  });
});

describe('statedFacts on the published texts', () => {
  const { models } = onDisk();
  const stating = (policy: string, fact: Fact) => {
    const m = models.find((x) => x.id === policy)!;
    return m.clauses.filter((c) => c.ownText && statedFacts(c.ownText, m.data).includes(fact)).map((c) => c.id);
  };
  it('finds the clause that states each fact the metadata records, and none where the text is silent', () => {
    expect(stating('suzhou-biomed-chain-2021-2023', 'number')).toEqual(['p2']);
    expect(stating('suzhou-biomed-chain-2021-2023', 'date')).toEqual(['p8']);
    expect(stating('suzhou-biomed-chain-2021-2023', 'validity')).toContain('p12');
    expect(stating('wuxi-biomed-policy-opinions', 'validity')).toEqual(['p5']);
    expect(stating('suzhou-snd-meddevice-biomed-2020-2022', 'date').length).toBeGreaterThan(0);
    // 太仓 states no 有效期, number or issuer: only the year its plan runs to, in its title's second
    // line (2025行动计划), which is what its period and status are read from; 昆山 states no date.
    expect(stating('taicang-biomed-cluster-2025', 'validity')).toEqual(['p2']);
    expect(stating('taicang-biomed-cluster-2025', 'number')).toEqual([]);
    expect(stating('kunshan-nucleic-acid-cluster-worklist', 'date')).toEqual([]);
  });

  it('reads a title line holding the period as stating it, and the clause setting up who leads as the lead', () => {
    // 三年行动计划（2020-2022年）: the title line of the high-tech zone's plan.
    expect(stating('suzhou-snd-meddevice-biomed-2020-2022', 'validity')).toContain('p8');
    // 成立太仓市生物医药产业创新集群工作领导小组.
    expect(stating('taicang-biomed-cluster-2025', 'lead')).toEqual(['s3-c1']);
    // The 分工表's rows name each task's 牵头单位: none of them is the document's lead.
    expect(stating('kunshan-nucleic-acid-cluster-worklist', 'lead')).toEqual([]);
    // 本政策由市政府负责解释: only 无锡 says who interprets it.
    expect(stating('wuxi-biomed-policy-opinions', 'interpreter')).toEqual(['p5']);
    expect(stating('suzhou-biomed-chain-2021-2023', 'interpreter')).toEqual([]);
  });
});

describe('factQuestion: the year asked about and the body asked for are no part of the name (issue 17)', () => {
  it('leaves out 2023年以后, 2026年还能…, and the 机构 of 哪个机构', () => {
    expect(factQuestion('苏州强链补链行动计划什么时候到期 2023年以后还能申请吗')).toEqual({
      fact: 'validity',
      rest: '苏州强链补链行动计划',
    });
    expect(factQuestion('无锡生物医药政策意见 现在还有效吗 2026年还能申报吗')?.rest).toBe('无锡生物医药政策意见');
    expect(factQuestion('苏州强链补链三年行动计划 牵头抓总的是哪个机构')).toEqual({
      fact: 'lead',
      rest: '苏州强链补链三年行动计划',
    });
    // A title's own years stay: they name the document.
    expect(factQuestion('苏州强链补链三年行动计划（2021—2023）什么时候发布')?.rest).toBe(
      '苏州强链补链三年行动计划(2021—2023)',
    );
  });
});

describe('factOrder', () => {
  it('puts the sentence that states the fact outright before a line that implies it', () => {
    const order = (fact: Fact, texts: string[]) =>
      [...texts].sort((a, b) => factOrder(fact, a) - factOrder(fact, b) || texts.indexOf(a) - texts.indexOf(b));
    expect(
      order('validity', ['（三）项目认定时限为2021—2023年。', '三年行动计划（2021—2023）', '本计划自发布之日起实施。']),
    ).toEqual(['本计划自发布之日起实施。', '三年行动计划（2021—2023）', '（三）项目认定时限为2021—2023年。']);
    expect(order('validity', ['2025行动计划', '本意见有效期至2025年12月31日。'])).toEqual([
      '本意见有效期至2025年12月31日。',
      '2025行动计划',
    ]);
    expect(order('issuer', ['中共苏州市委办公室文件', '中共苏州市委办公室', '苏州市人民政府办公室'])).toEqual([
      '中共苏州市委办公室',
      '苏州市人民政府办公室',
      '中共苏州市委办公室文件',
    ]);
    expect(factOrder('number', '苏委办发〔2021〕14号')).toBe(0);
  });
});

describe('factsByPolicy (/search/facts.json)', () => {
  const source = {
    validUntil: null,
    period: null,
    issuers: [],
    docNumber: null,
    dateWritten: null,
    datePublished: null,
  };
  it('keys each policy’s facts by its ID, reading who leads and who interprets from its clauses', () => {
    const facts = factsByPolicy(
      [
        {
          id: 'a',
          data: { ...source, docNumber: '苏委办发〔2021〕14号', issuers: ['苏州市人民政府'] },
          status: { code: 'ended', label: '已结束', basis: '规划期 2021—2023' },
          clauses: [{ ownText: '成立生物医药产业发展领导小组。' }, { ownText: '本政策由市政府负责解释。' }],
        },
        { id: 'b', data: source, status: { code: 'unknown', label: '', basis: '' }, clauses: [{ ownText: '其他' }] },
      ],
      '未载明',
    );
    expect(Object.keys(facts)).toEqual(['a', 'b']);
    expect(facts.a).toMatchObject({
      number: '苏委办发〔2021〕14号',
      issuer: '苏州市人民政府',
      validity: '已结束（规划期 2021—2023）',
    });
    expect(facts.a!.lead).not.toBe('未载明');
    expect(facts.a!.interpreter).toBe('市政府');
    expect(facts.b).toMatchObject({
      number: '未载明',
      issuer: '未载明',
      lead: '未载明',
      interpreter: '未载明',
      date: '未载明',
    });
  });
});
