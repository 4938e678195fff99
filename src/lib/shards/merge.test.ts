import { describe, expect, it } from 'vitest';
import { decide, isSitemap, mergeSitemaps, missingBundles } from './merge.ts';

describe('decide', () => {
  it('copies a file the shards agree on', () => {
    expect(
      decide(
        'search/index.html',
        new Map([
          ['a', 'x1'],
          ['b', 'x1'],
        ]),
      ),
    ).toEqual({ kind: 'copy' });
    expect(decide('policies/p/index.html', new Map([['a', 'x1']]))).toEqual({ kind: 'copy' });
  });

  it('joins sitemaps, and refuses any other difference, naming the file, the shards and the fix', () => {
    expect(
      decide(
        'sitemap-0.xml',
        new Map([
          ['a', '1'],
          ['b', '2'],
        ]),
      ),
    ).toEqual({ kind: 'sitemap' });
    const d = decide(
      'data/policies.json',
      new Map([
        ['wuxi', '1'],
        ['suzhou', '2'],
      ]),
    );
    expect(d.kind).toBe('conflict');
    expect(d.kind === 'conflict' && d.message).toMatch(
      /^data\/policies\.json differs between shards wuxi, suzhou: every shard must be built from the same commit/,
    );
  });

  it('knows the sitemap files by name only', () => {
    expect(isSitemap('sitemap-index.xml')).toBe(true);
    expect(isSitemap('sitemap-12.xml')).toBe(true);
    expect(isSitemap('data/sitemap-0.xml.bak')).toBe(false);
    expect(isSitemap('policies/sitemap-x.xml')).toBe(false);
  });
});

describe('mergeSitemaps', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  const url = (p: string) => `<url><loc>https://example.org/${p}/</loc></url>`;
  it('lists every page of every shard once, in URL order', () => {
    const merged = mergeSitemaps([
      `${head}${url('policies/b')}${url('search')}</urlset>`,
      `${head}${url('policies/a')}${url('search')}</urlset>`,
    ]);
    expect(merged).toBe(`${head}${url('policies/a')}${url('policies/b')}${url('search')}</urlset>`);
  });

  it('joins sitemap indexes by their <sitemap> entries', () => {
    const idx = (n: number) => `<sitemap><loc>https://example.org/sitemap-${n}.xml</loc></sitemap>`;
    const open = '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
    expect(mergeSitemaps([`${open}${idx(0)}</sitemapindex>`, `${open}${idx(0)}${idx(1)}</sitemapindex>`])).toBe(
      `${open}${idx(0)}${idx(1)}</sitemapindex>`,
    );
  });

  it('refuses a file that is not a sitemap', () => {
    expect(() => mergeSitemaps(['<html></html>'])).toThrow(/holds no <url> entry/);
    expect(() => mergeSitemaps([])).toThrow(/no sitemap given/);
  });
});

describe('missingBundles', () => {
  it('names the bundles whose entry file the merged site lacks', () => {
    const files = new Set(['pagefind/pagefind-entry.json', 'pagefind/wuxi/pagefind-entry.json']);
    expect(missingBundles(['/pagefind/', '/pagefind/wuxi/', '/pagefind/zhejiang/'], (p) => files.has(p))).toEqual([
      '/pagefind/zhejiang/',
    ]);
    expect(missingBundles(['/pagefind/'], (p) => files.has(p))).toEqual([]);
  });
});
