/**
 * A broken content file fails `astro build` with a message naming the file, the field and what
 * was expected — never a half-published page. Each fixture in tests/fixtures/bad-content is built
 * as the only policy of a copy of the site.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const work = resolve(ROOT, 'test-output');
mkdirSync(work, { recursive: true });
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

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
    return String((error as Error).message ?? error);
  }
  return 'BUILD SUCCEEDED';
}

describe('a broken content file fails the build', () => {
  it.each([
    ['missing-field', [/broken-policy/, /title/, /expected string|Required|received undefined/i]],
    ['wrong-type', [/broken-policy/, /period/, /expected type `"object"`, received `"string"`/i]],
    [
      'duplicate-id',
      [/src\/content\/policies\/broken-policy\.mdx/, /duplicate clause ID "p1"/, /every clause needs its own ID/],
    ],
    [
      'unknown-clause',
      [
        /src\/content\/policies\/broken-policy\.mdx/,
        /subsidies\[\d+\]\.clause/,
        /unknown clause "row99"/,
        /docs\/ids\.md/,
      ],
    ],
  ] as const)('%s', async (fixture, patterns) => {
    const message = await buildWith(fixture);
    for (const p of patterns) expect(message).toMatch(p);
  });
});
