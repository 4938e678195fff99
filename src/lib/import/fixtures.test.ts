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
import type { DepartmentEntry } from '../responsible-units.ts';
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
    regions: region ? regionChain(region, regions) : [],
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
