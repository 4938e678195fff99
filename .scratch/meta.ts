import { readFileSync, readdirSync } from 'node:fs';
import { draftMetadata } from '../src/lib/import/metadata.ts';
for (const f of readdirSync('sources')) {
  console.log(f, JSON.stringify(draftMetadata(readFileSync('sources/'+f,'utf8'))));
  const fm = readFileSync('src/content/policies/'+f.replace('.txt','.mdx'),'utf8').split('\n---\n')[0];
  console.log(fm.split('\n').filter(l=>/^(title|kind|issuers|  - |docNumber|dateWritten|datePublished|period|validUntil|  start|  end)/.test(l)).slice(0,14).join(' | '));
}
