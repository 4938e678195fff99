/**
 * The Data Package built from the content on disk, checked with the Frictionless project's own
 * profiles and Table Schema implementation (tests/helpers/frictionless.ts): the descriptor is
 * valid, every CSV row casts to its declared types, keys are unique and every ID leads to a row.
 */
import { createRequire } from 'node:module';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  castErrors,
  frictionlessErrors,
  keyErrors,
  profileErrors,
  type TableResource,
} from '../../../tests/helpers/frictionless.ts';
import { toCsv } from './csv.ts';
import { dataPackage, fieldType, tableField, withoutNull, xsdPattern, type TableSchema } from './datapackage.ts';
import { DATASET_NAMES, DATASETS, fieldNames, type DatasetName } from './export.ts';
import { datasetsOnDisk, TEST_SITE } from './testing.ts';

// xspattern (an XML Schema regular-expression engine) ships types its package.json "exports" hide.
const { compile: compileXsd } = createRequire(import.meta.url)('xspattern') as {
  compile: (pattern: string) => (value: string) => boolean;
};
const { datasets } = datasetsOnDisk('2026-11-23');
const site = TEST_SITE;
const descriptor = dataPackage({ datasets, site, asOf: '2026-11-23', siteName: '苏锡生物医药政策库' });
interface Resource {
  name: string;
  profile: string;
  path: string;
  format: string;
  schema: TableSchema;
}
const resources = descriptor.resources as Resource[];
const csvOf = (name: DatasetName) => toCsv(fieldNames(name), datasets[name]);
const parse = (text: string): string[][] => parseCsv(text, { bom: true });
const tables: TableResource[] = DATASET_NAMES.map((name) => {
  const [header, ...rows] = parse(csvOf(name));
  return {
    name,
    schema: resources.find((r) => r.name === name)!.schema,
    rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))),
  };
});

describe('datapackage.json', () => {
  it('is valid against the official Frictionless profile', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });
  it('is accepted by the Frictionless library itself', async () => {
    expect(await frictionlessErrors(descriptor)).toEqual([]);
  });
  it('describes every file: a CSV and a JSON resource per dataset', () => {
    expect(resources.map((r) => r.path).sort()).toEqual(DATASET_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]).sort());
  });
  it('gives every field a Chinese title, a type and a description; money in 万元 and rates in %', () => {
    for (const r of resources)
      for (const f of r.schema.fields) {
        expect(f.title, `${r.name}.${f.name}`).toMatch(/\p{Script=Han}/u);
        expect(f.description, `${r.name}.${f.name}`).not.toBe('');
      }
    const subsidies = resources.find((r) => r.name === 'subsidies')!.schema.fields;
    expect(subsidies.find((f) => f.name === 'maxAmountWan')).toMatchObject({ title: '最高金额', unit: '万元' });
    expect(subsidies.find((f) => f.name === 'ratePctMin')).toMatchObject({ type: 'number', unit: '%' });
    expect(subsidies.find((f) => f.name === 'departments')).toMatchObject({ type: 'string' });
    expect(subsidies.find((f) => f.name === 'departments')!.description).toContain('以“；”分隔');
  });
  it('declares tabular only what the 1.0 profile allows to be tabular: the CSV files', () => {
    expect(descriptor.profile).toBe('data-package');
    for (const r of resources)
      expect([r.name, r.profile]).toEqual([
        r.name,
        r.path.endsWith('.csv') ? 'tabular-data-resource' : 'data-resource',
      ]);
    // The Tabular Data Package profile would refuse the JSON resources: the check has teeth.
    expect(profileErrors({ ...descriptor, profile: 'tabular-data-package' }).length).toBeGreaterThan(0);
  });
  it('states the licence: CC0 1.0 for the site’s data, the texts outside copyright (著作权法第五条)', () => {
    expect(descriptor.licenses).toEqual([
      expect.objectContaining({ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' }),
    ]);
    expect((descriptor.licenses as { title: string }[])[0]!.title).toContain('著作权法》第五条');
  });
  it('writes every pattern as an XML Schema regular expression that matches every value of its column', () => {
    let checked = 0;
    for (const r of resources.filter((x) => x.format === 'csv')) {
      const { rows } = tables.find((t) => t.name === r.name)!;
      for (const f of r.schema.fields.filter((x) => x.constraints?.pattern)) {
        const matches = compileXsd(f.constraints!.pattern!);
        for (const row of rows)
          if (row[f.name]) expect(matches(row[f.name]!), `${r.name}.${f.name}: ${row[f.name]}`).toBe(true);
        expect(matches('Not-an-ID'), `${r.name}.${f.name}`).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // ECMAScript's anchors and non-capturing groups are not XML Schema: the check has teeth.
    expect(() => compileXsd('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toThrow();
  });
  it('has teeth: a field type the standard does not know and a resource without a path are refused', () => {
    const broken = structuredClone(descriptor) as { resources: Resource[] };
    broken.resources[0]!.schema.fields[0]!.type = 'text' as never;
    expect(profileErrors(broken).length).toBeGreaterThan(0);
    const pathless = structuredClone(descriptor) as { resources: Partial<Resource>[] };
    delete pathless.resources[1]!.path;
    expect(profileErrors(pathless).length).toBeGreaterThan(0);
  });
});

describe('the CSV files against their Table Schema', () => {
  it.each(DATASET_NAMES)('%s.csv: the header is the schema’s fields and every row casts', async (name) => {
    const schema = resources.find((r) => r.name === name)!.schema;
    const [header, ...rows] = parse(csvOf(name));
    expect(header).toEqual(schema.fields.map((f) => f.name));
    expect(rows.length).toBe(datasets[name].length);
    expect(await castErrors(schema, rows)).toEqual([]);
  });
  it('has teeth: an amount written as text or a date in another form does not cast', async () => {
    const subsidies = tables.find((t) => t.name === 'subsidies')!;
    const fields = subsidies.schema as TableSchema;
    const header = fields.fields.map((f) => f.name);
    const row = header.map((h) => subsidies.rows[0]![h]!);
    const bad = [...row];
    bad[header.indexOf('maxAmountWan')] = '300万元';
    expect((await castErrors(fields, [bad])).join('\n')).toMatch(/maxAmountWan/);
    const policiesSchema = resources.find((r) => r.name === 'policies')!.schema;
    const pHeader = policiesSchema.fields.map((f) => f.name);
    const pRow = pHeader.map((h) => tables[0]!.rows[0]![h]!);
    pRow[pHeader.indexOf('dateWritten')] = '2021年4月17日';
    expect((await castErrors(policiesSchema, [pRow])).join('\n')).toMatch(/dateWritten/);
  });
});

describe('keys', () => {
  it('every primary key is unique and every foreign key leads to a row', () => {
    expect(keyErrors(tables)).toEqual([]);
  });
  it('every ID in a list column (departments, topics) leads to a row of its file', () => {
    for (const name of DATASET_NAMES)
      for (const list of DATASETS[name].lists) {
        const ids = new Set(tables.find((t) => t.name === list.dataset)!.rows.map((r) => r.id));
        for (const row of tables.find((t) => t.name === name)!.rows)
          for (const id of (row[list.field] ?? '').split('；').filter(Boolean))
            expect(ids.has(id), `${name}.${list.field}: ${id}`).toBe(true);
      }
  });
  it('has teeth: a clause that is not in clauses.csv and a repeated key are reported', () => {
    const targets = tables.find((t) => t.name === 'targets')!;
    const broken = tables.map((t) =>
      t === targets ? { ...t, rows: [{ ...t.rows[0]!, clause: 'no-such-clause' }, t.rows[0]!, t.rows[0]!] } : t,
    );
    const problems = keyErrors(broken).join('\n');
    expect(problems).toMatch(/targets row 1: policy\+clause = .*\+no-such-clause is not a clauses policy\+id/);
    expect(problems).toMatch(/targets row 3: primary key policy\+id repeats/);
  });
});

describe('tableField', () => {
  it('maps JSON Schema types to Table Schema types, lists of text to a "；"-separated string in CSV', () => {
    const list = { type: 'array', items: { type: 'string' }, title: '部门', description: '编号。' };
    // An empty list is an empty cell in CSV: not required there, always an array in JSON.
    expect(tableField('departments', list, 'csv')).toMatchObject({ type: 'string' });
    expect(tableField('departments', list, 'csv').constraints).toBeUndefined();
    expect(tableField('departments', list, 'json').constraints).toEqual({ required: true });
    expect(tableField('departments', list, 'csv').description).toBe('编号。CSV 中多个值以“；”分隔。');
    expect(tableField('departments', list, 'json').type).toBe('array');
    expect(fieldType({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, 'csv')).toBe('date');
    expect(fieldType({ anyOf: [{ type: 'number' }, { type: 'array' }] }, 'csv')).toBe('any');
  });
  it('requires what cannot be null or empty, and keeps enums and units', () => {
    const nullable = tableField('docNumber', { type: ['string', 'null'], title: '文号' }, 'csv');
    expect(nullable.constraints).toBeUndefined();
    const amount = tableField(
      'maxAmountWan',
      { anyOf: [{ type: 'number', minimum: 0 }, { type: 'null' }], unit: '万元' },
      'csv',
    );
    expect(amount).toMatchObject({ type: 'number', unit: '万元' });
    expect(tableField('kind', { type: 'string', enum: ['资助', '奖励'] }, 'csv').constraints).toEqual({
      required: true,
      enum: ['资助', '奖励'],
    });
    expect(withoutNull({ type: ['integer', 'null'] })).toEqual({ node: { type: 'integer' }, nullable: true });
  });
});

describe('xsdPattern', () => {
  it('drops the anchors and makes non-capturing groups plain groups', () => {
    expect(xsdPattern('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(xsdPattern('^[a-z0-9-]+\\.txt$')).toBe('[a-z0-9-]+\\.txt');
    expect(xsdPattern('^[^,]+$')).toBe('[^,]+');
    expect(compileXsd(xsdPattern('^[a-z0-9-]+\\.txt$'))('wuxi-x.txt')).toBe(true);
    expect(compileXsd(xsdPattern('^[a-z0-9-]+\\.txt$'))('wuxi-xatxt')).toBe(false);
  });
  it('refuses what XML Schema reads differently or lacks, naming it', () => {
    expect(() => xsdPattern('[a-z]+')).toThrow(/not anchored/);
    expect(() => xsdPattern('^\\d{4}$')).toThrow(/"\\d"/);
    expect(() => xsdPattern('^a(?=b)$')).toThrow(/"\(\?="/);
    expect(() => xsdPattern('^a+?$')).toThrow(/"\+\?"/);
    expect(() => xsdPattern('^a$b$')).toThrow(/"\$"/);
  });
});
