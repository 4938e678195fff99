import { describe, expect, it } from 'vitest';
import { candidateStatus, isSubsequence, mineTerms } from './mine-terms.ts';

const pairs = (text: string) => mineTerms(text).map((c) => [c.short, c.full, c.pattern]);

describe('mineTerms', () => {
  it('reads （以下简称“…”） and ，以下简称“…”, with the name before it', () => {
    expect(pairs('国家药品监督管理局（以下简称“国家药监局”）负责全国药品监督管理工作。')).toEqual([
      ['国家药监局', '国家药品监督管理局', 'hereinafter'],
    ]);
    expect(pairs('为规范苏州市生物医药产业创新中心(以下简称"创新中心")建设，制定本办法。')).toEqual([
      ['创新中心', '苏州市生物医药产业创新中心', 'hereinafter'],
    ]);
    expect(pairs('支持江苏省产业技术研究院，以下简称“产研院”，建设专业研究所。')).toEqual([
      ['产研院', '江苏省产业技术研究院', 'hereinafter'],
    ]);
  });

  it('keeps a bracket that is part of the name and reads （简称…） without quotes', () => {
    expect(
      pairs('依托中国（江苏）自由贸易试验区苏州片区（简称苏州自贸片区），开展生物医药研发用物品进口试点。'),
    ).toEqual([['苏州自贸片区', '中国（江苏）自由贸易试验区苏州片区', 'short-for']]);
  });

  it('pairs an acronym in brackets with the name before it, dropping verbs and earlier conjuncts', () => {
    expect(pairs('支持临床前及临床合同研究组织（CRO）发展。')).toEqual([['CRO', '临床合同研究组织', 'acronym-after']]);
    expect(pairs('做优化学仿制药和医药外包服务（CXO）两大基础产业链')).toEqual([
      ['CXO', '医药外包服务', 'acronym-after'],
    ]);
    expect(
      pairs(
        '对取得药物临床试验质量管理规范（GCP）、药物非临床研究质量管理规范（GLP）和中国合格评定国家认可委员会（CNAS）资格认证的企业给予资助。',
      ),
    ).toEqual([
      ['GCP', '药物临床试验质量管理规范', 'acronym-after'],
      ['GLP', '药物非临床研究质量管理规范', 'acronym-after'],
      ['CNAS', '中国合格评定国家认可委员会', 'acronym-after'],
    ]);
    // A numbering mark before the name is not part of it.
    expect(pairs('（十二）支持上市许可持有人（MAH）发展。')).toEqual([['MAH', '上市许可持有人', 'acronym-after']]);
    // Full-width letters and ASCII brackets, lower-case letters in an acronym.
    expect(pairs('加快发展人工智能(AI)与信使核糖核酸（mRNA）技术')).toEqual([
      ['AI', '人工智能', 'acronym-after'],
      ['mRNA', '信使核糖核酸', 'acronym-after'],
    ]);
    expect(pairs('嵌合抗原受体T细胞（ＣＡＲ-Ｔ）疗法')).toEqual([['ＣＡＲ-Ｔ', '嵌合抗原受体T细胞', 'acronym-after']]);
  });

  it('pairs an acronym with the name in brackets after it', () => {
    expect(pairs('通过FDA（美国食品药品监督局）、EMA（欧洲药品管理局）等国际权威机构批准')).toEqual([
      ['FDA', '美国食品药品监督局', 'acronym-first'],
      ['EMA', '欧洲药品管理局', 'acronym-first'],
    ]);
    expect(pairs('加强 BT（生物技术）+IT（信息技术）深度融合')).toEqual([
      ['BT', '生物技术', 'acronym-first'],
      ['IT', '信息技术', 'acronym-first'],
    ]);
  });

  it('pairs a Han abbreviation in brackets, or a quoted short name with the full one in brackets', () => {
    expect(pairs('由市场监督管理局（市场监管局）负责。')).toEqual([['市场监管局', '市场监督管理局', 'bracketed']]);
    expect(pairs('发起“长三角联盟”（长三角生物医药产业联盟），共建共享。')).toEqual([
      ['长三角联盟', '长三角生物医药产业联盟', 'bracketed'],
    ]);
  });

  it('leaves alone brackets that qualify rather than abbreviate', () => {
    expect(pairs('各市（县）、区人民政府，市各委办局')).toEqual([]);
    expect(pairs('《苏州市生物医药产业创新集群发展管理办法（试行）》')).toEqual([]);
    expect(pairs('对新引进创业领军人才（团队）和创新领军人才（团队），分别给予资金支持')).toEqual([]);
    expect(pairs('推荐符合要求的创新药品（医用耗材）在省平台申报挂网')).toEqual([]);
    expect(pairs('（三）加大金融支持力度。（责任单位：市科技局）')).toEqual([]);
    expect(pairs('《行动计划（2021—2023年）》（苏委发〔2021〕10号）')).toEqual([]);
    // A clause, not a name, before the acronym.
    expect(pairs('委托本市企业提供研发、生产服务的（CMO/CDMO），给予补贴')).toEqual([]);
  });

  it('gives each pair once, with its offset and sentence', () => {
    const text = '第一句。支持合同研究组织（CRO）发展；合同研究组织（CRO）集聚。';
    const found = mineTerms(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ index: text.indexOf('（CRO）'), sentence: '支持合同研究组织（CRO）发展；' });
  });
});

describe('isSubsequence', () => {
  it('holds when the characters occur in order', () => {
    expect(isSubsequence('药监局', '药品监督管理局')).toBe(true);
    expect(isSubsequence('监药局', '药品监督管理局')).toBe(false);
    expect(isSubsequence('', '药')).toBe(true);
  });
});

describe('candidateStatus', () => {
  const entries = [
    { id: 'cro', forms: ['CRO', '合同研究组织'] },
    { id: 'cxo', forms: ['CXO'], narrower: ['CRO', 'CMO', 'CDMO'] },
  ];

  it('says whether the thesaurus joins both writings, one of them, or neither (normalised)', () => {
    expect(candidateStatus({ short: 'ｃｒｏ', full: '合同研究组织' }, entries)).toEqual({
      status: 'known',
      entries: ['cro'],
    });
    expect(candidateStatus({ short: 'CRO', full: '临床合同研究组织' }, entries)).toEqual({
      status: 'partial',
      entries: ['cro', 'cxo'],
    });
    expect(candidateStatus({ short: 'CXO', full: '医药外包服务' }, entries)).toEqual({
      status: 'partial',
      entries: ['cxo'],
    });
    expect(candidateStatus({ short: 'CNAS', full: '中国合格评定国家认可委员会' }, entries)).toEqual({
      status: 'new',
      entries: [],
    });
  });

  it('counts a related entry’s reader words and finds as joined (a reviewer chose the one-way link)', () => {
    const related = [...entries, { id: 'car-t-therapy', forms: ['CAR-T'], finds: ['细胞治疗'] }];
    expect(candidateStatus({ short: 'CAR-T', full: '细胞治疗' }, related)).toEqual({
      status: 'known',
      entries: ['car-t-therapy'],
    });
    expect(candidateStatus({ short: 'CAR-T', full: '嵌合抗原受体T细胞' }, related)).toEqual({
      status: 'partial',
      entries: ['car-t-therapy'],
    });
  });
});
