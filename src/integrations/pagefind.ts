/**
 * Builds the clause-level Chinese search index at the end of every `astro build` (npm run
 * build, npm start, the tests' programmatic build), through Pagefind's Node API: one bundle per
 * shard (src/lib/search/shards.ts), the first at `<outDir>/pagefind/`, the others at
 * `<outDir>/pagefind/<shard>/`, which the search page merges (`mergeIndex`). Bundles are indexed
 * one after the other, each by a fresh Pagefind process, so the indexer's memory follows the
 * largest shard, not the corpus. Any Pagefind error fails the build: a site whose search silently
 * returns nothing is worse than no deploy.
 *
 * Beside each bundle's fragments it writes their text packs (`writePacks`, src/lib/search/packs.ts),
 * from which the search page fetches many clause texts in one request.
 *
 * Input is `<outDir>/search/records.json`, written by src/pages/search/records.json.ts from the
 * same data as the policy pages; it is deleted afterwards (not part of the published site).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE, type SearchRecord } from '../lib/search/index-records.ts';
import {
  groupByPack,
  packCount,
  PACK_DIR,
  PACK_FORMAT,
  PACK_MANIFEST,
  packPath,
  type PackManifest,
} from '../lib/search/packs.ts';
import { parseClauseLink } from '../lib/links.ts';

/** Where the records endpoint writes, relative to the output folder. */
export const RECORDS_PATH = 'search/records.json';
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** One bundle's records, as src/pages/search/records.json.ts writes them. */
export interface BundleRecords {
  /** The shard's region ID. */
  shard: string;
  /** URL path of the bundle (/pagefind/ or /pagefind/<shard>/). */
  bundle: string;
  records: SearchRecord[];
}

/**
 * Index entries per chunk file (Pagefind's default is 20,000 word locations). A query loads, per
 * bundle and per word, the chunk holding the word: with small chunks a rare word costs a few KB
 * rather than ~25 KB, while a common pair, alone in its chunk at any size, costs what it holds.
 * Measured in docs/scaling.md ("Search at 1,000 policies").
 */
export const INDEX_CHUNK_SIZE = 4000;

export interface IndexStats {
  records: number;
  files: number;
  bytes: number;
  ms: number;
}

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

function fail(what: string, errors: string[]): never {
  throw new Error(`Pagefind: ${what} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/**
 * Indexes `records` (one per clause) and writes the bundle to `outputPath`, replacing what was
 * there. Shared by the build and the benchmark's generated corpus, so both measure the same code.
 */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<IndexStats> {
  const started = Date.now();
  if (!records.length) throw new Error('Pagefind: no search records to index');
  await rm(outputPath, { recursive: true, force: true });
  try {
    // Pagefind reads its chunk size from the environment of its process, which inherits ours.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    // One fragment file per record (Pagefind's default). Bundling neighbours (`maxFragments`) was
    // measured: fewer requests, but a query's candidates are spread over the policies, so it
    // fetched three times the bytes (docs/scaling.md, "Search at 1,000 policies").
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length || !index) fail('createIndex', errors);
    // The service answers messages in order; batches keep a large corpus from queueing all at once.
    const BATCH = 500;
    for (let i = 0; i < records.length; i += BATCH) {
      const responses = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
      const errs = responses.flatMap((r, k) => r.errors.map((e) => `${records[i + k]!.url}: ${e}`));
      if (errs.length) fail('addCustomRecord', errs);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  // The search page renders results itself; Pagefind's prebuilt UIs would only be dead weight in the deploy.
  for (const file of UNUSED_FILES) await rm(join(outputPath, file), { force: true });
  await writePacks(outputPath);
  // Check what was written: one zh-cn index holding every record.
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.keys(entry.languages);
  if (
    languages.length === 1 &&
    languages[0] === SEARCH_LANGUAGE &&
    entry.languages[SEARCH_LANGUAGE]!.page_count < records.length
  )
    throw new Error(await droppedRecords(records, outputPath));
  if (
    languages.length !== 1 ||
    languages[0] !== SEARCH_LANGUAGE ||
    entry.languages[SEARCH_LANGUAGE]!.page_count !== records.length
  ) {
    throw new Error(
      `Pagefind: expected one ${SEARCH_LANGUAGE} index of ${records.length} records, got ${JSON.stringify(entry.languages)}`,
    );
  }
  return { records: records.length, ...(await dirSize(outputPath)), ms: Date.now() - started };
}

/**
 * Every record a bundle's fragment files hold (for checks and tests, not the site). A fragment file
 * is gzip of "pagefind_dcd" + JSON: one record, or — bundled by `maxFragments` — an object of
 * records by page hash.
 */
export async function readFragments(
  bundleDir: string,
): Promise<{ url: string; content: string; meta: Record<string, string | undefined> }[]> {
  const dir = join(bundleDir, 'fragment');
  const out: { url: string; content: string; meta: Record<string, string | undefined> }[] = [];
  for (const f of await readdir(dir)) {
    const json = JSON.parse(
      gunzipSync(await readFile(join(dir, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/u, ''),
    ) as Record<string, unknown>;
    const records = typeof json.url === 'string' ? [json] : Object.values(json);
    out.push(...(records as typeof out));
  }
  return out;
}

/** Pagefind's fragment file: gzip of "pagefind_dcd" + the record's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Every fragment of a bundle as Pagefind wrote it, by record hash (the result ID the browser
 * sees, and the fragment's file name).
 */
export async function fragmentsByHash(bundleDir: string): Promise<Map<string, unknown>> {
  const dir = join(bundleDir, 'fragment');
  const out = new Map<string, unknown>();
  for (const f of (await readdir(dir)).sort()) {
    if (!f.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(await readFile(join(dir, f))).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE))
      throw new Error(
        `Pagefind: ${join(dir, f)} lacks the ${FRAGMENT_SIGNATURE} signature (Pagefind's format changed?)`,
      );
    out.set(f.slice(0, -'.pf_fragment'.length), JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)));
  }
  return out;
}

/**
 * Writes a bundle's text packs (src/lib/search/packs.ts): its fragments grouped by pack key, each
 * pack gzip of a JSON object of records by hash, named by a tag of the bundle's packs' content,
 * and the manifest that states how many packs there are. The fragments stay: the page fetches a
 * record alone when none of the records it needs shares its pack.
 */
export async function writePacks(bundleDir: string): Promise<PackManifest> {
  const fragments = await fragmentsByHash(bundleDir);
  const packs = packCount(fragments.size);
  const groups = [...groupByPack(fragments.keys(), packs)].sort(([a], [b]) => a - b);
  const bodies = groups.map(
    ([key, hashes]) => [key, JSON.stringify(Object.fromEntries(hashes.map((h) => [h, fragments.get(h)])))] as const,
  );
  const digest = createHash('sha256');
  for (const [key, body] of bodies) digest.update(`${key}\n${body}\n`);
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    records: fragments.size,
    packs,
    tag: digest.digest('hex').slice(0, 12),
  };
  const dir = join(bundleDir, PACK_DIR);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [key, body] of bodies)
    await writeFile(join(bundleDir, packPath('', manifest, key)), gzipSync(body, { level: 9 }));
  await writeFile(join(bundleDir, PACK_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/**
 * The build error when Pagefind indexed fewer records than it was given: which clauses it dropped
 * (read from the fragments it wrote — only on this failure), each with its file and text, and the fix.
 */
async function droppedRecords(records: SearchRecord[], outputPath: string): Promise<string> {
  const indexed = new Set((await readFragments(outputPath)).map((f) => f.url));
  const dropped = records.filter((r) => !indexed.has(r.url));
  const lines = dropped.slice(0, 20).map((r) => {
    const at = parseClauseLink(r.url);
    const text = r.content.length > 30 ? `${r.content.slice(0, 30)}…` : r.content;
    return at
      ? `  - src/content/policies/${at.policy}.mdx, clause ${at.clause}: its text "${text}" gives Pagefind no word to index`
      : `  - ${r.url}: its text "${text}" gives Pagefind no word to index`;
  });
  return [
    `Pagefind: ${dropped.length} of ${records.length} clauses were not indexed:`,
    ...lines,
    ...(dropped.length > 20 ? [`  - … and ${dropped.length - 20} more`] : []),
    'Fix: if the line is a conversion artefact, delete it from sources/<policy>.txt and run npm run import -- sources/<policy>.txt; if it is as published, hasWords() in src/lib/search/index-records.ts must leave such a clause out of the index — report it with this message.',
  ].join('\n');
}

export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'suxi-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = join(out, RECORDS_PATH);
        let bundles: BundleRecords[];
        try {
          bundles = JSON.parse(await readFile(recordsFile, 'utf8')) as BundleRecords[];
        } catch (error) {
          throw new Error(
            `Pagefind: cannot read the search records ${recordsFile} (written by src/pages/search/records.json.ts): ${(error as Error).message}`,
            { cause: error },
          );
        }
        // Writing a bundle clears its folder: /pagefind/ goes before the bundles nested in it.
        for (const b of [...bundles].sort((x, y) => x.bundle.length - y.bundle.length)) {
          const stats = await writeSearchIndex(b.records, join(out, b.bundle));
          logger.info(
            `indexed ${stats.records} clauses of shard ${b.shard} into ${b.bundle} (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB) in ${stats.ms} ms`,
          );
        }
        await rm(recordsFile);
      },
    },
  };
}
