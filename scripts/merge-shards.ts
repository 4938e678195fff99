/**
 * npm run merge-shards -- <out> <shard dist>… — merges shard builds (each `SHARD=<id> npm run
 * build`, docs/scaling.md "Shards that merge") into one site in <out>, which any static host can
 * serve: a union of the folders in which a file present in several shards must be identical
 * (src/lib/shards/merge.ts; sitemaps are joined), and every search bundle the search config
 * (/search/config.json, the same in every shard) lists must be there. Exits non-zero, naming the file or shard, when either does not hold.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSearchConfig, SEARCH_CONFIG_PATH } from '../src/lib/search/config.ts';
import { decide, mergeSitemaps, missingBundles } from '../src/lib/shards/merge.ts';

/** The search config in a built site's folder (it lists every shard's search bundle). */
const SEARCH_CONFIG_FILE = SEARCH_CONFIG_PATH.replace(/^\//u, '');

export interface MergeReport {
  files: number;
  shared: number;
  sitemaps: number;
  bundles: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function mergeShards(out: string, shardDirs: string[]): MergeReport {
  if (shardDirs.length < 1) throw new Error('merge-shards: name the output folder and at least one shard build');
  for (const dir of shardDirs)
    for (const file of ['search/index.html', SEARCH_CONFIG_FILE])
      if (!existsSync(join(dir, file)))
        throw new Error(`merge-shards: ${dir} is not a built site (no ${file}) — run SHARD=<id> npm run build first`);
  // path → (shard dir → digest)
  const where = new Map<string, Map<string, string>>();
  for (const dir of shardDirs)
    for (const path of walk(dir)) {
      const m = where.get(path) ?? new Map<string, string>();
      m.set(dir, digest(join(dir, path)));
      where.set(path, m);
    }
  const conflicts: string[] = [];
  const plan: [string, ReturnType<typeof decide>][] = [];
  for (const [path, digests] of [...where].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const d = decide(path, digests);
    if (d.kind === 'conflict') conflicts.push(d.message);
    plan.push([path, d]);
  }
  if (conflicts.length)
    throw new Error(`merge-shards: ${conflicts.length} file(s) differ:\n${conflicts.slice(0, 20).join('\n')}`);
  rmSync(out, { recursive: true, force: true });
  let shared = 0;
  let sitemaps = 0;
  for (const [path, d] of plan) {
    const dirs = [...where.get(path)!.keys()];
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    if (dirs.length > 1) shared++;
    if (d.kind === 'sitemap') {
      sitemaps++;
      writeFileSync(target, mergeSitemaps(dirs.map((dir) => readFileSync(join(dir, path), 'utf8'))));
    } else copyFileSync(join(dirs[0]!, path), target);
  }
  // The search config lists every shard's bundle (the same file in every shard, so merged as one
  // copy above): each must have been merged.
  const configFile = join(out, SEARCH_CONFIG_FILE);
  let bundles: string[];
  try {
    bundles = parseSearchConfig(readFileSync(configFile, 'utf8')).bundles ?? [];
  } catch (error) {
    throw new Error(`merge-shards: ${configFile}: ${(error as Error).message}`, { cause: error });
  }
  if (!bundles.length) throw new Error(`merge-shards: ${configFile} lists no search bundle`);
  const missing = missingBundles(bundles, (p) => existsSync(join(out, p)));
  if (missing.length)
    throw new Error(
      `merge-shards: the search config lists ${missing.length} bundle(s) no merged shard holds: ${missing.join(', ')} — build those shards (SHARD=<id>) and merge them too`,
    );
  return { files: plan.length, shared, sitemaps, bundles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...dirs] = process.argv.slice(2).map((p) => resolve(p));
  try {
    const r = mergeShards(out!, dirs);
    console.log(
      `merge-shards: ${r.files} files from ${dirs.length} shard builds into ${out} (${r.shared} shared and identical, ${r.sitemaps} sitemaps joined); search bundles: ${r.bundles.join(' ')}`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
