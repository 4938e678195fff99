import { describe, expect, it } from 'vitest';
import { buildFilterOptions, parseFilterOptions, policyTitles, SEARCH_FILTERS_PATH } from './filter-options.ts';

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province', order: 1 },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city', order: 3 },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city', order: 2 },
  { id: 'kunshan', name: '昆山市', parent: 'suzhou', level: 'county', order: 1 },
];
const departments = [
  { id: 'wuxi-kjj', name: '无锡市科技局', region: 'wuxi' },
  { id: 'wuxi-czj', name: '无锡市财政局', region: 'wuxi' },
  { id: 'wuxi-unused', name: '无锡市未用局', region: 'wuxi' },
  { id: 'ks-kjj', name: '昆山市科技局', region: 'kunshan' },
  { id: 'js-kjt', name: '江苏省科技厅', region: 'jiangsu' },
  { id: 'sz-kjj', name: '苏州市科技局', region: 'suzhou' },
];
const policy = (
  id: string,
  region: string,
  depts: string[][],
  more: { kind?: string | null; docNumber?: string | null } = {},
) => ({
  id,
  data: {
    shortTitle: `${id}短`,
    title: `${id}全称`,
    kind: more.kind ?? null,
    docNumber: more.docNumber ?? null,
    region,
  },
  clauses: depts.map((d) => ({ departments: d })),
});

describe('buildFilterOptions', () => {
  const options = buildFilterOptions({
    policies: [
      policy('wx', 'wuxi', [['wuxi-kjj'], ['wuxi-czj', 'js-kjt']], {
        kind: '政策意见',
        docNumber: '锡政发〔2023〕1号',
      }),
      policy('ks', 'kunshan', [['ks-kjj'], []]),
    ],
    regions,
    departments,
  });

  it('lists every policy in the given order with its label, title, kind, region chain and stated number', () => {
    expect(options.policies).toEqual([
      {
        id: 'wx',
        label: 'wx短',
        title: 'wx全称',
        kind: '政策意见',
        regions: ['wuxi', 'jiangsu'],
        number: '锡政发〔2023〕1号',
      },
      { id: 'ks', label: 'ks短', title: 'ks全称', kind: '', regions: ['kunshan', 'suzhou', 'jiangsu'] },
    ]);
    expect('number' in options.policies[1]!).toBe(false);
  });

  it('groups the departments clauses name by region in display order, by name within, without the province', () => {
    expect(options.departments).toEqual([
      { region: 'kunshan', name: '昆山市', departments: [{ id: 'ks-kjj', name: '昆山市科技局' }] },
      {
        region: 'wuxi',
        name: '无锡市',
        departments: [
          // Chinese collation (pinyin): cai before ke.
          { id: 'wuxi-czj', name: '无锡市财政局' },
          { id: 'wuxi-kjj', name: '无锡市科技局' },
        ],
      },
    ]);
  });

  it('gives the query understanding each policy’s names', () => {
    expect(policyTitles(options)).toEqual([
      {
        id: 'wx',
        titles: ['wx短', 'wx全称'],
        kind: '政策意见',
        regions: ['wuxi', 'jiangsu'],
        number: '锡政发〔2023〕1号',
      },
      { id: 'ks', titles: ['ks短', 'ks全称'], kind: '', regions: ['kunshan', 'suzhou', 'jiangsu'] },
    ]);
  });

  it('round-trips through the file', () => {
    expect(parseFilterOptions(JSON.stringify(options))).toEqual(options);
  });
});

describe('parseFilterOptions', () => {
  it('names the file and the entry that is wrong', () => {
    expect(() => parseFilterOptions('<html>')).toThrow(`${SEARCH_FILTERS_PATH}: not JSON`);
    expect(() => parseFilterOptions('{"policies": []}')).toThrow('no policies or departments list');
    expect(() =>
      parseFilterOptions(
        JSON.stringify({ policies: [{ id: 'a', label: 'A', title: 'A', kind: '' }], departments: [] }),
      ),
    ).toThrow(`${SEARCH_FILTERS_PATH}: policies[0] is not a policy option`);
    expect(() =>
      parseFilterOptions(
        JSON.stringify({ policies: [], departments: [{ region: 'wuxi', name: '无锡市', departments: [{ id: 1 }] }] }),
      ),
    ).toThrow(`${SEARCH_FILTERS_PATH}: departments[0] is not a region's departments`);
  });
});
