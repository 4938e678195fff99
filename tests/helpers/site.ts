/** Reading the built site and the content the tests check it against. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { readPolicyFiles } from '../../src/lib/data/load-content.ts';
import { ROOT, SITE_DIR } from './paths.ts';

/**
 * The test build has no SITE_URL (src/lib/site-url.ts), so its URLs are root-relative. Tests
 * resolve them against this stand-in origin — a reserved name that can never be a real host — to
 * tell internal addresses from external ones.
 */
export const STAND_IN_ORIGIN = 'https://site.invalid';

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
