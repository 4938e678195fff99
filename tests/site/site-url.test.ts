/**
 * Without SITE_URL (the test build) the site publishes no host at all: no placeholder domain in
 * any file, no canonical link (a canonical must be absolute) and no og:url, no sitemap (it needs absolute URLs) and
 * no Sitemap line in robots.txt, open-data URLs root-relative, feed ids that name no host.
 * tests/build/site-url.test.ts builds with SITE_URL and checks the absolute side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../helpers/paths.ts';
import { builtPage } from '../helpers/site.ts';

const files = readdirSync(SITE_DIR, { recursive: true })
  .map(String)
  .filter((f) => /\.(html|xml|json|csv|txt)$/.test(f) && !f.startsWith('pagefind'));

describe('a build without SITE_URL', () => {
  it('names no placeholder or invented host in any page or file', () => {
    expect(files.length).toBeGreaterThan(500);
    const hits = files.filter((f) =>
      /example\.(org|com)|policies\.example/.test(readFileSync(join(SITE_DIR, f), 'utf8')),
    );
    expect(hits).toEqual([]);
  });

  it('publishes no canonical link (a relative one is not a valid canonical) and no og:url', () => {
    for (const path of [
      '/',
      '/policies/wuxi-biomed-policy-opinions/',
      '/policies/wuxi-biomed-policy-opinions/s3-c12/',
    ]) {
      const page = builtPage(path);
      expect(page.querySelector('link[rel="canonical"]'), path).toBeNull();
      expect(page.querySelector('meta[property="og:url"]')).toBeNull();
    }
  });

  it('writes no sitemap, and robots.txt points to none', () => {
    expect(files.filter((f) => f.includes('sitemap'))).toEqual([]);
    const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toMatch(/Sitemap/i);
  });

  it('gives open-data URLs as site paths', () => {
    const clauses = JSON.parse(readFileSync(join(SITE_DIR, 'data/clauses.json'), 'utf8')) as { url: string }[];
    expect(clauses.length).toBeGreaterThan(400);
    expect(clauses.every((c) => /^\/policies\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(c.url))).toBe(true);
    const csv = readFileSync(join(SITE_DIR, 'data/clauses.csv'), 'utf8');
    expect(csv).toContain(',/policies/');
    expect(csv).not.toMatch(/https?:\/\/[^,"]*\/policies\//);
  });

  it('gives the feed links as site paths and ids that name no host', () => {
    const feed = readFileSync(join(SITE_DIR, 'feed.xml'), 'utf8');
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.every((id) => id.startsWith('tag:suxi-biomed-policies,2026:/'))).toBe(true);
    expect(feed).toContain('<link rel="alternate" href="/policies/wuxi-biomed-policy-opinions/"/>');
  });
});
