/**
 * The Content-Security-Policy of every built page, read from the HTML: present before anything
 * it governs, strict (no 'unsafe-inline', no 'unsafe-eval', no other origin), covering every
 * inline script and style by hash, and no markup that a strict policy would block or that
 * smuggles script past it (inline event handlers, style attributes, javascript: URLs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { contentFiles } from '../helpers/site.ts';

const siteDir = inject('siteDir');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const pages = walk(siteDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ path: `/${relative(siteDir, f)}`, root: parse(readFileSync(f, 'utf8')) }));

/** The policy of a page as a map from directive name to its sources. */
function policyOf(root: HTMLElement): Map<string, string[]> | null {
  const meta = root.querySelector('meta[http-equiv="content-security-policy" i]');
  if (!meta) return null;
  const directives = (meta.getAttribute('content') ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Scripts the browser executes (JSON-LD and other data blocks are not governed by script-src). */
const executable = (el: HTMLElement) =>
  /^(|module|text\/javascript|application\/javascript)$/i.test(el.getAttribute('type') ?? '');

/** What is wrong with a page's policy: missing, lax, after what it governs, or not covering an inline script or style. */
function policyProblems(path: string, root: HTMLElement): string[] {
  const problems: string[] = [];
  const policy = policyOf(root);
  if (!policy) return [`${path}: no CSP <meta>`];
  const want: Record<string, string[]> = {
    'default-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'data:'],
  };
  for (const [name, sources] of Object.entries(want)) {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources))
      problems.push(`${path}: ${name} is ${policy.get(name)?.join(' ')}, expected ${sources.join(' ')}`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = policy.get(name);
    if (!sources) problems.push(`${path}: no ${name}`);
    for (const s of sources ?? []) {
      if (s !== "'self'" && s !== "'wasm-unsafe-eval'" && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s))
        problems.push(`${path}: ${name} allows ${s}`);
    }
  }
  if (!policy.get('script-src')?.includes("'wasm-unsafe-eval'"))
    problems.push(`${path}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);
  // A <meta> policy governs only what comes after it.
  const head = root.querySelector('head');
  const order = (head?.querySelectorAll('meta[http-equiv], script, style, link[rel~="stylesheet"]') ?? []).filter(
    (el) => el.tagName !== 'SCRIPT' || executable(el),
  );
  if (!order[0]?.getAttribute('http-equiv'))
    problems.push(`${path}: <${order[0]?.tagName.toLowerCase()}> comes before the CSP <meta>`);
  for (const el of root.querySelectorAll('script:not([src])').filter(executable)) {
    if (!policy.get('script-src')?.includes(sha256(el.rawText)))
      problems.push(`${path}: inline script not allowed by hash: ${el.rawText.slice(0, 60)}`);
  }
  for (const el of root.querySelectorAll('style')) {
    if (!policy.get('style-src')?.includes(sha256(el.rawText)))
      problems.push(`${path}: inline style not allowed by hash: ${el.rawText.slice(0, 60)}`);
  }
  return problems;
}

/** Markup a strict policy blocks or that smuggles script past it. */
function markupProblems(path: string, root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = name.toLowerCase();
      if (/^on/.test(attr)) problems.push(`${path}: <${el.tagName.toLowerCase()} ${name}>`);
      if (attr === 'style')
        problems.push(`${path}: <${el.tagName.toLowerCase()} style="${value}"> (blocked by style-src)`);
      if (/^(href|src|action|formaction)$/.test(attr) && /^\s*javascript:/i.test(value))
        problems.push(`${path}: ${name}="${value}"`);
    }
  }
  return problems;
}

describe('the checks themselves', () => {
  const script = 'console.log(1)';
  const meta = (extra = '') =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; connect-src 'self'; worker-src 'self' blob:; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${extra}; style-src 'self'">`;
  const page = (head: string, body = '') => parse(`<html><head>${head}</head><body>${body}</body></html>`);

  it('pass a strict page whose inline script is allowed by its hash', () => {
    expect(policyProblems('/ok/', page(`${meta(sha256(script))}<script>${script}</script>`))).toEqual([]);
    expect(markupProblems('/ok/', page(meta(), '<a href="/x/">x</a>'))).toEqual([]);
  });
  it('catch a missing policy, an unhashed inline script, a lax source and a script before the policy', () => {
    expect(policyProblems('/a/', page('<title>x</title>'))).toEqual(['/a/: no CSP <meta>']);
    expect(policyProblems('/b/', page(`${meta()}<script>${script}</script>`))).toEqual([
      `/b/: inline script not allowed by hash: ${script}`,
    ]);
    expect(policyProblems('/c/', page(meta("'unsafe-inline'")))).toEqual(["/c/: script-src allows 'unsafe-inline'"]);
    expect(policyProblems('/d/', page(`<script src="/x.js"></script>${meta()}`))).toEqual([
      '/d/: <script> comes before the CSP <meta>',
    ]);
  });
  it('catch inline handlers, style attributes and javascript: URLs', () => {
    const body = '<button onclick="x()">x</button><p style="color:red">y</p><a href="javascript:x()">z</a>';
    expect(markupProblems('/e/', page(meta(), body))).toHaveLength(3);
  });
});

describe('Content-Security-Policy', () => {
  it('reads every page of the built site', () => {
    const paths = new Set(pages.map((p) => p.path));
    const policies = contentFiles().map((f) => `/policies/${f.id}/index.html`);
    expect(policies.length).toBeGreaterThan(0);
    for (const path of ['/index.html', '/search/index.html', '/finder/index.html', ...policies])
      expect(paths, path).toContain(path);
  });

  it(`every one of ${pages.length} pages has a strict policy before anything it governs`, () => {
    expect(pages.flatMap(({ path, root }) => policyProblems(path, root))).toEqual([]);
  });

  it('no page has inline event handlers, style attributes or javascript: URLs', () => {
    expect(pages.flatMap(({ path, root }) => markupProblems(path, root))).toEqual([]);
  });
});
