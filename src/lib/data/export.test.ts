/**
 * The open-data rows built from the content on disk: one row per policy, clause, target and
 * subsidy, valid against the JSON Schema generated from the same zod schema, with the
 * documentation covering every field.
 */
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { policyStatus } from '../status.ts';
import { toCsv } from './csv.ts';
import { buildDatasets, DATASET_NAMES, DATASETS, datasetJsonSchema, type ExportPolicy } from './export.ts';
import { fieldDocs, typeLabel } from './fields.ts';
import { loadContent } from './load-content.ts';

const content = loadContent(resolve(import.meta.dirname, '../../..'));
const policies: ExportPolicy[] = content.models.map((m) => ({
  ...m,
  status: policyStatus(m.data, '2024-01-01'),
  region: content.regions.find((r) => r.id === m.data.region)!,
}));
const site = new URL('https://policies.example.test');
const data = buildDatasets({ policies, categories: content.categories, site, asOf: '2024-01-01' });

describe('buildDatasets', () => {
  it('writes one row per policy, clause, target and subsidy', () => {
    expect(data.policies.length).toBe(content.models.length);
    expect(data.clauses.length).toBe(content.models.reduce((n, m) => n + m.clauses.length, 0));
    expect(data.targets.length).toBe(content.models.reduce((n, m) => n + m.data.targets.length, 0));
    expect(data.subsidies.length).toBe(content.models.reduce((n, m) => n + m.data.subsidies.length, 0));
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
    const relative = buildDatasets({ policies, categories: content.categories, site: undefined, asOf: '2024-01-01' });
    const s = relative.subsidies[0]!;
    expect(s.url).toBe(`/policies/${s.policy}/#${s.clause}`);
    expect(relative.clauses[0]!.url).toBe(`/policies/${relative.clauses[0]!.policy}/${relative.clauses[0]!.id}/`);
    expect(datasetJsonSchema('clauses', undefined).$id).toBe('/data/schema/clauses.schema.json');
  });
  it('adds the clause’s departments to each subsidy, apart from the ones the provision names itself', () => {
    const s = data.subsidies.find((r) => r.policy === 'wuxi-biomed-policy-opinions' && r.id === 'sub3')!;
    expect(s.departments).toEqual([]);
    expect(s.clauseDepartments).toEqual(['wuxi-kjj']);
  });
});

describe('datasetJsonSchema', () => {
  it.each(DATASET_NAMES)('%s rows validate against their JSON Schema', (name) => {
    const schema = datasetJsonSchema(name, site);
    expect(schema.$id).toBe(`https://policies.example.test/data/schema/${name}.schema.json`);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    validate(data[name]);
    expect(validate.errors ?? []).toEqual([]);
  });
  it('rejects an amount written as text and an unknown field', () => {
    const validate = new Ajv2020({ strict: false }).compile(datasetJsonSchema('subsidies', site));
    expect(validate([{ ...data.subsidies[0], maxAmountWan: '300万元' }])).toBe(false);
    expect(validate([{ ...data.subsidies[0], amount: 300 }])).toBe(false);
  });
});

describe('fieldDocs', () => {
  it.each(DATASET_NAMES)('documents every field of %s, in order, each with a description', (name) => {
    const docs = fieldDocs(datasetJsonSchema(name, site));
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
});
