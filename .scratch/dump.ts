import { readFileSync } from 'node:fs';
import { parsePolicy, flattenClauses } from '../src/lib/import/parse.ts';
import { toBlocks } from '../src/lib/import/lines.ts';
import { parseTable } from '../src/lib/import/table.ts';
const f = process.argv[2]!;
const src = readFileSync(f, 'utf8');
const doc = parsePolicy(src);
console.log(doc.warnings, doc.numbering);
for (const b of toBlocks(src)) if (b.type === 'table') {
  const t = parseTable(b.lines);
  console.log('table line', b.line, 'cols', t.columns, 'header', t.header, 'group', t.groupColumn, 'serial', t.serialColumn);
}
console.log(flattenClauses(doc).map(c=>c.id).join(' '));
