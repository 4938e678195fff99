import { readFileSync } from 'node:fs';
import { toBlocks } from '../src/lib/import/lines.ts';
import { parseTable } from '../src/lib/import/table.ts';
for (const f of process.argv.slice(2)) {
  for (const b of toBlocks(readFileSync(f, 'utf8'))) if (b.type === 'table') {
    // replicate raw row lengths
    const rows: string[][] = []; let cur: string[] | null = null;
    for (const line of b.lines) {
      const parts = line.split('\t');
      if (!line.includes('\t') && line.trim() === '') { if (cur) rows.push(cur); cur = null; }
      else if (parts.length === 2 && parts[0]!.trim() === '') (cur ??= []).push(parts[1]!.trim());
      else if (line.includes('\t')) { if (cur) rows.push(cur); cur = null; rows.push(parts.map(c=>c.trim())); }
      else cur![cur!.length-1] += line.trim();
    }
    if (cur) rows.push(cur);
    const t = parseTable(b.lines);
    console.log(f, 'columns', t.columns, 'raw lengths', rows.map(r => r.length + (r.some(c=>c==='')?'e':'')).join(' '));
    console.log(' trimmed lengths', rows.map(r => { const x=[...r]; while(x.length&&x[x.length-1]==='')x.pop(); while(x.length&&x[0]==='')x.shift(); return x.length; }).join(' '));
  }
}
