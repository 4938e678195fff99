import { describe, expect, it } from 'vitest';
import {
  byAmountDesc,
  groupByCategory,
  regionsWithSeveralPolicies,
  regionWithDescendants,
  type SubsidyRecord,
} from './comparison-records.ts';

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province', order: 1 },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city', order: 2 },
  { id: 'snd', name: '苏州高新区', parent: 'suzhou', level: 'district', order: 5 },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city', order: 6 },
];
const order = ['jiangsu', 'suzhou', 'snd', 'wuxi'];
const rec = (
  region: string,
  amountWan: number | null,
  category = 'device-registration',
  policy = `${region}-p`,
  clauseOrder = 0,
) =>
  ({
    policy: { id: policy, data: { region }, region: regions.find((r) => r.id === region)! },
    clause: { order: clauseOrder },
    subsidy: { category },
    category: { id: category, name: category, order: 1 },
    amountWan,
  }) as unknown as SubsidyRecord;

describe('regionWithDescendants', () => {
  it('includes every region below', () => {
    expect(regionWithDescendants('jiangsu', regions)).toEqual(['jiangsu', 'suzhou', 'snd', 'wuxi']);
    expect(regionWithDescendants('snd', regions)).toEqual(['snd']);
  });
});

describe('byAmountDesc', () => {
  it('puts the largest amount first and provisions without an amount last', () => {
    const sorted = [rec('wuxi', null), rec('snd', 300), rec('wuxi', 300), rec('suzhou', 2000)].sort(
      byAmountDesc(order),
    );
    expect(sorted.map((r) => [r.policy.data.region, r.amountWan])).toEqual([
      ['suzhou', 2000],
      ['snd', 300],
      ['wuxi', 300],
      ['wuxi', null],
    ]);
  });
});

describe('groupByCategory', () => {
  it('groups in the vocabulary’s order, leaves empty categories out and picks each region’s largest provision', () => {
    const cats = [
      { id: 'talent', name: '人才团队', order: 21 },
      { id: 'device-registration', name: '医疗器械注册证', order: 5 },
      { id: 'fund', name: '基金', order: 22 },
    ];
    const groups = groupByCategory(
      [rec('wuxi', 100), rec('wuxi', 300), rec('snd', 300), rec('wuxi', 1000, 'talent')],
      cats,
      order,
    );
    expect(groups.map((g) => g.category.id)).toEqual(['device-registration', 'talent']);
    expect(groups[0]!.best.map((b) => [b.region.id, b.record.amountWan, b.count])).toEqual([
      ['snd', 300, 1],
      ['wuxi', 300, 2],
    ]);
  });
});

describe('regionsWithSeveralPolicies', () => {
  it('names the regions whose rows come from more than one policy', () => {
    expect([
      ...regionsWithSeveralPolicies([
        rec('wuxi', 1, 'x', 'a'),
        rec('wuxi', 1, 'x', 'b'),
        rec('snd', 1, 'x', 'c'),
        rec('snd', 1, 'x', 'c'),
      ]),
    ]).toEqual(['wuxi']);
  });
});
