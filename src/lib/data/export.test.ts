/**
 * The open-data rows built from the content on disk: one row per policy, clause, target and
 * subsidy, valid against the JSON Schema generated from the same zod schema, with the
 * documentation covering every field.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { csvColumns, toCsv } from './csv.ts';
import {
  annotatedJsonSchema,
  bounds,
  buildDatasets,
  DATASET_NAMES,
  DATASETS,
  datasetJsonSchema,
  fieldNames,
  unitsInDescriptions,
} from './export.ts';
import { fieldDocs, typeLabel } from './fields.ts';
import { datasetsOnDisk, TEST_SITE } from './testing.ts';

const { content, policies, datasets: data } = datasetsOnDisk('2024-01-01');
const site = TEST_SITE;

describe('buildDatasets', () => {
  it('writes one row per policy, clause, target and subsidy', () => {
    expect(data.policies.length).toBe(content.models.length);
    expect(data.clauses.length).toBe(content.models.reduce((n, m) => n + m.clauses.length, 0));
    expect(data.targets.length).toBe(content.models.reduce((n, m) => n + m.data.targets.length, 0));
    expect(data.subsidies.length).toBe(content.models.reduce((n, m) => n + m.data.subsidies.length, 0));
  });
  it('writes one row per region, department, topic and category, counting what refers to each', () => {
    expect(data.regions.map((r) => r.id).sort()).toEqual(content.regions.map((r) => r.id).sort());
    expect(data.departments.length).toBe(content.departments.length);
    expect(data.topics.length).toBe(content.topics.length);
    expect(data.categories.length).toBe(content.categories.length);
    const kjj = data.departments.find((d) => d.id === 'suzhou-kjj')!;
    expect(kjj).toMatchObject({
      name: '苏州市科学技术局',
      region: 'suzhou',
      url: 'https://policies.example.test/departments/suzhou-kjj/',
    });
    expect(kjj.aliases).toContain('市科技局');
    expect(kjj.clauseCount).toBe(data.clauses.filter((c) => c.departments.includes('suzhou-kjj')).length);
    expect(data.categories.find((c) => c.id === 'drug-clinical-trial')!.subsidyCount).toBe(
      data.subsidies.filter((x) => x.category === 'drug-clinical-trial').length,
    );
    expect(data.regions.find((r) => r.id === 'wuxi')!.policyCount).toBe(1);
  });
  it('gives a table row its cells separately, one per column, the group’s merged cell included', () => {
    const row = data.clauses.find((c) => c.policy === 'kunshan-nucleic-acid-cluster-worklist' && c.id === 'row5')!;
    expect(row.columns).toEqual(['序号', '重点工作', '具体内容', '具体内容', '责任单位']);
    expect(row.cells.slice(0, 3)).toEqual(['5', '实施产业载体能级跃升计划', '强化园区“1+N”总体布局']);
    expect(row.cells.at(-1)).toBe('资源规划局、科技局，昆山高新区');
    // A later row of the group lacks the merged cell in the text, but not in its cells.
    const row6 = data.clauses.find((c) => c.policy === 'kunshan-nucleic-acid-cluster-worklist' && c.id === 'row6')!;
    expect(row6.cells[1]).toBe('实施产业载体能级跃升计划');
    expect(row6.text.split('\t')[0]).toBe('6');
    for (const c of data.clauses.filter((x) => x.kind === 'row')) expect(c.cells.length, c.id).toBe(c.columns!.length);
    expect(data.clauses.filter((x) => x.kind !== 'row').every((c) => c.cells.length === 0)).toBe(true);
  });
  it('separates the cells of a row by a tab in the text, not running them together', () => {
    const text = data.clauses.find((c) => c.policy === 'suzhou-biomed-chain-2021-2023' && c.id === 'annex1-row2')!.text;
    expect(text).toBe('2. 完善潜力地标企业遴选机制\t市工信局');
  });
  it('lists the other clauses of a target stated in several places, and a range’s ends as numbers', () => {
    const t24 = data.targets.find((x) => x.policy === 'taicang-biomed-cluster-2025' && x.id === 't24')!;
    expect(t24).toMatchObject({
      clause: 'annex1-row5',
      alsoClauses: ['s2-c4-i2'],
      targetValueMin: 50,
      targetValueMax: 50,
    });
    const range = data.targets.find((x) => Array.isArray(x.targetValue))!;
    expect([range.targetValueMin, range.targetValueMax]).toEqual(range.targetValue);
    expect(bounds(null)).toEqual([null, null]);
    const wuxi63 = data.subsidies.find((x) => x.policy === 'wuxi-biomed-policy-opinions' && x.id === 'sub63')!;
    expect([wuxi63.ratePctMin, wuxi63.ratePctMax]).toEqual([5, 20]);
  });
  it('compares 高新区’s new-drug provision on its clinical tier', () => {
    const sub11 = data.subsidies.find((x) => x.policy === 'suzhou-snd-meddevice-biomed-2020-2022' && x.id === 'sub11')!;
    expect(sub11).toMatchObject({ maxAmountWan: 400, comparedAmountWan: 250 });
  });
  it('puts policy first and keeps the schema’s key order', () => {
    for (const name of DATASET_NAMES)
      expect(Object.keys(data[name][0]!)).toEqual(Object.keys(DATASETS[name].schema.shape));
    expect(Object.keys(data.targets[0]!).slice(0, 4)).toEqual(['policy', 'region', 'id', 'clause']);
  });
  it('writes absolute URLs to the clause in the full text', () => {
    const s = data.subsidies[0]!;
    expect(s.url).toBe(`https://policies.example.test/policies/${s.policy}/#${s.clause}`);
    expect(data.clauses[0]!.url).toBe(
      `https://policies.example.test/policies/${data.clauses[0]!.policy}/${data.clauses[0]!.id}/`,
    );
  });
  it('writes root-relative URLs when the build has no SITE_URL, never an invented host', () => {
    const relative = buildDatasets({
      policies,
      regions: content.regions,
      departments: content.departments,
      topics: content.topics,
      categories: content.categories,
      site: undefined,
      asOf: '2024-01-01',
    });
    const s = relative.subsidies[0]!;
    expect(s.url).toBe(`/policies/${s.policy}/#${s.clause}`);
    expect(relative.clauses[0]!.url).toBe(`/policies/${relative.clauses[0]!.policy}/${relative.clauses[0]!.id}/`);
    expect(datasetJsonSchema('clauses', undefined).$id).toBe('/data/schema/clauses.schema.json');
    expect(relative.departments.find((d) => d.id === 'suzhou-kjj')!.url).toBe('/departments/suzhou-kjj/');
    expect(relative.policies[0]!.sourceUrl).toBe(`/sources/${relative.policies[0]!.source}`);
  });
  it('adds the clause’s departments to each subsidy, apart from the ones the provision names itself', () => {
    const s = data.subsidies.find((r) => r.policy === 'wuxi-biomed-policy-opinions' && r.id === 'sub3')!;
    expect(s.departments).toEqual([]);
    expect(s.clauseDepartments).toEqual(['wuxi-kjj']);
  });
});

/** Ajv with its default options (strict mode), collecting what it would log as a warning. */
function defaultAjv(warnings: string[] = []) {
  const say = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return new Ajv2020({ logger: { log: () => undefined, warn: say, error: say } });
}

describe('datasetJsonSchema', () => {
  it.each(DATASET_NAMES)(
    '%s: Ajv loads the schema with its default options, without a warning, and the rows validate',
    (name) => {
      const schema = datasetJsonSchema(name, site);
      expect(schema.$id).toBe(`https://policies.example.test/data/schema/${name}.schema.json`);
      const warnings: string[] = [];
      const validate = defaultAjv(warnings).compile(schema);
      expect(warnings).toEqual([]);
      validate(data[name]);
      expect(validate.errors ?? []).toEqual([]);
    },
  );
  it('the annotated schema, with its unit keyword, is what default Ajv refuses (the check has teeth)', () => {
    expect(() => defaultAjv().compile(annotatedJsonSchema('subsidies', site))).toThrow(/unknown keyword: "unit"/);
  });
  it('says each unit in the column’s description and keeps a column named unit', () => {
    const items = datasetJsonSchema('targets', site).items as { properties: Record<string, Record<string, unknown>> };
    expect(items.properties.targetYear!.description).toMatch(/单位：年。$/);
    expect(items.properties.targetValue!.description).toMatch(/单位见 unit 列。$/);
    expect(items.properties.unit).toBeDefined();
    expect(JSON.stringify(datasetJsonSchema('subsidies', site))).not.toContain('"unit":');
    expect(unitsInDescriptions({ unit: '万元' })).toEqual({ description: '单位：万元。' });
  });
  it('rejects an amount written as text and an unknown field', () => {
    const validate = defaultAjv().compile(datasetJsonSchema('subsidies', site));
    expect(validate([{ ...data.subsidies[0], maxAmountWan: '300万元' }])).toBe(false);
    expect(validate([{ ...data.subsidies[0], amount: 300 }])).toBe(false);
  });
});

describe('Chinese column names', () => {
  it.each(DATASET_NAMES)('every column of %s has a Chinese name in its schema', (name) => {
    const properties = (datasetJsonSchema(name, site).items as { properties: Record<string, { title?: string }> })
      .properties;
    const untitled = Object.entries(properties).filter(([, p]) => !p.title || !/\p{Script=Han}/u.test(p.title));
    expect(untitled.map(([k]) => k)).toEqual([]);
  });
  it('no description points a reader at a source-code path', () => {
    for (const name of DATASET_NAMES)
      expect(JSON.stringify(datasetJsonSchema(name, site)), name).not.toMatch(/src\/|docs\/|\.ts\b|\.md\b/);
  });
});

describe('fieldDocs', () => {
  it.each(DATASET_NAMES)('documents every field of %s, in order, each with a description', (name) => {
    const docs = fieldDocs(annotatedJsonSchema(name, site));
    expect(docs.filter((d) => !d.name.includes('.')).map((d) => d.name)).toEqual(
      Object.keys(DATASETS[name].schema.shape),
    );
    expect(docs.filter((d) => !d.description).map((d) => d.name)).toEqual([]);
  });
  it('lists nested fields after their parent', () => {
    const names = fieldDocs(datasetJsonSchema('subsidies', site)).map((d) => d.name);
    expect(names.slice(names.indexOf('tiers'), names.indexOf('tiers') + 4)).toEqual([
      'tiers',
      'tiers[].label',
      'tiers[].maxAmountWan',
      'tiers[].ratePct',
    ]);
  });
  it('writes types in words', () => {
    expect(typeLabel({ anyOf: [{ type: 'number' }, { type: 'null' }] })).toBe('数值或 null');
    expect(
      typeLabel({
        anyOf: [{ type: 'number' }, { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] }],
      }),
    ).toBe('数值或 [数值, 数值]');
    expect(typeLabel({ type: 'array', items: { type: 'string' } })).toBe('文本数组');
    expect(typeLabel({ type: ['string', 'null'] })).toBe('文本或 null');
  });
});

describe('the CSV of clauses', () => {
  it('spreads table cells over cell1 … cellN, the widest row’s width', () => {
    const columns = csvColumns(fieldNames('clauses'), data.clauses);
    const widest = Math.max(...data.clauses.map((c) => c.cells.length));
    expect(columns.filter((c) => /^cell\d+$/.test(c))).toEqual(
      Array.from({ length: widest }, (_, i) => `cell${i + 1}`),
    );
    expect(columns).not.toContain('cells');
    expect(columns.indexOf('cell1')).toBe(columns.indexOf('columns') + 1);
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['a', 'b', 'c', 'd', 'e'],
    [{ a: '含,逗号与"引号"', b: null, c: ['甲', '乙'], d: [10, 30], e: 2.5 }],
  );
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFa,b,c,d,e\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('quotes text that needs it, leaves null empty, joins text arrays and writes structures as JSON', () => {
    expect(csv.split('\r\n')[1]).toBe('"含,逗号与""引号""",,甲；乙,"[10,30]",2.5');
  });
  it('writes a wide field one item per column, empty where a row has fewer', () => {
    const wide = toCsv(
      ['id', 'cells'],
      [
        { id: 'a', cells: ['1', '甲'] },
        { id: 'b', cells: [] },
      ],
    ).split('\r\n');
    expect(wide.slice(0, 3)).toEqual(['\uFEFFid,cell1,cell2', 'a,1,甲', 'b,,']);
  });
});
