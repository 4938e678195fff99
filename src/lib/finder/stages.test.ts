import { describe, expect, it } from 'vitest';
import { provisionsAt, provisionsWithoutStage, STAGE_NAMES, stageAmountFields, targetStages } from './stages.ts';
import { testFinderData } from './testing.ts';

describe('stages', () => {
  const data = testFinderData();
  it('every provision that pays something is at some stage or in the 不分阶段 group, once', () => {
    const payers = data.provisions.filter(
      (p) => !(p.eligibility.stacking && p.eligibility.stacking.scope !== '本条款'),
    );
    const placed = new Set([
      ...STAGE_NAMES.flatMap((s) => provisionsAt(s, data.provisions)),
      ...provisionsWithoutStage(data.provisions),
    ]);
    expect(placed.size).toBe(payers.length);
  });

  it('clinical stages hold the clinical-trial provisions of 无锡, 太仓, 苏州 and 苏州高新区', () => {
    const at = provisionsAt('临床II期', data.provisions).map((p) => `${p.region}#${p.id}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'wuxi#sub3',
        'wuxi#sub4',
        'taicang#sub10',
        'taicang#sub11',
        'suzhou#sub7',
        'snd#sub11',
        'kunshan#sub1',
      ]),
    );
    expect(provisionsAt('临床I期', data.provisions).map((p) => `${p.region}#${p.id}`)).not.toContain('wuxi#sub4');
  });

  it('places targets by the words of their indicator', () => {
    expect(targetStages({ indicator: '新增临床试验机构', theme: '临床' })).toEqual([
      '临床I期',
      '临床II期',
      '临床III期',
    ]);
    expect(targetStages({ indicator: '年均新申报上市药品', theme: '创新成果' })).toEqual(['注册获证']);
    expect(targetStages({ indicator: '新增国内外IPO上市企业', theme: '企业' })).toEqual(['成长壮大']);
    expect(targetStages({ indicator: '引入具有世界影响力企业', theme: '企业' })).toEqual(['落户设立']);
    expect(targetStages({ indicator: '引进产业发展急需高端人才', theme: '人才' })).toEqual([]);
    expect(targetStages({ indicator: '生物医药类科创基金规模', theme: '资本' })).toEqual([]);
  });
});

describe('stageAmountFields', () => {
  it('asks R&D per clinical phase, because 无锡（三）1. and 2. compute from each phase’s own R&D', () => {
    expect(stageAmountFields(testFinderData().provisions)).toEqual([
      { basis: '研发投入', stage: '临床I期' },
      { basis: '研发投入', stage: '临床II期' },
      { basis: '研发投入', stage: '临床III期' },
    ]);
  });
  it('asks nothing for provisions whose base is not per stage', () => {
    const data = testFinderData();
    const flat = data.provisions.map((p) => ({ ...p, eligibility: { ...p.eligibility, basisPerStage: false } }));
    expect(stageAmountFields(flat)).toEqual([]);
  });
});
