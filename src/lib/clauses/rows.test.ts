import { describe, expect, it } from 'vitest';
import { rowFacts } from './rows.ts';

describe('rowFacts', () => {
  it('Suzhou 任务分工表: the task cell numbers the row inside its group', () => {
    expect(
      rowFacts(['三、创新平台工程', '1. 加快国家生物药技术创新中心建设', '市科技局'], 8, '三、创新平台工程'),
    ).toEqual({
      serial: null,
      item: 1,
      name: '加快国家生物药技术创新中心建设',
    });
    expect(rowFacts(['5. 加快市医药服务平台建设', '市市场监管局'], 12, '三、创新平台工程')).toEqual({
      serial: null,
      item: 5,
      name: '加快市医药服务平台建设',
    });
    expect(rowFacts(['12．全角点', '局'], 3, null)).toEqual({ serial: null, item: 12, name: '全角点' });
  });

  it('Kunshan and the High-tech Zone: a 序号 cell, the name after it and the group cell', () => {
    expect(rowFacts(['2', '加快创新药物研发', '鼓励企业研发', '科技局'], 2, '实施关键核心技术攻关计划')).toEqual({
      serial: 2,
      item: null,
      name: '加快创新药物研发',
    });
    expect(
      rowFacts(['1', '实施关键核心技术攻关计划', '加快原创性技术研究', '科技局'], 1, '实施关键核心技术攻关计划'),
    ).toEqual({
      serial: 1,
      item: null,
      name: '加快原创性技术研究',
    });
    expect(rowFacts(['产业链（商务局）', '1', '引进行业旗舰项目', '*招商中心'], 1, '产业链（商务局）')).toMatchObject({
      serial: 1,
      name: '引进行业旗舰项目',
    });
  });

  it('Taicang: no number of its own; the indicator is the name', () => {
    expect(rowFacts(['总量指标', '生物医药产业营业收入（亿元）', '200', '500'], 1, '总量指标')).toEqual({
      serial: null,
      item: null,
      name: '生物医药产业营业收入（亿元）',
    });
    // A figure equal to the row's position is not a 序号 unless it is the row's number.
    expect(rowFacts(['企业总数（家）', '260', '500'], 2, '创新企业').serial).toBeNull();
  });

  it('has no name when every cell is a number or empty', () => {
    expect(rowFacts(['3', '', '7'], 3, null)).toEqual({ serial: 3, item: null, name: null });
  });
});
