import { describe, expect, it } from 'vitest';
import {
  candidateRegions,
  matchDepartment,
  qualifiedName,
  relativeLevel,
  responsibleUnits,
  splitUnits,
  tableUnits,
  unitNotes,
  type DepartmentEntry,
} from './responsible-units.ts';

const names = (text: string) => responsibleUnits(text).map((u) => `${u.lead ? '*' : ''}${u.text}`);

describe('responsibleUnits', () => {
  it('reads full-width and ASCII colons, brackets and separators alike', () => {
    const expected = ['市科技局', '市财政局', '市卫生健康委'];
    expect(names('给予资助。（责任单位：市科技局、市财政局，市卫生健康委）')).toEqual(expected);
    expect(names('给予资助。(责任单位:市科技局、市财政局,市卫生健康委)')).toEqual(expected);
    expect(names('给予资助。〔责任单位: 市科技局;市财政局；市卫生健康委〕')).toEqual(expected);
    expect(names('给予资助。[责任单位:市科技局 市财政局　市卫生健康委]')).toEqual(expected);
    expect(names('给予资助。【责任单位：市科技局、市财政局、市卫生健康委】')).toEqual(expected);
  });

  it('never takes a role label for a unit: each role of a note gets its own list', () => {
    expect(names('(责任单位:市工信局;配合单位:市发改委、市科技局)')).toEqual(['市工信局', '市发改委', '市科技局']);
    expect(names('（牵头单位：市发改委；配合单位：市科技局，市财政局）')).toEqual([
      '*市发改委',
      '市科技局',
      '市财政局',
    ]);
    expect(names('(牵头单位:市发改委,配合单位:)')).toEqual(['*市发改委']);
    expect(names('(责任单位:市科技局;配合单位:)')).toEqual(['市科技局']);
    expect(names('（责任单位：市科技局。）')).toEqual(['市科技局']);
  });

  it('reads notes that stand on a line of their own, to the end of the line', () => {
    const text = '加快新药研发，支持企业开展临床试验。\n牵头单位：市科技局\n配合单位:市财政局、市卫健委\n其余内容。';
    expect(names(text)).toEqual(['*市科技局', '市财政局', '市卫健委']);
  });

  it('ignores role words that are not notes', () => {
    expect(names('明确任务推进的牵头部门和责任单位，建立动态统计监测指标体系。')).toEqual([]);
    expect(names('各责任单位要加强配合。')).toEqual([]);
  });

  it('ends a bracketed note at the bracket that balances its opening one', () => {
    expect(names('（责任单位：各市（县）区人民政府、市财政局）后文')).toEqual(['各市（县）区人民政府', '市财政局']);
    const text = '前文（责任单位：各市（县）区人民政府）后文(配合单位:市科技局)尾';
    expect(unitNotes(text).map((n) => text.slice(n.start, n.end))).toEqual([
      '（责任单位：各市（县）区人民政府）',
      '(配合单位:市科技局)',
    ]);
  });
});

describe('splitUnits', () => {
  it('keeps a body listed by its levels as one unit', () => {
    expect(splitUnits('各辖市、区人民政府,市财政局').map((u) => u.text)).toEqual(['各辖市、区人民政府', '市财政局']);
    expect(splitUnits('各市、县（区）人民政府').map((u) => u.text)).toEqual(['各市、县（区）人民政府']);
    expect(splitUnits('各镇、街道').map((u) => u.text)).toEqual(['各镇', '街道']);
    expect(splitUnits('各板块、区人民政府').map((u) => u.text)).toEqual(['各板块', '区人民政府']);
  });

  it('reads the * lead mark, also standing apart from the name', () => {
    expect(splitUnits('*招商中心、商务局')).toEqual([
      { text: '招商中心', lead: true },
      { text: '商务局', lead: false },
    ]);
    expect(splitUnits('* 科创局、＊经发委')).toEqual([
      { text: '科创局', lead: true },
      { text: '经发委', lead: true },
    ]);
  });
});

describe('tableUnits', () => {
  it('reads every unit column, aligned from the right, with 牵头 columns as leads', () => {
    const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
    expect(tableUnits(header, ['1', '建设平台', '市发改委', '市科技局、市财政局', '2025年底'])).toEqual([
      { text: '市发改委', lead: true },
      { text: '市科技局', lead: false },
      { text: '市财政局', lead: false },
    ]);
    expect(tableUnits(['序号', '重点工作', '责任单位'], ['1', '攻关', '*科技局、工信局'])).toEqual([
      { text: '科技局', lead: true },
      { text: '工信局', lead: false },
    ]);
    expect(tableUnits(['序号', '指标', '2025年'], ['1', '营业收入', '500'])).toEqual([]);
  });
});

const jiangsu = { id: 'jiangsu', name: '江苏省' };
const suzhou = { id: 'suzhou', name: '苏州市' };
const snd = { id: 'snd', name: '苏州高新区（虎丘区）' };
const changshu = { id: 'changshu', name: '常熟市' };
const wuxi = { id: 'wuxi', name: '无锡市' };
const departments: DepartmentEntry[] = [
  { id: 'suzhou-kjj', name: '苏州市科学技术局', region: 'suzhou', aliases: ['市科技局', '科技局'] },
  { id: 'suzhou-hg', name: '苏州海关', region: 'suzhou', aliases: ['苏州海关'] },
  { id: 'snd-kcj', name: '苏州高新区科创局', region: 'snd', aliases: ['科创局'] },
  { id: 'wuxi-kjj', name: '无锡市科学技术局', region: 'wuxi', aliases: ['市科技局'] },
];

describe('matchDepartment', () => {
  it('matches a wording of the policy’s own region', () => {
    expect(matchDepartment('科创局', [snd, suzhou, jiangsu], departments)?.id).toBe('snd-kcj');
    expect(matchDepartment('市科技局', [wuxi, jiangsu], departments)?.id).toBe('wuxi-kjj');
  });

  it('matches a wording that names the same unit once qualified with its region', () => {
    // 市科技局 in a text of 昆山市 is the 科技局 its other texts name.
    const kunshan = { id: 'kunshan', name: '昆山市' };
    const ks: DepartmentEntry[] = [
      { id: 'kunshan-kjj', name: '昆山市科学技术局', region: 'kunshan', aliases: ['科技局'] },
    ];
    expect(matchDepartment('市科技局', [kunshan, suzhou, jiangsu], ks)?.id).toBe('kunshan-kjj');
    expect(matchDepartment('区科技局', [kunshan, suzhou, jiangsu], ks)).toBeUndefined();
    expect(matchDepartment('市科技局', [snd, suzhou, jiangsu], departments)?.id).toBe('suzhou-kjj');
  });

  it('matches a wording that is the full name without its region', () => {
    expect(matchDepartment('市科学技术局', [wuxi, jiangsu], departments)?.id).toBe('wuxi-kjj');
    expect(matchDepartment('科学技术局', [wuxi, jiangsu], departments)?.id).toBe('wuxi-kjj');
  });

  it('goes up to an enclosing region only when the wording points at it', () => {
    // 市科技局 in the High-tech Zone's text is the city's; 苏州海关 names its region.
    expect(matchDepartment('市科技局', [snd, suzhou, jiangsu], departments)?.id).toBe('suzhou-kjj');
    expect(matchDepartment('苏州海关', [snd, suzhou, jiangsu], departments)?.id).toBe('suzhou-hg');
    // 市科技局 in a county-level city's text is that city's own bureau, not 苏州市's; so is 科技局.
    expect(matchDepartment('市科技局', [changshu, suzhou, jiangsu], departments)).toBeUndefined();
    expect(matchDepartment('科技局', [changshu, suzhou, jiangsu], departments)).toBeUndefined();
  });

  it('matches nothing without a region', () => {
    expect(matchDepartment('市科技局', [], departments)).toBeUndefined();
  });
});

describe('region-relative wordings', () => {
  it('reads the level a wording is relative to, not 市场', () => {
    expect(
      ['市科技局', '市市场监管局', '市场监管局', '省药监局', '区科创局', '县财政局', '科技局'].map(relativeLevel),
    ).toEqual(['市', '市', null, '省', '区', '县', null]);
  });

  it('lists the regions a wording may mean, the own region first', () => {
    const ids = (w: string) => candidateRegions(w, [snd, suzhou, jiangsu]).map((r) => r.id);
    expect(ids('科创局')).toEqual(['snd']);
    expect(ids('市科技局')).toEqual(['snd', 'suzhou']);
    expect(ids('省药监局苏州检查分局')).toEqual(['snd', 'jiangsu', 'suzhou']);
    expect(candidateRegions('市科技局', [changshu, suzhou, jiangsu]).map((r) => r.id)).toEqual(['changshu']);
  });

  it('qualifies a wording with the region it refers to', () => {
    expect(qualifiedName('市科技局', [changshu, suzhou, jiangsu])).toBe('常熟市科技局');
    expect(qualifiedName('科技局', [changshu, suzhou, jiangsu])).toBe('常熟市科技局');
    expect(qualifiedName('市市场监管局', [changshu, suzhou, jiangsu])).toBe('常熟市市场监管局');
    expect(qualifiedName('市场监管局', [changshu, suzhou, jiangsu])).toBe('常熟市市场监管局');
    expect(qualifiedName('科创局', [snd, suzhou, jiangsu])).toBe('苏州高新区科创局');
    expect(qualifiedName('市科技局', [snd, suzhou, jiangsu])).toBe('苏州市科技局');
    expect(qualifiedName('省药监局', [changshu, suzhou, jiangsu])).toBe('江苏省药监局');
    expect(qualifiedName('苏州海关', [snd, suzhou, jiangsu])).toBe('苏州海关');
    expect(qualifiedName('区科创局', [changshu, suzhou, jiangsu])).toBe('区科创局');
  });
});
