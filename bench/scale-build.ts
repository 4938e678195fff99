/**
 * Builds a generated site copy with `astro build` under /usr/bin/time -v and reads what the
 * build reports: wall time by phase, peak memory, and the time Astro logs for every page
 * ("├─ /policies/x/index.html (+12ms)"), grouped by page type. The per-page times are Astro's
 * own measure of rendering and writing each page (pages are rendered one at a time).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageTiming {
  path: string;
  ms: number;
}

export interface BuildRun {
  ok: boolean;
  /** Wall time of the whole `astro build`, and of its phases as seen from its log. */
  wallMs: number;
  phases: { setupMs: number; pagesMs: number; afterMs: number };
  peakRssKb: number | null;
  userS: number | null;
  systemS: number | null;
  pages: PageTiming[];
  /** The Pagefind integration's own figure (records indexed, ms). */
  index: { records: number; ms: number } | null;
  log: string;
}

/** A route line of the build log; Astro writes "(+12ms)", or "(+1.51s)" from a second on. */
const ROUTE = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/g;

/**
 * Runs the build in `siteDir` (a copy with its own src/ and sources/), logging to `logFile`.
 * `cpuProfileDir` adds node --cpu-prof (profiles of the build process, for bench/scale-profile.ts).
 */
export async function buildSite(
  siteDir: string,
  logFile: string,
  env: Record<string, string>,
  cpuProfileDir?: string,
): Promise<BuildRun> {
  const astro = join(siteDir, 'node_modules/astro/bin/astro.mjs');
  const nodeArgs = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const useTime = existsSync('/usr/bin/time');
  const [cmd, args] = useTime
    ? ['/usr/bin/time', ['-v', process.execPath, ...nodeArgs, astro, 'build']]
    : [process.execPath, [...nodeArgs, astro, 'build']];
  const log = createWriteStream(logFile);
  const started = Date.now();
  let firstPage = 0;
  let lastPage = 0;
  let text = '';
  const child = spawn(cmd, args, {
    cwd: siteDir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (chunk: Buffer) => {
    const s = chunk.toString('utf8');
    log.write(s);
    text += s;
    if (s.includes('(+')) {
      lastPage = Date.now();
      firstPage ||= lastPage;
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ended = Date.now();
  await new Promise<void>((resolve) => log.end(resolve));

  const pages = [...text.matchAll(ROUTE)].map((m) => ({ path: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
  const num = (re: RegExp) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  const elapsed = text.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/);
  const wallMs = elapsed
    ? (Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3])) * 1000
    : ended - started;
  // One line per shard bundle (src/integrations/pagefind.ts): records and time summed.
  const bundles = [...text.matchAll(/indexed (\d+) clauses of shard \S+ into \S+ .* in (\d+) ms/g)];
  const index = bundles.length
    ? ['', String(bundles.reduce((n, m) => n + Number(m[1]), 0)), String(bundles.reduce((n, m) => n + Number(m[2]), 0))]
    : null;
  return {
    ok: code === 0,
    wallMs,
    phases: {
      setupMs: (firstPage || ended) - started,
      pagesMs: firstPage ? lastPage - firstPage : 0,
      afterMs: ended - (lastPage || ended),
    },
    peakRssKb: num(/Maximum resident set size \(kbytes\): (\d+)/),
    userS: num(/User time \(seconds\): ([\d.]+)/),
    systemS: num(/System time \(seconds\): ([\d.]+)/),
    pages,
    index: index ? { records: Number(index[1]), ms: Number(index[2]) } : null,
    log: text,
  };
}

/** The page type of an output path, for grouping timings and bytes. */
export function pageType(path: string): string {
  const p = path.replace(/index\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^\/policies\/[^/]+\/$/, 'policy'],
    [/^\/policies\/[^/]+\/[^/]+\/$/, 'clause'],
    [/^\/regions\/$/, 'regions index'],
    [/^\/regions\/[^/]+\/(\d+\/)?$/, 'region'],
    [/^\/departments\/$/, 'departments index'],
    [/^\/departments\/[^/]+\/$/, 'department'],
    [/^\/topics\/$/, 'topics index'],
    [/^\/topics\/[^/]+\/(\d+\/)?$/, 'topic'],
    [/^\/stages\/$/, 'stages index'],
    [/^\/stages\/[^/]+\/(\d+\/)?$/, 'stage'],
    [/^\/finder\/$/, 'finder'],
    [/^\/finder\/regions\/[^/]+\.json$/, 'finder region file'],
    [/^\/subsidies\/(\d+\/)?$/, 'subsidies'],
    [/^\/targets\/$/, 'targets'],
    [/^\/search\/$/, 'search page'],
    [/^\/search\/records\.json$/, 'search records'],
    [/^\/data\/$/, 'data index'],
    [/^\/data\/schema\//, 'data schema'],
    [/^\/data\/[^/]+\.(json|csv)$/, 'data file'],
    [/^\/data\/policies\/[^/]+\/[^/]+\.(json|csv)$/, 'data file (one policy)'],
    [/^\/sources\//, 'source text'],
    [/^\/$/, 'home'],
    [/^\/404\.html$/, '404'],
    [/^\/(feed\.xml|robots\.txt|sitemap[^/]*\.xml)$/, 'feed, robots, sitemap'],
    [/^\/pagefind\//, 'search index'],
    [/^\/_astro\//, 'assets'],
  ];
  return rules.find(([re]) => re.test(p))?.[1] ?? 'other';
}

export interface TypeStats {
  type: string;
  count: number;
  totalMs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

export function statsByType(pages: PageTiming[], typeOf: (path: string) => string | null = pageType): TypeStats[] {
  const groups = new Map<string, number[]>();
  for (const p of pages) {
    const t = typeOf(p.path);
    if (t === null) continue;
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t)!.push(p.ms);
  }
  return [...groups]
    .map(([type, ms]) => {
      const total = ms.reduce((a, b) => a + b, 0);
      return {
        type,
        count: ms.length,
        totalMs: total,
        meanMs: total / ms.length,
        p50Ms: percentile(ms, 50),
        p95Ms: percentile(ms, 95),
        maxMs: Math.max(...ms),
      };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
}

export interface OutputSize {
  files: number;
  bytes: number;
  /** Per page type: files, bytes, and the largest file (what one reader may have to download). */
  byType: Record<string, { files: number; bytes: number; max?: number; maxPath?: string }>;
  largest: { path: string; bytes: number }[];
}

/** Files and bytes of a built site, by page type, and its largest files. */
export function outputSize(dist: string): OutputSize {
  const out: OutputSize = { files: 0, bytes: 0, byType: {}, largest: [] };
  const all: { path: string; bytes: number }[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const bytes = statSync(full).size;
    const path = `/${relative(dist, full)}`;
    const type = pageType(path);
    out.files++;
    out.bytes += bytes;
    out.byType[type] ??= { files: 0, bytes: 0, max: 0, maxPath: '' };
    out.byType[type].files++;
    out.byType[type].bytes += bytes;
    if (bytes > (out.byType[type].max ?? 0)) {
      out.byType[type].max = bytes;
      out.byType[type].maxPath = path;
    }
    all.push({ path, bytes });
  }
  out.largest = all.sort((a, b) => b.bytes - a.bytes).slice(0, 8);
  return out;
}
