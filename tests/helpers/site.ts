/** Reading the built site and the content the tests check it against. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { ROOT, SITE_DIR } from './paths.ts';

export interface ContentFile {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
  source: string;
}

/** The policy MDX files, split into frontmatter and body, with their source text. */
export function contentFiles(): ContentFile[] {
  const dir = resolve(ROOT, 'src/content/policies');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const raw = readFileSync(resolve(dir, f), 'utf8');
      const m = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!m) throw new Error(`${f}: no frontmatter`);
      const frontmatter = parseYaml(m[1]!) as Record<string, unknown>;
      return { id: f.replace(/\.mdx$/, ''), frontmatter, body: m[2]!, source: readFileSync(resolve(ROOT, 'sources', String(frontmatter.source)), 'utf8') };
    });
}

/** A built page, parsed. `path` is a URL path such as /policies/x/. */
export function builtPage(path: string): HTMLElement {
  const file = resolve(SITE_DIR, `.${path}`, path.endsWith('/') ? 'index.html' : '');
  return parseHtml(readFileSync(file, 'utf8'));
}
