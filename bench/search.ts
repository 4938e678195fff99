/**
 * Search benchmark (issues 4, 10, 13): quality on the exact query set (bench/queries.ts, relevance
 * computed by bench/lib/oracle.ts) and on the graded set of how readers ask
 * (bench/queries-graded.ts: nDCG@10, MRR, recall@10 per category), against stock Pagefind and —
 * with --before — against another build (the code on main); then speed and bytes in Chromium on
 * the site and on a generated 1,000-policy corpus.
 *
 *   node bench/search.ts                      build into bench-output/site, then measure
 *   node bench/search.ts --site DIR           measure an existing build (with its /pagefind/)
 *   node bench/search.ts --before DIR         also measure the quality of another build (e.g. main's)
 *   node bench/search.ts --copies N           copies of each policy in the large corpus (default 200; 0 skips it)
 *
 * Without --before, the "before" column comes from bench/baseline/search-quality-before.json: the
 * figures of the code on main when issue 10 started, measured with this benchmark.
 * The report is printed and written to bench-output/search.json.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { AS_OF, ROOT } from '../tests/helpers/paths.ts';
import { buildCorpus } from './lib/corpus.ts';
import {
  binaryGrades,
  clauseKey,
  contains,
  fold,
  mean,
  queryTerms,
  relevant,
  score,
  siteClauses,
  writings,
  type Scores,
} from './lib/oracle.ts';
import { serveStatic } from './lib/serve.ts';
import { measureSearchSpeed, median, openSearch, percentile, runAll, type SpeedFigures } from './lib/search-speed.ts';
import { GRADED_CATEGORIES, gradedQueries, type GradedQuery } from './queries-graded.ts';
import { isExactKind, QUERIES } from './queries.ts';

const OUT_DIR = resolve(ROOT, 'bench-output');
const BASELINE = resolve(ROOT, 'bench/baseline/search-quality-before.json');
/** Queries whose first run on a freshly opened page is measured for bytes. */
const COLD_QUERIES = ['三类医疗器械', '药', '临床试验 资助', '创新药临床试验有什么奖励'];
/** Speed is measured on these too (beyond the exact set): one per graded category. */
const SPEED_EXTRA = [
  '第（十二）条',
  '醫療器械注冊證',
  '创新药临床试验有什么奖励',
  '集采',
  '无锡 临床试验',
  '临床试验',
  '免疫细胞治疗',
];

// ── helpers ─────────────────────────────────────────────────────────────────

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const f3 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(3));
const ms = (n: number) => (Number.isNaN(n) ? '—' : `${Math.round(n)} ms`);

function dirBytes(dir: string): { files: number; bytes: number; byPart: Record<string, number> } {
  let files = 0;
  let bytes = 0;
  const byPart: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const rel = join(entry.parentPath, entry.name).slice(dir.length + 1);
    const part = rel.includes('/')
      ? rel.split('/')[0]!
      : /\.pf_meta$/.test(rel)
        ? 'meta'
        : /^wasm/.test(rel)
          ? 'wasm'
          : 'js+entry';
    byPart[part] = (byPart[part] ?? 0) + size;
    files++;
    bytes += size;
  }
  return { files, bytes, byPart };
}

/** Stock Pagefind: default settings, the five full policy pages, into <site>/pagefind-stock/. */
async function writeStockIndex(siteDir: string): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const outputPath = join(siteDir, 'pagefind-stock');
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index || errors.length) throw new Error(`stock createIndex: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: 'policies/*/index.html' });
    if (added.errors.length) throw new Error(`stock addDirectory: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`stock writeFiles: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: Date.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** Stock Pagefind's results for each query, as clause keys (sub-results whose anchor is a clause). */
async function runStock(
  page: Page,
  queries: string[],
  clauseIds: Set<string>,
): Promise<Map<string, (string | null)[]>> {
  const raw = await page.evaluate(async (qs) => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind-stock/pagefind.js`);
    await pf.options({ basePath: '/pagefind-stock/' });
    await pf.init();
    const out: { q: string; sub: string[] }[] = [];
    for (const q of qs) {
      const r = await pf.search(q);
      const pages = await Promise.all(r.results.map((x: { data(): Promise<unknown> }) => x.data()));
      out.push({
        q,
        sub: (pages as { sub_results: { url: string }[] }[]).flatMap((d) => d.sub_results.map((s) => s.url)),
      });
    }
    return out;
  }, queries);
  const toKey = (url: string) => {
    const m = url.match(/^\/policies\/([^/#?]+)\/(?:index\.html)?(?:#(.+))?$/);
    if (!m?.[2]) return null;
    const key = clauseKey(m[1]!, decodeURIComponent(m[2]));
    return clauseIds.has(key) ? key : null;
  };
  return new Map(raw.map((r) => [r.q, r.sub.map(toKey)]));
}

// ── quality ─────────────────────────────────────────────────────────────────

export interface QualityRow {
  group: string;
  n: number;
  after: Scores;
  before?: Scores;
  stock?: Scores;
}

const avg = (list: Scores[]): Scores => ({
  recall10: mean(list.map((s) => s.recall10)),
  rr: mean(list.map((s) => s.rr)),
  p5: mean(list.map((s) => s.p5)),
  ndcg10: mean(list.map((s) => s.ndcg10)),
});

interface Judged {
  q: string;
  group: string;
  grades: Map<string, number>;
}

function judgedQueries(siteDir: string): Judged[] {
  const clauses = siteClauses(siteDir);
  const keys = new Set(clauses.map((c) => clauseKey(c.policy, c.clause)));
  const exact = QUERIES.map((q) => {
    const rel = relevant(clauses, q.q);
    if (!rel.size) throw new Error(`bench/queries.ts: no clause contains ${q.q}`);
    return { q: q.q, group: isExactKind(q.kind) ? 'exact' : 'exact-multi', grades: binaryGrades(rel) };
  });
  const graded = gradedQueries().map((g: GradedQuery) => {
    const missing = Object.keys(g.grades).filter((k) => !keys.has(k));
    if (missing.length)
      throw new Error(`bench/queries-graded.ts: ${g.q}: no clause ${missing.join(', ')} in the built site`);
    return { q: g.q, group: g.category, grades: new Map(Object.entries(g.grades)) };
  });
  return [...exact, ...graded];
}

function qualityRows(
  judged: Judged[],
  after: Map<string, string[]>,
  before?: Map<string, (string | null)[]>,
  stock?: Map<string, (string | null)[]>,
): QualityRow[] {
  const groups: [string, Judged[]][] = [
    ['exact', judged.filter((j) => j.group === 'exact')],
    ['exact-multi', judged.filter((j) => j.group === 'exact-multi')],
    ...GRADED_CATEGORIES.map((c) => [c, judged.filter((j) => j.group === c)] as [string, Judged[]]),
    ['graded (all 7)', judged.filter((j) => (GRADED_CATEGORIES as string[]).includes(j.group))],
  ];
  return groups
    .filter(([, js]) => js.length)
    .map(([group, js]) => ({
      group,
      n: js.length,
      after: avg(js.map((j) => score(after.get(j.q) ?? [], j.grades))),
      ...(before ? { before: avg(js.map((j) => score(before.get(j.q) ?? [], j.grades))) } : {}),
      ...(stock ? { stock: avg(js.map((j) => score(stock.get(j.q) ?? [], j.grades))) } : {}),
    }));
}

/** Result keys of every query on a built site's search page. */
async function resultsOf(browser: Browser, siteDir: string, queries: string[]): Promise<Map<string, string[]>> {
  const server = await serveStatic(siteDir);
  try {
    const page = await openSearch(browser, server.url);
    const runs = await runAll(page, queries);
    await page.close();
    return new Map(runs.map((r) => [r.q, r.keys]));
  } finally {
    await server.close();
  }
}

// ── report ──────────────────────────────────────────────────────────────────

interface ScaleFigures {
  label: string;
  policies: number;
  records: number;
  indexMs: number | null;
  index: ReturnType<typeof dirBytes>;
  speed: SpeedFigures;
  exactQuality?: Scores;
}

export interface SearchBenchReport {
  quality: QualityRow[];
  beforeSource: string | null;
  stockIndex: { pages: number; ms: number };
  small: ScaleFigures;
  large: ScaleFigures | null;
  perQuery: { q: string; group: string; after: Scores; before?: Scores }[];
}

function printReport(r: SearchBenchReport) {
  console.log('\n== Search: quality ==');
  console.log('exact: bench/queries.ts, relevance = clauses whose own text holds every term (bench/lib/oracle.ts)');
  console.log('graded: bench/queries-graded.ts, grades written from the texts (2 = the clause to cite, 1 = useful)');
  console.log(
    'nDCG@10 (gain 2^g−1) · MRR = mean 1/rank of the first result with the query’s top grade · recall@10 = graded ≥1 in the first 10 / min(10, graded ≥1)',
  );
  console.log(`before = ${r.beforeSource ?? 'not measured'} · stock = Pagefind defaults on the 5 policy pages\n`);
  const head = ['group', 'n', 'nDCG@10', '', '', 'MRR', '', '', 'recall@10', '', ''];
  const sub = ['', '', 'before', 'after', 'stock', 'before', 'after', 'stock', 'before', 'after', 'stock'];
  const widths = [16, 4, 8, 8, 8, 8, 8, 8, 10, 8, 8];
  const row = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  row(head);
  row(sub);
  for (const q of r.quality)
    row([
      q.group,
      String(q.n),
      f3(q.before?.ndcg10),
      f3(q.after.ndcg10),
      f3(q.stock?.ndcg10),
      f3(q.before?.rr),
      f3(q.after.rr),
      f3(q.stock?.rr),
      f3(q.before?.recall10),
      f3(q.after.recall10),
      f3(q.stock?.recall10),
    ]);
  const exact = r.quality.find((q) => q.group === 'exact')!;
  const graded = r.quality.find((q) => q.group.startsWith('graded'))!;
  const cats = r.quality.filter((q) => (GRADED_CATEGORIES as string[]).includes(q.group));
  const goal = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  console.log(
    `\ngoals: exact MRR 1.000 / recall@10 1.000 → ${f3(exact.after.rr)} / ${f3(exact.after.recall10)} ${goal(exact.after.rr === 1 && exact.after.recall10 === 1)}`,
  );
  console.log(
    `       graded nDCG@10 ≥ 0.9 and MRR ≥ 0.9 → ${f3(graded.after.ndcg10)} / ${f3(graded.after.rr)} ${goal(graded.after.ndcg10 >= 0.9 && graded.after.rr >= 0.9)}`,
  );
  const weak = cats.filter((c) => c.after.ndcg10 < 0.8 || c.after.rr < 0.8).map((c) => c.group);
  console.log(`       every category ≥ 0.8 → ${weak.length ? `NOT MET (${weak.join(', ')})` : 'met'}`);
  const misses = r.perQuery.filter((p) => p.after.ndcg10 < 0.8 || p.after.rr < 1);
  if (misses.length) {
    console.log('queries below nDCG@10 0.8 or MRR 1 (after):');
    for (const m of misses)
      console.log(
        `  ${m.group.padEnd(10)} ${m.q.padEnd(20)} nDCG@10 ${f3(m.after.ndcg10)}  RR ${f3(m.after.rr)}  recall@10 ${f3(m.after.recall10)}`,
      );
  }

  console.log(
    '\n== Search: speed and size in Chromium (Debian chromium, playwright-core; static server, no compression, localhost) ==',
  );
  const scales = [r.small, ...(r.large ? [r.large] : [])];
  const col = (label: string, values: string[]) =>
    console.log(`${label.padEnd(56)} ${values.map((v) => v.padStart(20)).join(' ')}`);
  col(
    '',
    scales.map((s) => s.label),
  );
  col(
    'policies / clause records',
    scales.map((s) => `${s.policies} / ${s.records}`),
  );
  col(
    'index build, records → bundle (s)',
    scales.map((s) => (s.indexMs === null ? '(site build)' : (s.indexMs / 1000).toFixed(1))),
  );
  col(
    'index on disk: total (files)',
    scales.map((s) => `${mib(s.index.bytes)} (${s.index.files})`),
  );
  for (const part of ['index', 'fragment', 'filter', 'meta', 'wasm', 'js+entry'])
    col(
      `  ${part}`,
      scales.map((s) => kib(s.index.byPart[part] ?? 0)),
    );
  col(
    '/search/ page load, cold (bytes)',
    scales.map((s) => kib(s.speed.cold[0]?.pageBytes ?? Number.NaN)),
  );
  for (let i = 0; i < COLD_QUERIES.length; i++) {
    col(
      `first query, cold page: ${COLD_QUERIES[i]} (bytes, requests)`,
      scales.map((s) => (s.speed.cold[i] ? `${kib(s.speed.cold[i]!.queryBytes)}, ${s.speed.cold[i]!.requests}` : '—')),
    );
    col(
      '  page and query together: as stored / from a gzipping host',
      scales.map((s) => {
        const c = s.speed.cold[i];
        return c ? `${kib(c.pageBytes + c.queryBytes)} / ${kib(c.pageGzip + c.queryGzip)}` : '—';
      }),
    );
    col(
      '  time to results',
      scales.map((s) => ms(s.speed.cold[i]?.ms ?? Number.NaN)),
    );
  }
  const warm = (s: ScaleFigures) => s.speed.first.map((x) => x.ms);
  const again = (s: ScaleFigures) => s.speed.repeat.map((x) => x.ms);
  col(
    'warm, first run of each query: median / p95',
    scales.map((s) => `${ms(median(warm(s)))} / ${ms(percentile(warm(s), 95))}`),
  );
  col(
    'warm, repeated query: median / p95',
    scales.map((s) => `${ms(median(again(s)))} / ${ms(percentile(again(s), 95))}`),
  );
  col(
    'queries measured',
    scales.map((s) => String(s.speed.first.length)),
  );
  col(
    'candidates per query: max (texts checked, max)',
    scales.map(
      (s) =>
        `${Math.max(...s.speed.first.map((x) => x.candidates))} (${Math.max(...s.speed.first.map((x) => x.checked))})`,
    ),
  );
  for (const s of scales) {
    const f = s.speed.filtered;
    if (f)
      console.log(
        `${s.label}: filtered query (${f.q}, region=${f.region}) ${ms(f.ms)}; ${f.total} results, region count in the unfiltered results ${f.unfilteredCount}; same order as unfiltered: ${f.sameOrder}`,
      );
    if (s.exactQuality)
      console.log(
        `${s.label}: exact set quality on its own relevance: MRR ${f3(s.exactQuality.rr)}, recall@10 ${f3(s.exactQuality.recall10)}, nDCG@10 ${f3(s.exactQuality.ndcg10)}`,
      );
  }
  console.log(
    '* timings on a shared 2-core machine are noisy; bytes, requests and candidate counts are deterministic for a given build.',
  );
}

// ── run ─────────────────────────────────────────────────────────────────────

export interface SearchBenchOptions {
  siteDir?: string;
  buildMs?: number | null;
  copies?: number;
  /** Another build to measure quality on (the "before" column). */
  beforeDir?: string;
  /** Write the before figures to bench/baseline/search-quality-before.json. */
  writeBaseline?: boolean;
}

/** Relevance of exact queries on the generated corpus, from its records (same rules as the oracle). */
function recordGrades(
  records: { url: string; content: string }[],
  queries: string[],
): Map<string, Map<string, number>> {
  const blocks = records.map((r) => {
    const m = r.url.match(/^\/policies\/([^/]+)\/#(.+)$/)!;
    return { key: clauseKey(m[1]!, m[2]!), folded: r.content.split('\u2063').map(fold) };
  });
  return new Map(
    queries.map((q) => {
      const terms = queryTerms(q);
      const rel = new Set(
        blocks
          .filter((b) => terms.every((t) => writings(t).some((w) => b.folded.some((x) => contains(x, w)))))
          .map((b) => b.key),
      );
      return [q, binaryGrades(rel)];
    }),
  );
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchReport> {
  process.env.POLICY_AS_OF ??= AS_OF;
  const copies = options.copies ?? 200;
  const siteDir = options.siteDir ? resolve(options.siteDir) : resolve(OUT_DIR, 'site');
  if (!options.siteDir) {
    console.log('search bench: building the site into bench-output/site …');
    const { build } = await import('astro');
    await build({ root: ROOT, outDir: siteDir, logLevel: 'warn' });
  }
  const workDir = resolve(OUT_DIR, 'search');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  const judged = judgedQueries(siteDir);
  const queries = judged.map((j) => j.q);
  const clauseIds = new Set(siteClauses(siteDir).map((c) => clauseKey(c.policy, c.clause)));
  console.log(`search bench: ${judged.length} queries; stock index …`);
  const stockIndex = await writeStockIndex(siteDir);
  const browser = await launchBrowser();
  let report: SearchBenchReport;
  try {
    console.log('search bench: quality in Chromium …');
    const after = await resultsOf(browser, siteDir, queries);
    let before: Map<string, (string | null)[]> | undefined;
    let beforeSource: string | null = null;
    if (options.beforeDir) {
      before = await resultsOf(browser, resolve(options.beforeDir), queries);
      beforeSource = `the build in ${options.beforeDir}`;
      if (options.writeBaseline) {
        mkdirSync(resolve(ROOT, 'bench/baseline'), { recursive: true });
        writeFileSync(BASELINE, `${JSON.stringify(Object.fromEntries(before), null, 1)}\n`);
      }
    } else if (existsSync(BASELINE)) {
      before = new Map(Object.entries(JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, (string | null)[]>));
      beforeSource = 'bench/baseline/search-quality-before.json (main before issue 10)';
    }
    const server = await serveStatic(siteDir);
    const page = await openSearch(browser, server.url);
    const stock = await runStock(page, queries, clauseIds);
    await page.close();
    await server.close();
    rmSync(join(siteDir, 'pagefind-stock'), { recursive: true, force: true });

    console.log('search bench: speed, 5 policies …');
    const speedQueries = [...QUERIES.map((q) => q.q), ...SPEED_EXTRA];
    const speed = await measureSearchSpeed(siteDir, {
      queries: speedQueries,
      cold: COLD_QUERIES,
      filtered: { q: '临床试验', region: 'suzhou' },
      browser,
    });
    const small5 = buildCorpus(ROOT, 1);
    report = {
      quality: qualityRows(judged, after, before, stock),
      beforeSource,
      stockIndex,
      small: {
        label: '5 policies (site)',
        policies: small5.policies,
        records: small5.records.length,
        indexMs: null,
        index: dirBytes(join(siteDir, 'pagefind')),
        speed,
      },
      large: null,
      perQuery: judged.map((j) => ({
        q: j.q,
        group: j.group,
        after: score(after.get(j.q) ?? [], j.grades),
        ...(before ? { before: score(before.get(j.q) ?? [], j.grades) } : {}),
      })),
    };

    if (copies > 0) {
      console.log(`search bench: generating ${copies * small5.policies} policies …`);
      const corpus = buildCorpus(ROOT, copies);
      const scaleSite = join(workDir, 'scale-site');
      // The same pages and scripts; only the index differs.
      cpSync(siteDir, scaleSite, {
        recursive: true,
        filter: (src) => !/\/pagefind(-stock)?(\/|$)/.test(src.slice(siteDir.length)),
      });
      console.log(`search bench: indexing ${corpus.records.length} records …`);
      const stats = await writeSearchIndex(corpus.records, join(scaleSite, 'pagefind'));
      console.log(`search bench: ${corpus.policies} policies in Chromium …`);
      // Every second exact query and the extra ones: the large corpus takes longer per query.
      const subset = [...QUERIES.filter((_, i) => i % 2 === 0).map((q) => q.q), ...SPEED_EXTRA];
      const large = await measureSearchSpeed(scaleSite, {
        queries: subset,
        cold: COLD_QUERIES,
        filtered: { q: '临床试验', region: 'kunshan' },
        browser,
      });
      const exactSubset = QUERIES.filter((_, i) => i % 2 === 0 && isExactKind(QUERIES[i]!.kind)).map((q) => q.q);
      const grades = recordGrades(corpus.records, exactSubset);
      const keys = new Map(large.first.map((x) => [x.q, x.keys]));
      report.large = {
        label: `${corpus.policies} policies`,
        policies: corpus.policies,
        records: corpus.records.length,
        indexMs: stats.ms,
        index: dirBytes(join(scaleSite, 'pagefind')),
        speed: large,
        exactQuality: avg(exactSubset.map((q) => score(keys.get(q) ?? [], grades.get(q)!))),
      };
    }
  } finally {
    await browser.close();
    // The copies and the large index are tens of thousands of files: keep only the report.
    rmSync(workDir, { recursive: true, force: true });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(resolve(OUT_DIR, 'search.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const site = at('--site');
  const copies = at('--copies');
  const before = at('--before');
  await runSearchBench({
    ...(site ? { siteDir: site } : {}),
    ...(copies !== undefined ? { copies: Number(copies) } : {}),
    ...(before ? { beforeDir: before } : {}),
    writeBaseline: args.includes('--write-baseline'),
  });
}
