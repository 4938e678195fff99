/**
 * SITE_URL=https://… makes the build publish absolute URLs on that host: canonical and og:url,
 * the sitemap (listing every page), robots.txt's Sitemap line, open data, JSON-LD and the feed.
 * A copy of the site is built with it; tests/site/site-url.test.ts checks the build without it.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { ROOT } from '../helpers/paths.ts';

const SITE = 'https://policies.site-url.test';
const work = resolve(ROOT, 'test-output');
let root = '';
let out = '';

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  root = mkdtempSync(resolve(work, 'site-url-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sources'])
    cpSync(resolve(ROOT, entry), resolve(root, entry), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(root, 'node_modules'), 'dir');
  out = resolve(root, 'dist');
  const { build } = await import('astro');
  const before = process.env.SITE_URL;
  process.env.SITE_URL = `${SITE}/`;
  try {
    await build({ root, outDir: out, logLevel: 'silent' });
  } finally {
    if (before === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = before;
  }
}, 600_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a build with SITE_URL', () => {
  it('gives canonical links and og:url on that host', () => {
    const page = parse(read('policies/wuxi-biomed-policy-opinions/s3-c12/index.html'));
    const url = `${SITE}/policies/wuxi-biomed-policy-opinions/s3-c12/`;
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    expect(page.querySelector('[data-permalink]')?.text).toBe(url);
  });

  it('writes a sitemap on that host listing every page, and robots.txt points to it', () => {
    const pages = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `${SITE}/${f.replace(/index\.html$/, '')}`);
    const listed = readdirSync(out)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(pages.length).toBeGreaterThan(500);
    expect(pages.filter((p) => !listed.includes(p))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('gives absolute URLs in open data and the feed', () => {
    const clauses = JSON.parse(read('data/clauses.json')) as { url: string }[];
    expect(clauses.every((c) => c.url.startsWith(`${SITE}/policies/`))).toBe(true);
    expect(read('feed.xml')).toContain(`<id>${SITE}/policies/wuxi-biomed-policy-opinions/</id>`);
  });
});
