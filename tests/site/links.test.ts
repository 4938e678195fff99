/**
 * Every internal link and every #fragment on every built page resolves — to a page, a file, and
 * an element ID on the target page — and so do the URLs in the open-data files. Pages are parsed
 * with node-html-parser (a maintained HTML parser), never with regular expressions.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../helpers/paths.ts';
import { contentFiles, STAND_IN_ORIGIN as SITE } from '../helpers/site.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(SITE_DIR);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const pages = new Map<string, HTMLElement>();
const urlPathOf = (file: string) =>
  `/${relative(SITE_DIR, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
for (const file of htmlFiles) pages.set(urlPathOf(file), parse(readFileSync(file, 'utf8')));
const idsOf = new Map<string, Set<string>>();
const ids = (path: string) => {
  if (!idsOf.has(path))
    idsOf.set(
      path,
      new Set(
        pages
          .get(path)
          ?.querySelectorAll('[id]')
          .map((e) => e.id) ?? [],
      ),
    );
  return idsOf.get(path)!;
};

/** The problem with an internal URL, or null when it resolves. */
function check(url: string, from: string): string | null {
  const target = new URL(url, `${SITE}${from}`);
  if (target.origin !== SITE) return null;
  const path = decodeURIComponent(target.pathname);
  const file = resolve(SITE_DIR, `.${path}`);
  const exists = path.endsWith('/')
    ? existsSync(join(file, 'index.html'))
    : existsSync(file) && statSync(file).isFile();
  if (!exists) return `${from}: ${url} → no such page or file`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && path.endsWith('/') && !fragment.startsWith(':~:') && !ids(path).has(fragment))
    return `${from}: ${url} → no element id="${fragment}" on ${path}`;
  return null;
}

describe('internal links', () => {
  it(`all links of ${htmlFiles.length} pages resolve`, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [path, root] of pages) {
      for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], form[action], source[src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
        if (/^(mailto:|tel:|data:|javascript:)/.test(url)) continue;
        checked += 1;
        const problem = check(url, path);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(htmlFiles.length);
  });

  it('loads no resource from another origin', () => {
    const external: string[] = [];
    let checked = 0;
    for (const [path, root] of pages) {
      for (const el of root.querySelectorAll('link[href], script[src], img[src], iframe[src], source[src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        const rel = el.getAttribute('rel') ?? '';
        // rel=canonical / alternate name the page's own public address; they are not requests.
        if (/canonical|alternate/.test(rel)) continue;
        checked += 1;
        if (new URL(url, `${SITE}${path}`).origin !== SITE) external.push(`${path}: ${url}`);
      }
    }
    expect(external).toEqual([]);
    // Every page loads at least its stylesheet and the header's script.
    expect(checked, 'resources checked').toBeGreaterThanOrEqual(htmlFiles.length * 2);
  });

  it('URLs in the open-data files resolve', () => {
    // Every JSON file the site publishes, except Pagefind's index (it has no URL fields).
    const dataFiles = files.filter((f) => f.endsWith('.json') && !/[/\\]pagefind[/\\]/.test(f));
    const problems: string[] = [];
    let checked = 0;
    for (const file of dataFiles) {
      const where = relative(SITE_DIR, file);
      for (const { at, value } of urlFields(JSON.parse(readFileSync(file, 'utf8')))) {
        checked += 1;
        const problem =
          typeof value === 'string' ? check(value, '/data/') : `${at} is ${JSON.stringify(value)}, not a URL`;
        if (problem) problems.push(`${where} ${at}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(dataFiles.length, 'open-data JSON files').toBeGreaterThan(0);
    expect(checked, 'URL fields in the open-data files').toBeGreaterThan(dataFiles.length);
  });

  it("URLs in the pages' JSON-LD resolve", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [path, root] of pages) {
      for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
        let data: unknown;
        try {
          data = JSON.parse(script.rawText);
        } catch (error) {
          problems.push(`${path}: JSON-LD does not parse: ${(error as Error).message}`);
          continue;
        }
        for (const { at, value } of urlFields(data)) {
          checked += 1;
          const problem =
            typeof value === 'string' ? check(value, path) : `${at} is ${JSON.stringify(value)}, not a URL`;
          if (problem) problems.push(`${path} JSON-LD ${at}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  });

  // The sitemap is written only with SITE_URL: tests/build/site-url.test.ts checks it lists every page.
  it('URLs in the sitemap and the feed resolve, and the sitemap lists every page', () => {
    const problems: string[] = [];
    const listed = new Set<string>();
    const xmlFiles = files.filter((f) => /sitemap[^/\\]*\.xml$/.test(f) || f.endsWith('feed.xml'));
    // The feed is always written, with an entry per policy: the check below has URLs to check.
    expect(xmlFiles.some((f) => f.endsWith('feed.xml'))).toBe(true);
    let checked = 0;
    for (const file of xmlFiles) {
      const xml = parse(readFileSync(file, 'utf8'));
      const urls = [
        ...xml.querySelectorAll('loc').map((e) => e.text.trim()),
        ...xml.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!),
      ];
      for (const url of urls) {
        checked += 1;
        if (new URL(url, SITE).origin !== SITE) problems.push(`${relative(SITE_DIR, file)}: ${url} is not on ${SITE}`);
        const problem = check(url, '/');
        if (problem) problems.push(`${relative(SITE_DIR, file)}: ${problem}`);
        if (file.includes('sitemap')) listed.add(new URL(url, SITE).pathname);
      }
    }
    const unlisted = [...pages.keys()].filter((p) => p.endsWith('/') && !listed.has(p));
    expect(problems).toEqual([]);
    expect(checked, 'URLs in the feed and sitemap').toBeGreaterThanOrEqual(contentFiles().length);
    if (files.some((f) => /sitemap[^/\\]*\.xml$/.test(f)))
      expect(unlisted, 'pages missing from the sitemap').toEqual([]);
  });
});

/** Names of fields that hold a URL: url, href, page, permalink, link, @id, and *Url / *_url. */
const URL_KEY = /^(url|href|page|permalink|link|@id)$|Url$|_url$/i;

/** Every URL field of a JSON value, at any depth, with its path (for messages). */
function* urlFields(value: unknown, at = '$'): Generator<{ at: string; value: unknown }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* urlFields(item, `${at}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (URL_KEY.test(key) && (typeof item !== 'object' || item === null)) {
        // A null URL field means "none"; any other non-string is a mistake.
        if (item !== null) yield { at: `${at}.${key}`, value: item };
      } else yield* urlFields(item, `${at}.${key}`);
    }
  }
}
