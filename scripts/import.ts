/**
 * npm run import -- <source.txt> [--id <policy-id>] [--region <region-id>
 *     [--region-name <name> --region-parent <region-id> [--region-level <level>]]] [--title <title>] [--force]
 *
 * Parses a policy text into its clause tree and writes src/content/policies/<id>.mdx: the
 * verbatim body with every clause addressable. A new policy gets a frontmatter drafted from the
 * text and marked `draft: true` (待审核), valid as it stands, so the site builds at once; a
 * re-import keeps the frontmatter and regenerates only the body. A region not in the vocabulary
 * is added when its name and parent are given; units no department matches are added as draft
 * departments. The decisions are in src/lib/import/plan.ts; this script reads and writes files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, flattenClauses } from '../src/lib/import/parse.ts';
import { MAX_SOURCE_BYTES, tooLarge } from '../src/lib/import/encoding.ts';
import {
  DEPARTMENTS_FILE,
  ImportStop,
  ORIGINAL_FILE,
  planImport,
  REGIONS_FILE,
  type ImportPlan,
} from '../src/lib/import/plan.ts';

const root = resolve(import.meta.dirname, '..');
const usage = [
  'usage: npm run import -- <source.txt> [--id <policy-id>] [--force]',
  '         [--region <region-id> [--region-name <name> --region-parent <region-id> [--region-level city|county|district|province]]]',
  '         [--title <title, when the text has no title line>]',
].join('\n');
let values: {
  id?: string;
  region?: string;
  'region-name'?: string;
  'region-parent'?: string;
  'region-level'?: string;
  title?: string;
  force?: boolean;
};
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      region: { type: 'string' },
      'region-name': { type: 'string' },
      'region-parent': { type: 'string' },
      'region-level': { type: 'string' },
      title: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`import: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error(positionals.length > 1 ? `import: one text at a time (got ${positionals.length})\n${usage}` : usage);
  process.exit(2);
}
const sourcePath = resolve(process.cwd(), file);
if (!existsSync(sourcePath)) {
  console.error(`import: ${file}: no such file — give the path of a UTF-8 .txt policy text`);
  process.exit(2);
}
const stat = statSync(sourcePath);
if (!stat.isFile()) {
  console.error(
    `import: ${file}: is ${stat.isDirectory() ? 'a directory' : 'not a regular file'} — give the path of one .txt policy text (one text per import)`,
  );
  process.exit(2);
}
const id = values.id ?? basename(sourcePath).replace(/\.txt$/, '');
const read = (path: string) => (existsSync(resolve(root, path)) ? readFileSync(resolve(root, path), 'utf8') : null);
// A file larger than the importer takes is refused by its size, before it is read.
if (stat.size > MAX_SOURCE_BYTES) {
  console.error(`import: ${file}: ${tooLarge(stat.size)}`);
  console.error('import: nothing was written.');
  process.exit(1);
}
let source: Uint8Array;
try {
  source = readFileSync(sourcePath);
} catch (error) {
  console.error(
    `import: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}) — check its permissions`,
  );
  process.exit(2);
}
const copy = `sources/${id}.txt`;
const originals = existsSync(resolve(root, 'sources'))
  ? readdirSync(resolve(root, 'sources'))
      .filter((f) => ORIGINAL_FILE.exec(f)?.[1] === id)
      .map((f) => `sources/${f}`)
  : [];

let plan: ImportPlan;
try {
  plan = planImport(
    source,
    {
      id,
      file,
      region: values.region,
      regionName: values['region-name'],
      regionParent: values['region-parent'],
      regionLevel: values['region-level'],
      title: values.title,
      force: values.force,
    },
    {
      regionsYaml: read(REGIONS_FILE) ?? '',
      departmentsYaml: read(DEPARTMENTS_FILE) ?? '',
      existingMdx: read(`src/content/policies/${id}.mdx`),
      existingSource: read(copy),
      importingTheCopy: resolve(root, copy) === sourcePath,
      existingOriginals: originals,
    },
  );
} catch (error) {
  if (error instanceof ImportError || error instanceof ImportStop) {
    console.error(`import: ${file}: ${error.message}`);
    console.error('import: nothing was written.');
    process.exit(1);
  }
  throw error;
}

for (const w of plan.writes) {
  mkdirSync(dirname(resolve(root, w.path)), { recursive: true });
  writeFileSync(resolve(root, w.path), w.content);
}
for (const path of plan.removes) rmSync(resolve(root, path), { force: true });

const mdx = `src/content/policies/${id}.mdx`;
const counts = new Map<string, number>();
for (const c of flattenClauses(plan.doc)) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
console.log(
  `import: wrote ${mdx} (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}; numbering ${plan.doc.numbering})`,
);
for (const w of plan.doc.warnings) console.warn(`import: warning: ${w}`);
for (const n of plan.notes) console.log(`import: note: ${n}`);
const from = {
  option: 'as given',
  new: 'new',
  frontmatter: 'kept from the frontmatter',
  text: 'named by the text — pass --region to choose another',
};
console.log(`import: region ${plan.region} (${from[plan.regionFrom]})`);
if (plan.newRegion) {
  const r = plan.newRegion;
  console.log(
    `import: added region ${r.id} (${r.name}, ${r.level} under ${r.parent}) to ${REGIONS_FILE} — check its level and order`,
  );
}
if (plan.drafted) {
  const { title, titleFrom, subsidies, targets } = plan.drafted;
  const where = {
    option: 'as given',
    text: 'from the text',
    'file name': 'from the file name — check it against the document',
    'stand-in': 'a stand-in: the text has no title line — write the published title into title: and shortTitle:',
  };
  console.log(`import: title ${title} (${where[titleFrom]})`);
  console.log(
    `import: drafted the frontmatter as draft: true (shown as 待审核): ${subsidies} subsidies and ${targets} targets proposed under drafts:`,
  );
}
if (plan.draftDepartments.length) {
  console.log(
    `import: added ${plan.draftDepartments.length} draft departments (待审核) to ${DEPARTMENTS_FILE} for units no department matched:`,
  );
  for (const d of plan.draftDepartments)
    console.log(`    ${d.id}  ${d.name}  (the text writes ${d.aliases.join('、')})`);
}
for (const path of plan.removes) console.log(`import: removed ${path}, the original of the text this one replaces`);
console.log(
  plan.drafted
    ? `import: the site builds with it as it is; review ${mdx}, then run npm run check:content (CONTRIBUTING.md, "Adding a policy")`
    : `import: every clause the kept frontmatter cites is still there; run npm run check:content, then review the changes to ${mdx}`,
);
