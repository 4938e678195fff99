/**
 * Which files Pagefind 1.6 loads when it starts, read from its entry file (`pagefind-entry.json`)
 * as Pagefind reads it (`findIndex`, `loadMeta`, `loadWasm` in its pagefind.js): the index for the
 * search language — the language itself, else its primary subtag, else the language with the
 * most pages — whose metadata is `pagefind.<hash>.pf_meta`, and the WebAssembly named by the
 * index (`wasm.<language>.pagefind`, `wasm.unknown.pagefind` when it names none). The search
 * worker requests them as soon as it has the entry (src/scripts/search-prefetch.ts).
 */

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** The paths, relative to the bundle, of the metadata and WebAssembly Pagefind loads for `language`. */
export function startupFiles(entry: PagefindEntry, language: string): string[] {
  const languages = entry.languages ?? {};
  const index =
    languages[language] ??
    languages[language.split('-')[0]!] ??
    Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) return [];
  return [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`];
}
