import { describe, expect, it } from 'vitest';
import { clauseSummary, excerpt, rowTitle, stripNumbering } from './snippet.ts';

describe('stripNumbering', () => {
  it('removes the numbering the citation label already shows', () => {
    expect(stripNumbering('（二）发展目标')).toBe('发展目标');
    expect(stripNumbering('二、实施路径')).toBe('实施路径');
    expect(stripNumbering('二是加速前沿技术成果产业化')).toBe('加速前沿技术成果产业化');
    expect(stripNumbering('3. 建立创新名优产品市场应用机制')).toBe('建立创新名优产品市场应用机制');
    expect(stripNumbering('专栏1 构建链主企业引培四项机制')).toBe('构建链主企业引培四项机制');
  });
  it('leaves text without numbering alone', () => {
    expect(stripNumbering('加快创新药物研发')).toBe('加快创新药物研发');
    expect(stripNumbering('2025年，太仓生物医药产业规模突破500亿元')).toBe('2025年，太仓生物医药产业规模突破500亿元');
  });
});

describe('clauseSummary', () => {
  it('prefers the heading, else the first sentence, shortened', () => {
    expect(clauseSummary('（二）发展目标', '…')).toBe('发展目标');
    expect(clauseSummary(null, '二是加速前沿技术成果产业化。对新取得药品注册批件…')).toBe('加速前沿技术成果产业化');
    expect(clauseSummary(null, '一二三四五六七八九十一二三四五六七八九十', 5)).toBe('一二三四五…');
  });
  it('falls back to the first sentence when the heading is only a number', () => {
    expect(clauseSummary('二是', '二是\n加大新药研发支持力度\n。鼓励企业')).toBe('加大新药研发支持力度');
  });
});

describe('excerpt', () => {
  it('cuts around the first keyword', () => {
    const e = excerpt('支持具有自主知识产权的取得医疗器械注册证的第二、三类医疗器械产品', ['医疗器械'], 4)!;
    expect(e).toEqual({ before: '…权的取得', match: '医疗器械', after: '注册证的…' });
  });
  it('prefers the longer keyword at the same place', () => {
    expect(excerpt('临床试验机构建设', ['临床试验', '临床试验机构'], 2)!.match).toBe('临床试验机构');
  });
  it('returns null when no keyword occurs', () => {
    expect(excerpt('人才', ['医疗器械'])).toBeNull();
  });
});

describe('rowTitle', () => {
  const row = (patch: Partial<Parameters<typeof rowTitle>[0]>) => ({
    id: 'row2',
    kind: 'row',
    parent: 'g1',
    order: 5,
    heading: null,
    ownText: '',
    text: '',
    label: '',
    cells: [],
    tableHeader: null,
    ...patch,
  });
  const header = ['序号', '重点工作', '具体内容', '责任单位'];
  it('takes the task cell, leaving out the serial number and the units', () => {
    expect(
      rowTitle(row({ cells: ['2', '加快创新药物研发', '鼓励企业研发……', '科技局、市场监管局'], tableHeader: header }), {
        id: 'row1',
      }),
    ).toBe('加快创新药物研发');
  });
  it('leaves out the merged group cell on the first row of a group', () => {
    expect(
      rowTitle(
        row({
          cells: ['1', '实施关键核心技术攻关计划', '加快原创性技术研究', '实施祖冲之攻关计划……', '科技局、工信局'],
          tableHeader: header,
        }),
        { id: 'g1' },
      ),
    ).toBe('加快原创性技术研究');
    expect(
      rowTitle(
        row({
          cells: ['一、链主引培工程', '1. 推行精准招商服务机制', '市工信局'],
          tableHeader: ['十大工程', '专栏任务', '牵头单位'],
        }),
        { id: 'g1' },
      ),
    ).toBe('推行精准招商服务机制');
  });
  it('keeps an indicator of a table without a units column', () => {
    expect(
      rowTitle(
        row({
          cells: ['科技型中小企业和高企数（家）', '77', '300'],
          tableHeader: ['类  型', '指标（单位）', '2021年', '2025年'],
        }),
        { id: 'row2' },
      ),
    ).toBe('科技型中小企业和高企数（家）');
  });
});
