/**
 * Site performance figures (printed, not pass/fail tests): the build time of the whole site,
 * the compressed bytes each kind of page loads (HTML, CSS, JS and the rest, gzip and brotli),
 * the overhead of a policy page beyond its text, and Lighthouse scores (mobile profile) for
 * performance, accessibility, best practices and SEO on every kind of page.
 *
 *   node bench/site.ts                  build into bench-output/site, then measure
 *   node bench/site.ts --site DIR       measure an existing build instead
 *   node bench/site.ts --no-lighthouse  bytes and build time only (Lighthouse takes minutes)
 *   node bench/site.ts --pages home,policy,clause,search --runs 3
 *                                       only these page types (tests/helpers/page-types.ts names)
 *   node bench/site.ts --lhr DIR        also write each run's whole Lighthouse report to
 *                                       DIR/<page>-<run>.json (LCP element, request chains,
 *                                       long tasks and the scripts they ran in)
 *
 * scripts/bench.ts calls runSiteBench(); the report is also written to
 * bench-output/site.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Result as LighthouseResult } from 'lighthouse';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { pageTypes, type PageType } from '../tests/helpers/page-types.ts';
import { AS_OF, ROOT } from '../tests/helpers/paths.ts';
import { contentFiles } from '../tests/helpers/site.ts';

/** Budgets from issue 5, in compressed (gzip) bytes. */
export const BUDGETS = { policyJs: 5 * 1024, css: 15 * 1024, policyOverhead: 20 * 1024 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT_DIR = resolve(ROOT, 'bench-output');

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
type Kind = 'html' | 'css' | 'js' | 'other';
export interface PageBytes {
  name: string;
  path: string;
  byKind: Record<Kind, Sizes & { files: number }>;
  total: Sizes;
  /** Policy pages only: the policy's text alone, and the page's bytes beyond it. */
  text?: Sizes;
  overhead?: Sizes;
}
export interface LighthouseScores {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits that cost points, per category, by id. */
  lost: Record<string, string[]>;
  /** Why Lighthouse gave no scores (it refuses to audit a 404 response, for one). */
  error?: string;
}
export interface SiteBenchReport {
  buildSeconds: number | null;
  pages: number;
  bytes: PageBytes[];
  lighthouse: LighthouseScores[];
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
function sizes(data: Buffer): Sizes {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const sub = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
const kb = (n: number) => (n / 1024).toFixed(1);

/** Everything a page loads until the network is idle — before any interaction, so before search is opened. */
async function measurePage(browser: Browser, baseURL: string, type: PageType): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const bodies: Promise<{ kind: Kind; body: Buffer } | null>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind: Kind =
      type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    bodies.push(
      response.body().then(
        (body) => ({ kind, body }),
        () => null,
      ),
    );
  });
  await page.goto(`${baseURL}${type.path}`, { waitUntil: 'networkidle' });
  await type.ready?.(page);
  const byKind = Object.fromEntries(
    (['html', 'css', 'js', 'other'] as Kind[]).map((k) => [k, { ...zero(), files: 0 }]),
  ) as PageBytes['byKind'];
  let total = zero();
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const s = sizes(item.body);
    byKind[item.kind] = { ...add(byKind[item.kind], s), files: byKind[item.kind].files + 1 };
    total = add(total, s);
  }
  await context.close();
  return { name: type.name, path: type.path, byKind, total };
}

/** One Lighthouse report reduced to its four scores and the audits that cost points. */
function summarize(type: PageType, lhr: LighthouseResult): LighthouseScores {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  ) as LighthouseScores['scores'];
  const lost: Record<string, string[]> = {};
  for (const c of CATEGORIES) {
    const ids = (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`);
    if (ids.length) lost[c] = ids;
  }
  return {
    name: type.name,
    path: type.path,
    scores,
    lost,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

/**
 * Lighthouse on each page type, `runs` times, keeping the run with the median performance score:
 * simulated throttling scales with the CPU time it observes, so one run on a busy machine can
 * lose 15 points that the next one does not (Lighthouse's own advice is the median of several).
 */
async function lighthouseAll(
  baseURL: string,
  types: PageType[],
  runs: number,
  lhrDir?: string,
): Promise<LighthouseScores[]> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chromePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8',
  }).trim();
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results: LighthouseScores[] = [];
  try {
    for (const type of types) {
      // Lighthouse refuses a 404 response; the not-found page is also served, with 200, as /404.html.
      const path = type.status === 404 ? '/404.html' : type.path;
      const all: LighthouseScores[] = [];
      for (let i = 0; i < runs; i++) {
        // Default config: mobile form factor and screen, simulated slow-4G throttling.
        const run = await lighthouse(`${baseURL}${path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        all.push(summarize(type, run.lhr));
        if (lhrDir) {
          mkdirSync(lhrDir, { recursive: true });
          writeFileSync(resolve(lhrDir, `${type.name}-${i + 1}.json`), JSON.stringify(run.lhr));
        }
      }
      all.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
      const median = all[Math.floor(all.length / 2)]!;
      results.push(median);
      const spread = all.map((r) => r.scores.performance ?? '—').join('/');
      console.log(
        `  lighthouse ${type.name.padEnd(13)} ${CATEGORIES.map((c) => `${c} ${median.scores[c] ?? '—'}`).join('  ')}  (performance over ${runs} runs: ${spread})`,
      );
    }
  } finally {
    chrome.kill();
  }
  return results;
}

export interface SiteBenchOptions {
  /** An existing build to measure; without it the site is built into bench-output/site. */
  siteDir?: string;
  lighthouse?: boolean;
  /** Lighthouse runs per page type; the median is reported (default 3). */
  lighthouseRuns?: number;
  /** Only these page types (by name, tests/helpers/page-types.ts); every type when absent. */
  pages?: string[];
  /** A folder to write every run's whole Lighthouse report to. */
  lhrDir?: string;
}

export async function runSiteBench(options: SiteBenchOptions = {}): Promise<SiteBenchReport> {
  process.env.POLICY_AS_OF ??= AS_OF;
  const { build, preview } = await import('astro');
  const siteDir = options.siteDir ? resolve(options.siteDir) : resolve(OUT_DIR, 'site');
  let buildSeconds: number | null = null;
  if (!options.siteDir) {
    const started = performance.now();
    await build({ root: ROOT, outDir: siteDir, logLevel: 'warn' });
    buildSeconds = (performance.now() - started) / 1000;
  }
  const pages = Number(
    execFileSync('sh', ['-c', `find "${siteDir}" -name '*.html' | wc -l`], { encoding: 'utf8' }).trim(),
  );
  // astro preview, as in the tests: 404 for missing pages, the 404 page for them.
  const server = await preview({
    root: ROOT,
    outDir: siteDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0 },
  });
  const baseURL = `http://127.0.0.1:${server.port}`;
  const all = pageTypes(siteDir);
  const unknown = (options.pages ?? []).filter((name) => !all.some((t) => t.name === name));
  if (unknown.length)
    throw new Error(`--pages: no page type ${unknown.join(', ')} — one of ${all.map((t) => t.name).join(', ')}`);
  const types = options.pages ? all.filter((t) => options.pages!.includes(t.name)) : all;
  const policies = options.pages ? [] : contentFiles();
  const report: SiteBenchReport = { buildSeconds, pages, bytes: [], lighthouse: [] };
  const browser = await launchBrowser();
  try {
    for (const type of types) report.bytes.push(await measurePage(browser, baseURL, type));
    for (const policy of policies) {
      const type: PageType = { name: `policy:${policy.id}`, path: `/policies/${policy.id}/`, status: 200 };
      const bytes = await measurePage(browser, baseURL, type);
      bytes.text = sizes(Buffer.from(policy.source, 'utf8'));
      bytes.overhead = sub(bytes.total, bytes.text);
      report.bytes.push(bytes);
    }
  } finally {
    await browser.close();
  }
  try {
    if (options.lighthouse !== false)
      report.lighthouse = await lighthouseAll(baseURL, types, options.lighthouseRuns ?? 3, options.lhrDir);
  } finally {
    await server.stop();
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(resolve(OUT_DIR, 'site.json'), `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  return report;
}

export function printReport(report: SiteBenchReport): void {
  console.log('\n== Site: build ==');
  console.log(
    report.buildSeconds === null
      ? `(existing build measured, ${report.pages} HTML pages)`
      : `whole site (${report.pages} HTML pages, search index included): ${report.buildSeconds.toFixed(1)} s`,
  );
  console.log('For the build time of the generated 1,000-document corpus, see the search benchmark in the same run.');

  console.log('\n== Site: bytes loaded per page type, compressed (KB, gzip / brotli), before any interaction ==');
  const cell = (s: Sizes) => `${kb(s.gzip).padStart(6)} /${kb(s.brotli).padStart(6)}`;
  console.log(
    `${'page'.padEnd(46)} ${'HTML'.padStart(14)} ${'CSS'.padStart(14)} ${'JS'.padStart(14)} ${'other'.padStart(14)} ${'total'.padStart(14)}`,
  );
  for (const b of report.bytes) {
    console.log(
      `${b.name.padEnd(46)} ${cell(b.byKind.html)} ${cell(b.byKind.css)} ${cell(b.byKind.js)} ${cell(b.byKind.other)} ${cell(b.total)}`,
    );
  }

  console.log('\n== Site: policy pages against the budgets (gzip; brotli in brackets) ==');
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'OVER');
  for (const b of report.bytes.filter((x) => x.overhead)) {
    const js = b.byKind.js;
    const css = b.byKind.css;
    console.log(
      `${b.name.padEnd(46)} text ${kb(b.text!.gzip)} KB · page ${kb(b.total.gzip)} KB · overhead ${kb(b.overhead!.gzip)} KB [${kb(b.overhead!.brotli)}] ${mark(b.overhead!.gzip <= BUDGETS.policyOverhead)}` +
        ` · JS ${kb(js.gzip)} KB [${kb(js.brotli)}] ${mark(js.gzip <= BUDGETS.policyJs)} · CSS ${kb(css.gzip)} KB [${kb(css.brotli)}] ${mark(css.gzip <= BUDGETS.css)}`,
    );
  }
  console.log(
    `budgets: JS ≤ ${kb(BUDGETS.policyJs)} KB before search is opened, CSS ≤ ${kb(BUDGETS.css)} KB, overhead ≤ ${kb(BUDGETS.policyOverhead)} KB`,
  );
  console.log(
    'overhead = compressed bytes the page loads (HTML + CSS + JS + favicon, each compressed on its own) − the policy text alone (its source .txt) compressed',
  );

  if (report.lighthouse.length) {
    console.log('\n== Site: Lighthouse (mobile, simulated throttling; median of several runs) ==');
    console.log(`${'page'.padEnd(14)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
    for (const l of report.lighthouse) {
      console.log(`${l.name.padEnd(14)} ${CATEGORIES.map((c) => String(l.scores[c] ?? '—').padStart(15)).join('')}`);
      for (const [c, ids] of Object.entries(l.lost)) console.log(`${''.padEnd(16)}${c} lost on: ${ids.join(', ')}`);
      if (l.error) console.log(`${''.padEnd(16)}not scored: ${l.error}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--site');
  const siteDir = at >= 0 ? args[at + 1] : undefined;
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const pages = value('--pages')?.split(',');
  const runs = value('--runs');
  const lhrDir = value('--lhr');
  await runSiteBench({
    ...(lhrDir ? { lhrDir: resolve(lhrDir) } : {}),
    ...(siteDir ? { siteDir } : {}),
    ...(pages ? { pages } : {}),
    ...(runs ? { lighthouseRuns: Number(runs) } : {}),
    lighthouse: !args.includes('--no-lighthouse'),
  });
}
