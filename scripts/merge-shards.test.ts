import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeShards } from './merge-shards.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'merge-shards-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A shard build's folder: the search page listing both bundles, and the files given. */
function shard(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  const config = JSON.stringify({ bundles: ['/pagefind/', '/pagefind/wuxi/'] }).replaceAll('"', '&quot;');
  const all = { 'search/index.html': `<suxi-search data-config="${config}"></suxi-search>`, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const url = (p: string) => `<url><loc>https://x.org/${p}/</loc></url>`;
const sitemap = (...ps: string[]) => `<urlset>${ps.map(url).join('')}</urlset>`;

describe('mergeShards', () => {
  it('unites the shards: their own pages and bundles, the shared pages once, the sitemaps joined', () => {
    const a = shard('suzhou', {
      'policies/a/index.html': 'A',
      'pagefind/pagefind-entry.json': '{}',
      'data/policies.json': '[1]',
      'sitemap-0.xml': sitemap('policies/a', 'search'),
    });
    const b = shard('wuxi', {
      'policies/w/index.html': 'W',
      'pagefind/wuxi/pagefind-entry.json': '{}',
      'data/policies.json': '[1]',
      'sitemap-0.xml': sitemap('policies/w', 'search'),
    });
    const out = join(dir, 'site');
    const r = mergeShards(out, [a, b]);
    expect(r).toEqual({ files: 7, shared: 3, sitemaps: 1, bundles: ['/pagefind/', '/pagefind/wuxi/'] });
    expect(readFileSync(join(out, 'policies/w/index.html'), 'utf8')).toBe('W');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toBe(sitemap('policies/a', 'policies/w', 'search'));
  });

  it('stops on a shared file that differs, naming it', () => {
    const a = shard('suzhou', { 'pagefind/pagefind-entry.json': '{}', 'data/policies.json': '[1]' });
    const b = shard('wuxi', { 'pagefind/wuxi/pagefind-entry.json': '{}', 'data/policies.json': '[2]' });
    expect(() => mergeShards(join(dir, 'site'), [a, b])).toThrow(/data\/policies\.json differs between shards/);
  });

  it('stops when a bundle the search page lists was not merged, naming it', () => {
    const a = shard('suzhou', { 'pagefind/pagefind-entry.json': '{}' });
    expect(() => mergeShards(join(dir, 'site'), [a])).toThrow(
      /lists 1 bundle\(s\) no merged shard holds: \/pagefind\/wuxi\/ — build those shards/,
    );
  });

  it('refuses a folder that is not a built site', () => {
    mkdirSync(join(dir, 'empty'));
    expect(() => mergeShards(join(dir, 'site'), [join(dir, 'empty')])).toThrow(/is not a built site/);
  });
});
