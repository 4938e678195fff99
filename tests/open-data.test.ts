/**
 * The open-data files of the built site (contract 3 and what a spreadsheet or Frictionless user
 * needs): they parse, validate against their published JSON Schema, have CSV twins with the
 * same rows, are described by a Data Package that the Frictionless project's own profiles and
 * Table Schema implementation accept, lead every ID to a row, and agree with the pages — counts
 * per policy, clause texts, the rows of the policy pages' and /subsidies/' tables, the fields
 * /data/ documents. Pages are parsed with node-html-parser, CSV with csv-parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  castErrors,
  frictionlessErrors,
  keyErrors,
  profileErrors,
  type TableResource,
} from './helpers/frictionless.ts';
import { SITE_DIR } from './helpers/paths.ts';
import { builtPage, STAND_IN_ORIGIN } from './helpers/site.ts';

/** The files of contract 3, and the vocabularies their IDs lead to. */
const CONTRACT = ['policies', 'clauses', 'targets', 'subsidies'] as const;
const NAMES = [...CONTRACT, 'regions', 'departments', 'topics', 'categories', 'files'] as const;
type Name = (typeof NAMES)[number];
type Row = Record<string, unknown>;
const file = (path: string) => resolve(SITE_DIR, path);
const json = (path: string) => JSON.parse(readFileSync(file(path), 'utf8'));
const data = Object.fromEntries(NAMES.map((n) => [n, json(`data/${n}.json`) as Row[]])) as Record<Name, Row[]>;
/**
 * Every CSV is read as spreadsheets and Python's csv module read it: outside quotes, a bare LF or
 * CR ends a record as CR LF does, and a record of the wrong width is an error, not a short row.
 */
const strictCsv = (raw: Buffer | string): string[][] =>
  parseCsv(raw, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: false });
const csv = (name: Name): string[][] => strictCsv(readFileSync(file(`data/${name}.csv`)));
const squash = (s: string) => s.replace(/\s+/g, '');

interface Resource {
  name: string;
  path: string;
  format: string;
  encoding: string;
  schema: {
    fields: { name: string; title: string; type: string; unit?: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
const pkg = json('data/datapackage.json') as { resources: Resource[] } & Record<string, unknown>;
const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;

describe('the JSON files', () => {
  it.each(NAMES)(
    '%s.json is a non-empty array valid against schema/%s.schema.json, loaded by Ajv with its default options',
    (name) => {
      const schema = json(`data/schema/${name}.schema.json`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      // Default options: strict mode refuses unknown keywords, as a user of the published schema meets it.
      const warnings: string[] = [];
      const say = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const validate = new Ajv2020({ logger: { log: () => undefined, warn: say, error: say } }).compile(schema);
      expect(warnings).toEqual([]);
      const ok = validate(data[name]);
      expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(data[name].length).toBeGreaterThan(0);
    },
  );

  it('rejects a row that breaks the schema (the check has teeth)', () => {
    const validate = new Ajv2020().compile(json('data/schema/subsidies.schema.json'));
    const bad = { ...data.subsidies[0], maxAmountWan: '300万元' };
    expect(validate([bad])).toBe(false);
    const missing = { ...data.targets[0] };
    delete missing.clause;
    expect(new Ajv2020().compile(json('data/schema/targets.schema.json'))([missing])).toBe(false);
  });

  it('every clause row has policy and id, unique together, and every target and subsidy cites an existing clause', () => {
    const keys = new Set(data.clauses.map((c) => `${c.policy}#${c.id}`));
    expect(keys.size).toBe(data.clauses.length);
    for (const r of [...data.targets, ...data.subsidies])
      expect(keys.has(`${r.policy}#${r.clause}`), `${r.policy}#${r.clause}`).toBe(true);
    for (const t of data.targets)
      for (const c of t.alsoClauses as string[]) expect(keys.has(`${t.policy}#${c}`), `${t.policy}#${c}`).toBe(true);
  });

  it('writes numbers as numbers: amounts in 万元, ranges as [min, max]', () => {
    const wuxi = (id: string) => data.subsidies.find((s) => s.policy === 'wuxi-biomed-policy-opinions' && s.id === id)!;
    // 1类创新药: 最高分别为600万元、1200万元和3500万元，单个企业每年最高资助1亿元.
    expect(wuxi('sub3')).toMatchObject({ maxAmountWan: 3500, ratePct: 25, annualCapWan: 10000 });
    expect((wuxi('sub3').tiers as Row[]).map((t) => t.maxAmountWan)).toEqual([600, 1200, 3500]);
    // 按其年工资薪金5%~20%的比例给予奖励.
    expect(wuxi('sub63')).toMatchObject({ ratePct: [5, 20], ratePctMin: 5, ratePctMax: 20 });
    const taicang = data.targets.find((t) => t.policy === 'taicang-biomed-cluster-2025' && t.clause === 'annex1-row1')!;
    expect(taicang).toMatchObject({
      baselineYear: 2021,
      baselineValue: 200,
      targetYear: 2025,
      targetValue: 500,
      unit: '亿元',
    });
    const range = data.targets.find((t) => Array.isArray(t.targetValue))!;
    expect(range.targetValue).toEqual([expect.any(Number), expect.any(Number)]);
    expect([range.targetValueMin, range.targetValueMax]).toEqual(range.targetValue);
  });

  it('one Taicang indicator for body and 附件1, citing both, and saying where they disagree', () => {
    const taicang = data.targets.filter((t) => t.policy === 'taicang-biomed-cluster-2025');
    // 生物医药企业 500: once, citing 附件1 row 2 and 一、（二）.
    const firms = taicang.filter((t) => t.targetValue === 500 && t.unit === '家');
    expect(firms.map((t) => [t.clause, t.alsoClauses])).toEqual([['annex1-row2', ['s1-c2']]]);
    const t24 = taicang.find((t) => t.id === 't24')!;
    expect(t24).toMatchObject({ clause: 'annex1-row5', alsoClauses: ['s2-c4-i2'], baselineValue: 8, targetValue: 50 });
    expect(String(t24.discrepancy)).toMatch(/新增42人/);
  });

  it('marks a year the text does not state as inferred, with its basis', () => {
    const t10 = data.targets.find((t) => t.policy === 'suzhou-snd-meddevice-biomed-2020-2022' && t.id === 't10')!;
    expect(t10).toMatchObject({ targetYear: 2024, targetYearInferred: true });
    expect(String(t10.targetYearBasis)).toContain('力争5年内');
    for (const t of data.targets.filter((x) => x.targetYearInferred))
      expect(t.targetYearBasis, String(t.id)).toBeTruthy();
  });
});

describe('the CSV twins', () => {
  it.each(NAMES)('%s.csv is UTF-8 with BOM and has the JSON file’s rows and columns', (name) => {
    const raw = readFileSync(file(`data/${name}.csv`));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...records] = strictCsv(raw);
    // As many records as the JSON file has rows: no cell's line break ends a record.
    expect(records.length).toBe(data[name].length);
    const rows = records.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
    const keys = Object.keys(data[name][0]!);
    // The columns are the JSON keys, except a table row's cells: one column each, cell1 … cellN.
    const columns = Object.keys(rows[0]!);
    expect(columns.filter((c) => !/^cell\d+$/.test(c))).toEqual(keys.filter((k) => k !== 'cells'));
    rows.forEach((row, i) => {
      const original = data[name][i]!;
      for (const [key, value] of Object.entries(original)) {
        if (key === 'cells') {
          const cells = columns.filter((c) => /^cell\d+$/.test(c)).map((c) => row[c]);
          expect(cells.slice(0, (value as string[]).length)).toEqual(value);
          expect(cells.slice((value as string[]).length).every((c) => c === '')).toBe(true);
          continue;
        }
        const cell = row[key];
        if (value === null) expect(cell).toBe('');
        else if (typeof value === 'number') expect(Number(cell)).toBe(value);
        else if (typeof value === 'string') expect(cell).toBe(value);
        else if (typeof value === 'boolean') expect(cell).toBe(String(value));
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) expect(cell).toBe(value.join('；'));
        else expect(JSON.parse(cell!)).toEqual(value);
      }
    });
  });

  it('the strict reader splits a record at an unquoted line break (the check has teeth)', () => {
    expect(() => strictCsv('id,text\r\n1,第一行\n第二行\r\n')).toThrow(/Invalid Record Length/i);
    expect(strictCsv('id,text\r\n1,"第一行\n第二行"\r\n')).toEqual([
      ['id', 'text'],
      ['1', '第一行\n第二行'],
    ]);
  });

  it('clauses.csv gives a table row its cells in separate columns, not run together', () => {
    const [header, ...rows] = csv('clauses');
    const at = (row: string[], column: string) => row[header!.indexOf(column)]!;
    // 昆山 row 5: 序号 | 重点工作 | 具体内容 (two columns) | 责任单位.
    const row = rows.find(
      (r) => at(r, 'policy') === 'kunshan-nucleic-acid-cluster-worklist' && at(r, 'id') === 'row5',
    )!;
    expect(['cell1', 'cell2', 'cell3', 'cell5'].map((c) => at(row, c))).toEqual([
      '5',
      '实施产业载体能级跃升计划',
      '强化园区“1+N”总体布局',
      '资源规划局、科技局，昆山高新区',
    ]);
    expect(at(row, 'columns')).toBe('序号；重点工作；具体内容；具体内容；责任单位');
    // Every table row has one cell per column of its table (a cell may itself be empty).
    for (const c of data.clauses.filter((x) => x.kind === 'row'))
      expect((c.cells as string[]).length, String(c.id)).toBe((c.columns as string[]).length);
  });
});

describe('datapackage.json', () => {
  const tables: TableResource[] = NAMES.map((name) => {
    const [header, ...rows] = csv(name);
    return {
      name,
      schema: resource(name).schema,
      rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))),
    };
  });

  it('is valid against the official Frictionless profile and accepted by the Frictionless library', async () => {
    expect(profileErrors(pkg)).toEqual([]);
    expect(await frictionlessErrors(pkg)).toEqual([]);
  });

  it('describes every open-data file, each of which exists, and nothing else', () => {
    const paths = pkg.resources.map((r) => r.path).sort();
    expect(paths).toEqual(NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]).sort());
    for (const p of paths) expect(existsSync(file(`data/${p}`)), p).toBe(true);
    for (const r of pkg.resources) expect(r.encoding).toBe('utf-8');
  });

  it.each(NAMES)(
    '%s.csv: its header is the schema’s fields and every row casts to the declared types',
    async (name) => {
      const [header, ...rows] = csv(name);
      expect(header).toEqual(resource(name).schema.fields.map((f) => f.name));
      expect(await castErrors(resource(name).schema, rows)).toEqual([]);
    },
  );

  it('every field has a Chinese title; money is in 万元', () => {
    for (const r of pkg.resources)
      for (const f of r.schema.fields) expect(f.title, `${r.name}.${f.name}`).toMatch(/\p{Script=Han}/u);
    expect(resource('subsidies').schema.fields.find((f) => f.name === 'annualCapWan')!.unit).toBe('万元');
  });

  it('every primary key is unique and every foreign key (region, clause, category, parent region …) leads to a row', () => {
    expect(resource('targets').schema.foreignKeys).toContainEqual({
      fields: ['policy', 'clause'],
      reference: { resource: 'clauses', fields: ['policy', 'id'] },
    });
    expect(keyErrors(tables)).toEqual([]);
  });

  it('every department and topic ID in a list column leads to a row of departments.csv or topics.csv', () => {
    const ids = (name: Name) => new Set(data[name].map((r) => r.id));
    const departments = ids('departments');
    const topics = ids('topics');
    let checked = 0;
    for (const c of data.clauses) {
      for (const d of c.departments as string[]) expect(departments.has(d), d).toBe(true);
      for (const t of c.topics as string[]) expect(topics.has(t), t).toBe(true);
      checked += (c.departments as string[]).length;
    }
    for (const s of data.subsidies)
      for (const d of [...(s.departments as string[]), ...(s.clauseDepartments as string[])])
        expect(departments.has(d), d).toBe(true);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('per-policy files (/data/policies/<id>/…)', () => {
  const PER_POLICY = ['clauses', 'targets', 'subsidies'] as const;

  it('files.json lists a JSON and a CSV file of clauses, targets and subsidies for every policy, each of which exists', () => {
    expect(data.files.length).toBe(data.policies.length * PER_POLICY.length * 2);
    for (const p of data.policies)
      for (const name of PER_POLICY)
        for (const format of ['json', 'csv']) {
          const path = `policies/${String(p.id)}/${name}.${format}`;
          const row = data.files.find((f) => f.path === path);
          expect(row, path).toMatchObject({ policy: p.id, dataset: name, format });
          expect(existsSync(file(`data/${path}`)), path).toBe(true);
        }
  });

  it.each(PER_POLICY)(
    '%s: each policy’s JSON file holds exactly its rows of the whole file, in the same order',
    (name) => {
      let rows = 0;
      for (const p of data.policies) {
        const own = json(`data/policies/${String(p.id)}/${name}.json`) as Row[];
        expect(own, String(p.id)).toEqual(data[name].filter((r) => r.policy === p.id));
        expect(data.files.find((f) => f.path === `policies/${String(p.id)}/${name}.json`)!.rows).toBe(own.length);
        rows += own.length;
      }
      expect(rows).toBe(data[name].length);
      expect(rows).toBeGreaterThan(0);
    },
  );

  it.each(PER_POLICY)(
    '%s: each policy’s CSV has the whole CSV’s header, and its records are the whole CSV’s for that policy',
    (name) => {
      const [header, ...all] = csv(name);
      const policyColumn = header!.indexOf('policy');
      for (const p of data.policies) {
        const [own, ...records] = strictCsv(readFileSync(file(`data/policies/${String(p.id)}/${name}.csv`)));
        expect(own, String(p.id)).toEqual(header);
        expect(records).toEqual(all.filter((r) => r[policyColumn] === p.id));
      }
    },
  );
});

describe('the files agree with the pages', () => {
  const count = (rows: Row[], policy: unknown) => rows.filter((r) => r.policy === policy).length;

  it.each(data.policies.map((p) => [p.id as string, p] as const))(
    '%s: counts match the rows and the policy page',
    (id, policy) => {
      expect(policy.clauseCount).toBe(count(data.clauses, id));
      expect(policy.targetCount).toBe(count(data.targets, id));
      expect(policy.subsidyCount).toBe(count(data.subsidies, id));
      const page = builtPage(`/policies/${id}/`);
      expect(page.querySelectorAll('article [data-clause]').length).toBe(policy.clauseCount);
      const rowsIn = (section: string) =>
        page.querySelectorAll(`section[aria-labelledby="${section}"] table tbody tr`).length;
      expect(rowsIn('data-targets')).toBe(policy.targetCount);
      expect(rowsIn('data-subsidies')).toBe(policy.subsidyCount);
    },
  );

  it('clause texts equal the text of the clause elements on the policy pages', () => {
    let compared = 0;
    for (const policy of data.policies) {
      const page = builtPage(`/policies/${policy.id}/`);
      const clauses = data.clauses.filter((c) => c.policy === policy.id);
      // A spread sample: every 7th clause, plus the first and the last.
      const sample = clauses.filter((_, i) => i % 7 === 0 || i === clauses.length - 1);
      for (const c of sample) {
        const el = page.querySelector(`[data-clause="${c.id}"]`);
        expect(el, `${policy.id}#${c.id}`).not.toBeNull();
        expect(squash(el!.textContent), `${policy.id}#${c.id}`).toBe(squash(String(c.text)));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('each target and subsidy links to its clause in the full text, and its quotes are in the clauses they cite', () => {
    const texts = new Map(data.clauses.map((c) => [`${c.policy}#${c.id}`, squash(String(c.text))]));
    for (const r of [...data.targets, ...data.subsidies]) {
      // Root-relative without SITE_URL (the test build), absolute with it: resolve against any origin.
      const url = new URL(String(r.url), STAND_IN_ORIGIN);
      expect(url.pathname + url.hash).toBe(`/policies/${r.policy}/#${r.clause}`);
      expect(texts.get(`${r.policy}#${r.clause}`)).toContain(squash(String(r.quote)));
    }
    let mentions = 0;
    for (const t of data.targets)
      for (const m of t.alsoIn as { clause: string; quote: string }[]) {
        expect(texts.get(`${t.policy}#${m.clause}`), `${t.id} ${m.clause}`).toContain(squash(m.quote));
        mentions += 1;
      }
    expect(mentions).toBeGreaterThan(5);
  });

  it('/subsidies/ lists every subsidy once, each category sorted by amount, largest first', () => {
    const page = builtPage('/subsidies/');
    const sections = page.querySelectorAll('section[data-category]');
    const rows = sections.flatMap((s) => s.querySelectorAll('tbody tr'));
    expect(rows.length).toBe(data.subsidies.length);
    for (const s of sections) {
      const amounts = s.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('data-amount') ?? '');
      const stated = amounts.filter((a) => a !== '').map(Number);
      expect(stated).toEqual([...stated].sort((a, b) => b - a));
      expect(amounts.slice(stated.length).every((a) => a === '')).toBe(true);
      const category = s.getAttribute('data-category');
      expect(s.querySelectorAll('tbody tr').length).toBe(data.subsidies.filter((r) => r.category === category).length);
      // The amount compared is the one the open data gives as comparedAmountWan.
      for (const tr of s.querySelectorAll('tbody tr')) expect(tr.getAttribute('data-amount')).not.toBeNull();
    }
    const compared = data.subsidies
      .map((x) => (x.comparedAmountWan === null ? '' : String(x.comparedAmountWan as number)))
      .sort();
    expect(rows.map((tr) => tr.getAttribute('data-amount')!).sort()).toEqual(compared);
  });

  it('/targets/ lists every target once in its themes, with static SVG charts each followed by its data table', () => {
    const page = builtPage('/targets/');
    const themed = page.querySelectorAll('section[id^="theme-"] table.data-table--targets tbody tr');
    expect(themed.length).toBe(data.targets.length);
    const figures = page.querySelectorAll('figure.chart-figure');
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures) {
      expect(f.querySelector('svg[role="img"] title')?.text).toBeTruthy();
      const next = f.nextElementSibling;
      expect(next?.querySelector('table caption')?.text ?? '').toContain('数据表');
      expect(next!.querySelectorAll('tbody tr').length).toBe(f.querySelectorAll('.chart-label').length);
    }
    // Charts are drawn at build time: the page ships no script for them.
    expect(
      page.querySelectorAll('script').filter((s) => /chart/i.test(s.getAttribute('src') ?? '') || /chart/i.test(s.text))
        .length,
    ).toBe(0);
  });

  it('/data/ documents exactly the fields the files have, with Chinese names, and links every file', () => {
    const page = builtPage('/data/');
    for (const name of NAMES) {
      const rows = page
        .querySelectorAll(`#fields-${name} tbody tr`)
        .filter((tr) => !tr.getAttribute('data-field')!.includes('.'));
      expect(rows.map((tr) => tr.querySelector('th')!.text.trim())).toEqual(Object.keys(data[name][0]!));
      for (const tr of rows)
        expect(tr.querySelector('[data-title]')!.text.trim(), `${name}.${tr.getAttribute('data-field')}`).toMatch(
          /\p{Script=Han}/u,
        );
      for (const href of [`/data/${name}.json`, `/data/${name}.csv`, `/data/schema/${name}.schema.json`]) {
        expect(page.querySelector(`a[href="${href}"]`), href).not.toBeNull();
        expect(existsSync(file(href.slice(1)))).toBe(true);
      }
    }
    expect(page.querySelector('a[href="/data/datapackage.json"]')).not.toBeNull();
    expect(page.querySelectorAll('section[aria-labelledby="ids"] table tbody tr').length).toBeGreaterThan(5);
  });

  it('/data/ and the published schemas point no reader at a source-code path', () => {
    const main = builtPage('/data/').querySelector('main')!.text;
    expect(main).not.toMatch(/src\/|docs\/|\.ts\b|\.mdx?\b|\.yaml\b/);
    for (const name of NAMES)
      expect(readFileSync(file(`data/schema/${name}.schema.json`), 'utf8')).not.toMatch(/src\/|docs\/|\.ts\b/);
    expect(readFileSync(file('data/datapackage.json'), 'utf8')).not.toMatch(/src\/|docs\/|\.ts\b/);
  });
});
