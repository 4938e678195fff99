/**
 * Builds the clause-level Chinese search index at the end of every `astro build` (npm run
 * build, npm start, the tests' programmatic build), through Pagefind's Node API, into
 * `<outDir>/pagefind/`. Any Pagefind error fails the build: a site whose search silently
 * returns nothing is worse than no deploy.
 *
 * Input is `<outDir>/search/records.json`, written by src/pages/search/records.json.ts from the
 * same data as the policy pages; it is deleted afterwards (not part of the published site).
 */
import { readFile, rm, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE, type SearchRecord } from '../lib/search/index-records.ts';
import { parseClauseLink } from '../lib/links.ts';

/** Where the records endpoint writes, relative to the output folder. */
export const RECORDS_PATH = 'search/records.json';
export const BUNDLE_DIR = 'pagefind';
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

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
 * The build error when Pagefind indexed fewer records than it was given: which clauses it dropped
 * (read from the fragments it wrote — only on this failure), each with its file and text, and the fix.
 */
async function droppedRecords(records: SearchRecord[], outputPath: string): Promise<string> {
  const dir = join(outputPath, 'fragment');
  const indexed = new Set<string>();
  for (const f of await readdir(dir)) {
    // Each fragment is gzip of "pagefind_dcd" + the record as JSON.
    const json = gunzipSync(await readFile(join(dir, f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/u, '');
    indexed.add((JSON.parse(json) as { url: string }).url);
  }
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
        let records: SearchRecord[];
        try {
          records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        } catch (error) {
          throw new Error(
            `Pagefind: cannot read the search records ${recordsFile} (written by src/pages/search/records.json.ts): ${(error as Error).message}`,
            { cause: error },
          );
        }
        const stats = await writeSearchIndex(records, join(out, BUNDLE_DIR));
        await rm(recordsFile);
        logger.info(
          `indexed ${stats.records} clauses into /${BUNDLE_DIR}/ (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB) in ${stats.ms} ms`,
        );
      },
    },
  };
}
