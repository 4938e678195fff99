/**
 * npm run check:content [-- --strict]
 *
 * Checks every policy and vocabulary file as the build would (src/lib/content/content-check.ts), without
 * starting Astro, and prints every problem at once: file:line, field, what is wrong and the fix.
 * Exits 1 when there is a problem. Drafts awaiting review (待审核 policies and departments, importer
 * proposals) are warnings — the site builds and marks them — except with --strict, which a release
 * runs (.ci/run): then they are errors, and nothing unreviewed is released.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, report } from '../src/lib/content/content-check.ts';

let strict: boolean;
try {
  strict = parseArgs({ options: { strict: { type: 'boolean', default: false } } }).values.strict ?? false;
} catch (error) {
  console.error(`check:content: ${(error as Error).message}\nusage: npm run check:content [-- --strict]`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const { lines, summary, exitCode } = report(checkContent(root), strict);
for (const { level, text } of lines) {
  if (level === 'error') console.error(`error    ${text}`);
  else console.warn(`warning  ${text}`);
}
if (exitCode) console.error(summary);
else console.log(summary);
process.exit(exitCode);
