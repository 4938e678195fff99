import { describe, expect, it } from 'vitest';
import { columnLabels, escapeMdx, inlineMdx, toMdxBody } from './mdx.ts';
import { parsePolicy } from './parse.ts';
import { renderedText } from './test-support.ts';

/** Text that would be Markdown or JSX syntax if written as is. */
const HOSTILE = [
  '1. 这不是列表',
  '2) 也不是',
  '- 不是项目符号',
  '+ 也不是',
  '= 不是标题下划线',
  '# 不是标题',
  '对<3类>产品给予{支持}，比例为10%~20%*',
  'A_B_C 与 `代码` 与 [链接](x) 与 ~删除~ 与 | 表格 |',
  '反斜杠 \\ 与 & 与 &amp; 与 &#x4e00;',
  '“江苏省+无锡市”自然科学联合基金（CDE）',
  '*一是* _二是_ **三是**',
  // GFM would make links of these, keeping the backslash of zcfg\_1 in the link text.
  '申报指南见网站(http://kjj.changzhou.gov.cn/col/zcfg_1.html),https://a.gov.cn/x_y?a=1&b=2',
  '邮箱:kjj_cyc@changzhou.gov.cn,或登录www.jszwfw.gov.cn/ap_ply,或WWW.EXAMPLE.CN/a_b',
  '研发投入强度>5%且营业收入<2亿元,电话:0519-85681234',
];

describe('escapeMdx', () => {
  it.each(HOSTILE)('renders back to the same characters: %s', (text) => {
    expect(renderedText(`${escapeMdx(text)}\n`)).toBe(text);
  });

  it('escapes only ASCII punctuation, so Chinese text stays readable', () => {
    expect(escapeMdx('对已在国内开展I、II、III期临床试验的1类化学药')).toBe(
      '对已在国内开展I、II、III期临床试验的1类化学药',
    );
  });
});

describe('inlineMdx', () => {
  it('turns **bold** into <strong> and escapes the rest', () => {
    expect(inlineMdx('一是**加快关键领域核心技术攻关**。')).toBe('一是<strong>加快关键领域核心技术攻关</strong>。');
    expect(renderedText(`${inlineMdx('一是**加快<关键>领域**。比例*10%*')}\n`)).toBe('一是加快<关键>领域。比例*10%*');
  });
});

describe('toMdxBody', () => {
  it('wraps clauses, runs, groups and rows in their components', () => {
    const body = toMdxBody(
      parsePolicy(
        [
          '一、重点任务',
          '（一）强化创新。一是建设平台。二是集聚人才。',
          '附件',
          '任务表',
          '\t序号',
          '\t类别',
          '\t任务',
          '',
          '\t1',
          '\t创新',
          '\t建设平台',
          '',
          '\t2',
          '\t',
          '\t集聚人才',
        ].join('\n'),
      ).children,
    );
    expect(body).toContain('<Clause id="s1-c1">');
    expect(body).toContain('<Run id="s1-c1-r2">二是集聚人才。</Run>');
    expect(body).toContain('<Group id="annex1-g1">');
    expect(body).toContain('<Row id="annex1-row2">');
    expect(body).toContain('<th scope="rowgroup" rowSpan={2}>创新</th>');
    expect(body.endsWith('\n')).toBe(true);
  });
});

describe('columnLabels', () => {
  it('labels each column by its header, the first of a spanned header only', () => {
    expect(
      columnLabels([
        { text: '序号', colSpan: 1 },
        { text: '重点工作', colSpan: 1 },
        { text: '具体内容', colSpan: 2 },
        { text: '责任单位', colSpan: 1 },
      ]),
    ).toEqual(['序号', '重点工作', '具体内容', '', '责任单位']);
  });

  it('drops whitespace and bold marks, and leaves out what cannot be an attribute value', () => {
    expect(
      columnLabels([
        { text: '类  型', colSpan: 1 },
        { text: '**指标**', colSpan: 1 },
        { text: 'a"b', colSpan: 1 },
        { text: '{x}', colSpan: 1 },
        { text: '', colSpan: 1 },
      ]),
    ).toEqual(['类型', '指标', '', '', '']);
  });
});
