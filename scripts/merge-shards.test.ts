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

/** A search config (src/lib/search/config.ts) listing `bundles`. */
const config = (bundles: string[]) => JSON.stringify({ vocabulary: [], regions: [], lexicon: [], bundles });

/** A shard build's folder: the search page, the search config listing both bundles, and the files given. */
function shard(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  const all = {
    'search/index.html': '<suxi-search></suxi-search>',
    'search/config.json': config(['/pagefind/', '/pagefind/wuxi/']),
    ...files,
  };
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
    expect(r).toEqual({ files: 8, shared: 4, sitemaps: 1, bundles: ['/pagefind/', '/pagefind/wuxi/'] });
    expect(readFileSync(join(out, 'search/config.json'), 'utf8')).toBe(config(['/pagefind/', '/pagefind/wuxi/']));
    expect(readFileSync(join(out, 'policies/w/index.html'), 'utf8')).toBe('W');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toBe(sitemap('policies/a', 'policies/w', 'search'));
  });

  it('stops on a shared file that differs, naming it', () => {
    const a = shard('suzhou', { 'pagefind/pagefind-entry.json': '{}', 'data/policies.json': '[1]' });
    const b = shard('wuxi', { 'pagefind/wuxi/pagefind-entry.json': '{}', 'data/policies.json': '[2]' });
    expect(() => mergeShards(join(dir, 'site'), [a, b])).toThrow(/data\/policies\.json differs between shards/);
  });

  it('stops when a bundle the search config lists was not merged, naming it', () => {
    const a = shard('suzhou', { 'pagefind/pagefind-entry.json': '{}' });
    expect(() => mergeShards(join(dir, 'site'), [a])).toThrow(
      /search config lists 1 bundle\(s\) no merged shard holds: \/pagefind\/wuxi\/ — build those shards/,
    );
  });

  it('stops when the shards’ search configs differ (built from other content or settings), naming the file', () => {
    const a = shard('suzhou', { 'pagefind/pagefind-entry.json': '{}' });
    const b = shard('wuxi', {
      'pagefind/wuxi/pagefind-entry.json': '{}',
      'search/config.json': config(['/pagefind/', '/pagefind/wuxi/', '/pagefind/anhui/']),
    });
    expect(() => mergeShards(join(dir, 'site'), [a, b])).toThrow(/search\/config\.json differs between shards/);
  });

  it('stops on a search config that lists no bundle or is not one, naming the file', () => {
    const none = shard('none', { 'search/config.json': config([]) });
    expect(() => mergeShards(join(dir, 'site'), [none])).toThrow(/site\/search\/config\.json lists no search bundle/);
    const broken = shard('broken', { 'search/config.json': '<!doctype html>' });
    expect(() => mergeShards(join(dir, 'site'), [broken])).toThrow(
      /site\/search\/config\.json: \/search\/config\.json: not JSON/,
    );
  });

  it('refuses a folder that is not a built site, or one built before the search config was a file', () => {
    mkdirSync(join(dir, 'empty'));
    expect(() => mergeShards(join(dir, 'site'), [join(dir, 'empty')])).toThrow(/is not a built site/);
    const old = shard('old', {});
    rmSync(join(old, 'search/config.json'));
    expect(() => mergeShards(join(dir, 'site'), [old])).toThrow(/is not a built site \(no search\/config\.json\)/);
  });
});
