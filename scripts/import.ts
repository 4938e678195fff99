/**
 * npm run import -- <source.txt> [--id <policy-id>] [--region <region-id>] [--force]
 *
 * Parses a policy text into its clause tree and writes src/content/policies/<id>.mdx: the
 * verbatim body with every clause addressable. When the MDX file exists, its (curated)
 * frontmatter is kept and only the body is regenerated; otherwise a draft frontmatter is written:
 * the metadata the text states, and proposed subsidies, targets and departments under `drafts:`.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { extractClauses } from '../src/lib/clauses/extract.ts';
import { draftFrontmatter } from '../src/lib/import/frontmatter.ts';
import { toMdxBody } from '../src/lib/import/mdx.ts';
import { flattenClauses, ImportError, parsePolicy } from '../src/lib/import/parse.ts';

const root = resolve(import.meta.dirname, '..');
const usage = 'usage: npm run import -- <source.txt> [--id <policy-id>] [--region <region-id>] [--force]';
let values: { id?: string; region?: string; force?: boolean };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: { id: { type: 'string' }, region: { type: 'string' }, force: { type: 'boolean', default: false } },
  }));
} catch (error) {
  console.error(`import: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const file = positionals[0];
if (!file) {
  console.error(usage);
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
    console.error('import: nothing was written.');
    process.exit(1);
  }
  throw error;
}
const body = toMdxBody(doc.children);

// The site reads clauses from the MDX, not from the parser: both must agree before anything is written.
const parsed = flattenClauses(doc).map((c) => c.id);
const rendered = extractClauses(body).map((c) => c.id);
if (parsed.join(' ') !== rendered.join(' ')) {
  const at = parsed.findIndex((x, i) => x !== rendered[i]);
  console.error(
    `import: ${file}: the MDX body does not reproduce the clause tree (first difference at clause ${parsed[at] ?? rendered[at]}) — an importer bug; please report it with this text`,
  );
  process.exit(1);
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
const shown = relative(root, target);
let frontmatter: string;
let drafted: ReturnType<typeof draftFrontmatter> | null = null;
if (existsSync(target)) {
  const existing = readFileSync(target, 'utf8').match(/^---\n([\s\S]*?)\n---\n/);
  if (!existing) {
    console.error(`import: ${shown} has no frontmatter block to keep — move it away or fix it first`);
    process.exit(1);
  }
  frontmatter = existing[1]!;
} else {
  const vocab = (name: string) => parse(readFileSync(resolve(root, 'src/content/vocab', name), 'utf8'));
  drafted = draftFrontmatter({
    source,
    body,
    sourceName,
    numbering: doc.numbering,
    regions: vocab('regions.yaml'),
    departments: vocab('departments.yaml'),
    region: values.region,
  });
  frontmatter = drafted.yaml;
}

writeFileSync(target, `---\n${frontmatter}\n---\n\n${body}`);

const counts = new Map<string, number>();
for (const c of flattenClauses(doc)) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
console.log(
  `import: wrote ${shown} (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}; numbering ${doc.numbering})`,
);
for (const w of doc.warnings) console.warn(`import: warning: ${w}`);
if (drafted) {
  const { drafts, region } = drafted;
  console.log(
    `import: drafted the frontmatter: ${drafts.subsidies.length} subsidies, ${drafts.targets.length} targets and ${drafts.departments.length} unknown departments under drafts:` +
      (region ? `; region ${region}` : '; region unknown (set region:)'),
  );
  for (const d of drafts.departments) {
    console.log(
      `import: proposed department: "${d.text}" (clauses ${d.clauses.join(', ')}) — add it to src/content/vocab/departments.yaml, e.g.`,
    );
    console.log(
      `    - { id: ${d.region ?? '<region>'}-<pinyin initials>, name: <full official name>, region: ${d.region ?? '<region>'}, aliases: [${d.text}] }`,
    );
  }
  console.log(`import: next: review ${shown} and run npm run check:content (CONTRIBUTING.md, "Adding a policy")`);
}
