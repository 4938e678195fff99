import { describe, expect, it } from 'vitest';
import { matchProvision, thresholdText } from './match.ts';
import { sub } from './testing.ts';
import { EMPTY_SELECTION, type Selection } from './types.ts';

const sel = (patch: Partial<Selection>): Selection => ({ ...EMPTY_SELECTION, ...patch });
const WUXI = 'wuxi-biomed-policy-opinions';

describe('matching a provision to a project', () => {
  const drug = sub(WUXI, 'sub3').eligibility;
  it('a clause naming the stage and product matches; another stage excludes it', () => {
    expect(matchProvision(drug, sel({ stage: '临床II期', products: ['1类创新药'] })).level).toBe('match');
    const m = matchProvision(drug, sel({ stage: '注册获证', products: ['1类创新药'] }));
    expect([m.level, m.reasons]).toEqual(['excluded', ['原文所涉阶段为临床I期、临床II期、临床III期']]);
  });

  it('another product excludes it', () => {
    expect(matchProvision(drug, sel({ stage: '临床II期', products: ['改良型新药'] })).level).toBe('excluded');
  });

  it('a clause naming no stage or product is related, not excluded (平台, 人才, 金融…)', () => {
    expect(
      matchProvision(sub(WUXI, 'sub14').eligibility, sel({ stage: '临床II期', products: ['1类创新药'] })).level,
    ).toBe('related');
  });

  it('a beneficiary type the clause does not name never excludes; one it names differently does', () => {
    expect(
      matchProvision(sub(WUXI, 'sub31').eligibility, sel({ stage: '产业化', beneficiary: '高校院所' })).level,
    ).toBe('match');
    expect(matchProvision(sub(WUXI, 'sub60').eligibility, sel({ beneficiary: '企业' })).level).toBe('excluded');
    expect(matchProvision(sub(WUXI, 'sub60').eligibility, sel({ beneficiary: '人才团队' })).level).toBe('match');
  });

  it('umbrella terms: a clause for 医疗器械 applies to a 三类 device; an innovative device may be class II or III', () => {
    expect(matchProvision(sub(WUXI, 'sub36').eligibility, sel({ products: ['三类医疗器械'] })).product).toBe('yes');
    expect(matchProvision(sub(WUXI, 'sub6').eligibility, sel({ products: ['创新医疗器械'] })).product).toBe('yes');
    // …but a plain class III device is not an innovative one.
    expect(matchProvision(sub(WUXI, 'sub7').eligibility, sel({ products: ['三类医疗器械'] })).product).toBe('no');
  });

  it('writes thresholds as the texts do', () => {
    expect(sub(WUXI, 'sub31').eligibility!.thresholds.map(thresholdText)).toEqual(['1亿元—5亿元']);
    expect(sub(WUXI, 'sub35').eligibility!.thresholds.map(thresholdText)).toEqual(['超过1500万元']);
    expect(sub(WUXI, 'sub63').eligibility!.thresholds.map(thresholdText)).toEqual(['50万元及以上']);
  });
});
