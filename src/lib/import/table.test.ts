import { describe, expect, it } from 'vitest';
import { dropRepeatedHeaders, parseTable, TableError } from './table.ts';

describe('parseTable — one cell per line (Kunshan, Taicang, High-tech Zone)', () => {
  const kunshan = [
    '\t序号',
    '\t重点工作',
    '\t具体内容',
    '\t责任单位',
    '',
    '\t1',
    '\t实施关键核心',
    '技术攻关计划',
    '\t加快原创性技术研究',
    '\t实施靶向攻关计划，完善“揭榜挂帅”工作机制。',
    '\t科技局、工信局',
    '',
    '\t2',
    '\t',
    '\t加快创新药物研发',
    '\t鼓励企业开展研发。',
    '\t科技局、市场监管局',
  ];

  it('reads rows, joins broken cells and spans the header over the extra column', () => {
    const t = parseTable(kunshan);
    expect(t.columns).toBe(5);
    expect(t.header).toEqual([
      { text: '序号', colSpan: 1 },
      { text: '重点工作', colSpan: 1 },
      { text: '具体内容', colSpan: 2 },
      { text: '责任单位', colSpan: 1 },
    ]);
    expect(t.rows[0]!.cells).toEqual([
      '1',
      '实施关键核心技术攻关计划',
      '加快原创性技术研究',
      '实施靶向攻关计划，完善“揭榜挂帅”工作机制。',
      '科技局、工信局',
    ]);
    expect(t.rows[1]!.cells[1]).toBe('');
    expect(t.serialColumn).toBe(0);
    expect(t.groupColumn).toBe(1);
    expect(t.problems).toEqual([]);
  });

  it('keeps the * lead mark in a cell', () => {
    const t = parseTable([
      '\t序号',
      '\t主要任务',
      '\t责任单位',
      '',
      '\t1',
      '\t引进行业旗舰项目',
      '\t*招商中心、商务局',
    ]);
    expect(t.rows[0]!.cells[2]).toBe('*招商中心、商务局');
  });

  it('takes a column of figures for data, not for the 序号', () => {
    const t = parseTable([
      '\t指标（单位）',
      '\t2023年',
      '\t2025年',
      '',
      '\t产业营业收入（亿元）',
      '\t300',
      '\t500',
      '',
      '\t规上企业（家）',
      '\t60',
      '\t100',
    ]);
    expect(t.serialColumn).toBe(-1);
    expect(t.groupColumn).toBe(-1);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['产业营业收入（亿元）', '300', '500'],
      ['规上企业（家）', '60', '100'],
    ]);
  });

  it('reports a row cut short and keeps its cells in place', () => {
    const t = parseTable([
      '\t序号',
      '\t重点工作',
      '\t责任单位',
      '',
      '\t1',
      '\t实施攻关计划',
      '\t科技局',
      '',
      '\t2',
      '\t加快创新药物研发',
    ]);
    expect(t.rows[1]!.cells).toEqual(['2', '加快创新药物研发', '']);
    expect(t.serialColumn).toBe(0);
    expect(t.problems).toEqual([{ line: 8, message: expect.stringContaining('2 of 3 cells') }]);
  });
});

describe('parseTable — one row per line (Suzhou 任务分工表)', () => {
  const suzhou = [
    '十大工程\t专栏任务\t牵头单位',
    '一、链主企业培育工程\t1. 推行精准招商服务机制\t市工信局',
    '\t2. 完善梯度企业遴选机制\t市工信局\t',
    '十大工程\t专栏任务\t牵头单位',
    '\t二、技术攻坚工程\t1. 探索技术攻关揭榜挂帅制\t市科技局',
    '\t\t2. 建立基础领域产业化项目库\t市工信局',
  ];

  it('fits rows shifted by stray tabs and keeps the page-break header marked', () => {
    const t = parseTable(suzhou);
    expect(t.columns).toBe(3);
    expect(t.rows.map((r) => r.repeatHeader)).toEqual([false, false, true, false, false]);
    expect(t.rows[1]!.cells).toEqual(['', '2. 完善梯度企业遴选机制', '市工信局']);
    expect(t.rows[3]!.cells).toEqual(['二、技术攻坚工程', '1. 探索技术攻关揭榜挂帅制', '市科技局']);
    expect(t.rows[4]!.cells).toEqual(['', '2. 建立基础领域产业化项目库', '市工信局']);
    expect(t.groupColumn).toBe(0);
    expect(t.serialColumn).toBe(-1);
  });

  it('names the line of a table line that continues no cell', () => {
    const lines = [
      '重点工程\t主要任务\t牵头单位',
      '一、创新能力提升工程\t1. 新药研发支持\t科技局',
      '由科技局会同财政局组织实施',
    ];
    expect(() => parseTable(lines)).toThrow(TableError);
    try {
      parseTable(lines);
    } catch (error) {
      expect((error as TableError).line).toBe(2);
      expect((error as Error).message).toMatch(/continues no cell — start it with a tab/);
    }
  });

  it('needs a data row', () => {
    expect(() => parseTable(['序号\t名称'])).toThrow(/header row and at least one data row/);
  });
});

describe('dropRepeatedHeaders', () => {
  it('drops a header repeated inside its table, whatever its stray tabs, and keeps the first', () => {
    const text = [
      '标题',
      '',
      '工程\t任务\t单位',
      '一、甲\t1. 子\t局',
      '',
      '工程\t任务\t单位\t',
      '\t2. 丑\t局',
      '后文',
    ].join('\n');
    expect(dropRepeatedHeaders(text)).toBe(
      ['标题', '', '工程\t任务\t单位', '一、甲\t1. 子\t局', '', '\t2. 丑\t局', '后文'].join('\n'),
    );
  });

  it('keeps the header of a second table and rows that only resemble a header', () => {
    const text = ['工程\t任务', '甲\t乙', '中间的段落', '工程\t任务', '甲\t乙', '工程\t任务\t多一列'].join('\n');
    expect(dropRepeatedHeaders(text)).toBe(
      ['工程\t任务', '甲\t乙', '中间的段落', '工程\t任务', '甲\t乙', '工程\t任务\t多一列'].join('\n'),
    );
  });
});
