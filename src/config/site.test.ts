import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_NAME, policyCount, siteDescription } from './site.ts';

describe('policyCount', () => {
  it('writes small counts in Chinese numerals and larger ones in digits', () => {
    expect(policyCount(0)).toBe('零份政策');
    expect(policyCount(5)).toBe('五份政策');
    expect(policyCount(6)).toBe('六份政策');
    expect(policyCount(10)).toBe('十份政策');
    expect(policyCount(11)).toBe('11 份政策');
    expect(policyCount(200, '文件')).toBe('200 份文件');
  });
  it('writes anything but a whole count in digits', () => {
    expect(policyCount(2.5)).toBe('2.5 份政策');
    expect(policyCount(-1)).toBe('-1 份政策');
  });
});

describe('siteDescription', () => {
  it('counts the policies it describes', () => {
    expect(siteDescription(5)).toMatch(/^五份生物医药产业政策的/);
    expect(siteDescription(6)).toMatch(/^六份生物医药产业政策的/);
  });
});

describe('one home for the site name and the policy count', () => {
  const src = resolve(import.meta.dirname, '..');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  // Code and templates, not the policies' content, this module itself or tests.
  const files = walk(src)
    .filter((f) => !f.includes(`${join('src', 'content')}`) && !f.endsWith('.test.ts'))
    .filter((f) => !f.endsWith(join('config', 'site.ts')))
    .map((f) => ({ file: relative(src, f), text: readFileSync(f, 'utf8') }));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.file.endsWith('Base.astro'))).toBe(true);
  });
  it('no code writes a count of policies by hand (五份政策), only policyCount()', () => {
    // Comments may mention the wording; code and templates may not write it.
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const hand = files
      .filter((f) => /[一二三四五六七八九十两]份[^，。、；]{0,8}政策/.test(code(f.text)))
      .map((f) => f.file);
    expect(hand).toEqual([]);
  });
  it(`no page or script writes the site name "${SITE_NAME}" by hand, only SITE_NAME`, () => {
    expect(files.filter((f) => f.text.includes(SITE_NAME)).map((f) => f.file)).toEqual([]);
  });
});
