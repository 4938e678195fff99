/**
 * The clause trees of the five published texts: the facts their numbering defines, which the
 * clause IDs (docs/ids.md) must keep.
 */
import { describe, expect, it } from 'vitest';
import { flattenClauses, parsePolicy, wrappedPlanStart, type ParaNode, type TableNode } from './parse.ts';
import { toBlocks } from './lines.ts';
import { clause, ids, readSource } from './test-support.ts';

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const tableOf = (children: { type: string }[]) => children.find((c) => c.type === 'table') as TableNode;
const groupSizes = (t: TableNode) => t.groups.map((g) => g.rows.filter((i) => !t.table.rows[i]!.repeatHeader).length);

describe('Wuxi: （n） running on across sections', () => {
  const doc = parsePolicy(readSource('wuxi-biomed-policy-opinions'));
  const all = ids(doc);

  it('numbers its 30 （n） clauses as written, under 5 sections', () => {
    const items = flattenClauses(doc).filter((c) => c.kind === 'item');
    expect(items).toHaveLength(30);
    expect(items[0]!.id).toBe('s1-c1');
    expect(items[29]!.id).toBe('s5-c30');
    expect(all).toEqual(expect.arrayContaining(['s2-c4', 's3-c8', 's4-c15', 's4-c18', 's5-c21']));
    expect(
      flattenClauses(doc)
        .filter((c) => c.kind === 'section')
        .map((c) => c.id),
    ).toEqual(range('s', 1, 5));
    const sectionOf = (n: number) => items.find((c) => c.id.endsWith(`-c${n}`))!.parent;
    expect([1, 4, 8, 15, 21].map(sectionOf)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('is cited as running numbering', () => {
    expect(doc.numbering).toBe('running');
    expect(doc.warnings).toEqual([]);
  });

  it('has the points 1.–6. under （三）', () => {
    expect(
      flattenClauses(doc)
        .filter((c) => c.parent === 's1-c3')
        .map((c) => c.id),
    ).toEqual(range('s1-c3-i', 1, 6));
  });

  it('keeps the preamble and the closing paragraphs outside the sections', () => {
    expect(all.filter((id) => id.startsWith('p'))).toEqual(range('p', 1, 6));
    expect((clause(doc, 'p5').children[0] as ParaNode).text).toMatch(/^本政策扶持资金的支持对象/);
    expect((clause(doc, 'p6').children[0] as ParaNode).text).toBe('无锡市人民政府');
  });
});

describe('Kunshan: the work list is one table', () => {
  const doc = parsePolicy(readSource('kunshan-nucleic-acid-cluster-worklist'));
  const table = tableOf(doc.children);

  it('numbers its 22 rows by their 序号 in 6 groups', () => {
    expect(table.rowIds).toEqual(range('row', 1, 22));
    expect(table.groups.map((g) => g.id)).toEqual(range('g', 1, 6));
    expect(groupSizes(table)).toEqual([4, 3, 5, 3, 3, 4]);
    expect(ids(doc).slice(0, 3)).toEqual(['p1', 'p2', 'g1']);
  });

  it('is no annex: its 附件 line only labels the document', () => {
    expect(ids(doc).some((id) => id.startsWith('annex'))).toBe(false);
    expect((clause(doc, 'p1').children[0] as ParaNode).text).toBe('附件');
  });

  it('spans the 具体内容 header over its two columns', () => {
    expect(table.table.header.map((h) => [h.text, h.colSpan])).toEqual([
      ['序号', 1],
      ['重点工作', 1],
      ['具体内容', 2],
      ['责任单位', 1],
    ]);
    expect(table.table.columns).toBe(5);
  });
});

describe('High-tech Zone: notice, 1–11 running on, runs and an annex table', () => {
  const source = readSource('suzhou-snd-meddevice-biomed-2020-2022');
  const doc = parsePolicy(source);
  const flat = flattenClauses(doc);

  it('runs its points 1–11 on across （一）（二）（三）', () => {
    const parentOf = (n: number) =>
      flat.find((c) => c.kind === 'point' && c.id.startsWith('s3-') && c.id.endsWith(`-i${n}`))?.parent;
    expect(range('', 1, 11).map((n) => parentOf(Number(n)))).toEqual([
      's3-c1',
      's3-c1',
      's3-c1',
      's3-c1',
      's3-c2',
      's3-c2',
      's3-c2',
      's3-c2',
      's3-c3',
      's3-c3',
      's3-c3',
    ]);
    expect(clause(doc, 's3-c2-i5').heading).toBeNull();
    expect((clause(doc, 's3-c2-i5').children[0] as ParaNode).text).toMatch(/^5．创新成果转化。/);
  });

  it('finds the runs 一是–四是 of 5．创新成果转化', () => {
    expect(flat.filter((c) => c.kind === 'run' && c.id.startsWith('s3-c2-i5-')).map((c) => c.id)).toEqual(
      range('s3-c2-i5-r', 1, 4),
    );
  });

  it('numbers the annex table 1–38 in 6 groups and keeps the * lead marks', () => {
    const table = tableOf(clause(doc, 'annex1').children);
    expect(table.rowIds).toEqual(range('annex1-row', 1, 38));
    expect(table.groups.map((g) => g.id)).toEqual(range('annex1-g', 1, 6));
    expect(table.table.rows[0]!.cells[3]).toMatch(/^\*招商中心/);
    expect(table.table.rows.every((r) => r.cells[3]!.startsWith('*'))).toBe(true);
    expect(table.table.serialColumn).toBe(1);
  });

  it('treats the notice before the plan title as paragraphs', () => {
    const blocks = toBlocks(source);
    const start = wrappedPlanStart(blocks);
    expect(blocks[start]).toMatchObject({ type: 'text', text: '苏州高新区医疗器械及生物医药产业发展' });
    expect(ids(doc).slice(0, 9)).toEqual(range('p', 1, 9));
    expect(doc.warnings).toEqual([]);
  });
});

describe('Suzhou city: 专栏, runs, and the 任务分工表 annex', () => {
  const doc = parsePolicy(readSource('suzhou-biomed-chain-2021-2023'));
  const flat = flattenClauses(doc);

  it('has 10 专栏 with their items', () => {
    expect(flat.filter((c) => c.kind === 'box').map((c) => c.id)).toEqual(range('box', 1, 10));
    const itemsOf = (box: string) => flat.filter((c) => c.parent === box).map((c) => c.id);
    expect(itemsOf('box3')).toEqual(range('box3-', 1, 9));
    expect(itemsOf('box1')).toEqual(range('box1-', 1, 4));
    expect(flat.filter((c) => c.kind === 'boxItem')).toHaveLength(38);
    expect(flat.find((c) => c.id === 'box3')!.parent).toBe('s3-c3');
  });

  it('finds the runs of （一） and the points of 四、', () => {
    expect(flat.filter((c) => c.parent === 's3-c1' && c.kind === 'run').map((c) => c.id)).toEqual(
      range('s3-c1-r', 1, 5),
    );
    expect(flat.filter((c) => c.parent === 's4').map((c) => c.id)).toEqual(['s4-i1', 's4-i2']);
  });

  it('re-joins paragraphs a page break split', () => {
    const paras = clause(doc, 's1-c1').children.filter((c): c is ParaNode => c.type === 'para');
    expect(paras.some((p) => p.text.includes('强化共性技术供给，提升核心竞争力'))).toBe(true);
  });

  it('reads the 任务分工表 as annex1: 10 groups, 38 rows, page-break headers kept but not counted', () => {
    const table = tableOf(clause(doc, 'annex1').children);
    expect(table.groups.map((g) => g.id)).toEqual(range('annex1-g', 1, 10));
    expect(table.rowIds.filter(Boolean)).toEqual(range('annex1-row', 1, 38));
    const repeated = table.table.rows.filter((r) => r.repeatHeader);
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.every((r) => r.cells.join('|') === '十大工程|专栏任务|牵头单位')).toBe(true);
    expect(table.rowIds.filter((id) => id === null)).toHaveLength(repeated.length);
  });
});

describe('Suzhou: page breaks inside runs and the closing paragraphs of 四、', () => {
  const doc = parsePolicy(readSource('suzhou-biomed-chain-2021-2023'));
  const paras = (id: string) => clause(doc, id).children.filter((c): c is ParaNode => c.type === 'para');

  it('joins the paragraph a page break split off 三、（七）二是 to it, so the run holds its text', () => {
    const [first, ...rest] = paras('s3-c7');
    expect(first!.runs.map((r) => r.id)).toEqual(['s3-c7-r1', 's3-c7-r2', 's3-c7-r3']);
    const r2 = first!.text.slice(first!.runs[1]!.index, first!.runs[2]!.index);
    expect(r2).toMatch(/^二是加快集聚产业支撑人才。持续扩大生物医药及健康产业紧缺人才覆盖面，提高薪酬补贴额度/);
    expect(r2).toMatch(/与高校院所联合培养博士后。$/);
    // The next paragraph is the 责任单位 line, not the rest of the run.
    expect(rest[0]!.text).toMatch(/^（责任单位：市人才办/);
  });

  it('puts the paragraphs about the whole text after 四、1. and 2. under 四、, not under 2.', () => {
    expect(paras('s4-i2').map((p) => p.text.slice(0, 12))).toEqual(['2. 支持产业化上下游联']);
    expect(paras('s4').map((p) => p.text.slice(0, 6))).toEqual(['进一步落实《', '本文件中涉及', '成立打造苏州']);
    expect(clause(doc, 's4').children.map((c) => (c.type === 'clause' ? c.id : c.type))).toEqual([
      'para',
      's4-i1',
      's4-i2',
      'para',
      'para',
    ]);
  });

  it('joins only when the run is its lead sentence alone and the next paragraph carries the sequence on', () => {
    const text = (body: string) => parsePolicy(`一、标题\n\n（一）小节\n\n${body}`);
    const joined = text('一是甲。正文。二是乙。\n\n续写正文。三是丙。正文。');
    expect(clause(joined, 's1-c1').children).toHaveLength(1);
    // 二是 has text of its own after its lead sentence: the next paragraph is not its continuation.
    const own = text('一是甲。正文。二是乙。正文。\n\n另一段。三是丙。正文。');
    expect(clause(own, 's1-c1').children).toHaveLength(2);
    // The next paragraph starts a run itself.
    const starts = text('一是甲。正文。二是乙。\n\n三是丙。正文。');
    expect(clause(starts, 's1-c1').children).toHaveLength(2);
    // No run follows: nothing says the paragraph belongs to 二是.
    const none = text('一是甲。正文。二是乙。\n\n另一段正文。');
    expect(clause(none, 's1-c1').children).toHaveLength(2);
  });
});

describe('Taicang: title over two lines, indicator table in 附件1', () => {
  const doc = parsePolicy(readSource('taicang-biomed-cluster-2025'));

  it('keeps both title lines as the first paragraphs', () => {
    expect((clause(doc, 'p1').children[0] as ParaNode).text).toBe('太仓市推进生物医药产业创新集群发展');
    expect((clause(doc, 'p2').children[0] as ParaNode).text).toBe('2025行动计划');
  });

  it('numbers the 附件1 indicator rows 1–13 in 6 groups', () => {
    const table = tableOf(clause(doc, 'annex1').children);
    expect(table.rowIds).toEqual(range('annex1-row', 1, 13));
    expect(table.groups.map((g) => g.id)).toEqual(range('annex1-g', 1, 6));
    expect(table.table.header.map((h) => h.text)).toEqual(['类  型', '指标（单位）', '2021年', '2025年']);
    expect(table.table.serialColumn).toBe(-1);
  });

  it('is nested: （一） restarts under each section', () => {
    expect(doc.numbering).toBe('nested');
    expect(ids(doc)).toEqual(expect.arrayContaining(['s1-c1', 's2-c1', 's3-c1', 's2-c5-i5']));
  });
});
