/**
 * The importer on texts of each structure of the family (tests/fixtures/import/): clause tree and
 * IDs, agreement of the MDX with the parser, fidelity to the text, drafts, warnings and errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mdxToHast } from 'satteri';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLAUSE_COMPONENTS, extractClauses } from '../clauses/extract.ts';
import { clauseLabel } from '../clauses/ids.ts';
import { regionChain, type RegionEntry } from '../model.ts';
import { regionRefs, responsibleUnits, tableUnits, type DepartmentEntry } from '../responsible-units.ts';
import { guessRegion } from './frontmatter.ts';
import { draftMetadata } from './metadata.ts';
import { draftData } from './drafts.ts';
import { toMdxBody } from './mdx.ts';
import { flattenClauses, ImportError, parsePolicy } from './parse.ts';
import { bare, clause, ids, readFixture, renderedText, ROOT } from './test-support.ts';

const vocab = <T>(name: string): T => parse(readFileSync(resolve(ROOT, 'src/content/vocab', name), 'utf8')) as T;
const regions = vocab<RegionEntry[]>('regions.yaml');
const departments = vocab<DepartmentEntry[]>('departments.yaml');

function imported(name: string, region: string | null = null) {
  const doc = parsePolicy(readFixture(name));
  const body = toMdxBody(doc.children);
  const extracted = extractClauses(body);
  const drafts = draftData(extracted, {
    regions: region ? regionRefs(regionChain(region, regions), regions) : [],
    departments,
    periodEnd: null,
  });
  return { doc, body, extracted, drafts };
}

const WELL_FORMED: [string, string[], 'nested' | 'running'][] = [
  [
    'articles',
    ['p1', 'p2', 'a1', 'a2', 'p3', 'a3', 'a4', 'a4-c1', 'a4-c2', 'a4-c2-i1', 'a4-c2-i2', 'a5', 'p4', 'a6', 'p5', 'p6'],
    'nested',
  ],
  [
    'ascii-parens',
    ['p1', 'p2', 's1', 's1-c1', 's1-c2', 's1-c2-n1', 's1-c2-n2', 's2', 's2-c1', 's2-c2', 's3'],
    'nested',
  ],
  ['running', ['p1', 's1', 's1-c1', 's1-c2', 's2', 's2-c3', 's2-c4', 's3', 's3-c5', 'p2', 'p3'], 'running'],
  [
    'boxes',
    [
      'p1',
      's1',
      's2',
      's2-c1',
      's2-c1-r1',
      's2-c1-r2',
      'box1',
      'box1-1',
      'box1-2',
      's2-c2',
      'box2',
      'box2-1',
      'box2-2',
      'box2-3',
      's3',
      's3-c1',
    ],
    'nested',
  ],
  [
    'annex-table',
    [
      'p1',
      's1',
      's2',
      'annex1',
      'annex1-g1',
      'annex1-row1',
      'annex1-row2',
      'annex1-g2',
      'annex1-row3',
      'annex2',
      'annex2-row1',
      'annex2-row2',
    ],
    'nested',
  ],
  ['runs', ['p1', 's1', 's2', 's2-c1', 's2-c1-r1', 's2-c1-r2', 's2-c1-r3', 's2-c2'], 'nested'],
  [
    'notice',
    [
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
      'p11',
      'p12',
      's1',
      's2',
      's2-c1',
      's2-c2',
      'annex1',
      'annex1-g1',
      'annex1-row1',
      'annex1-row2',
      'annex1-g2',
      'annex1-row3',
    ],
    'nested',
  ],
  [
    'changzhou-ascii',
    [
      'p1',
      'p2',
      's1',
      's1-c1',
      's1-c2',
      's1-c3',
      's2',
      's2-c1',
      's2-c2',
      's2-c2-i1',
      's2-c2-i2',
      's2-c2-i3',
      's3',
      's3-c1',
      's3-c2',
      's4',
      'p3',
      'p4',
    ],
    'nested',
  ],
  ['no-title-kunshan', ['p1', 's1', 's1-c1', 's1-c2', 's2', 's2-c1', 's2-c2', 's3', 'p2', 'p3'], 'nested'],
  [
    'articles-changshu',
    [
      'p1',
      'p2',
      'a1',
      'a2',
      'p3',
      'a3',
      'a3-i1',
      'a3-i2',
      'a3-i3',
      'a4',
      'a4-i1',
      'a4-i2',
      'a5',
      'p4',
      'a6',
      'a7',
      'p5',
      'p6',
    ],
    'nested',
  ],
  [
    'notice-jiangyin',
    [
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
      's1',
      's2',
      's2-c1',
      's2-c2',
      's3',
      'annex1',
      'annex1-row1',
      'annex1-row2',
      'annex1-row3',
    ],
    'nested',
  ],
  [
    'wuxi-fullwidth',
    ['p1', 's1', 's1-c1', 's1-c2', 's1-c2-n1', 's1-c2-n2', 's2', 's2-i1', 's2-i2', 's3', 'p2', 'p3'],
    'nested',
  ],
  ['worklist-suzhou', ['p1', 's1', 's1-i1', 's1-i2', 's2', 's2-i1', 's2-i2'], 'nested'],
  ['truncated', ['p1', 's1', 's3', 's3-c1', 's3-c2'], 'nested'],
  ['truncated-table', ['p1', 'row1', 'row2'], 'nested'],
];

describe.each(WELL_FORMED)('fixture %s', (name, expected, numbering) => {
  const { doc, body, extracted } = imported(name);

  it('has the expected clause tree and IDs', () => {
    expect(ids(doc)).toEqual(expected);
    expect(doc.numbering).toBe(numbering);
  });

  it('renders to MDX whose clauses are the parser’s', () => {
    expect(extracted.map((c) => ({ id: c.id, kind: c.kind, parent: c.parent }))).toEqual(flattenClauses(doc));
  });

  it('keeps every character of the text', () => {
    expect(bare(renderedText(body))).toBe(bare(readFixture(name)));
  });
});

describe('structures', () => {
  it('第X条: chapters are headed paragraphs, articles hold （一） and 1.', () => {
    const { doc, extracted } = imported('articles');
    expect(clause(doc, 'p2')).toMatchObject({ heading: '第一章 总则', level: 2, children: [] });
    expect(clause(doc, 'a3').heading).toBe('第三条 支持创新药研发');
    expect(clause(doc, 'a4').level).toBe(3);
    const { body } = imported('articles');
    expect(body).toContain('<Heading level={2}>第一章 总则</Heading>');
    expect(body).toContain('<Heading level={3}>第三条 支持创新药研发</Heading>');
    expect(extracted.find((c) => c.id === 'a4-c2-i2')).toMatchObject({ parent: 'a4-c2', text: '2.省级企业技术中心。' });
    expect(extracted.find((c) => c.id === 'p5')?.text).toBe('无锡市人民政府');
    expect(clauseLabel('a4-c2-i2')).toBe('第四条（二）第2项');
  });

  it('ASCII parentheses: (一) items and (1) subpoints', () => {
    const { extracted } = imported('ascii-parens');
    expect(extracted.find((c) => c.id === 's1-c2-n2')?.text).toBe('(2)无源医疗器械，每个产品最高30万元。');
    // 三、附则 holds the closing provision that follows it directly.
    expect(extracted.find((c) => c.id === 's3')?.text).toMatch(/^三、附则\s*本措施自印发之日起施行。$/);
  });

  it('runs: 一是 continues across paragraphs, 统一是 and a lone 一是 are no runs, bold marks are kept', () => {
    const { doc, body } = imported('runs');
    expect(ids(doc).filter((id) => id.startsWith('s2-c2'))).toEqual(['s2-c2']);
    expect(body).toContain('<Run id="s2-c1-r1">一是<strong>建设高水平研发平台</strong>。支持企业建设研发中心。</Run>');
    expect(body).toContain('<Run id="s2-c1-r3">三是深化产学研合作。');
  });

  it('notice: the notice’s own 一、二、 are paragraphs, the plan keeps s1, s2', () => {
    const { doc, body } = imported('notice');
    expect(clause(doc, 'p6').children[0]).toMatchObject({ text: expect.stringMatching(/^一、提高思想认识。/) });
    expect(clause(doc, 's1').heading).toBe('一、发展目标');
    // The annex table's header, repeated after a page break, is not rendered as a row.
    expect(body.match(/重点工程/g)).toHaveLength(1);
    expect(body).not.toContain('repeat-head');
  });

  it('annex tables: groups, serials, a broken cell and a year-column indicator table', () => {
    const { extracted } = imported('annex-table');
    expect(extracted.find((c) => c.id === 'annex1-row3')?.cells).toEqual([
      '3',
      '创新研发',
      '支持企业建设研发机构，开展关键核心技术攻关',
      '*科技局、工信局',
    ]);
    expect(extracted.find((c) => c.id === 'annex2-row2')?.cells).toEqual(['规上企业（家）', '60', '100']);
  });
});

describe('warnings for partial texts', () => {
  it('names a numbering gap, a missing annex and a text ending mid-sentence', () => {
    const { doc } = imported('truncated');
    expect(doc.warnings).toEqual([
      expect.stringMatching(/^line 5: section 3 follows 1 under the document — the numbering has a gap/),
      expect.stringMatching(/^line 6: the text refers to 附件2, but no annex 2 follows/),
      expect.stringMatching(/^line 7: the text ends mid-sentence \("…00万元资助，对新取得的"\)/),
    ]);
  });

  it('names a table row with missing cells and still imports the row', () => {
    const { doc } = imported('truncated-table');
    expect(doc.warnings).toEqual([
      expect.stringMatching(/^line 10: a table row has 2 of 3 cells — the text may be cut here/),
    ]);
  });

  it('has nothing to say about complete texts', () => {
    for (const [name] of WELL_FORMED.filter(([n]) => !n.startsWith('truncated')))
      expect([name, imported(name).doc.warnings]).toEqual([name, []]);
  });
});

describe('malformed texts fail with the line and the fix', () => {
  const failure = (name: string) => {
    try {
      parsePolicy(readFixture(name));
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    }
    throw new Error(`${name} imported without an error`);
  };

  it('a duplicated number', () => {
    expect(failure('malformed-duplicate')).toMatch(
      /^line 6: （二） under s1 repeats — clause ID "s1-c2" is already used by line 5\. .*correct the number in the source text/,
    );
  });

  it('a table line that continues no cell', () => {
    expect(failure('malformed-table')).toMatch(
      /^line 9: table line "由科技局会同财政局组织实施" continues no cell — start it with a tab .* or end the table with a blank line/,
    );
  });
});

describe('a fixture policy built into a page', () => {
  type Node = { type: string; name?: string; attributes?: { name: string; value?: unknown }[]; children?: Node[] };
  const elements = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(elements)];

  it.each(WELL_FORMED.map(([name]) => name))('%s: every clause element carries its ID', (name) => {
    const { doc, body } = imported(name);
    const clauseElements = elements(mdxToHast(body) as unknown as Node).filter(
      (n) => n.type.startsWith('mdxJsx') && CLAUSE_COMPONENTS.has(n.name ?? ''),
    );
    const idsOnPage = clauseElements.map((n) => n.attributes?.find((a) => a.name === 'id')?.value);
    expect(idsOnPage.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(idsOnPage).toEqual(ids(doc));
  });
});

describe('drafts from the fixtures', () => {
  it('finds tiers, the annual cap and the departments of a 第X条 text', () => {
    const { drafts } = imported('articles', 'wuxi');
    expect(drafts.subsidies.find((s) => s.clause === 'a3')).toMatchObject({
      kind: '资助',
      amountsWan: [300, 500, 1000],
      maxAmountWan: 1000,
      annualCapWan: 2000,
      departments: ['wuxi-kjj'],
    });
    expect(drafts.subsidies.find((s) => s.clause === 'a5')).toMatchObject({ kind: '一事一议', maxAmountWan: null });
    expect(drafts.departments).toEqual([{ text: '市文旅局', region: 'wuxi', clauses: ['a5'] }]);
  });

  it('finds rates with their base and leaves conditions out', () => {
    const { drafts } = imported('running', 'wuxi');
    expect(drafts.subsidies.find((s) => s.clause === 's2-c4')).toMatchObject({
      kind: '补助',
      maxAmountWan: 1000,
      ratePct: 10,
      rateBase: '设备投资额',
    });
    expect(drafts.subsidies.find((s) => s.clause === 's2-c3')).toMatchObject({ kind: '奖励', amountsWan: [200] });
    const ascii = imported('ascii-parens').drafts;
    expect(ascii.subsidies.find((s) => s.clause === 's2-c1')).toMatchObject({
      kind: '补贴',
      ratePct: 30,
      rateBase: '临床试验费用',
      annualCapWan: 500,
    });
  });

  it('finds targets in the text and in a table with year columns', () => {
    expect(imported('boxes').drafts.targets).toEqual([
      expect.objectContaining({
        clause: 's1',
        indicator: '全市医疗器械产业规模',
        comparator: '突破',
        targetYear: 2026,
        targetValue: 1500,
        unit: '亿元',
      }),
      expect.objectContaining({
        clause: 's1',
        indicator: '规上企业',
        comparator: '超过',
        targetYear: 2026,
        targetValue: 300,
        unit: '家',
      }),
    ]);
    expect(imported('annex-table').drafts.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          clause: 'annex2-row1',
          indicator: '产业营业收入',
          unit: '亿元',
          baselineYear: 2023,
          baselineValue: 300,
          targetYear: 2025,
          targetValue: 500,
        }),
        expect.objectContaining({
          clause: 'annex2-row2',
          indicator: '规上企业',
          unit: '家',
          baselineValue: 60,
          targetValue: 100,
        }),
      ]),
    );
  });

  it('lists every unit of an unknown region as a proposed department', () => {
    const { drafts } = imported('notice');
    expect(drafts.departments.map((d) => d.text)).toEqual(['科技局', '经发委', '行政审批局']);
    expect(drafts.departments[0]!.clauses).toEqual(['s2-c1', 'annex1-row1']);
  });
});

/**
 * Texts as other cities publish them (tests/fixtures/import/): ASCII punctuation throughout, a
 * text without a title line, a 第X条 text with 1、 and 1． points, a notice around a plan with a
 * 牵头单位 / 配合单位 table, full-width digits, a work list with notes on lines of their own.
 */
describe('real-world styles', () => {
  const units = (name: string) =>
    imported(name)
      .extracted.flatMap((c) => [...responsibleUnits(c.ownText), ...tableUnits(c.tableHeader, c.cells)])
      .map((u) => u.text);
  const NEW_STYLES = [
    'changzhou-ascii',
    'no-title-kunshan',
    'articles-changshu',
    'notice-jiangyin',
    'wuxi-fullwidth',
    'worklist-suzhou',
  ];

  it.each(NEW_STYLES)('%s: no role label or punctuation is ever taken for a unit', (name) => {
    const found = units(name);
    expect(found.length).toBeGreaterThan(0);
    const depth = (u: string) => [...u].reduce((d, c) => d + ('（('.includes(c) ? 1 : '）)'.includes(c) ? -1 : 0), 0);
    for (const u of found) {
      expect(u).not.toMatch(/单位|部门|[:：;；,，]|^[（(、]|、$/);
      expect([u, depth(u)]).toEqual([u, 0]);
    }
  });

  it('ASCII punctuation: (一) items, 1. points, "责任单位:…;配合单位:…" notes, 1,000 amounts', () => {
    const { doc, drafts } = imported('changzhou-ascii');
    expect(clause(doc, 's1-c1').children[0]).toMatchObject({
      text: expect.stringMatching(/^\(一\)支持创新药临床研究。/),
    });
    expect(units('changzhou-ascii').slice(0, 6)).toEqual([
      '市科技局',
      '市发改委',
      '市财政局',
      '市市场监管局',
      '市工信局',
      '市医保局',
    ]);
    expect(units('changzhou-ascii')).toContain('各辖市、区人民政府');
    expect(drafts.subsidies.find((s) => s.clause === 's1-c1')).toMatchObject({
      amountsWan: [300, 600, 1000],
      maxAmountWan: 1000,
      annualCapWan: 3000,
    });
    expect(drafts.subsidies.find((s) => s.clause === 's1-c3')).toMatchObject({ ratePct: 20, rateBase: '研发投入' });
    expect(draftMetadata(readFixture('changzhou-ascii'))).toMatchObject({
      title: '常州市促进生物医药产业高质量发展若干政策措施',
      kind: '政策措施',
      issuers: ['常州市人民政府'],
      dateWritten: '2024-06-18',
      validUntil: '2026-12-31',
    });
  });

  it('no title line: no title is invented; the kind is the one the text calls itself, the region its signature’s', () => {
    const meta = draftMetadata(readFixture('no-title-kunshan'));
    expect(meta).toMatchObject({
      title: null,
      kind: '措施',
      issuers: ['昆山市人民政府办公室'],
      dateWritten: '2025-03-05',
    });
    expect(guessRegion(meta.issuers, regions)).toBe('kunshan');
    // 市科技局 in a text of 昆山市 is the 科技局 of its other text.
    const { drafts } = imported('no-title-kunshan', 'kunshan');
    expect(drafts.subsidies.find((s) => s.clause === 's1-c1')?.departments).toEqual(['kunshan-kjj', 'kunshan-scjgj']);
    expect(drafts.departments.map((d) => d.text)).toEqual(['市医保局']);
  });

  it('第X条 with 1、 and 1． points, full-width ％ and a date in Chinese numerals', () => {
    const { doc, drafts } = imported('articles-changshu');
    expect(clause(doc, 'a3-i1').children[0]).toMatchObject({ text: expect.stringMatching(/^1、完成I期临床试验/) });
    expect(clause(doc, 'a4-i2').children[0]).toMatchObject({
      text: expect.stringMatching(/^2．设备投资额5000万元以上/),
    });
    expect(drafts.subsidies.find((s) => s.clause === 'a4-i2')).toMatchObject({ ratePct: 15, maxAmountWan: 800 });
    expect(draftMetadata(readFixture('articles-changshu'))).toMatchObject({
      title: '常熟市生物医药产业发展扶持办法',
      kind: '办法',
      dateWritten: '2024-09-30',
      validUntil: '2027-09-30',
      issuers: ['常熟市人民政府'],
    });
    expect(units('articles-changshu')).toEqual([
      '市科技局',
      '市财政局',
      '市市场监管局',
      '市工信局',
      '市发改委',
      '市财政局',
      '市委人才办',
      '市人社局',
    ]);
  });

  it('a notice around a plan: its title with the period on its own line, and 牵头 / 配合 columns', () => {
    const meta = draftMetadata(readFixture('notice-jiangyin'));
    expect(meta).toMatchObject({
      title: '江阴市生物医药产业创新发展三年行动方案(2024-2026年)',
      period: { start: 2024, end: 2026 },
      docNumber: '澄政发〔2024〕21号',
      issuers: ['江阴市人民政府'],
      dateWritten: '2024-05-08',
    });
    const row = imported('notice-jiangyin').extracted.find((c) => c.id === 'annex1-row2')!;
    expect(tableUnits(row.tableHeader, row.cells)).toEqual([
      { text: '市工信局', lead: true },
      { text: '市自然资源规划局', lead: false },
      { text: '各镇(街道)', lead: false },
    ]);
  });

  it('full-width digits: １． points, （１） subpoints, amounts, rates and dates', () => {
    const { doc, drafts } = imported('wuxi-fullwidth', 'wuxi');
    expect(clause(doc, 's2-i1').n).toBe(1);
    expect(clause(doc, 's1-c2-n2').n).toBe(2);
    expect(drafts.subsidies.find((s) => s.clause === 's1-c1')).toMatchObject({ maxAmountWan: 500, annualCapWan: 1000 });
    expect(drafts.subsidies.find((s) => s.clause === 's2-i1')).toMatchObject({
      ratePct: 15,
      rateBase: '设备投资额',
      maxAmountWan: 300,
      // The quote is the text as written, full-width digits and all.
      quote: '１．对生物医药企业实施智能化改造项目，按设备投资额的１５％给予补助，最高３００万元。',
      departments: ['wuxi-gxj'],
    });
    expect(draftMetadata(readFixture('wuxi-fullwidth'))).toMatchObject({
      dateWritten: '2024-12-01',
      validUntil: '2027-12-31',
    });
  });

  it('a work list: 一. sections, notes on lines of their own, an empty 配合单位:, tabs after numbers', () => {
    const { doc, drafts } = imported('worklist-suzhou', 'suzhou');
    expect(clause(doc, 's2').heading).toBe('二.\t壮大产业规模');
    expect(units('worklist-suzhou')).toEqual([
      '市科技局',
      '市发改委',
      '市数据局',
      '市卫生健康委',
      '市发改委',
      '市工信局',
      '市商务局',
      '市工信局',
    ]);
    expect(drafts.targets).toEqual([
      expect.objectContaining({
        clause: 's1-i2',
        targetValue: 1200,
        unit: '张',
        quote: '临床研究型病房床位达到1,200张。',
      }),
      expect.objectContaining({ clause: 's2-i2', targetValue: 3, unit: '家' }),
    ]);
  });
});
