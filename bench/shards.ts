/**
 * Shards that merge (issue 22): npm run bench -- --shards [--depth D] [--every N]
 *
 * Builds the site three ways with the same settings (SEARCH_SHARD_DEPTH=D, default 1: by city, so
 * the five texts make two shards, 苏州市 and 无锡市):
 *   single   one build of everything (one bundle per shard, merged in the browser);
 *   shards   one build per shard (SHARD=<id>), each into its own folder, then merged with
 *            scripts/merge-shards.ts as a CI merge job would;
 * and compares them: the merged folder against the single build file by file, and the search
 * results (full matches and the folded partial ones, in order) of the bench queries
 * (bench/queries.ts, every Nth; default all) and of the graded set's queries, in Chromium. Any
 * difference is printed and the command exits non-zero. Also `node bench/shards.ts`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { AS_OF, ROOT } from '../tests/helpers/paths.ts';
import { readResults, waitForResults } from '../tests/search/helpers.ts';
import { planShards } from '../src/lib/search/shards.ts';
import { loadContent } from '../src/lib/data/load-content.ts';
import { mergeShards } from '../scripts/merge-shards.ts';
import { serveStatic } from './lib/serve.ts';
import { QUERIES } from './queries.ts';
import { gradedQueries } from './queries-graded.ts';

const OUT = resolve(ROOT, 'bench-output/shards');

function build(outDir: string, env: Record<string, string>): Promise<number> {
  const started = Date.now();
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, ...env, POLICY_AS_OF: AS_OF, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('close', (code) =>
      code === 0
        ? done(Date.now() - started)
        : fail(new Error(`build ${JSON.stringify(env)} failed (exit ${code}):\n${log.slice(-3000)}`)),
    );
  });
}

function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      const file = join(e.parentPath, e.name);
      out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
    }
  return out;
}

/** Every query's full and partial results, in order, on one built site. */
async function resultsOf(dir: string, queries: string[]): Promise<Map<string, string>> {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  const out = new Map<string, string>();
  try {
    const page = await browser.newPage();
    for (const q of queries) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await waitForResults(page, q, 60_000);
      const r = await readResults(page);
      out.set(q, JSON.stringify({ full: r.keys, total: r.total, partial: r.partialKeys }));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export async function runShardsBench(args: string[]): Promise<boolean> {
  const value = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const depth = value('--depth') ?? '1';
  const every = Number(value('--every') ?? 1);
  const { models, regions } = loadContent(ROOT);
  const shards = planShards(
    models.map((m) => m.data.region),
    regions,
    Number(depth),
  );
  if (shards.length < 2)
    throw new Error(`shards: SEARCH_SHARD_DEPTH=${depth} makes ${shards.length} shard; try --depth 1`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const single = join(OUT, 'single');
  console.log(`shards: SEARCH_SHARD_DEPTH=${depth}: ${shards.map((s) => `${s.id} (${s.bundle})`).join(', ')}`);
  const singleMs = await build(single, { SEARCH_SHARD_DEPTH: depth });
  console.log(`shards: single build in ${(singleMs / 1000).toFixed(1)} s`);
  const dirs: string[] = [];
  for (const s of shards) {
    const dir = join(OUT, `shard-${s.id}`);
    const ms = await build(dir, { SEARCH_SHARD_DEPTH: depth, SHARD: s.id });
    console.log(`shards: SHARD=${s.id} built separately in ${(ms / 1000).toFixed(1)} s`);
    dirs.push(dir);
  }
  const merged = join(OUT, 'merged');
  const report = mergeShards(merged, dirs);
  console.log(
    `shards: merged ${report.files} files (${report.shared} identical in several shards, ${report.sitemaps} sitemaps joined)`,
  );

  let ok = true;
  // The merged site against the single build, file by file.
  const a = digests(single);
  const b = digests(merged);
  const onlySingle = [...a.keys()].filter((k) => !b.has(k));
  const onlyMerged = [...b.keys()].filter((k) => !a.has(k));
  const differ = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k));
  console.log(
    `shards: files: ${a.size} in the single build, ${b.size} merged; only single ${onlySingle.length}, only merged ${onlyMerged.length}, different ${differ.length}`,
  );
  for (const k of [...onlySingle, ...onlyMerged, ...differ].slice(0, 20)) console.log(`  ${k}`);
  if (onlySingle.length || onlyMerged.length || differ.length) ok = false;

  // The search, query by query.
  const queries = [
    ...QUERIES.filter((_, i) => i % every === 0).map((q) => q.q),
    ...gradedQueries()
      .filter((_, i) => i % every === 0)
      .map((q) => q.q),
  ];
  const [x, y] = [await resultsOf(single, queries), await resultsOf(merged, queries)];
  const different = queries.filter((q) => x.get(q) !== y.get(q));
  console.log(`shards: search results: ${queries.length - different.length} of ${queries.length} queries the same`);
  for (const q of different.slice(0, 10)) console.log(`  ${q}\n    single ${x.get(q)}\n    merged ${y.get(q)}`);
  if (different.length) ok = false;
  console.log(ok ? 'shards: the merged shards are the single build' : 'shards: DIFFERENT');
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!(await runShardsBench(process.argv.slice(2)))) process.exitCode = 1;
}
