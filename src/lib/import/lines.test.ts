import { describe, expect, it } from 'vitest';
import { continuesOnto, startsUnit, toBlocks } from './lines.ts';

describe('continuesOnto', () => {
  it('re-joins a sentence a page break cut (Suzhou: 强化共性技术 / 供给，提升核心竞争力)', () => {
    const a =
      '一是**加快关键领域核心技术攻关**。发挥苏州市生物医药产业创新中心等平台作用，组织企业、高校院所联合攻关，强化共性技术';
    expect(continuesOnto(a, '供给，提升核心竞争力。')).toBe(true);
  });

  it('joins after punctuation that cannot end a paragraph, however short', () => {
    expect(continuesOnto('支持企业、', '高校开展合作。')).toBe(true);
    expect(continuesOnto('依托《', '行动计划》开展工作。')).toBe(true);
  });

  it('never joins after a sentence or a heading', () => {
    expect(continuesOnto('本政策自印发之日起实施。', '无锡市人民政府')).toBe(false);
    expect(continuesOnto('一、总体要求', '（一）指导思想')).toBe(false);
    expect(continuesOnto('（一）指导思想', '坚持以习近平新时代中国特色社会主义思想为指导')).toBe(false);
    expect(continuesOnto('苏州高新区医疗器械及生物医药产业发展', '三年行动计划（2020-2022年）')).toBe(false);
  });

  it('never joins onto a numbered line, an annex or a table line', () => {
    const long =
      '围绕医疗器械及生物医药为主攻方向，瞄准行业领先的知名企业和创新能力突出的技术团队，实施精准招商和产业链';
    expect(continuesOnto(long, '（二）抢占全球技术创新高地')).toBe(false);
    expect(continuesOnto(long, '附件1')).toBe(false);
    expect(continuesOnto(long, '\t1')).toBe(false);
    expect(continuesOnto(long, '第二章 支持措施')).toBe(false);
  });

  it('leaves a complete title alone', () => {
    expect(continuesOnto('苏州市人民政府办公室关于印发苏州市生物医药产业发展规划的通知', '各市、区人民政府：')).toBe(
      false,
    );
  });
});

describe('startsUnit', () => {
  it.each([
    '一、总体要求',
    '（三）',
    '专栏2 企业梯度培育行动',
    '附件',
    '附件：任务分工表',
    '第三章 附则',
    '第五条 本办法自印发之日起施行。',
  ])('%s', (line) => expect(startsUnit(line)).toBe(true));
  it.each(['供给，提升核心竞争力。', '2025年，太仓生物医药产业规模突破500亿元。'])('%s', (line) =>
    expect(startsUnit(line)).toBe(false),
  );
});

describe('toBlocks', () => {
  it('joins split sentences, keeps paragraphs and cuts table regions', () => {
    const text = [
      '（一）加强统筹协调',
      '成立太仓市生物医药产业创新集群工作领导小组，由市委、市政府主要领导担任组长，加强对全市生物医药产业创新',
      '',
      '集群发展工作的统一组织和监督。',
      ' 附件1',
      '主要指标',
      '\t类  型',
      '\t指标（单位）',
      '',
      '\t产业规模',
      '\t营业收入（亿元）',
      '',
      '备注：表中数据为预期值。',
    ].join('\n');
    const blocks = toBlocks(text);
    expect(blocks.map((b) => b.type)).toEqual(['text', 'text', 'text', 'text', 'table', 'text']);
    expect(blocks[1]).toMatchObject({
      type: 'text',
      line: 2,
      text: expect.stringMatching(/产业创新集群发展工作的统一组织和监督。$/),
    });
    expect(blocks[4]).toMatchObject({ type: 'table', line: 7 });
    expect(blocks[5]).toMatchObject({ text: '备注：表中数据为预期值。', line: 13 });
  });

  it('joins a titled annex wrapped over lines', () => {
    const blocks = toBlocks(
      '附件：苏州市生物医药及健康产业强链\n补链三年行动计划任务分工表\n十大工程\t专栏任务\t牵头单位',
    );
    expect(blocks[0]).toMatchObject({
      type: 'text',
      text: '附件：苏州市生物医药及健康产业强链补链三年行动计划任务分工表',
    });
    expect(blocks[1]?.type).toBe('table');
  });

  it('keeps a lone tab as a table cell, not a blank', () => {
    const blocks = toBlocks('\t序号\n\t名称\n\n\t1\n\t\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ type: 'table', lines: ['\t序号', '\t名称', '', '\t1', '\t'] });
  });

  it('reads a tab after a number (Word list numbering saved as text) as text, not a table', () => {
    const blocks = toBlocks('一、\t支持研发\n（一）\t对新药给予奖励。\n1.\t一类新药。\n序号\t任务\n1\t建设平台\n');
    expect(blocks.map((b) => b.type)).toEqual(['text', 'text', 'text', 'table']);
    expect(blocks[0]).toMatchObject({ text: '一、\t支持研发' });
  });

  it('strips a byte-order mark and reads CRLF', () => {
    expect(toBlocks('\uFEFF一、总体要求\r\n（一）指导思想\r\n').map((b) => (b.type === 'text' ? b.text : ''))).toEqual([
      '一、总体要求',
      '（一）指导思想',
    ]);
  });
});
