/**
 * The open-data files of the built site (contract 3): they parse, validate against their
 * published JSON Schema, have CSV twins with the same rows, and agree with the pages — counts
 * per policy, clause texts, the rows of the policy pages' and /subsidies/' tables, the fields
 * /data/ documents. Pages are parsed with node-html-parser, CSV with csv-parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './helpers/paths.ts';
import { builtPage } from './helpers/site.ts';

const NAMES = ['policies', 'clauses', 'targets', 'subsidies'] as const;
type Row = Record<string, unknown>;
const file = (path: string) => resolve(SITE_DIR, path);
const json = (path: string) => JSON.parse(readFileSync(file(path), 'utf8'));
const data = Object.fromEntries(NAMES.map((n) => [n, json(`data/${n}.json`) as Row[]])) as Record<
  (typeof NAMES)[number],
  Row[]
>;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the JSON files', () => {
  it.each(NAMES)('%s.json is a non-empty array valid against schema/%s.schema.json', (name) => {
    const schema = json(`data/schema/${name}.schema.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(data[name]);
    expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(data[name].length).toBeGreaterThan(0);
  });

  it('rejects a row that breaks the schema (the check has teeth)', () => {
    const validate = new Ajv2020({ strict: false }).compile(json('data/schema/subsidies.schema.json'));
    const bad = { ...data.subsidies[0], maxAmountWan: '300万元' };
    expect(validate([bad])).toBe(false);
    const missing = { ...data.targets[0] };
    delete missing.clause;
    expect(new Ajv2020({ strict: false }).compile(json('data/schema/targets.schema.json'))([missing])).toBe(false);
  });

  it('every clause row has policy and id, unique together, and every target and subsidy cites an existing clause', () => {
    const keys = new Set(data.clauses.map((c) => `${c.policy}#${c.id}`));
    expect(keys.size).toBe(data.clauses.length);
    for (const r of [...data.targets, ...data.subsidies])
      expect(keys.has(`${r.policy}#${r.clause}`), `${r.policy}#${r.clause}`).toBe(true);
  });

  it('writes numbers as numbers: amounts in 万元, ranges as [min, max]', () => {
    const wuxi = (id: string) => data.subsidies.find((s) => s.policy === 'wuxi-biomed-policy-opinions' && s.id === id)!;
    // 1类创新药: 最高分别为600万元、1200万元和3500万元，单个企业每年最高资助1亿元.
    expect(wuxi('sub3')).toMatchObject({ maxAmountWan: 3500, ratePct: 25, annualCapWan: 10000 });
    expect((wuxi('sub3').tiers as Row[]).map((t) => t.maxAmountWan)).toEqual([600, 1200, 3500]);
    // 按其年工资薪金5%~20%的比例给予奖励.
    expect(wuxi('sub63').ratePct).toEqual([5, 20]);
    const taicang = data.targets.find((t) => t.policy === 'taicang-biomed-cluster-2025' && t.clause === 'annex1-row1')!;
    expect(taicang).toMatchObject({
      baselineYear: 2021,
      baselineValue: 200,
      targetYear: 2025,
      targetValue: 500,
      unit: '亿元',
    });
    expect(data.targets.find((t) => Array.isArray(t.targetValue))?.targetValue).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
  });
});

describe('the CSV twins', () => {
  it.each(NAMES)('%s.csv is UTF-8 with BOM and has the JSON file’s rows and columns', (name) => {
    const raw = readFileSync(file(`data/${name}.csv`));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv<Record<string, string>>(raw, { bom: true, columns: true });
    expect(rows.length).toBe(data[name].length);
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(data[name][0]!));
    rows.forEach((row, i) => {
      const original = data[name][i]!;
      for (const [key, value] of Object.entries(original)) {
        const cell = row[key];
        if (value === null) expect(cell).toBe('');
        else if (typeof value === 'number') expect(Number(cell)).toBe(value);
        else if (typeof value === 'string') expect(cell).toBe(value);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) expect(cell).toBe(value.join('；'));
        else expect(JSON.parse(cell!)).toEqual(value);
      }
    });
  });
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

  it('each target and subsidy links to its clause in the full text, and its quote is in that clause', () => {
    const texts = new Map(data.clauses.map((c) => [`${c.policy}#${c.id}`, squash(String(c.text))]));
    for (const r of [...data.targets, ...data.subsidies]) {
      // Root-relative without SITE_URL (the test build), absolute with it: resolve against any origin.
      const url = new URL(String(r.url), 'https://site.invalid');
      expect(url.pathname + url.hash).toBe(`/policies/${r.policy}/#${r.clause}`);
      expect(texts.get(`${r.policy}#${r.clause}`)).toContain(squash(String(r.quote)));
    }
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
    }
  });

  it('/targets/ lists every target once, with static SVG charts each followed by its data table', () => {
    const page = builtPage('/targets/');
    expect(page.querySelectorAll('table.data-table--targets tbody tr').length).toBe(data.targets.length);
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

  it('/data/ documents exactly the fields the files have, for every dataset, and links every file', () => {
    const page = builtPage('/data/');
    for (const name of NAMES) {
      const documented = page
        .querySelectorAll(`#fields-${name} tbody th[scope="row"]`)
        .map((th) => th.text.trim())
        .filter((f) => !f.includes('.'));
      expect(documented).toEqual(Object.keys(data[name][0]!));
      for (const href of [`/data/${name}.json`, `/data/${name}.csv`, `/data/schema/${name}.schema.json`]) {
        expect(page.querySelector(`a[href="${href}"]`), href).not.toBeNull();
        expect(existsSync(file(href.slice(1)))).toBe(true);
      }
    }
  });
});
