/**
 * The index pages built from the data: a page for every region, topic and department, each
 * listing what it appears in, and the data sections of policy and clause pages. Reads the built
 * site (tests/global-setup.ts) with node-html-parser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, SITE_DIR } from './helpers/paths.ts';
import { builtPage } from './helpers/site.ts';

const vocab = <T>(name: string) => parseYaml(readFileSync(resolve(ROOT, 'src/content/vocab', name), 'utf8')) as T[];
const regions = vocab<{ id: string; name: string; parent: string | null }>('regions.yaml');
const topics = vocab<{ id: string; name: string }>('topics.yaml');
const departments = vocab<{ id: string; name: string; aliases?: string[] }>('departments.yaml');
const json = (name: string) =>
  JSON.parse(readFileSync(resolve(SITE_DIR, 'data', name), 'utf8')) as Record<string, unknown>[];
const policies = json('policies.json');
const clauses = json('clauses.json');
const subsidies = json('subsidies.json');

it('checks against vocabularies and open data that are there', () => {
  for (const list of [regions, topics, departments, policies, clauses, subsidies])
    expect(list.length).toBeGreaterThan(0);
});

describe('region pages', () => {
  it.each(regions.map((r) => [r.id, r] as const))(
    '/regions/%s/ names the region and lists its and its children’s policies',
    (id, region) => {
      const page = builtPage(`/regions/${id}/`);
      expect(page.querySelector('h1')!.text).toBe(region.name);
      const below = (r: string): string[] => [r, ...regions.filter((x) => x.parent === r).flatMap((x) => below(x.id))];
      const expected = policies.filter((p) => below(id).includes(String(p.region))).map((p) => `/policies/${p.id}/`);
      const listed = page
        .querySelectorAll('section[aria-labelledby="policies"] a.card-title')
        .map((a) => a.getAttribute('href'));
      expect(listed.sort()).toEqual(expected.sort());
    },
  );
  it('苏州市 lists 太仓、昆山 and 苏州高新区 policies too', () => {
    expect(
      builtPage('/regions/suzhou/').querySelectorAll('section[aria-labelledby="policies"] a.card-title').length,
    ).toBe(4);
  });
});

describe('topic pages', () => {
  it('/topics/ links every topic', () => {
    const page = builtPage('/topics/');
    for (const t of topics) expect(page.querySelector(`a[href="/topics/${t.id}/"]`), t.id).not.toBeNull();
  });
  it.each(topics.map((t) => [t.id, t] as const))(
    '/topics/%s/ lists exactly the clauses tagged with it, linking into the text',
    (id, topic) => {
      const page = builtPage(`/topics/${id}/`);
      expect(page.querySelector('h1')!.text).toBe(topic.name);
      const links = page.querySelectorAll('.clause-hits a.hit-label').map((a) => a.getAttribute('href'));
      const expected = clauses
        .filter((c) => (c.topics as string[]).includes(id))
        .map((c) => `/policies/${c.policy}/#${c.id}`);
      expect(expected.length, 'clauses tagged with the topic').toBeGreaterThan(0);
      expect(links.sort()).toEqual(expected.sort());
    },
  );
});

describe('department pages', () => {
  it('/departments/ links every department', () => {
    const page = builtPage('/departments/');
    for (const d of departments) expect(page.querySelector(`a[href="/departments/${d.id}/"]`), d.id).not.toBeNull();
  });
  it.each(departments.map((d) => [d.id, d] as const))(
    '/departments/%s/ lists the clauses naming it, in the text’s wording',
    (id, dept) => {
      const page = builtPage(`/departments/${id}/`);
      expect(page.querySelector('h1')!.text).toBe(dept.name);
      const own = clauses.filter((c) => (c.departments as string[]).includes(id));
      const named = subsidies.filter((s) => (s.departments as string[]).includes(id));
      const hits = page.querySelectorAll('.clause-hits > li');
      expect(hits.length + named.length).toBeGreaterThan(0);
      // Listed clauses are among those the department is responsible for (own or inherited).
      const labels = page.querySelectorAll('.clause-hits a.hit-label');
      expect(labels).toHaveLength(hits.length);
      for (const a of labels) {
        const [, policy, clause] = a.getAttribute('href')!.match(/^\/policies\/([^/]+)\/#(.+)$/)!;
        expect(
          own.some((c) => c.policy === policy && c.id === clause),
          `${policy}#${clause}`,
        ).toBe(true);
      }
      // Every listed clause names the unit, and shows how: one of the department's aliases as the
      // texts write them.
      const wordings = page.querySelectorAll('.clause-hits .wording');
      expect(wordings).toHaveLength(hits.length);
      for (const el of wordings) {
        const written = [...el.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
        expect(written.length, el.text).toBeGreaterThan(0);
        for (const w of written) expect([dept.name, ...(dept.aliases ?? [])]).toContain(w);
      }
    },
  );
  it('lists clauses with their wording for most departments (the checks above are not empty)', () => {
    const withHits = departments.filter(
      (d) => builtPage(`/departments/${d.id}/`).querySelectorAll('.clause-hits .wording').length > 0,
    );
    expect(withHits.length).toBeGreaterThan(departments.length / 2);
  });
  it('marks lead units 牵头 (苏州高新区 table: * and the 牵头单位 column)', () => {
    const page = builtPage('/departments/snd-kcj/');
    expect(page.querySelectorAll('.clause-hits .lead-badge').length).toBeGreaterThan(5);
  });
});

describe('policy and clause pages', () => {
  it('a clause page shows its own subsidies and related clauses of other cities', () => {
    const page = builtPage('/policies/wuxi-biomed-policy-opinions/s1-c3-i4/');
    const rows = page.querySelectorAll('section[aria-labelledby="clause-data"] table tbody tr');
    expect(rows.length).toBe(
      subsidies.filter((s) => s.policy === 'wuxi-biomed-policy-opinions' && s.clause === 's1-c3-i4').length,
    );
    const related = page
      .querySelectorAll('section[aria-labelledby="related"] li a')
      .map((a) => a.getAttribute('href')!);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((href) => !href.startsWith('/policies/wuxi-biomed-policy-opinions/'))).toBe(true);
    // 苏州高新区's 医疗器械注册证 provision is among the best matches for Wuxi's.
    expect(related).toContain('/policies/suzhou-snd-meddevice-biomed-2020-2022/s3-c2-i5-r1/');
  });
  it('tables have captions and header scopes', () => {
    for (const path of ['/subsidies/', '/targets/', '/regions/wuxi/', '/policies/wuxi-biomed-policy-opinions/']) {
      const tables = builtPage(path).querySelectorAll('table.data-table');
      expect(tables.length, `data tables on ${path}`).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.querySelectorAll('thead th').length, path).toBeGreaterThan(0);
        expect(table.querySelector('caption')?.text.trim(), path).toBeTruthy();
        expect(
          table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col'),
          path,
        ).toBe(true);
      }
    }
  });
});
