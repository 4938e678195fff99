/**
 * The search index the build writes (src/integrations/pagefind.ts): the pinned Pagefind, its
 * extended (Chinese-segmenting, character-pair) build, one zh-cn index with one record per
 * clause, nothing internal deployed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { siteClauses } from '../../bench/lib/oracle.ts';
import { fragmentsByHash, readFragments } from '../../src/integrations/pagefind.ts';
import { packCount, packKey, packPath, parseManifest, PACK_MANIFEST } from '../../src/lib/search/packs.ts';
import { ROOT } from '../helpers/paths.ts';

const siteDir = inject('siteDir');
const bundle = join(siteDir, 'pagefind');

/** Pagefind's files are gzip with a `pagefind_dcd` signature in front of the payload. */
const unpack = (file: string) => {
  const raw = gunzipSync(readFileSync(file));
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return raw.subarray(12);
};

describe('Pagefind', () => {
  it('is pinned to exactly 1.6.0, and the index was written by it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.pagefind).toBe('1.6.0');
    expect(JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version).toBe('1.6.0');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(entry.version).toBe('1.6.0');
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).toContain('pagefind_version="1.6.0"');
  });

  it('wrote one zh-cn index with a record for every clause that has text of its own, and every named row group', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    // A table row group's name is a heading cell inside its first row; readers cite it by that name
    // (昆山清单 实施数字技术融合应用计划), so it has a record, and the oracle reads the name as its text.
    const dir = join(siteDir, 'policies');
    const groups = readdirSync(dir)
      .filter((p) => existsSync(join(dir, p, 'index.html')))
      .flatMap((p) =>
        parse(readFileSync(join(dir, p, 'index.html'), 'utf8'))
          .querySelectorAll('.clause--group')
          .filter((g) => g.querySelector('[data-group]')),
      );
    expect(groups.length).toBeGreaterThan(0);
    const withText = new Set(siteClauses(siteDir).map((c) => c.clause));
    expect(groups.filter((g) => !withText.has(g.getAttribute('data-clause')!))).toEqual([]);
    expect(entry.languages['zh-cn'].page_count).toBe(siteClauses(siteDir).length);
  });

  it('ran the extended build: text segmented into words, and every Han character pair indexed', async () => {
    // Word segmentation: stored content has U+200B between the words the segmenter found.
    const sample = await readFragments(bundle);
    const wuxi = sample.find((f) => f.url === '/policies/wuxi-biomed-policy-opinions/#s1-c3-i4');
    expect(wuxi?.content).toMatch(/医疗\u200b?器械/u);
    expect(wuxi!.content.split('\u200b').length).toBeGreaterThan(50);
    // Pairs across word boundaries (类医 of 三类|医疗, 发费 of 研发|费用, 疗器 of 医疗|器械) are
    // no dictionary words: only the extended build's pair indexing puts them in the index.
    const words = readdirSync(join(bundle, 'index'))
      .map((f) => unpack(join(bundle, 'index', f)).toString('utf8'))
      .join('');
    for (const pair of ['类医', '发费', '疗器', '计扣']) expect(words, pair).toContain(pair);
  });

  it('every policy page and the search page declare <html lang="zh-CN">', () => {
    const pages = [
      'search/index.html',
      ...readdirSync(join(siteDir, 'policies')).map((p) => `policies/${p}/index.html`),
    ];
    for (const page of pages) expect(readFileSync(join(siteDir, page), 'utf8'), page).toMatch(/<html lang="zh-CN"/);
  });

  it('wrote text packs: every record in exactly one pack, the one its key names, with the fragment’s data', async () => {
    const manifest = parseManifest(JSON.parse(readFileSync(join(bundle, PACK_MANIFEST), 'utf8')), PACK_MANIFEST);
    // Read straight from Pagefind's fragment files, independently of the code that wrote the packs.
    const fragments = new Map(
      readdirSync(join(bundle, 'fragment')).map((f) => [
        f.replace(/\.pf_fragment$/u, ''),
        JSON.parse(unpack(join(bundle, 'fragment', f)).toString('utf8')),
      ]),
    );
    expect(fragments.size).toBeGreaterThan(400);
    expect((await fragmentsByHash(bundle)).size).toBe(fragments.size);
    expect(manifest.records).toBe(fragments.size);
    expect(manifest.packs).toBe(packCount(fragments.size));
    const files = readdirSync(join(bundle, 'pack')).filter((f) => f.endsWith('.pf_pack'));
    expect(files.length).toBe(manifest.packs);
    const seen = new Map<string, string>();
    for (const file of files) {
      const key = Number(/_(\d+)\.pf_pack$/u.exec(file)?.[1]);
      expect(`/${packPath('', manifest, key)}`).toBe(`/pack/${file}`);
      const records = JSON.parse(gunzipSync(readFileSync(join(bundle, 'pack', file))).toString('utf8')) as Record<
        string,
        unknown
      >;
      for (const [hash, data] of Object.entries(records)) {
        expect(seen.has(hash), `${hash} is in ${seen.get(hash)} and ${file}`).toBe(false);
        seen.set(hash, file);
        expect(packKey(hash, manifest.packs), hash).toBe(key);
        expect(data, hash).toEqual(fragments.get(hash));
      }
    }
    expect([...seen.keys()].sort()).toEqual([...fragments.keys()].sort());
  });

  it('leaves nothing internal or unused in the deploy', () => {
    expect(existsSync(join(siteDir, 'search/records.json'))).toBe(false);
    expect(existsSync(join(bundle, 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(bundle, 'pagefind-worker.js'))).toBe(true);
  });
});
