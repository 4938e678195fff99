/**
 * A fresh import builds untouched and is visibly a draft (issue 13). Texts in the styles other
 * cities publish (tests/fixtures/import/: ASCII punctuation, unknown 责任单位 and 牵头单位 lists,
 * no title line, a 第X条 text, a notice around a plan, full-width digits, a work list, regions
 * not in the vocabulary) are imported with `npm run import` into a copy of the site, checked with
 * `npm run check:content` (drafts are warnings; --strict refuses them) and built with
 * `astro build` — no file edited by hand. The pages and the open data then carry the 待审核 marks,
 * and a draft's figures stay out of every comparison.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFragments } from '../../src/integrations/pagefind.ts';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

const work = resolve(ROOT, 'test-output');
mkdirSync(work, { recursive: true });
const root = mkdtempSync(resolve(work, 'import-drafts-'));
const dist = resolve(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each fixture with the policy ID and region flags it is imported with, as a maintainer would type them. */
const IMPORTS: { fixture: string; id: string; flags: string[]; style: string }[] = [
  {
    fixture: 'changzhou-ascii',
    id: 'changzhou-biomed-measures',
    flags: ['--region', 'changzhou', '--region-name', '常州市', '--region-parent', 'jiangsu'],
    style: 'ASCII punctuation, 配合单位 lists, a region not in the vocabulary',
  },
  { fixture: 'no-title-kunshan', id: 'kunshan-innovation-measures', flags: [], style: 'no title line' },
  {
    fixture: 'articles-changshu',
    id: 'changshu-biomed-support',
    flags: ['--region', 'changshu', '--region-name', '常熟市', '--region-parent', 'suzhou'],
    style: '第X条 with 1、 and 1． points, a county-level city',
  },
  {
    fixture: 'notice-jiangyin',
    id: 'jiangyin-biomed-plan-2024-2026',
    flags: ['--region', 'jiangyin', '--region-name', '江阴市', '--region-parent', 'wuxi'],
    style: 'a notice around a plan, with a 牵头单位 / 配合单位 table',
  },
  { fixture: 'wuxi-fullwidth', id: 'wuxi-innovation-measures', flags: [], style: 'full-width digits' },
  { fixture: 'worklist-suzhou', id: 'suzhou-cluster-2025-worklist', flags: [], style: 'notes on lines of their own' },
  {
    fixture: 'notice',
    id: 'sip-biomed-action-plan',
    flags: ['--region', 'sip', '--region-name', '苏州工业园区', '--region-parent', 'suzhou'],
    style: 'a notice with a repeated table header, a district not in the vocabulary',
  },
];
/** Imported as well, then half-reviewed: one draft moved into subsidies:, `draft: true` kept. */
const UNDER_REVIEW = 'wuxi-measures-under-review';

const node = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const importText = (fixture: string, id: string, flags: string[]) =>
  node(['scripts/import.ts', resolve(ROOT, 'tests/fixtures/import', `${fixture}.txt`), '--id', id, ...flags]);

const imports = new Map<string, ReturnType<typeof node>>();
let check: ReturnType<typeof node>;
let strict: ReturnType<typeof node>;
let buildError: unknown = null;

beforeAll(async () => {
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sources', 'scripts'])
    cpSync(resolve(ROOT, entry), resolve(root, entry), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(root, 'node_modules'), 'dir');
  for (const { fixture, id, flags } of IMPORTS) imports.set(id, importText(fixture, id, flags));
  imports.set(UNDER_REVIEW, importText('wuxi-fullwidth', UNDER_REVIEW, []));
  // A reviewer has checked one provision and moved it into subsidies:, but not yet the rest.
  const file = resolve(root, 'src/content/policies', `${UNDER_REVIEW}.mdx`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      'subsidies: []',
      [
        'subsidies:',
        '  - id: sub1',
        '    clause: s2-i1',
        '    what: 智能化改造项目',
        '    category: smart-manufacturing',
        '    beneficiary: 企业',
        '    kind: 补助',
        '    maxAmountWan: 300',
        '    ratePct: 15',
        '    rateBase: 设备投资额',
        '    quote: 按设备投资额的１５％给予补助，最高３００万元',
      ].join('\n'),
    ),
  );
  check = node(['scripts/check-content.ts']);
  strict = node(['scripts/check-content.ts', '--strict']);
  const { build } = await import('astro');
  // The data layer reads sources/ relative to the working directory, as `npm run build` runs it.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    // Its own cache: the content store in node_modules/.astro belongs to the main test build.
    await build({ root, outDir: dist, cacheDir: resolve(root, '.astro-cache'), logLevel: 'error' });
  } catch (error) {
    buildError = error;
  } finally {
    process.chdir(cwd);
  }
}, 600_000);

const page = (path: string): HTMLElement => {
  const file = resolve(dist, `.${path}`, 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  return parseHtml(readFileSync(file, 'utf8'));
};
const json = (name: string) =>
  JSON.parse(readFileSync(resolve(dist, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];
const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');
/**
 * The source as the page shows it: without a table header the printed page repeated after a page
 * break (the exception tests/fidelity.test.ts documents: a tab-separated line equal to the first
 * line of its table).
 */
function shownSource(source: string): string {
  const cells = (line: string) =>
    line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean)
      .join('|');
  let header: string | null = null;
  return source
    .split('\n')
    .filter((line) => {
      if (!line.includes('\t')) {
        if (line.trim()) header = null;
        return true;
      }
      if (header === null) header = cells(line);
      else if (cells(line) === header) return false;
      return true;
    })
    .join('\n');
}

describe('importing texts of other cities into a copy of the site', () => {
  it.each(IMPORTS.map((i) => [i.style, i] as const))('%s: imports', (_, { id }) => {
    const run = imports.get(id)!;
    expect(run.stderr).not.toMatch(/nothing was written|Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`import: wrote src/content/policies/${id}.mdx`);
  });

  it('adds the new regions with their names and parents', () => {
    const regions = parseYaml(readFileSync(resolve(root, 'src/content/vocab/regions.yaml'), 'utf8')) as {
      id: string;
      name: string;
      parent: string;
    }[];
    expect(regions.filter((r) => ['changzhou', 'changshu', 'jiangyin', 'sip'].includes(r.id))).toEqual([
      expect.objectContaining({ id: 'changzhou', name: '常州市', parent: 'jiangsu', level: 'city' }),
      expect.objectContaining({ id: 'changshu', name: '常熟市', parent: 'suzhou', level: 'county' }),
      expect.objectContaining({ id: 'jiangyin', name: '江阴市', parent: 'wuxi', level: 'county' }),
      expect.objectContaining({ id: 'sip', name: '苏州工业园区', parent: 'suzhou', level: 'district' }),
    ]);
  });

  it('adds unknown units as draft departments, never a role label such as 配合单位', () => {
    const departments = parseYaml(readFileSync(resolve(root, 'src/content/vocab/departments.yaml'), 'utf8')) as {
      id: string;
      name: string;
      aliases: string[];
      draft?: boolean;
    }[];
    const drafts = departments.filter((d) => d.draft);
    expect(drafts.length).toBeGreaterThan(20);
    for (const d of drafts) expect(d.aliases.join()).not.toMatch(/单位|部门|[:：]/);
    expect(drafts.map((d) => d.id)).toEqual(
      expect.arrayContaining(['changzhou-kjj', 'changzhou-fgw', 'changshu-kjj', 'jiangyin-gxj', 'wuxi-sjj']),
    );
    // 市科技局 of 常熟市 is its own bureau, not 苏州市's: drafted, not linked to suzhou-kjj.
    expect(drafts.find((d) => d.id === 'changshu-kjj')).toMatchObject({ name: '常熟市科技局', aliases: ['市科技局'] });
  });

  it('check:content lists the drafts as warnings and no problem; --strict refuses them', () => {
    expect(check.status).toBe(0);
    expect(check.stderr).not.toMatch(/^error/m);
    expect(check.stdout).toMatch(/check:content: 13 policies checked, 0 problems, \d+ warnings/);
    for (const { id } of IMPORTS) expect(check.stderr).toContain(`warning  src/content/policies/${id}.mdx:`);
    expect(check.stderr).toMatch(
      /warning {2}src\/content\/vocab\/departments\.yaml:\d+ {2}\[\d+\]\.draft {2}待审核: department "changzhou-kjj"/,
    );
    expect(check.stderr).toMatch(/title {2}"标题未载明（kunshan-innovation-measures）" stands in for a title/);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(
      /^error {4}src\/content\/policies\/changzhou-biomed-measures\.mdx:\d+ {2}draft {2}待审核/m,
    );
    expect(strict.stderr).toMatch(/--strict: \d+ drafts and reminders refused for a release/);
  });

  it('builds with astro build, untouched', () => {
    expect(buildError === null ? null : String((buildError as Error).message ?? buildError)).toBeNull();
  });
});

describe('the built draft pages', () => {
  it.each(IMPORTS.map((i) => [i.id] as const))(
    '%s: the policy page is marked 待审核 and shows every character of its text',
    (id) => {
      const doc = page(`/policies/${id}/`);
      const notice = doc.querySelector('[data-draft="policy"]');
      expect(notice?.text).toMatch(/待审核.*尚未经人工审核/s);
      const source = readFileSync(resolve(root, 'sources', `${id}.txt`), 'utf8');
      expect(normalise(doc.querySelector('article.policy-text')!.text)).toBe(normalise(shownSource(source)));
    },
  );

  it.each(IMPORTS.map((i) => [i.id] as const))('%s: its clause pages are marked 待审核', (id) => {
    const doc = page(`/policies/${id}/s1/`.replace('/s1/', id.startsWith('changshu') ? '/a3/' : '/s1/'));
    expect(doc.querySelector('[data-draft="clause"]')?.text).toMatch(/待审核/);
  });

  it('leaves reviewed policies unmarked', () => {
    const doc = page('/policies/wuxi-biomed-policy-opinions/');
    expect(doc.querySelector('h1')?.text).toBeTruthy();
    expect(doc.querySelectorAll('[data-draft]')).toHaveLength(0);
    expect(page('/policies/wuxi-biomed-policy-opinions/s1/').querySelectorAll('[data-draft]')).toHaveLength(0);
  });

  it('shows the stand-in title for a text without one, and the kind the text calls itself', () => {
    const doc = page('/policies/kunshan-innovation-measures/');
    // The H1 names the region before a title that does not (src/lib/policy-names.ts), the stand-in too.
    const region = doc.querySelector('h1 .title-region')?.text ?? '';
    expect(region).toBe('昆山市');
    expect(doc.querySelector('h1')?.text).toBe(`${region}标题未载明（kunshan-innovation-measures）`);
    expect(doc.querySelector('[data-draft="policy"]')?.text).toContain('原始文本没有标题行，页面标题为临时占位');
    expect(page('/policies/changzhou-biomed-measures/').querySelector('[data-draft="policy"]')?.text).not.toContain(
      '临时占位',
    );
    expect(doc.querySelector('.policy-header .meta')?.text).toMatch(/类型\s*措施/);
  });

  it('marks drafts in the lists of policies and departments', () => {
    const home = page('/');
    const cards = home.querySelectorAll('.policy-card');
    const drafted = cards.filter((c) => c.querySelector('[data-draft-badge]'));
    expect(drafted.map((c) => c.querySelector('a')!.getAttribute('href')).sort()).toEqual(
      [...IMPORTS.map((i) => i.id), UNDER_REVIEW].map((id) => `/policies/${id}/`).sort(),
    );
    expect(page('/regions/changzhou/').querySelector('[data-draft-badge]')).not.toBeNull();
    const dept = page('/departments/changshu-kjj/');
    expect(dept.querySelector('[data-draft="department"]')?.text).toMatch(/待审核.*“市科技局”/s);
    expect(dept.querySelector('h1')?.text).toBe('常熟市科技局');
    const index = page('/departments/');
    const entry = index
      .querySelectorAll('.card-list li')
      .find((li) => li.querySelector('a')?.getAttribute('href') === '/departments/changshu-kjj/');
    expect(entry?.querySelector('[data-draft-badge]')).toBeTruthy();
  });

  it('links a 牵头单位 column to its draft department, with the lead mark', () => {
    const doc = page('/departments/jiangyin-gxj/');
    expect(doc.text).toContain('附件序号2');
    expect(doc.text).toMatch(/牵头/);
  });
});

describe('the open data and the comparisons', () => {
  it('marks every row of a draft policy draft: true, and no row of a reviewed one', () => {
    const drafts = new Set([...IMPORTS.map((i) => i.id), UNDER_REVIEW]);
    const policies = json('policies');
    expect(policies.length).toBe(13);
    for (const p of policies) expect([p.id, p.draft]).toEqual([p.id, drafts.has(p.id as string)]);
    const clauses = json('clauses');
    for (const c of clauses) expect(c.draft).toBe(drafts.has(c.policy as string));
    expect(clauses.filter((c) => c.draft).length).toBeGreaterThan(80);
    const csv = readFileSync(resolve(dist, 'data/policies.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(',draft,');
  });

  it('marks a draft’s clauses in the search index (results say 待审核), and no reviewed clause', async () => {
    const drafts = new Set([...IMPORTS.map((i) => i.id), UNDER_REVIEW]);
    const records = await readFragments(resolve(dist, 'pagefind'));
    expect(records.length).toBeGreaterThan(400);
    for (const r of records) {
      const policy = /^\/policies\/([^/]+)\//u.exec(r.url)![1]!;
      expect([r.url, r.meta.draft !== undefined]).toEqual([r.url, drafts.has(policy)]);
    }
  });

  it('keeps a draft’s figures marked in the open data and on its own page, out of every comparison', () => {
    const row = json('subsidies').find((s) => s.policy === UNDER_REVIEW);
    expect(row).toMatchObject({ id: 'sub1', clause: 's2-i1', maxAmountWan: 300, ratePct: 15, draft: true });
    const own = page(`/policies/${UNDER_REVIEW}/`);
    expect(own.querySelector('[data-draft="policy"]')).not.toBeNull();
    expect(own.querySelector('.policy-data')?.querySelector(`a[href="#s2-i1"]`)).not.toBeNull();
    expect(page(`/policies/${UNDER_REVIEW}/s2-i1/`).querySelector('.clause-data')?.text).toContain('智能化改造项目');
    for (const path of ['/subsidies/', '/finder/', '/regions/wuxi/', '/stages/', '/targets/', '/']) {
      const html = readFileSync(resolve(dist, `.${path}`, 'index.html'), 'utf8');
      expect([path, html.includes('智能化改造项目')]).toEqual([path, false]);
    }
    // The comparison still lists the reviewed policies' provisions.
    expect(
      page('/subsidies/').querySelectorAll('a[href^="/policies/wuxi-biomed-policy-opinions/"]').length,
    ).toBeGreaterThan(5);
  });
});

describe('the draft marks in Chromium', () => {
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const PAGES = [
    '/policies/changzhou-biomed-measures/',
    '/policies/changzhou-biomed-measures/s1-c1/',
    '/departments/changzhou-kjj/',
    '/',
  ];

  it.each([['light'], ['dark']] as const)('axe finds no violation on the marked pages (%s)', async (scheme) => {
    expect(buildError).toBeNull();
    const { preview } = await import('astro');
    const server = await preview({ root, outDir: dist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
    const browser = await launchBrowser();
    try {
      // axe is injected as an inline script, which the site's own CSP rightly refuses.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
        // The mark is there and visible before anything is said about it.
        await page.locator('[data-draft], [data-draft-badge]').first().waitFor({ state: 'visible' });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
            }
          ).axe;
          return (await axe.run(document)).violations.map(
            (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
          );
        });
        expect([path, violations]).toEqual([path, []]);
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
