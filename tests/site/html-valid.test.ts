/**
 * Every built page is valid HTML: the W3C Nu Html Checker (npm vnu-jar, run on Java 17) finds no
 * error in any page of the site. A page that breaks the HTML rules — a <script> after </html>, a
 * skipped heading level, a rowspan past the end of its row group — fails here with its file,
 * line and the checker's message.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const run = promisify(execFile);
const VNU = resolve(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const siteDir = inject('siteDir');

/** The checker's error lines for a file or folder (empty when valid). */
async function vnuErrors(target: string): Promise<string[]> {
  try {
    await run('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', '--skip-non-html', target], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    const e = error as { code?: number | string; stderr?: string; stdout?: string };
    if (e.code === 'ENOENT')
      throw new Error('java not found: install Java 17 (apt-get install -y default-jre-headless)', { cause: error });
    const out = `${e.stderr ?? ''}${e.stdout ?? ''}`.trim();
    if (!out) throw error;
    return out.split('\n').map((line) => line.replace(`file:${siteDir}`, ''));
  }
}

describe('valid HTML (W3C Nu Html Checker)', () => {
  it('reports the errors of an invalid page (the checker runs and is heard)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    try {
      writeFileSync(
        join(dir, 'bad.html'),
        '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><h1>a</h1><table><tbody><tr><td rowspan="3">x</td></tr></tbody></table></body></html><script src="/x.js"></script>',
      );
      const errors = await vnuErrors(dir);
      expect(errors.join('\n')).toMatch(/Stray start tag “script”|rowspan/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no error on any page of the built site', async () => {
    const pages = readdirSync(siteDir, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(pages.length).toBeGreaterThan(500);
    expect(await vnuErrors(siteDir)).toEqual([]);
  }, 300_000);
});
