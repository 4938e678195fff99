/**
 * npm run check:content
 *
 * Checks every policy and vocabulary file as the build would (src/lib/content/content-check.ts), without
 * starting Astro, and prints every problem at once: file:line, field, what is wrong and the fix.
 * Exits 1 when there is a problem; warnings (such as importer drafts awaiting review) do not fail.
 */
import { resolve } from 'node:path';
import { checkContent, describeProblem } from '../src/lib/content/content-check.ts';

const root = resolve(import.meta.dirname, '..');
const { problems, warnings, policies } = checkContent(root);

for (const p of problems) console.error(`error    ${describeProblem(p)}`);
for (const w of warnings) console.warn(`warning  ${describeProblem(w)}`);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const summary = `check:content: ${count(policies, 'policy', 'policies')} checked, ${count(problems.length, 'problem')}, ${count(warnings.length, 'warning')}`;
if (problems.length) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
