/**
 * The scale benchmark (issue 13): npm run bench -- --scale 5,200,1000
 *
 * For each N: generates a site copy with N policies (the five real ones and N − 5 generated
 * through the real importer, bench/lib/generate.ts) under bench-output/scale-N/, builds it with
 * `astro build` under /usr/bin/time -v, and reports
 *   - build time (wall, and setup / page rendering / after-pages phases), peak RSS, output size;
 *   - per-page cost by page type (Astro's own per-page times), for all pages and for the pages of
 *     the five real policies, which every corpus has (the like-for-like flatness measure);
 *   - the Pagefind index size, and search in Chromium (bench/scale-search.ts): warm median and
 *     p95, bytes before the first result, a filtered query;
 *   - related clauses: clauses scored per clause page, and agreement with the exhaustive ranking
 *     on a sample of clauses (deterministic counts, unaffected by machine load).
 * Results go to bench-output/scale-N.json; the table is printed for every N measured so far.
 *
 *   --scale 5,200,1000   corpus sizes (policies, ≥ 5)
 *   --seed S             generator seed (default fixed)
 *   --profile            also run the build under node --cpu-prof and print where its time goes
 *   --no-search          skip the browser measurements
 *   --keep               keep each site copy and its dist/ (default: dist/ is deleted after measuring)
 *   --table              only print the table of the saved results
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/data/load-content.ts';
import { categoriesByClause, relatedIndex } from '../src/lib/data/related.ts';
import { exhaustiveRelatedIndex } from '../src/lib/data/related-exhaustive.ts';
import { AS_OF, ROOT } from '../tests/helpers/paths.ts';
import { DEFAULT_SEED, generateSite, type GenerateReport } from './lib/generate.ts';
import { buildSite, outputSize, statsByType, type OutputSize, type TypeStats } from './scale-build.ts';
import { summarizeProfiles, type ProfileSummary } from './scale-profile.ts';
import { measureSearch, type SearchFigures } from './scale-search.ts';

const OUT = resolve(ROOT, 'bench-output');
const REAL = new Set(
  readdirSync(join(ROOT, 'src/content/policies'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, '')),
);

export interface ScaleResult {
  n: number;
  seed: number;
  when: string;
  /** Load average of the machine when the build started and ended (1 min). */
  load: { start: number; end: number };
  generate: GenerateReport;
  related: {
    sample: number;
    /** Per clause page: clauses scored, posting entries read, topic groups examined. */
    scoredPerQuery: number;
    postingsPerQuery: number;
    groupsPerQuery: number;
    exhaustivePerQuery: number;
    identical: number;
    overlap: number;
    msPerQuery: number;
    exhaustiveMsPerQuery: number;
  };
  build: {
    ok: boolean;
    wallMs: number;
    phases: { setupMs: number; pagesMs: number; afterMs: number };
    peakRssKb: number | null;
    cpuS: number | null;
    pages: number;
    index: { records: number; ms: number } | null;
  };
  perType: TypeStats[];
  realFive: TypeStats[];
  output: OutputSize;
  /** What /finder/ makes a reader download (issue 22): null in results saved before it was measured. */
  finder?: FinderBytes | null;
  search: SearchFigures | null;
  profile: ProfileSummary | null;
}

export interface FinderBytes {
  pageBytes: number;
  /** The page and the region files of a location's answer: the largest over every location, and the median. */
  worstLocation: { id: string; bytes: number };
  medianLocationBytes: number;
  /** No location asked: every location compared (the page and every region file). */
  allBytes: number;
  regionFiles: number;
}

/**
 * Bytes /finder/ needs for an answer. Read from the built files as a browser would fetch them:
 * the page, and (when the page embeds only the region index) the region files of the location
 * and the regions above it that have policies (src/lib/finder/island.ts regionsToLoad; written
 * out here so the bench also measures builds from before the split, whose page embeds everything).
 */
export function finderBytes(dist: string): FinderBytes | null {
  const page = join(dist, 'finder/index.html');
  if (!existsSync(page)) return null;
  const html = readFileSync(page, 'utf8');
  const pageBytes = Buffer.byteLength(html);
  const m = html.match(/<script type="application\/json" id="finder-data">([^<]*)<\/script>/);
  const index = m
    ? (JSON.parse(m[1]!) as { regions: { id: string; parent: string | null }[]; located?: string[] })
    : null;
  if (!index?.located)
    return {
      pageBytes,
      worstLocation: { id: '(every location)', bytes: pageBytes },
      medianLocationBytes: pageBytes,
      allBytes: pageBytes,
      regionFiles: 0,
    };
  const located = new Set(index.located);
  const parent = new Map(index.regions.map((r) => [r.id, r.parent]));
  const fileBytes = (id: string) => statSync(join(dist, `finder/regions/${id}.json`)).size;
  const sizes = index.located.map((id) => {
    let bytes = pageBytes;
    for (let x: string | null | undefined = id; x; x = parent.get(x)) if (located.has(x)) bytes += fileBytes(x);
    return { id, bytes };
  });
  sizes.sort((a, b) => b.bytes - a.bytes);
  const ascending = sizes.map((x) => x.bytes).sort((a, b) => a - b);
  return {
    pageBytes,
    worstLocation: sizes[0]!,
    medianLocationBytes: ascending[Math.floor(ascending.length / 2)]!,
    allBytes: pageBytes + index.located.reduce((n, id) => n + fileBytes(id), 0),
    regionFiles: index.located.length,
  };
}

const loadAvg = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Related clauses on the generated content: what a clause page costs and how close it is to scoring everything. */
export function relatedFigures(site: string): ScaleResult['related'] {
  const { models } = loadContent(site);
  const clauses = models.flatMap((m) => m.clauses);
  const categories = categoriesByClause(models);
  const stats = { queries: 0, scored: 0, postings: 0, groups: 0 };
  const fast = relatedIndex(clauses, categories, { stats });
  const exhaustive = exhaustiveRelatedIndex(clauses, categories);
  const step = Math.max(1, Math.floor(clauses.length / 200));
  const sample = clauses.filter((_, i) => i % step === 0).slice(0, 200);
  const key = (r: { clause: { policy: string; id: string } }) => `${r.clause.policy}#${r.clause.id}`;
  let identical = 0;
  let overlap = 0;
  let compared = 0;
  let fastMs = 0;
  let slowMs = 0;
  for (const c of sample) {
    let t = performance.now();
    const a = fast(c).map(key);
    fastMs += performance.now() - t;
    t = performance.now();
    const b = exhaustive(c).map(key);
    slowMs += performance.now() - t;
    if (a.join() === b.join()) identical++;
    if (b.length) {
      compared++;
      overlap += a.filter((k) => b.includes(k)).length / b.length;
    }
  }
  const usable = clauses.filter((c) => !['section', 'annex', 'group', 'box'].includes(c.kind)).length;
  return {
    sample: sample.length,
    scoredPerQuery: stats.scored / stats.queries,
    postingsPerQuery: stats.postings / stats.queries,
    groupsPerQuery: stats.groups / stats.queries,
    exhaustivePerQuery: usable,
    identical: identical / sample.length,
    overlap: compared ? overlap / compared : 1,
    msPerQuery: fastMs / sample.length,
    exhaustiveMsPerQuery: slowMs / sample.length,
  };
}

async function runOne(n: number, seed: number, flags: { profile: boolean; search: boolean; keep: boolean }) {
  const dir = join(OUT, `scale-${n}`);
  const site = join(dir, 'site');
  console.log(`scale ${n}: generating ${n} policies into ${site} …`);
  const generate = generateSite({ root: ROOT, out: site, policies: n, seed });
  console.log(
    `scale ${n}: ${generate.policies} policies, ${generate.clauses} clauses, ${generate.subsidies} subsidies, ${generate.targets} targets, ${generate.regions} regions, ${generate.departments} departments (${(generate.ms.generate / 1000).toFixed(1)} s, checks ${(generate.ms.check / 1000).toFixed(1)} s)`,
  );
  console.log(`scale ${n}: related clauses on a sample …`);
  const related = relatedFigures(site);
  const profileDir = flags.profile ? join(dir, 'profile') : undefined;
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  console.log(`scale ${n}: astro build (log: ${join(dir, 'build.log')}) …`);
  const load = { start: loadAvg(), end: 0 };
  const run = await buildSite(site, join(dir, 'build.log'), { POLICY_AS_OF: AS_OF }, profileDir);
  load.end = loadAvg();
  if (!run.ok) throw new Error(`scale ${n}: the build failed — see ${join(dir, 'build.log')}`);
  const dist = join(site, 'dist');
  const output = outputSize(dist);
  let search: SearchFigures | null = null;
  if (flags.search) {
    console.log(`scale ${n}: search in Chromium …`);
    search = await measureSearch(dist);
  }
  const realType = (path: string) => {
    const m = path.match(/^\/policies\/([^/]+)\/(?:[^/]+\/)?index\.html$/);
    if (!m || !REAL.has(m[1]!)) return null;
    return path.split('/').length === 4 ? 'policy' : 'clause';
  };
  const result: ScaleResult = {
    n,
    seed,
    when: new Date().toISOString(),
    load,
    generate,
    related,
    build: {
      ok: run.ok,
      wallMs: run.wallMs,
      phases: run.phases,
      peakRssKb: run.peakRssKb,
      cpuS: run.userS !== null && run.systemS !== null ? run.userS + run.systemS : null,
      pages: run.pages.length,
      index: run.index,
    },
    perType: statsByType(run.pages),
    realFive: statsByType(run.pages, realType),
    output,
    finder: finderBytes(dist),
    search,
    profile: profileDir ? summarizeProfiles(profileDir) : null,
  };
  writeFileSync(join(OUT, `scale-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
  if (!flags.keep) rmSync(dist, { recursive: true, force: true });
  return result;
}

// ── report ──────────────────────────────────────────────────────────────────

const s1 = (ms: number) => (ms / 1000).toFixed(1);
const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
const kib = (b: number) => (b / 1024).toFixed(0);
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function printTable(results: ScaleResult[]) {
  const rs = [...results].sort((a, b) => a.n - b.n);
  const width = 22;
  const row = (label: string, cells: string[]) =>
    console.log(`${label.padEnd(44)}${cells.map((c) => c.padStart(width)).join('')}`);
  const get = (r: ScaleResult, list: 'perType' | 'realFive', type: string) => r[list].find((t) => t.type === type);
  console.log('\n== Scale: build and search at N policies (npm run bench -- --scale N) ==');
  row(
    'policies',
    rs.map((r) => String(r.n)),
  );
  row(
    'measured (UTC), load avg 1 min start→end',
    rs.map((r) => `${r.when.slice(5, 16).replace('T', ' ')} ${r.load.start.toFixed(1)}→${r.load.end.toFixed(1)}`),
  );
  row(
    'clauses / subsidies / targets',
    rs.map((r) => `${r.generate.clauses} / ${r.generate.subsidies} / ${r.generate.targets}`),
  );
  row(
    'regions / departments',
    rs.map((r) => `${r.generate.regions} / ${r.generate.departments}`),
  );
  row(
    'generate + content checks (s)',
    rs.map((r) => `${s1(r.generate.ms.generate)} + ${s1(r.generate.ms.check)}`),
  );
  row(
    'pages built',
    rs.map((r) => String(r.build.pages)),
  );
  row(
    'build wall time (s)',
    rs.map((r) => s1(r.build.wallMs)),
  );
  row(
    '  setup / pages / after pages (s)',
    rs.map((r) => `${s1(r.build.phases.setupMs)} / ${s1(r.build.phases.pagesMs)} / ${s1(r.build.phases.afterMs)}`),
  );
  row(
    '  CPU user+sys (s)',
    rs.map((r) => (r.build.cpuS === null ? '—' : r.build.cpuS.toFixed(0))),
  );
  row(
    'peak RSS (MiB)',
    rs.map((r) => (r.build.peakRssKb === null ? '—' : (r.build.peakRssKb / 1024).toFixed(0))),
  );
  row(
    'output (MiB, files)',
    rs.map((r) => `${mib(r.output.bytes)} (${r.output.files})`),
  );
  row(
    'search index (MiB, files)',
    rs.map((r) => {
      const i = r.output.byType['search index'];
      return i ? `${mib(i.bytes)} (${i.files})` : '—';
    }),
  );
  row(
    '  indexing (s)',
    rs.map((r) => (r.build.index ? s1(r.build.index.ms) : '—')),
  );
  const types = [...new Set(rs.flatMap((r) => r.perType.map((t) => t.type)))];
  console.log('per-page ms, mean / p95 (count):');
  for (const type of types) {
    row(
      `  ${type}`,
      rs.map((r) => {
        const t = get(r, 'perType', type);
        return t ? `${f1(t.meanMs)} / ${f1(t.p95Ms)} (${t.count})` : '—';
      }),
    );
  }
  console.log('per-page ms of the five real policies (same pages in every corpus), mean / p95:');
  for (const type of ['policy', 'clause']) {
    row(
      `  ${type}`,
      rs.map((r) => {
        const t = get(r, 'realFive', type);
        return t ? `${f1(t.meanMs)} / ${f1(t.p95Ms)} (${t.count})` : '—';
      }),
    );
  }
  console.log('what a reader downloads, KiB: mean / largest of the type (issue 22: ≤ 1 MB a page):');
  for (const type of [
    'clause',
    'policy',
    'region',
    'department',
    'topic',
    'stage',
    'finder',
    'finder region file',
    'subsidies',
    'search page',
    'data file',
    'data file (one policy)',
  ]) {
    row(
      `  ${type}`,
      rs.map((r) => {
        const b = r.output.byType[type];
        if (!b) return '—';
        const max = b.max === undefined ? '' : ` / ${kib(b.max)}`;
        return `${kib(b.bytes / b.files)}${max} (${b.files})`;
      }),
    );
  }
  row(
    '  largest file (KiB)',
    rs.map((r) =>
      `${kib(r.output.largest[0]?.bytes ?? 0)} ${r.output.largest[0]?.path.replace(/index\.html$/, '') ?? ''}`.slice(
        0,
        width - 1,
      ),
    ),
  );
  row(
    'finder: page alone (KiB)',
    rs.map((r) => (r.finder ? kib(r.finder.pageBytes) : '—')),
  );
  row(
    '  to an answer for a location, worst / median',
    rs.map((r) => (r.finder ? `${kib(r.finder.worstLocation.bytes)} / ${kib(r.finder.medianLocationBytes)}` : '—')),
  );
  row(
    '  every location compared (no loc)',
    rs.map((r) => (r.finder ? `${kib(r.finder.allBytes)} (${r.finder.regionFiles} files)` : '—')),
  );
  row(
    'related: clauses scored per clause page',
    rs.map((r) => `${r.related.scoredPerQuery.toFixed(0)} of ${r.related.exhaustivePerQuery}`),
  );
  row(
    '  posting entries read / groups examined',
    rs.map((r) => `${(r.related.postingsPerQuery ?? 0).toFixed(0)} / ${(r.related.groupsPerQuery ?? 0).toFixed(0)}`),
  );
  row(
    '  same top 5 as scoring all / overlap',
    rs.map((r) => `${pct(r.related.identical)} / ${pct(r.related.overlap)}`),
  );
  row(
    '  ms per page: index / exhaustive',
    rs.map((r) => `${r.related.msPerQuery.toFixed(2)} / ${r.related.exhaustiveMsPerQuery.toFixed(1)}`),
  );
  row(
    'search: warm median / p95 (ms)',
    rs.map((r) => (r.search ? `${r.search.warm.medianMs.toFixed(0)} / ${r.search.warm.p95Ms.toFixed(0)}` : '—')),
  );
  row(
    '  repeated query median / p95 (ms)',
    rs.map((r) => (r.search ? `${r.search.repeat.medianMs.toFixed(0)} / ${r.search.repeat.p95Ms.toFixed(0)}` : '—')),
  );
  row(
    '  KiB before the first result (page)',
    rs.map((r) => (r.search ? `${kib(r.search.cold.bytesToFirstResult)} (${kib(r.search.cold.pageBytes)})` : '—')),
  );
  // Where the first result's bytes go (bench/lib/serve.ts requestKind), and each warm query's requests.
  const kinds = (r: ScaleResult) => r.search?.cold.queryFetched;
  for (const [label, key] of [
    ['    Pagefind script + WASM', ['pagefind-js', 'pagefind-wasm']],
    ['    index metadata (pf_meta, entries)', ['pagefind-meta']],
    ['    index chunks', ['index']],
    ['    fragments (clause texts)', ['fragment']],
  ] as const)
    row(
      label,
      rs.map((r) => {
        const k = kinds(r);
        if (!k) return '—';
        const parts = key.map((x) => k[x]).filter((x) => x !== undefined);
        const req = parts.reduce((n, x) => n + x.requests, 0);
        return `${kib(parts.reduce((n, x) => n + x.bytes, 0))} (${req} req)`;
      }),
    );
  row(
    '  per warm query, mean: index chunks / fragments (+ text packs)',
    rs.map((r) => {
      const m = r.search?.fetched?.mean;
      return m
        ? `${m.indexRequests.toFixed(1)}×${kib(m.indexBytes / Math.max(1, m.indexRequests))} / ${m.fragmentRequests.toFixed(0)} req${m.packRequests ? ` + ${m.packRequests.toFixed(1)} packs` : ''}`
        : '—';
    }),
  );
  row(
    '  per warm query, most: index KiB / fragment req',
    rs.map((r) => {
      const m = r.search?.fetched?.max;
      return m ? `${kib(m.indexBytes)} / ${m.fragmentRequests}` : '—';
    }),
  );
  row(
    '  filtered query (ms, results)',
    rs.map((r) => (r.search?.filtered ? `${r.search.filtered.ms.toFixed(0)} (${r.search.filtered.results})` : '—')),
  );
  row(
    '  filtered: region count unfiltered / same order',
    rs.map((r) => {
      const f = r.search?.filtered;
      if (!f || f.sameOrder === undefined) return '—';
      return `${f.unfilteredCount || '?'} / ${f.sameOrder ? 'yes' : 'NO'}`;
    }),
  );
  const big = rs[rs.length - 1]!;
  const small = rs[0]!;
  if (big.n >= 1000) {
    const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
    console.log(
      `\ngoals at ${big.n}: build ≤ 10 min → ${s1(big.build.wallMs)} s ${ok(big.build.wallMs <= 600_000)}; peak ≤ 4 GB → ${big.build.peakRssKb === null ? '—' : `${(big.build.peakRssKb / 1024 / 1024).toFixed(2)} GB`} ${ok((big.build.peakRssKb ?? Infinity) <= 4 * 1024 * 1024)}`,
    );
  }
  if (big !== small) {
    for (const type of ['clause', 'policy']) {
      const a = get(small, 'realFive', type);
      const b = get(big, 'realFive', type);
      if (a && b)
        console.log(
          `per-page cost, the five real policies' ${type} pages: ${f1(a.meanMs)} ms at ${small.n} → ${f1(b.meanMs)} ms at ${big.n} (${b.meanMs / a.meanMs <= 1.2 ? 'flat within 20 %' : `×${(b.meanMs / a.meanMs).toFixed(2)}`})`,
        );
    }
  }
  for (const r of rs.filter((x) => x.profile)) {
    console.log(
      `\nCPU profile at ${r.n}: ${s1(r.profile!.totalMs)} s sampled, ${s1(r.profile!.idleMs ?? 0)} s idle; shares of the busy time, self time by file:`,
    );
    for (const f of r.profile!.files.slice(0, 12)) console.log(`  ${pct(f.share).padStart(5)}  ${f.file}`);
    console.log('  by function:');
    for (const f of r.profile!.functions.slice(0, 12))
      console.log(`  ${pct(f.share).padStart(5)}  ${f.name} (${f.file})`);
  }
  console.log(
    '\nTimes are wall-clock on this machine at the load shown (2 shared cores); counts, bytes and shares do not depend on load.',
  );
}

export async function runScaleBench(args: string[]) {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const sizes = (value('--scale') ?? '5,200,1000')
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => x > 0);
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  mkdirSync(OUT, { recursive: true });
  if (!args.includes('--table')) {
    for (const n of sizes)
      await runOne(n, seed, {
        profile: args.includes('--profile'),
        search: !args.includes('--no-search'),
        keep: args.includes('--keep'),
      });
  }
  const saved = sizes
    .map((n) => join(OUT, `scale-${n}.json`))
    .filter((f) => existsSync(f))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as ScaleResult);
  printTable(saved);
}

if (import.meta.url === `file://${process.argv[1]}`) await runScaleBench(process.argv.slice(2));
