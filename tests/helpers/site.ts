/** Reading the built site and the content the tests check it against. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { SITE_URL } from '../../src/config/site.ts';
import { readPolicyFiles } from '../../src/lib/data/load-content.ts';
import { ROOT, SITE_DIR } from './paths.ts';

/**
 * The origin the site is built for (astro.config.mjs `site`): canonical links, permalinks,
 * citations and the sitemap use it, so tests expect it rather than writing it out.
 */
export const SITE_ORIGIN = new URL(SITE_URL).origin;

export interface ContentFile {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
  source: string;
}

/** The policy MDX files, split into frontmatter and body, with their source text. */
export function contentFiles(): ContentFile[] {
  return readPolicyFiles(ROOT).map((f) => ({
    ...f,
    source: readFileSync(resolve(ROOT, 'sources', String(f.frontmatter.source)), 'utf8'),
  }));
}

/** A built page, parsed. `path` is a URL path such as /policies/x/. */
export function builtPage(path: string): HTMLElement {
  const file = resolve(SITE_DIR, `.${path}`, path.endsWith('/') ? 'index.html' : '');
  return parseHtml(readFileSync(file, 'utf8'));
}
