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
      // The page says once how the texts write the unit; a clause notes its wording only where it
      // differs — either way one of the department's aliases as the texts write them.
      const common = page.querySelector('[data-common-wording]')?.getAttribute('data-common-wording');
      if (hits.length) expect([dept.name, ...(dept.aliases ?? [])]).toContain(common);
      const wordings = page.querySelectorAll('.clause-hits .wording');
      expect(wordings.length).toBeLessThan(Math.max(hits.length, 1));
      for (const el of wordings) {
        expect(el.text).not.toContain(`“${common}”`);
        const written = [...el.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
        expect(written.length, el.text).toBeGreaterThan(0);
        for (const w of written) expect([dept.name, ...(dept.aliases ?? [])]).toContain(w);
      }
    },
  );
  it('states the common wording for most departments, and notes other wordings on some rows (the checks above are not empty)', () => {
    const pages = departments.map((d) => builtPage(`/departments/${d.id}/`));
    expect(pages.filter((p) => p.querySelector('[data-common-wording]')).length).toBeGreaterThan(
      departments.length / 2,
    );
    expect(pages.some((p) => p.querySelectorAll('.clause-hits .wording').length > 0)).toBe(true);
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

describe('home', () => {
  const page = builtPage('/');
  it.each(policies.map((p) => [p.id as string, p] as const))(
    '%s: 发文机关 (the region, marked, when the text names none), 文号, date and status with its date',
    (id, policy) => {
      const card = page.querySelector(`.policy-card[data-policy="${id}"]`);
      expect(card, id).not.toBeNull();
      const field = (name: string) => card!.querySelector(`[data-field="${name}"]`)!.text.trim();
      const issuers = policy.issuers as string[];
      expect(field('issuers')).toBe(
        issuers.length ? issuers.join('、') : `${String(policy.regionName)}（发文机关未载明）`,
      );
      expect(field('docNumber')).toBe(policy.docNumber ?? '未载明');
      const date = (iso: unknown) => {
        const [y, m, d] = String(iso).split('-').map(Number);
        return `${y}年${m}月${d}日`;
      };
      if (policy.dateWritten === null && policy.datePublished === null) expect(field('dates')).toBe('未载明');
      for (const iso of [policy.dateWritten, policy.datePublished].filter(Boolean))
        expect(field('dates')).toContain(date(iso));
      expect(field('status')).toContain(String(policy.statusLabel));
      if (policy.validUntil) expect(field('status')).toContain(policy.validUntil as string);
      if (policy.periodEnd) expect(field('status')).toContain(`${policy.periodEnd as number}`);
    },
  );
  it('counts no clauses: that is the policy page’s business, counted there once', () => {
    expect(page.querySelectorAll('[data-count-total]')).toHaveLength(0);
  });
});

describe('policy pages', () => {
  it.each(policies.map((p) => [p.id as string, p] as const))(
    '%s: the counted parts add up to the citable units, each part labelled, none of them 0',
    (id, policy) => {
      const dd = builtPage(`/policies/${id}/`).querySelector('[data-field="clauses"]')!;
      expect(Number(dd.querySelector('[data-count-total]')!.text)).toBe(policy.clauseCount);
      const parts = dd.querySelectorAll('[data-count-part]');
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.reduce((n, p) => n + Number(p.getAttribute('data-count-part')), 0)).toBe(policy.clauseCount);
      for (const p of parts) expect(p.text).toMatch(/^\S+ [1-9]\d*$/);
    },
  );
});

describe('/subsidies/ summaries', () => {
  const page = builtPage('/subsidies/');
  const summary = (category: string, region: string) =>
    page.querySelector(`#cat-${category} .side-by-side li[data-region="${region}"] [data-headline]`)!.text.trim();

  it('the 创新药临床试验 summary gives 高新区’s clinical tier, 250万, not its 研究 tier of 400万', () => {
    expect(summary('drug-clinical-trial', 'snd')).toBe('新药开展临床实验 最高250万元');
    expect(summary('drug-clinical-trial', 'wuxi')).toContain('3500万元');
  });
  it('a region without amounts in a group says 未载明金额, never only the kind of support (“昆山市 其他”)', () => {
    const kinds = new Set(subsidies.map((s) => String(s.kind)));
    const items = page.querySelectorAll('.side-by-side li');
    expect(items.length).toBeGreaterThan(20);
    for (const li of items) {
      const text = li.querySelector('[data-headline]')!.text.trim();
      expect(kinds.has(text), text).toBe(false);
      const category = li.closest('section')!.getAttribute('data-category');
      const region = li.getAttribute('data-region');
      const amounts = subsidies.filter(
        (s) => s.category === category && s.region === region && s.comparedAmountWan !== null,
      );
      if (!amounts.length) expect(text, `${category} ${region}`).toContain('未载明金额');
    }
    expect(summary('drug-clinical-trial', 'kunshan')).toBe('未载明金额');
  });
  it('states the number of provisions and why the calculator lists fewer', () => {
    const rules = subsidies.filter((s) => s.category === 'overall-cap').length;
    const lede = page.querySelector('[data-provision-count]')!;
    expect(Number(lede.getAttribute('data-provision-count'))).toBe(subsidies.length);
    expect(lede.text).toContain(`共 ${subsidies.length} 项`);
    expect(lede.text).toContain(`其余 ${subsidies.length - rules} 项`);
    expect(lede.text).toContain('叠加与总额上限');
  });
});

describe('/targets/', () => {
  const page = builtPage('/targets/');
  const targets = json('targets.json');
  const row = (policy: string, id: string) =>
    page.querySelector(`section[id^="theme-"] tr[data-target="${policy}#${id}"]`)!;

  it('marks a year the text does not state as inferred, with its basis (高新区 “力争5年内” → 2024)', () => {
    const t10 = row('suzhou-snd-meddevice-biomed-2020-2022', 't10');
    expect(t10.querySelector('td[data-label="目标年份"]')!.text).toContain('2024（推定）');
    expect(t10.querySelector('[data-year-basis]')!.text).toContain('力争5年内');
    const inferred = targets.filter((t) => t.targetYearInferred);
    const marked = page.querySelectorAll('section[id^="theme-"] [data-year-basis]');
    expect(marked.length).toBe(inferred.length);
    // A stated year is not marked.
    expect(row('suzhou-biomed-chain-2021-2023', 't1').querySelector('[data-year-basis]')).toBeNull();
  });
  it('shows the Taicang indicator of body and 附件1 once, citing both clauses', () => {
    const firms = row('taicang-biomed-cluster-2025', 't2');
    const links = firms.querySelectorAll('td.ref a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/policies/taicang-biomed-cluster-2025/#annex1-row2',
      '/policies/taicang-biomed-cluster-2025/#s1-c2',
    ]);
    expect(page.querySelectorAll('section[id^="theme-"] tr[data-target^="taicang-biomed-cluster-2025#"]').length).toBe(
      targets.filter((t) => t.policy === 'taicang-biomed-cluster-2025').length,
    );
  });
  it('says where body and annex disagree (t24, t25)', () => {
    const listed = page.querySelectorAll('#disagreements tr[data-target]').map((tr) => tr.getAttribute('data-target'));
    expect(listed).toEqual(targets.filter((t) => t.discrepancy).map((t) => `${t.policy}#${t.id}`));
    expect(listed).toContain('taicang-biomed-cluster-2025#t24');
    expect(listed).toContain('taicang-biomed-cluster-2025#t25');
    expect(row('taicang-biomed-cluster-2025', 't24').querySelector('[data-discrepancy]')!.text).toContain('新增42人');
  });
  it('compares like with like: in every chart the shortest bar is at least 1/20 of the longest', () => {
    const charts = page.querySelectorAll('svg.chart');
    expect(charts.length).toBeGreaterThan(3);
    for (const svg of charts) {
      // The bars drawn to scale: every target bar, not the baselines inside them nor the legend's swatches.
      const widths = svg
        .querySelectorAll('rect.chart-bar')
        .filter(
          (r) => !r.classList.contains('chart-bar--baseline') && !r.parentNode?.classList.contains('chart-legend'),
        )
        .map((r) => parseFloat(r.getAttribute('width')!));
      expect(widths.length, svg.querySelector('title')!.text).toBeGreaterThan(1);
      expect(Math.min(...widths) / Math.max(...widths), svg.querySelector('title')!.text).toBeGreaterThanOrEqual(
        1 / 20 - 1e-9,
      );
    }
  });
});
