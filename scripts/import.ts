/**
 * npm run import -- <source.txt> [--id <policy-id>] [--force]
 *
 * Parses a policy text into its clause tree and writes src/content/policies/<id>.mdx: the
 * verbatim body with every clause addressable. When the MDX file exists, its (curated)
 * frontmatter is kept and only the body is regenerated; otherwise a draft frontmatter is written.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { draftMetadata } from '../src/lib/import/metadata.ts';
import { toMdxBody } from '../src/lib/import/mdx.ts';
import { flattenClauses, ImportError, parsePolicy } from '../src/lib/import/parse.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, force: { type: 'boolean', default: false } },
});

const file = positionals[0];
if (!file) {
  console.error('usage: npm run import -- <source.txt> [--id <policy-id>] [--force]');
  process.exit(2);
}
const sourcePath = resolve(process.cwd(), file);
if (!existsSync(sourcePath)) {
  console.error(`import: ${file}: no such file — give the path of a UTF-8 .txt policy text`);
  process.exit(2);
}
const id = values.id ?? basename(sourcePath).replace(/\.txt$/, '');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`import: policy ID "${id}" is not a lower-case ASCII slug — pass --id, e.g. --id wuxi-biomed-2026`);
  process.exit(2);
}

const source = readFileSync(sourcePath, 'utf8');
let doc;
try {
  doc = parsePolicy(source);
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`import: ${file}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const sourceName = `${id}.txt`;
const sourceCopy = resolve(root, 'sources', sourceName);
if (resolve(sourceCopy) !== sourcePath) {
  if (existsSync(sourceCopy) && readFileSync(sourceCopy, 'utf8') !== source && !values.force) {
    console.error(`import: sources/${sourceName} exists with other text — pass --force to replace it`);
    process.exit(1);
  }
  copyFileSync(sourcePath, sourceCopy);
}

const target = resolve(root, 'src/content/policies', `${id}.mdx`);
let frontmatter: string;
if (existsSync(target)) {
  const existing = readFileSync(target, 'utf8').match(/^---\n([\s\S]*?)\n---\n/);
  if (!existing) {
    console.error(`import: ${target} has no frontmatter block to keep — move it away or fix it first`);
    process.exit(1);
  }
  frontmatter = existing[1]!;
} else {
  const meta = draftMetadata(source);
  frontmatter = stringify({
    title: meta.title ?? 'TODO: 标题',
    shortTitle: meta.title ?? 'TODO: 简称',
    region: 'TODO-region',
    kind: meta.kind ?? 'TODO: 文件类型',
    issuers: [],
    docNumber: meta.docNumber,
    dateWritten: meta.dateWritten,
    datePublished: null,
    period: meta.period,
    validUntil: meta.validUntil,
    numbering: doc.numbering,
    source: sourceName,
    targets: [],
    subsidies: [],
  }).trimEnd();
}

writeFileSync(target, `---\n${frontmatter}\n---\n\n${toMdxBody(doc.children)}`);

const counts = new Map<string, number>();
for (const c of flattenClauses(doc)) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
console.log(`import: wrote src/content/policies/${id}.mdx (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}; numbering ${doc.numbering})`);
for (const w of doc.warnings) console.warn(`import: warning: ${w}`);
