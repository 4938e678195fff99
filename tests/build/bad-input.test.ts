/**
 * A broken content file fails `astro build` with a message naming the file, its line, the field,
 * what is wrong and how to fix it, and a hint where to look — never a half-published page. Each
 * fixture in tests/fixtures/bad-content is built as the only policy of a copy of the site.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const work = resolve(ROOT, 'test-output');
mkdirSync(work, { recursive: true });
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The build's error: its message, then its hint (Astro prints both). */
async function buildWith(fixture: string): Promise<string> {
  const root = mkdtempSync(resolve(work, `bad-${fixture}-`));
  made.push(root);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sources'])
    cpSync(resolve(ROOT, entry), resolve(root, entry), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(root, 'node_modules'), 'dir');
  const policies = resolve(root, 'src/content/policies');
  rmSync(policies, { recursive: true });
  mkdirSync(policies);
  cpSync(resolve(ROOT, 'tests/fixtures/bad-content', `${fixture}.mdx`), resolve(policies, 'broken-policy.mdx'));
  const { build } = await import('astro');
  try {
    await build({ root, outDir: resolve(root, 'dist'), logLevel: 'silent' });
  } catch (error) {
    const { message, hint } = error as Error & { hint?: string };
    return `${message}\nhint: ${hint ?? '(none)'}`;
  }
  return 'BUILD SUCCEEDED';
}

describe('a broken content file fails the build', () => {
  it.each([
    [
      'missing-field',
      [
        /^policies → broken-policy: 1 problem in the content:\n/,
        /src\/content\/policies\/broken-policy\.mdx:2: title: missing — add it .*what it holds: 文件全称/,
        /hint: .*src\/schemas\/.*npm run check:content/,
      ],
    ],
    [
      'wrong-type',
      [
        /src\/content\/policies\/broken-policy\.mdx:10: period: expected a mapping of fields .*, found the text "2021—2023"/,
        /what it holds: 规划期（年），如 \{"start": 2021, "end": 2023\}/,
        /hint: .*npm run check:content/,
      ],
    ],
    [
      'duplicate-id',
      [
        /src\/content\/policies\/broken-policy\.mdx/,
        /duplicate clause ID "p1"/,
        /every clause needs its own ID/,
        /hint: .*npm run check:content/,
      ],
    ],
    [
      'unknown-clause',
      [
        /src\/content\/policies\/broken-policy\.mdx/,
        /subsidies\[\d+\]\.clause/,
        /unknown clause "row99"/,
        /docs\/ids\.md/,
        /hint: .*npm run check:content/,
      ],
    ],
    [
      'implausible-values',
      [
        /broken-policy\.mdx:8: dateWritten: "2023-02-30" is not a day of the calendar .* write the date the text gives/,
        /broken-policy\.mdx:11: validUntil: "2025-13-45" is not a day of the calendar/,
        /broken-policy\.mdx:10: period\.start: -2023 is not a plausible year \(1900–2100\)/,
        /broken-policy\.mdx:20: targets\[0\]\.targetYear: 20250 is not a plausible year/,
        /broken-policy\.mdx:21: targets\[0\]\.targetValue: 0x1F4 is not written as a decimal number \(YAML reads it as 500\) — write 500/,
        /broken-policy\.mdx:30: subsidies\[0\]\.maxAmountWan: 1e3 is not written as a decimal number/,
        /broken-policy\.mdx:31: subsidies\[0\]\.annualCapWan: 0o17 is not written as a decimal number/,
        /hint: .*npm run check:content/,
      ],
    ],
    [
      'rate-over-100',
      [
        /src\/content\/policies\/broken-policy\.mdx/,
        /subsidies\[0\]\.ratePct: 150 % is above 100 % and its quote does not write it/,
        /write 15 for 15%/,
        /hint: .*npm run check:content/,
      ],
    ],
  ] as const)('%s', async (fixture, patterns) => {
    const message = await buildWith(fixture);
    for (const p of patterns) expect(message).toMatch(p);
  });
});
