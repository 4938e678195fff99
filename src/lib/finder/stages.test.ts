import { describe, expect, it } from 'vitest';
import {
  provisionsAt,
  provisionsWithoutStage,
  STAGE_NAMES,
  stageAmountFields,
  stageColumns,
  targetStages,
} from './stages.ts';
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
    // The 不分阶段 group holds only provisions naming no stage.
    const without = provisionsWithoutStage(data.provisions);
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(payers.length);
    expect(without.every((p) => p.eligibility.stages.length === 0)).toBe(true);
  });

  it('a talent target concerns no stage, whatever its words', () => {
    expect(targetStages({ indicator: '引入领军人才', theme: '企业' })).toEqual(['落户设立']);
    expect(targetStages({ indicator: '引入领军人才', theme: '人才' })).toEqual([]);
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

  it.each([
    ['医研企协同创新基地', ['临床I期', '临床II期', '临床III期']],
    ['申报医疗器械产品', ['注册获证']],
    ['沪深A股和境外主要资本市场上市企业', ['成长壮大']],
    ['省级以上专精特新“小巨人”企业', ['成长壮大']],
    ['营收超10亿的企业', ['成长壮大']],
    ['百亿企业', ['成长壮大']],
    ['科技型中小企业和高企数', ['成长壮大']],
    ['集聚生物医药及健康企业', ['落户设立']],
    ['生物医药载体面积', ['落户设立']],
    ['预留土地', ['落户设立']],
    ['总产值', ['产业化']],
    ['智能生物制造示范中心', ['产业化']],
    ['省级重点实验室或工程技术中心', ['研发']],
    ['新增省级创新中心、企业研发机构或创新平台', ['研发']],
    ['专利授权量', []],
  ] as const)('the indicator “%s” concerns %j', (indicator, expected) => {
    expect(targetStages({ indicator, theme: '其他' })).toEqual(expected);
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

describe('stageColumns', () => {
  it('a column per region with a policy, in region order, each with only its provisions at the stage, largest first', () => {
    const data = testFinderData();
    const amount = (p: { maxAmountWan: number | null }) => p.maxAmountWan;
    const columns = stageColumns(data, '临床II期', [], amount);
    expect(columns.map((c) => c.region.id)).toEqual(['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    const all = provisionsAt('临床II期', data.provisions);
    expect(columns.reduce((n, c) => n + c.rows.length, 0)).toBe(all.length);
    for (const c of columns) {
      expect(c.rows.every((p) => p.region === c.region.id)).toBe(true);
      expect(c.policies.every((p) => p.region === c.region.id)).toBe(true);
      const amounts = c.rows.map((p) => p.maxAmountWan ?? -1);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    }
  });

  it('places targets by their stages in their region’s column; the no-stage column has none', () => {
    const data = testFinderData();
    const targets = [
      { region: 'wuxi', stages: ['临床II期' as const], id: 'a' },
      { region: 'wuxi', stages: ['研发' as const], id: 'b' },
    ];
    const columns = stageColumns(data, '临床II期', targets, () => null);
    expect(columns.find((c) => c.region.id === 'wuxi')!.targets.map((t) => t.id)).toEqual(['a']);
    const none = stageColumns(data, null, targets, () => null);
    expect(none.every((c) => c.targets.length === 0)).toBe(true);
    expect(none.reduce((n, c) => n + c.rows.length, 0)).toBe(provisionsWithoutStage(data.provisions).length);
  });
});
