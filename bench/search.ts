/**
 * Search benchmark (issue 4): quality of our clause search against stock Pagefind on the same
 * site in the same run, speed and bytes in real Chromium, index size, and the same figures on a
 * generated 1,000-policy corpus.
 *
 *   node bench/search.ts                   build into bench-output/site, then measure
 *   node bench/search.ts --site DIR        measure an existing build (with its /pagefind/)
 *   node bench/search.ts --copies N        copies of each policy in the large corpus (default 200 → 1,000 policies)
 *
 * Quality: bench/queries.ts, relevance from bench/lib/oracle.ts (the clauses whose own text
 * contains every term). Ours: the real search page, results as rendered. Stock: Pagefind with
 * default settings on the five full policy pages, queried with the raw query string; its page
 * results are expanded to their sub-results in order, and a sub-result counts when its anchor
 * is a relevant clause. "stock + anchors" maps each matched word of a page result to the clause
 * element (id) before it — the best stock Pagefind data allow without our index.
 *
 * The report is printed and written to bench-output/search.json.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { writeSearchIndex, type IndexStats } from '../src/integrations/pagefind.ts';
import { normalize, occurrences } from '../src/lib/search/normalize.ts';
import { parseQuery } from '../src/lib/search/query-tokens.ts';
import { parseClauseUrl, type SearchRecord } from '../src/lib/search/index-records.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { AS_OF, ROOT } from '../tests/helpers/paths.ts';
import { runQuery, waitForResults } from '../tests/search/helpers.ts';
import { buildCorpus } from './lib/corpus.ts';
import { clauseKey, mean, relevant, score, siteClauses, type Scores } from './lib/oracle.ts';
import { serveStatic, type StaticServer } from './lib/serve.ts';
import { isExactKind, QUERIES, type BenchQuery } from './queries.ts';

const OUT_DIR = resolve(ROOT, 'bench-output');
/** Queries whose first run on a freshly opened page is measured for bytes. */
const COLD_QUERIES = ['三类医疗器械', '药', '临床试验 资助'];

// ── helpers ─────────────────────────────────────────────────────────────────

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const f3 = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(3));
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

interface OursRun {
  q: string;
  kind: BenchQuery['kind'];
  keys: string[];
  ms: number;
  total: number;
  candidates: number;
  checked: number;
}

async function openSearch(browser: Browser, baseURL: string): Promise<Page> {
  const page = await browser.newPage();
  // Opening with a query loads and initialises Pagefind: what follows is "warm".
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent('药')}`);
  await waitForResults(page, '药');
  return page;
}

async function runOurs(page: Page, queries: BenchQuery[]): Promise<OursRun[]> {
  const out: OursRun[] = [];
  for (const { q, kind } of queries) {
    const r = await runQuery(page, q);
    out.push({ q, kind, keys: r.keys, ms: r.ms, total: r.total, candidates: r.candidates, checked: r.checked });
  }
  return out;
}

interface ColdRun {
  q: string;
  pageBytes: number;
  queryBytes: number;
  requests: number;
  ms: number;
}

/** A fresh browser context (empty cache) per query: bytes to load /search/, then bytes the first query fetches. */
async function coldQueries(browser: Browser, server: StaticServer): Promise<ColdRun[]> {
  const out: ColdRun[] = [];
  for (const q of COLD_QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = server.bytes();
    server.reset();
    let requests = 0;
    page.on('request', () => requests++);
    const r = await runQuery(page, q);
    await page.waitForLoadState('networkidle');
    out.push({ q, pageBytes, queryBytes: server.bytes(), requests, ms: r.ms });
    await context.close();
  }
  return out;
}

interface StockRun {
  q: string;
  ms: number;
  sub: (string | null)[];
  anchored: (string | null)[];
}

async function runStock(page: Page, queries: BenchQuery[], clauseIds: Set<string>): Promise<StockRun[]> {
  const raw = await page.evaluate(
    async (qs) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind-stock/pagefind.js`);
      await pf.options({ basePath: '/pagefind-stock/' });
      await pf.init();
      const out = [];
      for (const q of qs) {
        const started = performance.now();
        const r = await pf.search(q);
        const pages = await Promise.all(r.results.map((x: { data(): Promise<unknown> }) => x.data()));
        const elapsed = performance.now() - started;
        const sub: string[] = [];
        const anchored: string[] = [];
        for (const d of pages as {
          url: string;
          raw_url?: string;
          locations: number[];
          sub_results: { url: string }[];
          anchors: { id: string; location: number }[];
        }[]) {
          for (const s of d.sub_results) sub.push(s.url);
          const anchors = [...d.anchors].sort((a, b) => a.location - b.location);
          const seen = new Set<string>();
          for (const loc of [...d.locations].sort((a, b) => a - b)) {
            let best: { id: string } | null = null;
            for (const a of anchors) {
              if (a.location <= loc) best = a;
              else break;
            }
            const url = `${d.raw_url ?? d.url}${best ? `#${best.id}` : ''}`;
            if (!seen.has(url)) {
              seen.add(url);
              anchored.push(url);
            }
          }
        }
        out.push({ q, ms: elapsed, sub, anchored });
      }
      return out;
    },
    queries.map((q) => q.q),
  );
  const toKey = (url: string) => {
    const m = url.match(/^\/policies\/([^/#?]+)\/(?:index\.html)?(?:#(.+))?$/);
    if (!m?.[2]) return null;
    const key = clauseKey(m[1]!, decodeURIComponent(m[2]));
    return clauseIds.has(key) ? key : null;
  };
  return raw.map((r) => ({ q: r.q, ms: r.ms, sub: r.sub.map(toKey), anchored: r.anchored.map(toKey) }));
}

interface QualityRow {
  group: string;
  n: number;
  ours: Scores;
  stock: Scores;
  anchors: Scores;
}

function quality(
  queries: BenchQuery[],
  rel: Map<string, Set<string>>,
  ours: Map<string, (string | null)[]>,
  stock?: Map<string, StockRun>,
): QualityRow[] {
  const groups: [string, BenchQuery[]][] = [
    ['exact-substring', queries.filter((q) => isExactKind(q.kind))],
    ['multi-term', queries.filter((q) => !isExactKind(q.kind))],
    ...[...new Set(queries.map((q) => q.kind))].map(
      (k) => [`  ${k}`, queries.filter((q) => q.kind === k)] as [string, BenchQuery[]],
    ),
    ['all', queries],
  ];
  const avg = (list: Scores[]): Scores => ({
    recall10: mean(list.map((s) => s.recall10)),
    rr: mean(list.map((s) => s.rr)),
    p5: mean(list.map((s) => s.p5)),
  });
  const none: Scores = { recall10: NaN, rr: NaN, p5: NaN };
  return groups
    .filter(([, qs]) => qs.length)
    .map(([group, qs]) => ({
      group,
      n: qs.length,
      ours: avg(qs.map((q) => score(ours.get(q.q) ?? [], rel.get(q.q)!))),
      stock: stock ? avg(qs.map((q) => score(stock.get(q.q)!.sub, rel.get(q.q)!))) : none,
      anchors: stock ? avg(qs.map((q) => score(stock.get(q.q)!.anchored, rel.get(q.q)!))) : none,
    }));
}

/** Relevance on the generated corpus, from its records (same containment rules as the oracle). */
function recordRelevance(records: SearchRecord[], queries: BenchQuery[]): Map<string, Set<string>> {
  const norm = records.map((r) => ({
    key: (({ policy, clause }) => clauseKey(policy, clause))(parseClauseUrl(r.url)!),
    text: normalize(r.content),
  }));
  const out = new Map<string, Set<string>>();
  for (const { q } of queries) {
    const { terms } = parseQuery(q);
    out.set(q, new Set(norm.filter((r) => terms.every((t) => occurrences(r.text, t).length > 0)).map((r) => r.key)));
  }
  return out;
}

// ── report ──────────────────────────────────────────────────────────────────

interface ScaleFigures {
  label: string;
  policies: number;
  records: number;
  buildMs: number | null;
  indexMs: number;
  index: ReturnType<typeof dirBytes>;
  cold: ColdRun[];
  warm: number[];
  repeat: number[];
  overCap: number;
  maxCandidates: number;
  maxChecked: number;
  quality?: QualityRow[];
}

/** Latency and candidate-checking figures of one corpus: a first pass over the queries and a repeat. */
function runFigures(
  first: OursRun[],
  again: OursRun[],
): Pick<ScaleFigures, 'warm' | 'repeat' | 'overCap' | 'maxCandidates' | 'maxChecked'> {
  return {
    warm: first.map((r) => r.ms),
    repeat: again.map((r) => r.ms),
    overCap: first.filter((r) => r.checked < r.candidates && r.checked > 1).length,
    maxCandidates: Math.max(...first.map((r) => r.candidates)),
    maxChecked: Math.max(...first.map((r) => r.checked)),
  };
}

export interface SearchBenchReport {
  queries: number;
  stockIndex: { pages: number; ms: number };
  quality: QualityRow[];
  stockLatency: number[];
  small: ScaleFigures;
  large: ScaleFigures | null;
  filteredAtScale: { q: string; ms: number; after: number } | null;
  perQuery: {
    q: string;
    kind: string;
    relevant: number;
    ours: Scores;
    stock: Scores;
    anchors: Scores;
    candidates: number;
    checked: number;
    ms: number;
  }[];
}

function printReport(r: SearchBenchReport) {
  console.log(
    `\n== Search: quality (${r.queries} queries from bench/queries.ts; relevant = clauses whose own text contains every term) ==`,
  );
  console.log(
    'recall@10 = |relevant ∩ top 10| / min(10, |relevant|) · MRR = mean 1/rank of the first relevant result · P@5 = relevant share of the first 5 results shown',
  );
  console.log(
    `stock = Pagefind 1.6 default settings on the 5 full policy pages (${r.stockIndex.pages} pages indexed in ${r.stockIndex.ms} ms), raw query, page results expanded to sub-results`,
  );
  console.log('stock+anchors = the same results, each matched word credited to the clause element (id) before it\n');
  const head = ['', 'n', 'recall@10', '', '', 'MRR', '', '', 'P@5', '', ''];
  const sub = ['group', '', 'ours', 'stock', '+anchors', 'ours', 'stock', '+anchors', 'ours', 'stock', '+anchors'];
  const widths = [18, 4, 10, 8, 9, 10, 8, 9, 10, 8, 9];
  const row = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  row(head);
  row(sub);
  for (const q of r.quality)
    row([
      q.group,
      String(q.n),
      f3(q.ours.recall10),
      f3(q.stock.recall10),
      f3(q.anchors.recall10),
      f3(q.ours.rr),
      f3(q.stock.rr),
      f3(q.anchors.rr),
      f3(q.ours.p5),
      f3(q.stock.p5),
      f3(q.anchors.p5),
    ]);
  const exact = r.quality.find((q) => q.group === 'exact-substring')!;
  const all = r.quality.find((q) => q.group === 'all')!;
  const goal = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  console.log(
    `\ngoals: exact-substring recall@10 = 1.0 → ${f3(exact.ours.recall10)} ${goal(exact.ours.recall10 === 1)}; MRR ≥ 0.95 → ${f3(exact.ours.rr)} ${goal(exact.ours.rr >= 0.95)}; P@5 ≥ 0.9 → ${f3(all.ours.p5)} (all queries) ${goal(all.ours.p5 >= 0.9)}`,
  );
  const misses = r.perQuery.filter((p) => p.ours.recall10 < 1 || p.ours.rr < 1 || p.ours.p5 < 1);
  if (misses.length) {
    console.log('queries below 1 for ours:');
    for (const m of misses)
      console.log(
        `  ${m.q.padEnd(16)} relevant ${String(m.relevant).padStart(3)}  recall@10 ${f3(m.ours.recall10)}  RR ${f3(m.ours.rr)}  P@5 ${f3(m.ours.p5)}`,
      );
  }

  console.log(
    '\n== Search: speed and size in Chromium (Debian chromium, playwright-core; static server, no compression, localhost) ==',
  );
  const scales = [r.small, ...(r.large ? [r.large] : [])];
  const col = (label: string, values: string[]) =>
    console.log(`${label.padEnd(52)} ${values.map((v) => v.padStart(18)).join(' ')}`);
  col(
    '',
    scales.map((s) => s.label),
  );
  col(
    'policies / clause records',
    scales.map((s) => `${s.policies} / ${s.records}`),
  );
  col(
    'site build, astro build incl. index (s)',
    scales.map((s) => (s.buildMs === null ? 'not built*' : (s.buildMs / 1000).toFixed(1))),
  );
  col(
    'index build, records → bundle (s)',
    scales.map((s) => (s.indexMs / 1000).toFixed(1)),
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
    scales.map((s) => kib(s.cold[0]?.pageBytes ?? NaN)),
  );
  for (let i = 0; i < COLD_QUERIES.length; i++) {
    col(
      `first query, cold page: ${COLD_QUERIES[i]} (bytes, requests)`,
      scales.map((s) => (s.cold[i] ? `${kib(s.cold[i]!.queryBytes)}, ${s.cold[i]!.requests}` : '—')),
    );
    col(
      `  time to results`,
      scales.map((s) => ms(s.cold[i]?.ms ?? NaN)),
    );
  }
  col(
    'warm, first run of each query: median / p95',
    scales.map((s) => `${ms(median(s.warm))} / ${ms(percentile(s.warm, 95))}`),
  );
  col(
    'warm, repeated query: median / p95',
    scales.map((s) => `${ms(median(s.repeat))} / ${ms(percentile(s.repeat, 95))}`),
  );
  col(
    'queries measured',
    scales.map((s) => String(s.warm.length)),
  );
  col(
    'candidates per query: max (texts checked, max)',
    scales.map((s) => `${s.maxCandidates} (${s.maxChecked})`),
  );
  col(
    'queries with more candidates than checked',
    scales.map((s) => String(s.overCap)),
  );
  console.log(
    `stock Pagefind on the 5 policy pages, warm: median ${ms(median(r.stockLatency))} / p95 ${ms(percentile(r.stockLatency, 95))} (search + data() of every page result)`,
  );
  if (!r.small.buildMs)
    console.log(
      "* the 5-policy build time is the site benchmark's (same run) when it built the site; the 1,000-policy corpus is not rendered as pages: its records are made by the same model and record code and indexed by the same writeSearchIndex.",
    );
  if (r.large?.quality) {
    const q = r.large.quality.find((x) => x.group === 'exact-substring')!;
    console.log(
      `quality on the ${r.large.policies}-policy corpus (exact-substring, ${q.n} queries): recall@10 ${f3(q.ours.recall10)}, MRR ${f3(q.ours.rr)}, P@5 ${f3(q.ours.p5)}`,
    );
  }
  if (r.filteredAtScale) {
    console.log(
      `a filtered query at scale (${r.filteredAtScale.q}, region=kunshan): ${ms(r.filteredAtScale.ms)}; the next unfiltered query: ${ms(r.filteredAtScale.after)} — Pagefind 1.6 counts the values of every loaded filter for every result`,
    );
  }
}

// ── run ─────────────────────────────────────────────────────────────────────

export interface SearchBenchOptions {
  /** An existing build; without it the site is built into bench-output/site. */
  siteDir?: string;
  /** Build time of that site, when the caller built it. */
  buildMs?: number | null;
  /** Copies of each policy in the large corpus; 0 skips it. */
  copies?: number;
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchReport> {
  process.env.POLICY_AS_OF ??= AS_OF;
  const copies = options.copies ?? 200;
  const siteDir = options.siteDir ? resolve(options.siteDir) : resolve(OUT_DIR, 'site');
  let buildMs = options.buildMs ?? null;
  if (!options.siteDir) {
    console.log('search bench: building the site into bench-output/site …');
    const { build } = await import('astro');
    const started = Date.now();
    await build({ root: ROOT, outDir: siteDir, logLevel: 'warn' });
    buildMs = Date.now() - started;
  }
  const workDir = resolve(OUT_DIR, 'search');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  console.log('search bench: indexing (stock bundle; our records for 5 policies) …');
  const clauses = siteClauses(siteDir);
  const clauseIds = new Set(clauses.map((c) => clauseKey(c.policy, c.clause)));
  const stockIndex = await writeStockIndex(siteDir);
  const small5 = buildCorpus(ROOT, 1);
  const small5Stats = await writeSearchIndex(small5.records, join(workDir, 'index-5', 'pagefind'));
  const rel = new Map(QUERIES.map((q) => [q.q, relevant(clauses, q.q)]));
  const empty = QUERIES.filter((q) => !rel.get(q.q)!.size).map((q) => q.q);
  if (empty.length) throw new Error(`bench/queries.ts: no clause contains ${empty.join(', ')}`);

  const browser = await launchBrowser();
  const server = await serveStatic(siteDir);
  let report: SearchBenchReport;
  try {
    console.log('search bench: 5 policies in Chromium …');
    const page = await openSearch(browser, server.url);
    const first = await runOurs(page, QUERIES);
    const again = await runOurs(page, QUERIES);
    const stock = await runStock(page, QUERIES, clauseIds);
    await page.close();
    const cold = await coldQueries(browser, server);
    const ours = new Map(first.map((r) => [r.q, r.keys]));
    const stockBy = new Map(stock.map((s) => [s.q, s]));
    const small: ScaleFigures = {
      label: '5 policies (site)',
      policies: small5.policies,
      records: small5.records.length,
      buildMs,
      indexMs: small5Stats.ms,
      index: dirBytes(join(siteDir, 'pagefind')),
      cold,
      ...runFigures(first, again),
    };
    report = {
      queries: QUERIES.length,
      stockIndex,
      quality: quality(QUERIES, rel, ours, stockBy),
      stockLatency: stock.map((s) => s.ms),
      small,
      large: null,
      filteredAtScale: null,
      perQuery: first.map((r) => ({
        q: r.q,
        kind: r.kind,
        relevant: rel.get(r.q)!.size,
        ours: score(r.keys, rel.get(r.q)!),
        stock: score(stockBy.get(r.q)!.sub, rel.get(r.q)!),
        anchors: score(stockBy.get(r.q)!.anchored, rel.get(r.q)!),
        candidates: r.candidates,
        checked: r.checked,
        ms: r.ms,
      })),
    };
  } finally {
    await server.close();
    rmSync(join(siteDir, 'pagefind-stock'), { recursive: true, force: true });
  }

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
    const stats: IndexStats = await writeSearchIndex(corpus.records, join(scaleSite, 'pagefind'));
    const scaleServer = await serveStatic(scaleSite);
    try {
      console.log(`search bench: ${corpus.policies} policies in Chromium …`);
      // Every second query: the large corpus takes longer per query, and the bench stays within minutes.
      const subset = QUERIES.filter((_, i) => i % 2 === 0);
      const page = await openSearch(browser, scaleServer.url);
      const first = await runOurs(page, subset);
      const again = await runOurs(page, subset);
      await page.close();
      const cold = await coldQueries(browser, scaleServer);
      const scaleRel = recordRelevance(corpus.records, subset);
      report.large = {
        label: `${corpus.policies} policies`,
        policies: corpus.policies,
        records: corpus.records.length,
        buildMs: null,
        indexMs: stats.ms,
        index: dirBytes(join(scaleSite, 'pagefind')),
        cold,
        ...runFigures(first, again),
        quality: quality(subset, scaleRel, new Map(first.map((r) => [r.q, r.keys]))),
      };
      // Filters at scale: one filtered query, then an unfiltered one on the same page.
      const fpage = await openSearch(browser, scaleServer.url);
      const filtered = await fpage.evaluate(async () => {
        const started = performance.now();
        history.replaceState(null, '', '/search/?q=%E8%8D%AF');
        const select = document.querySelector<HTMLSelectElement>('select[data-filter="region"]')!;
        select.value = 'kunshan';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const box = document.querySelector<HTMLElement>('[data-search-results]')!;
          const observer = new MutationObserver(() => {
            if (box.dataset.searchState === 'done' && location.search.includes('region=kunshan')) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(box, { attributes: true });
        });
        return performance.now() - started;
      });
      // Clear the filter without searching, then time the next (unfiltered) query.
      await fpage.evaluate(() => {
        document.querySelector<HTMLSelectElement>('select[data-filter="region"]')!.value = '';
      });
      const after = await runQuery(fpage, '医疗器械');
      report.filteredAtScale = { q: '药', ms: filtered, after: after.ms };
      await fpage.close();
    } finally {
      await scaleServer.close();
    }
  }
  await browser.close();
  // The copies and the large index are tens of thousands of files: keep only the report.
  rmSync(workDir, { recursive: true, force: true });

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
  await runSearchBench({
    ...(site ? { siteDir: site } : {}),
    ...(copies !== undefined ? { copies: Number(copies) } : {}),
  });
}
