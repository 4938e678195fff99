/**
 * The arithmetic on the real provisions: every kind of rule the data holds, each case loading the
 * subsidy from its MDX frontmatter, first checking that the data reads as the clause's own words
 * (the quote), then that the computed figure and its steps follow from those words.
 */
import { describe, expect, it } from 'vitest';
import { compute, phraseWith } from './compute.ts';
import { exclusionText, stepTexts } from './explain.ts';
import { matchProvision } from './match.ts';
import { sub, words } from './testing.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';

const WUXI = 'wuxi-biomed-policy-opinions';
const SUZHOU = 'suzhou-biomed-chain-2021-2023';
const SND = 'suzhou-snd-meddevice-biomed-2020-2022';
const TAICANG = 'taicang-biomed-cluster-2025';

const texts = stepTexts;
const sel = (patch: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...patch });

describe('fixed amount', () => {
  it('苏州 专栏4 2.: “对每个通过认定专业给予50万元研发经费资助” — 50万元 per specialty, no “最高”', () => {
    const s = sub(SUZHOU, 'sub18');
    expect(words(s)).toContain('对每个通过认定专业给予50万元研发经费资助');
    expect(words(s)).not.toMatch(/最高|不超过|上限/);
    expect([s.maxAmountWan, s.eligibility?.fixedAmount, s.eligibility?.per]).toEqual([50, true, '每个通过认定专业']);
    const c = compute(s);
    expect(c.amountWan).toBe(50);
    expect(c.steps).toEqual([{ kind: 'fixed', unit: 0, per: '每个通过认定专业', wan: 50 }]);
    expect(texts(c)).toEqual(['每个通过认定专业定额 50万元']);
  });

  it('无锡（十八）: “对首次通过评价的“四科”标准科技型中小企业给予20万元奖励”', () => {
    const s = sub(WUXI, 'sub50');
    expect(words(s)).toContain('科技型中小企业给予20万元奖励');
    expect(s.eligibility?.fixedAmount).toBe(true);
    expect(compute(s).amountWan).toBe(20);
  });
});

describe('maximum', () => {
  it('无锡（十五）: “对于新增的世界企业500强，一次性给予最高1000万元奖励”', () => {
    const s = sub(WUXI, 'sub40');
    expect(words(s)).toContain('一次性给予最高1000万元奖励');
    expect(s.eligibility?.fixedAmount).toBe(false);
    const c = compute(s);
    expect(c.amountWan).toBe(1000);
    expect(texts(c)).toEqual(['最高 1000万元']);
  });

  it('太仓 二、（四）1.: “对引领性、原创性、标志性顶尖人才团队给予最高1亿元支持” — 1亿元 is 10000 万元', () => {
    const s = sub(TAICANG, 'sub15');
    expect(words(s)).toContain('给予最高1亿元支持');
    expect(compute(s).amountWan).toBe(10000);
  });

  it('一事一议 (无锡（十一）: “总投资5亿元以上的按“一事一议”重点支持”): no amount, said so', () => {
    const s = sub(WUXI, 'sub32');
    expect(words(s)).toBe('总投资5亿元以上的按“一事一议”重点支持。');
    expect(s.eligibility?.thresholds).toEqual([
      { basis: '项目总投资', minWan: 50000, minInclusive: true, maxWan: null, maxInclusive: true },
    ]);
    const c = compute(s, { amounts: { 项目总投资: 80000 } });
    expect(c.amountWan).toBeNull();
    expect(texts(c)).toEqual(['条件：项目总投资5亿元及以上；所填 8亿元，符合', '一事一议：原文未载明金额']);
  });
});

describe('rate of a base, with a maximum', () => {
  const s = sub(WUXI, 'sub54');
  it('无锡（十九） reads: 300万元以上, 不超过技术和设备投资额的10%, 最高1000万元', () => {
    expect(words(s)).toContain(
      '对技术和设备投资额300万元以上的智能制造示范项目，按不超过其技术和设备投资额的10%择优给予补助，最高1000万元',
    );
    expect([s.ratePct, s.maxAmountWan, s.eligibility?.basis]).toEqual([10, 1000, '设备投资']);
  });
  it('设备投资 5000万元 → 10% = 500万元, under the maximum', () => {
    const c = compute(s, { amounts: { 设备投资: 5000 } });
    expect(c.amountWan).toBe(500);
    expect(texts(c)).toEqual([
      '条件：设备投资300万元及以上；所填 5000万元，符合',
      '最高 1000万元',
      '不超过技术和设备投资额的 10%：5000万元 × 10% = 500万元',
      '500万元 未超过上限 1000万元，取 500万元',
    ]);
  });
  it('设备投资 2亿元 → 10% = 2000万元, capped at 1000万元', () => {
    const c = compute(s, { amounts: { 设备投资: 20000 } });
    expect(c.amountWan).toBe(1000);
    expect(texts(c)).toContain('2000万元 超过上限 1000万元，取 1000万元');
  });
  it('设备投资 200万元 is below “300万元以上”: the provision does not apply', () => {
    const m = matchProvision(s.eligibility, sel({ amounts: { 设备投资: 200 } }));
    expect(m.level).toBe('excluded');
    expect(m.exclusions.map(exclusionText)).toEqual(['原文要求设备投资300万元及以上']);
  });
  it('without the investment there is no figure: the step asks for it, and the maximum is not counted (issue 18)', () => {
    const c = compute(s);
    expect(c.amountWan).toBeNull();
    expect(c.needs).toEqual(['设备投资']);
    expect(texts(c)).toEqual([
      '条件：设备投资300万元及以上（未填写设备投资）',
      '原文按设备投资确定能否享受或享受哪一档：需填写设备投资后计算，未计入总额',
    ]);
    // A rate whose base was not typed, with no threshold on it (无锡（十四）CNAS: 设备 20%, 最高200万元).
    const cnas = compute(sub(WUXI, 'sub23'));
    expect([cnas.amountWan, cnas.needs]).toEqual([null, ['设备投资']]);
    expect(texts(cnas)).toContain(
      '另不超过项目单位实际购买设备金额的 20%：填写设备投资后按比例计算（最高 200万元）；未填写，未计入总额',
    );
  });

  it('a range of rates (苏州 四、2.: “按项目总投资投入 10—30%比例给予最高 2000 万元资助”) uses the top rate', () => {
    const r = sub(SUZHOU, 'sub27');
    expect(words(r)).toContain('按项目总投资投入10—30%比例给予最高2000万元资助');
    expect(r.ratePct).toEqual([10, 30]);
    const c = compute(r, { amounts: { 项目总投资: 5000 } });
    expect(c.amountWan).toBe(1500);
    expect(texts(c)).toContain('不超过项目总投资投入的 10%—30%（按最高 30% 计）：5000万元 × 30% = 1500万元');
  });

  it('a rate per person per year (无锡（二十三）: 年工资薪金5%~20%, 每人每年最高奖励200万元, 50万元及以上)', () => {
    const r = sub(WUXI, 'sub63');
    expect(words(r)).toContain('年工资薪金50万元及以上');
    expect(words(r)).toContain('按其年工资薪金5%~20%的比例给予奖励，每人每年最高奖励200万元');
    expect(compute(r, { amounts: { 年工资薪金: 300 } }).amountWan).toBe(60);
    expect(compute(r, { amounts: { 年工资薪金: 2000 } }).amountWan).toBe(200);
    expect(matchProvision(r.eligibility, sel({ amounts: { 年工资薪金: 40 } })).level).toBe('excluded');
  });

  it('a threshold that excludes its own figure (无锡（十二）: 药品年度委托金额“超过1500万元”)', () => {
    const r = sub(WUXI, 'sub35');
    expect(words(r)).toContain('药品年度委托金额超过1500万元');
    expect(words(r)).toContain('按年度实际交易金额最高5%的资助，单个企业每年资助最高不超过1500万元');
    expect(matchProvision(r.eligibility, sel({ amounts: { 交易金额: 1500 } })).level).toBe('excluded');
    expect(compute(r, { amounts: { 交易金额: 1501 } }).amountWan).toBe(75.05);
    expect(compute(r, { amounts: { 交易金额: 40000 } }).amountWan).toBe(1500);
  });
});

describe('tiers', () => {
  const s = sub(WUXI, 'sub3');
  it('无锡（三）1. reads: 不超过研发投入的25%, 最高分别为600万元、1200万元和3500万元 (I, II, III期), 单个企业每年最高资助1亿元', () => {
    expect(words(s)).toContain(
      '按照不同临床试验阶段，分档择优给予不超过研发投入的25%，最高分别为600万元、1200万元和3500万元资金支持，单个企业每年最高资助1亿元',
    );
    expect(s.tiers.map((t) => [t.label, t.maxAmountWan])).toEqual([
      ['I期临床试验', 600],
      ['II期临床试验', 1200],
      ['III期临床试验', 3500],
    ]);
    expect([s.ratePct, s.annualCapWan, s.eligibility?.basis]).toEqual([25, 10000, '研发投入']);
  });
  it('II期 with 研发投入 3000万元: 最高 1200万元 (II期 tier); 不超过研发投入 25% → 750万元', () => {
    const c = compute(s, { stages: ['临床II期'], products: ['1类创新药'], amounts: { 研发投入: 3000 } });
    expect(c.amountWan).toBe(750);
    expect(c.units.map((u) => u.tier)).toEqual([{ index: 1, label: 'II期临床试验' }]);
    expect(texts(c)).toEqual([
      '档次：“II期临床试验”',
      '“II期临床试验”档最高 1200万元',
      '不超过研发投入的 25%：3000万元 × 25% = 750万元',
      '750万元 未超过上限 1200万元，取 750万元',
      '年度上限（原文“单个企业每年最高资助1亿元”）：750万元 未超过',
    ]);
  });
  it('III期 with 研发投入 2亿元: 25% is 5000万元, capped by the III期 tier at 3500万元', () => {
    expect(compute(s, { stages: ['临床III期'], amounts: { 研发投入: 20000 } }).amountWan).toBe(3500);
  });
  it('I期 without 研发投入: no figure until it is typed, not the I期 maximum', () => {
    const c = compute(s, { stages: ['临床I期'] });
    expect([c.amountWan, c.needs]).toEqual([null, ['研发投入']]);
  });
  it('no stage chosen: the largest tier, said so', () => {
    const c = compute(s, { amounts: { 研发投入: 20000 } });
    expect(c.amountWan).toBe(3500);
    expect(texts(c)[0]).toBe(
      '所选条件可能属于“I期临床试验”、“II期临床试验”、“III期临床试验”，按可得最高的“III期临床试验”档计',
    );
  });

  it('tiers by product (苏州高新区: 第三类 最高不超过300万元, 第二类 最高不超过50万元, 单个企业每年最高不超过500万元)', () => {
    const r = sub(SND, 'sub10');
    expect(words(r)).toContain('对新取得医疗器械注册证书的第三类医疗器械产品，给予最高不超过300万元资助');
    expect(words(r)).toContain('第二类医疗器械或其他创新产品，给予最高不超过50万元资助');
    expect(compute(r, { products: ['三类医疗器械'] }).amountWan).toBe(300);
    expect(compute(r, { products: ['二类医疗器械'] }).amountWan).toBe(50);
    expect(texts(compute(r, { products: ['三类医疗器械'] }))).toContain(
      '年度上限（原文“单个企业每年资助最高不超过500万元”）：300万元 未超过',
    );
  });

  it('tiers with their own rates (无锡（三）4.: 三类 不超过20% 最高300万元; 二类 不超过10% 最高100万元)', () => {
    const r = sub(WUXI, 'sub6');
    expect(words(r)).toContain('三类医疗器械按实际投入研发费用不超过20%，每个品种最高300万元的资助');
    expect(words(r)).toContain('二类医疗器械按实际投入研发费用不超过10%，每个品种最高100万元的资助');
    expect(compute(r, { products: ['三类医疗器械'], amounts: { 研发投入: 1000 } }).amountWan).toBe(200);
    expect(compute(r, { products: ['二类医疗器械'], amounts: { 研发投入: 800 } }).amountWan).toBe(80);
    expect(compute(r, { products: ['二类医疗器械'], amounts: { 研发投入: 2000 } }).amountWan).toBe(100);
  });

  it('tiers by amount range (无锡（十六）: 实收注册资本 1000万元（含）~1亿元 1%, 1亿元（含）~5亿元 2%, 5亿元及以上 3%, 单个企业最高6000万元)', () => {
    const r = sub(WUXI, 'sub46');
    expect(words(r)).toContain('实收注册资本1亿元（含）~5亿元的，按不超过实收注册资本2%的标准给予落户奖励');
    expect(words(r)).toContain('单个企业最高6000万元');
    const at = (capital: number) => compute(r, { amounts: { 实收注册资本: capital } });
    expect(at(5000).amountWan).toBe(50);
    expect(at(10000).units[0]!.tier?.label).toBe('实收注册资本1亿元（含）~5亿元');
    expect(at(20000).amountWan).toBe(400);
    expect(at(500000).amountWan).toBe(6000);
    expect(texts(at(500000))).toEqual([
      '条件：实收注册资本1000万元及以上；所填 50亿元，符合',
      '档次：“实收注册资本5亿元及以上”',
      '最高 6000万元',
      '不超过实收注册资本的 3%：50亿元 × 3% = 1.5亿元',
      '1.5亿元 超过上限 6000万元，取 6000万元',
    ]);
  });

  it('tiers the applicant cannot choose (无锡（四）: 国家级 最高5000万元, 省级 1000万元) count at the top tier', () => {
    const r = sub(WUXI, 'sub17');
    expect(words(r)).toContain('分别给予最高5000万元和1000万元奖励');
    const c = compute(r);
    expect(c.amountWan).toBe(5000);
    expect(texts(c)[0]).toBe('档次由评审或认定结果决定：“国家级”、“省级”，按可得最高的“国家级”档计');
  });

  it('tiers by stage (苏州高新区: 新药开展临床实验和研究，分别予以最高250万元和400万元)', () => {
    const r = sub(SND, 'sub11');
    expect(words(r)).toContain('分别予以最高250万元和400万元的资助，每个企业每年最高不超过3000万元');
    expect(compute(r, { stages: ['临床II期'] }).amountWan).toBe(250);
    expect(compute(r, { stages: ['研发'] }).amountWan).toBe(400);
  });

  it('tiers without amounts (太仓: 按临床试验I、Ⅱ、Ⅲ期不同阶段择优给予支持) give no figure', () => {
    const r = sub(TAICANG, 'sub10');
    expect(words(r)).toContain('按临床试验I、Ⅱ、Ⅲ期不同阶段择优给予支持');
    const c = compute(r, { stages: ['临床II期'] });
    expect(c.amountWan).toBeNull();
    expect(texts(c)).toEqual(['档次：“Ⅱ期”', '原文未载明金额']);
  });
});

describe('annual caps and stacking', () => {
  it('a per-entity annual cap is applied and quoted (无锡（二十九）: 单个机构每年最高不超过150万元补贴)', () => {
    const s = sub(WUXI, 'sub73');
    expect(words(s)).toContain(
      '按照不超过每年产生的实际运营费用（不含服务外包）50%择优予以扶持，单个机构每年最高不超过150万元补贴',
    );
    const c = compute(s, { amounts: { 运营费用: 1000 } });
    expect(c.amountWan).toBe(150);
    expect(texts(c).at(-1)).toBe('年度上限（原文“单个机构每年最高不超过150万元补贴”）：150万元 未超过');
  });
});

describe('上浮 and 上限再提高', () => {
  it('a raised maximum (无锡（二）: 最高500万元，特别重大的项目可上浮至1000万元) is shown apart from the amount', () => {
    const s = sub(WUXI, 'sub2');
    expect(words(s)).toContain('分档择优给予单个项目最高500万元研发资助，特别重大的项目可上浮至1000万元');
    const c = compute(s);
    expect([c.amountWan, c.raisedWan]).toEqual([500, 1000]);
    expect(texts(c)).toEqual([
      '单个项目最高 500万元',
      '原文：“特别重大的项目可上浮至1000万元”——条件由评审认定，未计入上面的金额',
    ]);
  });

  it('an increase of another provision’s maximum (无锡（三）4.: 创新医疗器械 “单个品种资助上限再提高100万元”) is carried into it', () => {
    const raise = sub(WUXI, 'sub7');
    expect(words(raise)).toContain('单个品种资助上限再提高100万元');
    expect([raise.raiseByWan, raise.eligibility?.raises]).toEqual([100, 'sub6']);
    const base = sub(WUXI, 'sub6');
    const c = compute(
      base,
      { products: ['三类医疗器械', '创新医疗器械'], amounts: { 研发投入: 3000 } },
      { raise: { byWan: 100, label: '创新医疗器械', products: ['创新医疗器械'] } },
    );
    expect(c.amountWan).toBe(400);
    expect(texts(c)).toContain('创新医疗器械：上限再提高 100万元，即最高 400万元');
  });

  it('a limit on the number of items (无锡（十三）: 单个产品最高给予50万元奖励，每家企业最多申报2项)', () => {
    const s = sub(WUXI, 'sub37');
    expect(words(s)).toContain('单个产品最高给予50万元奖励，每家企业最多申报2项');
    expect(texts(compute(s))).toEqual(['单个产品最高 50万元', '每个主体最多申报 2 项：所选 1 项，未超过']);
  });
});

describe('tiers and implied product kinds', () => {
  const s = sub(WUXI, 'sub6');
  it('a device picked as 三类 and 创新医疗器械 takes the 三类 tier, not “三类 or 二类”', () => {
    const c = compute(s, { products: ['三类医疗器械', '创新医疗器械'] });
    expect(texts(c)[0]).toBe('档次：“三类医疗器械”');
  });
  it('an innovative device of unstated class may be either: the higher tier, said so', () => {
    const c = compute(s, { products: ['创新医疗器械'] });
    expect(c.units[0]!.tier?.label).toBe('三类医疗器械');
    expect(texts(c)[0]).toBe('所选条件可能属于“三类医疗器械”、“二类医疗器械”，按可得最高的“三类医疗器械”档计');
  });
});

describe('several stages at once: each phase is its own tier, on its own base', () => {
  const s = sub(WUXI, 'sub3');
  it('the clause reads “按照不同临床试验阶段……不超过研发投入的25%”: the base is each phase’s own R&D', () => {
    expect(words(s)).toContain('按照不同临床试验阶段，分档择优给予不超过研发投入的25%');
    expect(s.eligibility?.basisPerStage).toBe(true);
  });

  it('I、II、III期 with 1000 / 3000 / 4000万元 of R&D: 250 + 750 + 1000 = 2000万元', () => {
    const c = compute(s, {
      stages: ['临床I期', '临床II期', '临床III期'],
      products: ['1类创新药'],
      stageAmounts: { 研发投入: { 临床I期: 1000, 临床II期: 3000, 临床III期: 4000 } },
    });
    expect(c.units.map((u) => [u.tier?.label, u.wan])).toEqual([
      ['I期临床试验', 250],
      ['II期临床试验', 750],
      ['III期临床试验', 1000],
    ]);
    expect(c.amountWan).toBe(2000);
    expect(texts(c)).toContain('I期临床试验：不超过临床I期研发投入的 25%：1000万元 × 25% = 250万元');
    expect(texts(c)).toContain('合计：I期临床试验 250万元 + II期临床试验 750万元 + III期临床试验 1000万元 = 2000万元');
  });

  it('each phase at its own cap: 600 + 1200 + 3500 = 5300万元, under “单个企业每年最高资助1亿元”', () => {
    const c = compute(s, {
      stages: ['临床I期', '临床II期', '临床III期'],
      stageAmounts: { 研发投入: { 临床I期: 4000, 临床II期: 8000, 临床III期: 20000 } },
    });
    expect(c.amountWan).toBe(5300);
    expect(texts(c).at(-1)).toBe('年度上限（原文“单个企业每年最高资助1亿元”）：5300万元 未超过');
  });

  it('only a total of 8000万元 for three phases: at most 25% of 8000 = 2000万元, not 600 + 1200 + 2000 (issue 11)', () => {
    const c = compute(s, { stages: ['临床I期', '临床II期', '临床III期'], amounts: { 研发投入: 8000 } });
    expect(c.amountWan).toBe(2000);
    expect(texts(c)[0]).toBe(
      '研发投入只填了合计，未按各项分别填写：8000万元 按最有利的方式分配（I期临床试验 2400万元，II期临床试验 4800万元，III期临床试验 800万元）',
    );
  });

  it('a phase given on its own, the rest from the total: II期 3000 of a 5000万元 total leaves 2000 for III期', () => {
    const c = compute(s, {
      stages: ['临床II期', '临床III期'],
      amounts: { 研发投入: 5000 },
      stageAmounts: { 研发投入: { 临床II期: 3000 } },
    });
    expect(c.units.map((u) => u.wan)).toEqual([750, 500]);
    expect(texts(c)).toContain('III期临床试验：不超过研发投入的 25%：2000万元 × 25% = 500万元');
  });

  it('phases adding up to more than the total: said so, nothing left for the others', () => {
    const c = compute(s, {
      stages: ['临床I期', '临床II期'],
      amounts: { 研发投入: 1000 },
      stageAmounts: { 研发投入: { 临床I期: 2000 } },
    });
    expect(c.units.map((u) => u.wan)).toEqual([500, 0]);
    expect(texts(c)[0]).toBe('各阶段所填研发投入合计 2000万元，超过所填总额 1000万元：总额不再分给其他阶段');
  });

  it('only phase amounts: the provisions that read a total add them up', () => {
    const c = compute(sub(WUXI, 'sub54'), { stageAmounts: { 设备投资: { 产业化: 2000 } } });
    expect(c.amountWan).toBe(200);
  });

  it('a stage no tier names (注册获证 for a clinical-trial provision): no tier, no amount', () => {
    const c = compute(s, { stages: ['注册获证'] });
    expect([c.amountWan, c.units]).toEqual([null, []]);
    expect(texts(c)).toEqual(['所选条件不属于原文所列任何一档（I期临床试验、II期临床试验、III期临床试验）']);
  });

  it('苏州高新区: research (研发) and a clinical trial both reached pay both tiers, the clinical tier once: 400 + 250', () => {
    const r = sub(SND, 'sub11');
    const c = compute(r, { stages: ['研发', '临床I期', '临床II期'] });
    expect(c.units.map((u) => [u.tier?.label, u.stages, u.wan])).toEqual([
      ['新药开展临床实验', ['临床I期', '临床II期'], 250],
      ['新药开展研究', ['研发'], 400],
    ]);
    expect(c.amountWan).toBe(650);
  });
});

describe('several products at once', () => {
  it('two devices (三类 and 二类) share one R&D total: 三类 first (20%), then 二类 (10%)', () => {
    const s = sub(WUXI, 'sub6');
    const c = compute(s, { products: ['三类医疗器械', '二类医疗器械'], amounts: { 研发投入: 5000 } });
    expect(c.units.map((u) => [u.tier?.label, u.wan])).toEqual([
      ['三类医疗器械', 300],
      ['二类医疗器械', 100],
    ]);
    expect(c.amountWan).toBe(400);
  });

  it('二类 and 创新医疗器械 picked together are one innovative class II device: 100 + the raise of 100', () => {
    const s = sub(WUXI, 'sub6');
    const raise = { byWan: 100, label: '创新医疗器械', products: ['创新医疗器械' as const] };
    const c = compute(s, { products: ['二类医疗器械', '创新医疗器械'], amounts: { 研发投入: 20000 } }, { raise });
    expect(c.units.map((u) => [u.product, u.tier?.label, u.wan])).toEqual([
      [['创新医疗器械', '二类医疗器械'], '二类医疗器械', 200],
    ]);
    // The raise is for innovative devices: a product that is not one keeps its tier's maximum.
    const other = compute(s, { products: ['三类医疗器械'], amounts: { 研发投入: 20000 } }, { raise });
    expect(other.amountWan).toBe(300);
  });

  it('“每家企业最多申报2项”: three products count as the best two (无锡（十三）)', () => {
    const s = sub(WUXI, 'sub37');
    const c = compute(s, { products: ['1类创新药', '改良型新药', '三类医疗器械'] });
    expect(c.units).toHaveLength(3);
    expect(c.amountWan).toBe(100);
    expect(texts(c)).toContain('每个主体最多申报 2 项：所选 3 项，按金额最高的 2 项计');
  });

  it('a per-product amount (每个品种) is paid for each product it names, not for others', () => {
    const s = sub(WUXI, 'sub27');
    expect(compute(s, { products: ['1类创新药', '三类医疗器械'] }).amountWan).toBe(200);
  });
});

/** Branches the texts do not reach, on synthetic provisions (issue 14). */
describe('synthetic provisions', () => {
  const base = {
    id: 'x1',
    kind: '资助' as const,
    maxAmountWan: null,
    ratePct: null,
    rateBase: null,
    tiers: [],
    annualCapWan: null,
    raisedMaxWan: null,
    raiseByWan: null,
    quote: '（合成的条款）',
  };
  const eligibility = (patch: Partial<NonNullable<Parameters<typeof compute>[0]['eligibility']>>) => ({
    ...sub(WUXI, 'sub40').eligibility!,
    stages: [],
    beneficiaries: [],
    ...patch,
  });

  it('an amount per company (每家企业) is paid once, however many of the products it names the applicant has', () => {
    const s = {
      ...base,
      maxAmountWan: 100,
      eligibility: eligibility({ products: ['1类创新药', '三类医疗器械'], per: '每家企业' }),
    };
    expect(compute(s, { products: ['1类创新药', '三类医疗器械'] }).amountWan).toBe(100);
    expect(
      compute({ ...s, eligibility: { ...s.eligibility, per: null } }, { products: ['1类创新药', '三类医疗器械'] })
        .amountWan,
    ).toBe(100);
    // One unit for the company, whatever it applies with.
    expect(compute(s, { products: ['1类创新药'] }).units).toEqual([
      { index: 0, tier: null, stages: [], product: null, wan: 100 },
    ]);
    // Per 品种 it is paid for each.
    expect(
      compute({ ...s, eligibility: { ...s.eligibility, per: '每个品种' } }, { products: ['1类创新药', '三类医疗器械'] })
        .amountWan,
    ).toBe(200);
  });

  it('a tier that names no product may fit any product; one naming another product does not', () => {
    const s = {
      ...base,
      tiers: [
        { label: '创新药档', maxAmountWan: 300, ratePct: null },
        { label: '投资额档', maxAmountWan: 100, ratePct: null },
      ],
      eligibility: eligibility({
        tiers: [
          { stages: [], products: ['1类创新药'], thresholds: [] },
          {
            stages: [],
            products: [],
            thresholds: [{ basis: '项目总投资', minWan: 1000, minInclusive: true, maxWan: null, maxInclusive: true }],
          },
        ],
      }),
    };
    const c = compute(s, { products: ['三类医疗器械'], amounts: { 项目总投资: 5000 } });
    expect(c.amountWan).toBe(100);
    expect(texts(c)[0]).toBe('档次：“投资额档”');
    // The amount that chooses the tier not typed: no figure, and the amount is asked for.
    expect([
      compute(s, { products: ['三类医疗器械'] }).amountWan,
      compute(s, { products: ['三类医疗器械'] }).needs,
    ]).toEqual([null, ['项目总投资']]);
    // A tier that names nothing beside one that names a product: still chosen by product, not by assessment.
    const open = {
      ...s,
      eligibility: eligibility({
        tiers: [
          { stages: [], products: ['1类创新药'], thresholds: [] },
          { stages: [], products: [], thresholds: [] },
        ],
      }),
    };
    expect(compute(open, { products: ['三类医疗器械'] }).amountWan).toBe(100);
  });

  it('tiers by stage are chosen by stage even beside a tier that names none', () => {
    const threshold = {
      basis: '项目总投资' as const,
      minWan: 1000,
      minInclusive: true,
      maxWan: null,
      maxInclusive: true,
    };
    const s = {
      ...base,
      tiers: [
        { label: '临床档', maxAmountWan: 300, ratePct: null },
        { label: '投资额档', maxAmountWan: 100, ratePct: null },
      ],
      eligibility: eligibility({
        tiers: [
          { stages: ['临床II期'], products: [], thresholds: [] },
          { stages: [], products: [], thresholds: [threshold] },
        ],
      }),
    };
    expect(compute(s, { stages: ['临床II期'], amounts: { 项目总投资: 5000 } }).amountWan).toBe(300);
    // The same by product: the product's tier and the amount's tier both fit, the higher counts.
    const byProduct = {
      ...s,
      tiers: [
        { label: '创新药档', maxAmountWan: 300, ratePct: null },
        { label: '投资额档', maxAmountWan: 100, ratePct: null },
      ],
      eligibility: eligibility({
        tiers: [
          { stages: [], products: ['1类创新药'], thresholds: [] },
          { stages: [], products: [], thresholds: [threshold] },
        ],
      }),
    };
    expect(compute(byProduct, { products: ['1类创新药'], amounts: { 项目总投资: 5000 } }).amountWan).toBe(300);
  });

  it('tiers by amount: one ruled out by its threshold is never used, one not yet known waits for its amount', () => {
    const min = (basis: '项目总投资' | '设备投资' | '研发投入', minWan: number) => ({
      basis,
      minWan,
      minInclusive: true,
      maxWan: null,
      maxInclusive: true,
    });
    const s = {
      ...base,
      tiers: [
        { label: '投资档', maxAmountWan: 300, ratePct: null },
        { label: '设备档', maxAmountWan: 100, ratePct: null },
      ],
      eligibility: eligibility({
        tiers: [
          { stages: [], products: [], thresholds: [min('项目总投资', 1000)] },
          { stages: [], products: [], thresholds: [min('设备投资', 100)] },
        ],
      }),
    };
    const waiting = compute(s, { amounts: { 项目总投资: 500 } });
    expect([waiting.amountWan, waiting.needs]).toEqual([null, ['设备投资']]);
    const c = compute(s, { amounts: { 项目总投资: 500, 设备投资: 100 } });
    expect(c.amountWan).toBe(100);
    expect(c.units).toEqual([{ index: 0, tier: { index: 1, label: '设备档' }, stages: [], product: null, wan: 100 }]);
    expect(c.steps).toContainEqual({ kind: 'tier', unit: 0, label: '设备档', how: 'fits', among: ['设备档'] });
    // Both ruled out: no tier, no amount.
    const none = compute(s, { amounts: { 项目总投资: 500, 设备投资: 50 } });
    expect(none.amountWan).toBeNull();
    expect(none.steps.map((x) => x.kind)).toContain('no-tier');
    // A stage's tier whose threshold fails is not used either.
    const staged = {
      ...s,
      tiers: [{ label: '临床档', maxAmountWan: 300, ratePct: null }],
      eligibility: eligibility({
        tiers: [{ stages: ['临床II期'], products: [], thresholds: [min('研发投入', 1000)] }],
      }),
    };
    expect(compute(staged, { stages: ['临床II期'], amounts: { 研发投入: 500 } }).amountWan).toBeNull();
    expect(compute(staged, { stages: ['临床II期'], amounts: { 研发投入: 5000 } }).amountWan).toBe(300);
  });

  it('a per-product amount for one matching product is one unit; for two, one unit each', () => {
    const s = {
      ...base,
      maxAmountWan: 100,
      eligibility: eligibility({ products: ['1类创新药', '三类医疗器械'], per: '每个品种' }),
    };
    expect(compute(s, { products: ['1类创新药'] }).units).toEqual([
      { index: 0, tier: null, stages: [], product: null, wan: 100 },
    ]);
    expect(compute(s, { products: ['1类创新药', '三类医疗器械'] }).units).toEqual([
      { index: 0, tier: null, stages: [], product: ['1类创新药'], wan: 100 },
      { index: 1, tier: null, stages: [], product: ['三类医疗器械'], wan: 100 },
    ]);
  });

  it('quotes the sentence stating a figure without the spaces the text puts around numbers', () => {
    expect(phraseWith('对企业给予 最高 100 万元，每年 1 次', /最高/)).toBe('对企业给予最高100万元');
    expect(phraseWith('对企业给予最高100万元', /每年/)).toBeNull();
  });

  it('a rate with no cap pays the rate of the base, whatever it is', () => {
    const s = { ...base, ratePct: 10, eligibility: eligibility({ basis: '研发投入' }) };
    const c = compute(s, { amounts: { 研发投入: 123456 } });
    expect(c.amountWan).toBe(12345.6);
    expect(texts(c)).toEqual(['不超过研发投入的 10%：123456万元 × 10% = 12345.6万元']);
    // …and without the base, nothing: no maximum to fall back on.
    const none = compute(s);
    expect([none.amountWan, none.needs]).toEqual([null, ['研发投入']]);
    expect(texts(none)).toEqual(['按研发投入的 10%：填写研发投入后按比例计算']);
  });

  it('a tier whose maximum is above the provision’s overall maximum is held to the overall one', () => {
    const s = {
      ...base,
      maxAmountWan: 500,
      tiers: [{ label: '甲档', maxAmountWan: 800, ratePct: null }],
      eligibility: eligibility({ tiers: [{ stages: [], products: [], thresholds: [] }] }),
    };
    const c = compute(s);
    expect(c.amountWan).toBe(500);
    expect(c.units).toEqual([{ index: 0, tier: { index: 0, label: '甲档' }, stages: [], product: null, wan: 500 }]);
    expect(texts(c)).toEqual([
      '档次由评审或认定结果决定：“甲档”，按可得最高的“甲档”档计',
      '“甲档”档最高 800万元',
      '全项最高 500万元',
    ]);
  });

  it('a raised maximum (可上浮至) above the annual cap is clamped to it', () => {
    const s = {
      ...base,
      maxAmountWan: 500,
      raisedMaxWan: 1000,
      annualCapWan: 800,
      quote: '最高500万元，特别重大的可上浮至1000万元，单个企业每年最高800万元。',
      eligibility: eligibility({}),
    };
    const c = compute(s);
    expect([c.amountWan, c.raisedWan]).toEqual([500, 800]);
    expect(texts(c)).toEqual([
      '最高 500万元',
      '原文：“特别重大的可上浮至1000万元”——条件由评审认定，未计入上面的金额',
      '年度上限（原文“单个企业每年最高800万元”）：500万元 未超过',
    ]);
  });

  it('rounds to 0.01万元 (100元): 3333.333 × 15% is 500万元, 1.234 × 3% is 0.04万元', () => {
    const s = { ...base, ratePct: 15, eligibility: eligibility({ basis: '研发投入' }) };
    expect(compute(s, { amounts: { 研发投入: 3333.333 } }).amountWan).toBe(500);
    expect(compute({ ...s, ratePct: 3 }, { amounts: { 研发投入: 1.234 } }).amountWan).toBe(0.04);
    expect(compute({ ...s, ratePct: 3 }, { amounts: { 研发投入: 1.15 } }).amountWan).toBe(0.03);
  });

  it('an annual cap across stages: phases whose tiers add up to more than it are cut to the cap', () => {
    const s = {
      ...base,
      maxAmountWan: 800,
      annualCapWan: 1000,
      quote: '按阶段分别给予最高600万元、800万元，单个企业每年最高1000万元。',
      tiers: [
        { label: '一期', maxAmountWan: 600, ratePct: null },
        { label: '二期', maxAmountWan: 800, ratePct: null },
      ],
      eligibility: eligibility({
        tiers: [
          { stages: ['临床I期' as const], products: [], thresholds: [] },
          { stages: ['临床II期' as const], products: [], thresholds: [] },
        ],
      }),
    };
    const both = compute(s, { stages: ['临床I期', '临床II期'] });
    expect(both.amountWan).toBe(1000);
    expect(texts(both).at(-1)).toBe('年度上限（原文“单个企业每年最高1000万元”）：1400万元 超过，取 1000万元');
    // At the cap exactly, and just under it.
    expect(compute({ ...s, annualCapWan: 1400 }, { stages: ['临床I期', '临床II期'] }).amountWan).toBe(1400);
    expect(compute({ ...s, annualCapWan: 1399.99 }, { stages: ['临床I期', '临床II期'] }).amountWan).toBe(1399.99);
  });

  it('a range of rates at its top (5%—20%), with a base of 0: nothing', () => {
    const s = {
      ...base,
      ratePct: [5, 20] as [number, number],
      maxAmountWan: 200,
      eligibility: eligibility({ basis: '年工资薪金' }),
    };
    expect(compute(s, { amounts: { 年工资薪金: 0 } }).amountWan).toBe(0);
    expect(compute(s, { amounts: { 年工资薪金: 1000 } }).amountWan).toBe(200);
    expect(compute(s, { amounts: { 年工资薪金: 999.95 } }).amountWan).toBe(199.99);
  });
});

describe('more of the arithmetic’s branches', () => {
  it('a basis without a rate (无锡（十八）: “按研发投入分别给予最高50万元、200万元、500万元”): the maximum, said so', () => {
    const s = sub(WUXI, 'sub51');
    expect(words(s)).toContain('按研发投入分别给予最高50万元、200万元、500万元的奖励');
    const c = compute(s, { amounts: { 研发投入: 100 } });
    expect(c.amountWan).toBe(500);
    expect(texts(c)).toEqual([
      '档次由评审或认定结果决定：“雏鹰企业”、“瞪羚企业”、“准独角兽企业”，按可得最高的“准独角兽企业”档计',
      '“准独角兽企业”档最高 500万元',
      '原文写明按研发投入给予，未写比例：按上限计',
    ]);
  });

  it('an annual cap on a provision with no amount of its own is quoted, with nothing to compare', () => {
    const c = compute(sub(WUXI, 'sub7'));
    expect(c.amountWan).toBeNull();
    expect(texts(c)).toEqual(['年度上限（原文“单个企业每年最高资助600万元”）', '原文未载明金额']);
  });

  it('a raise for no product in particular, or for a unit whose product is not known, applies', () => {
    const s = sub(WUXI, 'sub6');
    const any = { byWan: 50, label: '某项', products: [] };
    const rd = { 研发投入: 100000 };
    expect(compute(s, { products: ['二类医疗器械'], amounts: rd }, { raise: any }).amountWan).toBe(150);
    const innovative = { byWan: 100, label: '创新医疗器械', products: ['创新医疗器械' as const] };
    // No product picked: the top tier (三类, 300) may be the innovative device's.
    expect(compute(s, { amounts: rd }, { raise: innovative }).amountWan).toBe(400);
  });

  it('one unit per product, each step named by its product, then added up', () => {
    const s = sub(WUXI, 'sub37');
    const c = compute(s, { products: ['1类创新药', '三类医疗器械'] });
    expect(c.amountWan).toBe(100);
    expect(texts(c)).toEqual([
      '1类创新药：单个产品最高 50万元',
      '三类医疗器械：单个产品最高 50万元',
      '合计：1类创新药 50万元 + 三类医疗器械 50万元 = 100万元',
      '每个主体最多申报 2 项：所选 2 项，未超过',
    ]);
  });
});

describe('units, tiers and bases in detail', () => {
  const drug = sub(WUXI, 'sub3');

  it('a phase given on its own and no total: the other phase has no base (no figure, asked for), not the first phase’s', () => {
    const c = compute(drug, {
      stages: ['临床I期', '临床II期'],
      stageAmounts: { 研发投入: { 临床I期: 1000 } },
    });
    expect(c.units.map((u) => u.wan)).toEqual([250, null]);
    expect(c.amountWan).toBe(250);
    expect(c.needs).toEqual(['研发投入']);
  });

  it('a total used up exactly by the phases given: nothing left, and nothing overdrawn', () => {
    const c = compute(drug, {
      stages: ['临床I期', '临床II期'],
      amounts: { 研发投入: 2000 },
      stageAmounts: { 研发投入: { 临床I期: 2000 } },
    });
    expect(c.units.map((u) => u.wan)).toEqual([500, 0]);
    expect(c.steps.some((s) => s.kind === 'overdrawn')).toBe(false);
    expect(c.steps.filter((s) => s.kind === 'rate').map((s) => s.kind === 'rate' && s.source)).toEqual([
      'stage',
      'total',
    ]);
  });

  it('the tier steps as data: each phase its own tier, chosen because it fits', () => {
    const c = compute(drug, { stages: ['临床I期', '临床III期'] });
    expect(c.steps.filter((s) => s.kind === 'tier')).toEqual([
      { kind: 'tier', unit: 0, label: 'I期临床试验', how: 'fits', among: ['I期临床试验'] },
      { kind: 'tier', unit: 1, label: 'III期临床试验', how: 'fits', among: ['III期临床试验'] },
    ]);
    expect(c.units.map((u) => [u.index, u.stages, u.product])).toEqual([
      [0, ['临床I期'], null],
      [1, ['临床III期'], null],
    ]);
  });

  it('a total split between products goes to the higher rate first, whatever order they were picked in', () => {
    const s = sub(WUXI, 'sub6');
    const c = compute(s, { products: ['二类医疗器械', '三类医疗器械'], amounts: { 研发投入: 1000 } });
    // 三类 (20%) takes the whole 1000 → 200; 二类 (10%) gets nothing.
    expect(c.units.map((u) => [u.tier?.label, u.wan])).toEqual([
      ['二类医疗器械', 0],
      ['三类医疗器械', 200],
    ]);
    expect(c.steps.find((x) => x.kind === 'split')).toEqual({
      kind: 'split',
      basis: '研发投入',
      total: 1000,
      shares: [
        { unit: 0, base: 0 },
        { unit: 1, base: 1000 },
      ],
    });
  });

  const base = {
    id: 'x2',
    kind: '资助' as const,
    maxAmountWan: null,
    ratePct: null,
    rateBase: null,
    annualCapWan: null,
    raisedMaxWan: null,
    raiseByWan: null,
    quote: '（合成的条款）',
  };
  const eligibility = sub(WUXI, 'sub40').eligibility!;
  const cond = (patch: object) => ({ stages: [], products: [], thresholds: [], ...patch });

  it('of tiers that may apply, the one that pays most on the base given — not the one with the highest cap', () => {
    const s = {
      ...base,
      maxAmountWan: 1000,
      tiers: [
        { label: '甲档', maxAmountWan: 1000, ratePct: 1 },
        { label: '乙档', maxAmountWan: 500, ratePct: 50 },
      ],
      eligibility: {
        ...eligibility,
        stages: [],
        basis: '研发投入' as const,
        tiers: [cond({ stages: ['研发'] }), cond({ stages: ['研发'] })],
      },
    };
    const c = compute(s, { amounts: { 研发投入: 1000 } });
    expect([c.amountWan, c.units[0]!.tier?.label]).toEqual([500, '乙档']);
    // Without the base, the highest maximum.
    expect(compute(s).units[0]!.tier?.label).toBe('甲档');
  });

  it('a unit without a cap takes what is left of a split total', () => {
    const s = {
      ...base,
      tiers: [
        { label: '一期', maxAmountWan: 100, ratePct: 10 },
        { label: '二期', maxAmountWan: null, ratePct: 5 },
      ],
      eligibility: {
        ...eligibility,
        stages: [],
        basis: '研发投入' as const,
        tiers: [cond({ stages: ['临床I期'] }), cond({ stages: ['临床II期'] })],
      },
    };
    const c = compute(s, { stages: ['临床I期', '临床II期'], amounts: { 研发投入: 3000 } });
    // 一期 fills its 100 with 1000; 二期, no cap, gets the other 2000 at 5% → 100.
    expect(c.units.map((u) => u.wan)).toEqual([100, 100]);
  });

  it('the best N units when more products than “最多申报N项”, whatever order they were picked in', () => {
    const s = {
      ...base,
      maxAmountWan: 500,
      tiers: [
        { label: '创新药', maxAmountWan: 500, ratePct: null },
        { label: '改良型', maxAmountWan: 300, ratePct: null },
        { label: '仿制药', maxAmountWan: 100, ratePct: null },
      ],
      eligibility: {
        ...eligibility,
        stages: [],
        maxCount: 2,
        tiers: [cond({ products: ['1类创新药'] }), cond({ products: ['改良型新药'] }), cond({ products: ['仿制药'] })],
      },
    };
    const c = compute(s, { products: ['仿制药', '改良型新药', '1类创新药'] });
    expect(c.units.map((u) => u.wan)).toEqual([100, 300, 500]);
    expect(c.amountWan).toBe(800);
  });

  it('a rate with no basis named asks for nothing; a fixed amount with a basis is not “按上限”', () => {
    const noBasis = compute({
      ...base,
      maxAmountWan: 100,
      ratePct: 10,
      tiers: [],
      eligibility: { ...eligibility, stages: [] },
    });
    expect([noBasis.amountWan, noBasis.needs]).toEqual([null, []]);
    expect(stepTexts(noBasis)).toContain(
      '另不超过基数的 10%：原文未写明比例的基数，无法计算（最高 100万元）；未计入总额',
    );
    const fixed = compute({
      ...base,
      maxAmountWan: 20,
      tiers: [],
      eligibility: { ...eligibility, stages: [], basis: '研发投入' as const, fixedAmount: true },
    });
    expect(stepTexts(fixed)).toEqual(['定额 20万元']);
  });
});
