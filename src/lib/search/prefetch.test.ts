import { describe, expect, it } from 'vitest';
import { startupFiles } from './prefetch.ts';

// The entry Pagefind 1.6 wrote for this site (one zh-cn index, no language-specific WebAssembly).
const site = { languages: { 'zh-cn': { hash: 'zh-cn_4d2ca375f553a', wasm: null, page_count: 424 } } };

describe('startupFiles', () => {
  it('names the metadata of the search language and the generic WebAssembly when the index names none', () => {
    expect(startupFiles(site, 'zh-cn')).toEqual(['pagefind.zh-cn_4d2ca375f553a.pf_meta', 'wasm.unknown.pagefind']);
  });

  it('names the WebAssembly the index names', () => {
    const entry = { languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } };
    expect(startupFiles(entry, 'en')).toEqual(['pagefind.en_1.pf_meta', 'wasm.en.pagefind']);
  });

  it('falls back as Pagefind does: the primary subtag, then the language with the most pages', () => {
    const entry = {
      languages: {
        zh: { hash: 'zh_1', wasm: null, page_count: 5 },
        en: { hash: 'en_1', wasm: 'en', page_count: 50 },
      },
    };
    expect(startupFiles(entry, 'zh-cn')[0]).toBe('pagefind.zh_1.pf_meta');
    expect(startupFiles(entry, 'fr')[0]).toBe('pagefind.en_1.pf_meta');
  });

  it('names nothing for an entry without indexes (Pagefind then fails, and the search says so)', () => {
    expect(startupFiles({ languages: {} }, 'zh-cn')).toEqual([]);
  });
});
