/**
 * npm run vocab:mine [-- <file.txt> …]
 *
 * Mines candidate thesaurus entries from the policy texts (sources/*.txt by default) with
 * src/lib/search/mine-terms.ts and prints, for review, each pair the thesaurus
 * (src/content/vocab/synonyms.yaml) does not join yet, with the clause it was found in. Nothing is
 * written: a reviewer adds the good ones to the thesaurus by hand, with `source: text:<policy>#<clause>`
 * (docs/search.md, "Reviewing mined candidates").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractClauses } from '../src/lib/clauses/extract.ts';
import { toMdxBody } from '../src/lib/import/mdx.ts';
import { parsePolicy } from '../src/lib/import/parse.ts';
import { candidateStatus, mineTerms } from '../src/lib/search/mine-terms.ts';
import { loadThesaurus, VOCABULARY_FILE } from '../src/lib/search/vocabulary-file.ts';

const root = resolve(import.meta.dirname, '..');
let files: string[];
let all: boolean;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false } },
  });
  all = values.all ?? false;
  files = positionals.length
    ? positionals.map((f) => resolve(f))
    : readdirSync(join(root, 'sources'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(root, 'sources', f));
} catch (error) {
  console.error(`vocab:mine: ${(error as Error).message}\nusage: npm run vocab:mine [-- [--all] <file.txt> …]`);
  process.exit(2);
}

const entries = loadThesaurus(root);
let shown = 0;
let known = 0;
for (const file of files) {
  const policy = basename(file, '.txt');
  // The clauses as the site makes them from the text (the importer's own parse), so each candidate
  // names the clause a reviewer cites as its source.
  const clauses = extractClauses(toMdxBody(parsePolicy(readFileSync(file, 'utf8')).children));
  for (const clause of clauses) {
    for (const c of mineTerms(clause.ownText)) {
      const status = candidateStatus(c, entries);
      if (status.status === 'known') known++;
      if (status.status === 'known' && !all) continue;
      shown++;
      const where = status.entries.length ? ` (in ${status.entries.join(', ')})` : '';
      console.log(`${status.status.padEnd(7)} ${c.short} = ${c.full}  [${c.pattern}]${where}`);
      console.log(`        source: text:${policy}#${clause.id}`);
      console.log(`        ${c.sentence.length > 160 ? `${c.sentence.slice(0, 160)}…` : c.sentence}`);
    }
  }
}
console.log(
  `vocab:mine: ${shown} candidate(s) to review, ${known} already in ${VOCABULARY_FILE} (${files.length} text(s))`,
);
