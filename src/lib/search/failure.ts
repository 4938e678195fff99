/**
 * When a request of the search fails, the page must say so (搜索暂时失败, with a retry), never
 * show 没有找到 — a reader would conclude that no clause holds the words — nor wait for ever.
 * Pagefind swallows some failures itself (an index chunk that does not load just matches
 * nothing; a metadata file that does not load leaves an empty index), so the page watches the
 * search's own requests and asks here which of them count and what to tell the reader.
 */
import { SEARCH_CONFIG_PATH } from './config.ts';
import { SEARCH_FILTERS_PATH } from './filter-options.ts';
import { SEARCH_SOUNDS_PATH } from './sounds.ts';

export type SearchRequestKind =
  'script' | 'wasm' | 'entry' | 'meta' | 'index' | 'filter' | 'fragment' | 'pack' | 'config' | 'documents' | 'sounds';

/**
 * Which of the search's files a URL path is — the search config, or a part of a search bundle — or
 * null when it is not one of them. Bundles are /pagefind/ and, one per further shard,
 * /pagefind/<shard>/ (src/lib/search/shards.ts).
 */
export function searchRequestKind(pathname: string): SearchRequestKind | null {
  if (pathname === SEARCH_CONFIG_PATH) return 'config';
  // The policies' names, fetched by the worker only for a query that may name a document.
  if (pathname === SEARCH_FILTERS_PATH) return 'documents';
  // How characters sound, for a term no clause holds (奖历 → 奖励).
  if (pathname === SEARCH_SOUNDS_PATH) return 'sounds';
  const m =
    /^\/pagefind\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/(?=(?:index|fragment|filter|pack)\/|pagefind[.-]|wasm\.))?(.+)$/u.exec(
      pathname,
    );
  if (!m) return null;
  const file = m[1]!;
  if (/^index\/[^/]+\.pf_index$/u.test(file)) return 'index';
  if (/^fragment\/[^/]+\.pf_fragment$/u.test(file)) return 'fragment';
  if (/^filter\/[^/]+\.pf_filter$/u.test(file)) return 'filter';
  // Text packs and their manifest (src/lib/search/packs.ts), written beside Pagefind's files.
  if (/^pack\/(?:manifest\.json|[^/]+\.pf_pack)$/u.test(file)) return 'pack';
  if (/^pagefind\.[^/]+\.pf_meta$/u.test(file)) return 'meta';
  if (/^wasm\.[^/]+\.pagefind$/u.test(file)) return 'wasm';
  if (file === 'pagefind-entry.json') return 'entry';
  if (/^pagefind(?:-worker)?\.js$/u.test(file)) return 'script';
  return null;
}

const WHAT: Record<SearchRequestKind, string> = {
  script: '搜索程序',
  wasm: '搜索引擎组件',
  entry: '索引目录',
  meta: '索引目录',
  index: '部分索引文件',
  filter: '筛选索引',
  fragment: '部分条款文本',
  // What a reader lacks is the same as for a fragment: clause texts.
  pack: '部分条款文本',
  // The thesaurus, places and word list a query is understood with, and the list of index bundles.
  config: '搜索配置',
  // The policies' names a query naming a document is read with (/search/filters.json).
  documents: '政策列表',
  // Without it a homophone slip would be answered 没有找到, which the texts may well hold.
  sounds: '读音表',
};

/**
 * What the reader is told: what did not load (when known), that this says nothing about the
 * texts, and what to do. The query is passed in to be shown as text, never as markup.
 */
export function failureText(kinds: readonly SearchRequestKind[], query: string): string {
  const what = [...new Set(kinds.map((k) => WHAT[k]))];
  const cause = what.length ? `${what.join('、')}未能加载` : '网络请求未能完成';
  return `未能完成对“${query}”的搜索：${cause}。这不表示没有条款包含它。请检查网络连接后重试。`;
}
