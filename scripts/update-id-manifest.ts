/**
 * npm run ids:update — records every clause ID in tests/clause-ids.manifest.json. Run it only
 * when a change to clause IDs is deliberate: published permalinks point at these IDs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClauses } from '../src/lib/clauses/extract.ts';
import { readPolicyFiles } from '../src/lib/data/load-content.ts';

const root = resolve(import.meta.dirname, '..');
const manifest: Record<string, string[]> = {};
for (const file of readPolicyFiles(root)) manifest[file.id] = extractClauses(file.body).map((c) => c.id);
writeFileSync(resolve(root, 'tests/clause-ids.manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(
  `ids:update: ${Object.values(manifest).flat().length} clause IDs in ${Object.keys(manifest).length} policies`,
);
