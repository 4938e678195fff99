import { describe, expect, it } from 'vitest';
import { exclusionText, opennessText } from './explain.ts';
import { effectiveAmounts, matchProvision, thresholdText, thresholdVerdict } from './match.ts';
import { sub } from './testing.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';

const sel = (patch: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...patch });
const WUXI = 'wuxi-biomed-policy-opinions';
const SND = 'suzhou-snd-meddevice-biomed-2020-2022';
const SUZHOU = 'suzhou-biomed-chain-2021-2023';

describe('matching a provision to a profile', () => {
  const drug = sub(WUXI, 'sub3').eligibility;
  it('a clause naming the stage and product matches; another stage excludes it', () => {
    expect(matchProvision(drug, sel({ stages: ['临床II期'], products: ['1类创新药'] })).level).toBe('match');
    const m = matchProvision(drug, sel({ stages: ['注册获证'], products: ['1类创新药'] }));
    expect([m.level, m.exclusions.map(exclusionText)]).toEqual([
      'excluded',
      ['原文所涉阶段为临床I期、临床II期、临床III期'],
    ]);
  });

  it('a match has nothing open; a profile without stages leaves the stage unknown', () => {
    const m = matchProvision(drug, sel({ stages: ['临床II期'], products: ['1类创新药'] }));
    expect([m.open, m.exclusions, m.role, m.beneficiary]).toEqual([[], [], 'unknown', 'unknown']);
    // A clause for certain stages waits for the applicant to name one: naming a stage can only add.
    const noStage = matchProvision(drug, sel({ products: ['1类创新药'] }));
    expect([noStage.level, noStage.stage, noStage.product, noStage.open.map(opennessText)]).toEqual([
      'related',
      'unknown',
      'yes',
      ['原文限于临床I期、临床II期、临床III期阶段（未选择阶段）'],
    ]);
  });

  it('several stages: one the clause names is enough', () => {
    const m = matchProvision(drug, sel({ stages: ['研发', '临床I期'], products: ['1类创新药'] }));
    expect([m.level, m.stage]).toEqual(['match', 'yes']);
  });

  it('another product excludes it', () => {
    const m = matchProvision(drug, sel({ stages: ['临床II期'], products: ['改良型新药'] }));
    expect([m.level, m.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文限于1类创新药']]);
  });

  it('a clause naming no stage or product is related, not excluded (平台, 人才, 金融…)', () => {
    const m = matchProvision(sub(WUXI, 'sub14').eligibility, sel({ stages: ['临床II期'], products: ['1类创新药'] }));
    expect([m.level, m.open.map(opennessText)]).toEqual(['related', ['所选阶段、产品或所填金额均不涉及本项']]);
  });

  it('a clause for certain products, and no product given: may apply, said why', () => {
    const m = matchProvision(drug, sel({ stages: ['临床II期'], who: '企业' }));
    expect([m.level, m.open.map(opennessText)]).toEqual(['related', ['原文限于1类创新药（未选择产品类别）']]);
  });

  it('who is paid decides: a provision for another type excludes an applicant that said what it is', () => {
    // 第（十一）条 pays the company that obtains the registration and invests (issue 18: not a university).
    const industrialization = sel({ stages: ['产业化'], products: ['1类创新药'], who: '高校院所' });
    const m11 = matchProvision(sub(WUXI, 'sub31').eligibility, industrialization);
    expect([m11.level, m11.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文支持对象为企业']]);
    const m = matchProvision(sub(WUXI, 'sub60').eligibility, sel({ who: '企业' }));
    expect([m.level, m.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文支持对象为人才团队']]);
    expect(matchProvision(sub(WUXI, 'sub60').eligibility, sel({ who: '人才团队' })).level).toBe('match');
  });

  it('with the type assumed (企业), a clause for another type is open, not excluded', () => {
    const m = matchProvision(sub(WUXI, 'sub60').eligibility, sel({ stages: ['落户设立'] }), { assumedWho: '企业' });
    expect([m.level, m.open.map(opennessText)]).toEqual([
      'related',
      ['原文支持对象为人才团队（未选择主体类型，按企业计）'],
    ]);
    expect(
      matchProvision(sub(WUXI, 'sub46').eligibility, sel({ stages: ['落户设立'] }), { assumedWho: '企业' }).level,
    ).toBe('match');
  });

  it('nothing asked: nothing matches', () => {
    const m = matchProvision(sub(WUXI, 'sub40').eligibility, sel({}));
    expect([m.level, m.open.map(opennessText)]).toEqual(['related', ['未选择主体类型、阶段或产品']]);
  });

  it('an amount typed for a provision’s basis brings it into the count (issue 18: what was typed decides)', () => {
    // 第（二十四）条: an investor's money invested and its first-round loss.
    const invest = sub(WUXI, 'sub66').eligibility;
    expect(matchProvision(invest, sel({ who: '投资机构', amounts: { 实际投资额: 3000 } })).level).toBe('match');
    // A provision for no stage or product of an enterprise (synthetic): the typed amount alone selects it.
    const plain = { ...sub(WUXI, 'sub23').eligibility!, stages: [] };
    expect(matchProvision(plain, sel({ amounts: { 设备投资: 500 } }), { assumedWho: '企业' }).level).toBe('match');
    expect(matchProvision(plain, sel({ amounts: { 研发投入: 500 } }), { assumedWho: '企业' }).level).toBe('related');
    // 第（七）条 CNAS is an R&D platform's: the amount does not stand in for the stage it is for.
    const cnas = sub(WUXI, 'sub23').eligibility;
    expect(matchProvision(cnas, sel({ amounts: { 设备投资: 500 } }), { assumedWho: '企业' }).level).toBe('related');
    expect(
      matchProvision(cnas, sel({ stages: ['研发'], amounts: { 设备投资: 500 } }), { assumedWho: '企业' }).level,
    ).toBe('match');
  });

  it('stages and products bind enterprises; any other applicant is paid for what it is', () => {
    // 苏州 专栏4 第2项: a hospital joining clinical trials, whatever stage it typed.
    const joint = sub(SUZHOU, 'sub19').eligibility;
    expect(matchProvision(joint, sel({ who: '医疗机构' })).level).toBe('match');
    expect(matchProvision(joint, sel({ who: '医疗机构', stages: ['注册获证'] })).level).toBe('match');
    expect(matchProvision(joint, sel({ who: '企业', stages: ['临床I期'] })).exclusions.map(exclusionText)).toEqual([
      '原文支持对象为医疗机构',
    ]);
  });

  it('only a type: the clauses naming it match, the others may apply', () => {
    expect(matchProvision(sub(WUXI, 'sub60').eligibility, sel({ who: '人才团队' })).level).toBe('match');
    const other = matchProvision(sub(WUXI, 'sub2').eligibility, sel({ who: '人才团队' }));
    expect([other.level, other.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文支持对象为企业']]);
    expect(matchProvision(sub(WUXI, 'sub60').eligibility, sel({ who: '人才团队' })).open).toEqual([]);
  });

  it('umbrella terms: a clause for 医疗器械 applies to a 三类 device; an innovative device may be class II or III', () => {
    expect(matchProvision(sub(WUXI, 'sub36').eligibility, sel({ products: ['三类医疗器械'] })).product).toBe('yes');
    expect(matchProvision(sub(WUXI, 'sub6').eligibility, sel({ products: ['创新医疗器械'] })).product).toBe('yes');
  });

  it('a narrower kind than the one picked may apply: 创新医疗器械 for a 三类 device, 特定疾病 for a 特医食品', () => {
    const raise = matchProvision(
      sub(WUXI, 'sub7').eligibility,
      sel({ products: ['三类医疗器械'], stages: ['注册获证'] }),
    );
    expect([raise.level, raise.product, raise.open.map(opennessText)]).toEqual([
      'related',
      'unknown',
      ['原文限于创新医疗器械（若所选产品属于此类则适用）'],
    ]);
    const food = matchProvision(sub(WUXI, 'sub29').eligibility, sel({ products: ['特医食品'], stages: ['注册获证'] }));
    expect(food.level).toBe('related');
    expect(
      matchProvision(sub(WUXI, 'sub29').eligibility, sel({ products: ['特定疾病特医食品'], stages: ['注册获证'] }))
        .level,
    ).toBe('match');
    // …but a device is not a food.
    expect(matchProvision(sub(WUXI, 'sub29').eligibility, sel({ products: ['三类医疗器械'] })).level).toBe('excluded');
  });

  it('roles: a clause paying only the 委托方 excludes a 受托方 (a CRO), not a profile that did not say', () => {
    const mah = sub(WUXI, 'sub35').eligibility;
    expect(mah?.roles).toEqual(['委托方']);
    const cro = matchProvision(mah, sel({ stages: ['产业化'], products: ['1类创新药'], role: '受托方' }));
    expect([cro.level, cro.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文只支持委托方']]);
    expect(matchProvision(mah, sel({ stages: ['产业化'], products: ['1类创新药'], role: '委托方' })).role).toBe('yes');
    expect(matchProvision(mah, sel({ stages: ['产业化'], products: ['1类创新药'] })).level).toBe('match');
    // 苏州高新区 pays both parties.
    expect(
      matchProvision(sub(SND, 'sub7').eligibility, sel({ stages: ['产业化'], products: ['1类创新药'], role: '受托方' }))
        .level,
    ).toBe('match');
  });

  it('苏州 (八)三是 encourages insurers and pays no company: not an enterprise’s (issue 12)', () => {
    const m = matchProvision(sub(SUZHOU, 'sub32').eligibility, sel({ stages: ['临床II期'], who: '企业' }));
    expect([m.level, m.exclusions.map(exclusionText)]).toEqual(['excluded', ['原文支持对象为金融机构']]);
  });

  it('thresholds at their boundaries: “以上” includes the figure, “超过” does not', () => {
    const smart = sub(WUXI, 'sub54').eligibility!.thresholds[0]!; // 技术和设备投资额300万元以上
    expect([299.99, 300, 300.01].map((v) => thresholdVerdict(smart, { 设备投资: v }))).toEqual(['no', 'yes', 'yes']);
    const mah = sub(WUXI, 'sub35').eligibility!.thresholds[0]!; // 药品年度委托金额超过1500万元
    expect([1500, 1500.01].map((v) => thresholdVerdict(mah, { 交易金额: v }))).toEqual(['no', 'yes']);
    const range = sub(WUXI, 'sub31').eligibility!.thresholds[0]!; // 总投资1亿元~5亿元
    expect([9999, 10000, 50000, 50001].map((v) => thresholdVerdict(range, { 项目总投资: v }))).toEqual([
      'no',
      'yes',
      'yes',
      'no',
    ]);
    const tier = sub(WUXI, 'sub46').eligibility!.tiers[0]!.thresholds[0]!; // 1000万元（含）~1亿元, the next tier from 1亿元（含）
    expect([999, 1000, 9999.99, 10000].map((v) => thresholdVerdict(tier, { 实收注册资本: v }))).toEqual([
      'no',
      'yes',
      'yes',
      'no',
    ]);
    expect(thresholdVerdict(tier, {})).toBe('unknown');
    expect(thresholdVerdict(tier, undefined)).toBe('unknown');
    // A range open at the bottom: nothing below it to fall short of, even at 0.
    const open = { basis: '研发投入' as const, minWan: null, minInclusive: false, maxWan: 100, maxInclusive: true };
    expect([0, 100, 100.01].map((v) => thresholdVerdict(open, { 研发投入: v }))).toEqual(['yes', 'yes', 'no']);
    const below = { basis: '研发投入' as const, minWan: null, minInclusive: true, maxWan: 100, maxInclusive: false };
    expect([99, 100].map((v) => thresholdVerdict(below, { 研发投入: v }))).toEqual(['yes', 'no']);
  });

  it('writes thresholds as the texts do', () => {
    expect(sub(WUXI, 'sub31').eligibility!.thresholds.map(thresholdText)).toEqual(['1亿元—5亿元']);
    expect(sub(WUXI, 'sub35').eligibility!.thresholds.map(thresholdText)).toEqual(['超过1500万元']);
    expect(sub(WUXI, 'sub63').eligibility!.thresholds.map(thresholdText)).toEqual(['50万元及以上']);
    const t = { basis: '研发投入' as const, minWan: 10, minInclusive: false, maxWan: 20, maxInclusive: false };
    expect(thresholdText(t)).toBe('10万元（不含）—20万元（不含）');
    expect(thresholdText({ ...t, minWan: null })).toBe('低于20万元');
    expect(thresholdText({ ...t, minWan: null, maxInclusive: true })).toBe('不超过20万元');
    expect(thresholdText({ ...t, minWan: null, maxWan: null })).toBe('不限');
  });

  it('a threshold measured on a total sees the sum of the stages’ amounts when no total is given', () => {
    expect(effectiveAmounts({ amounts: {}, stageAmounts: { 研发投入: { 临床I期: 100, 临床II期: 250 } } })).toEqual({
      研发投入: 350,
    });
    expect(effectiveAmounts({ amounts: { 研发投入: 1000 }, stageAmounts: { 研发投入: { 临床I期: 100 } } })).toEqual({
      研发投入: 1000,
    });
  });
});
