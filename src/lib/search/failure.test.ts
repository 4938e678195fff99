import { describe, expect, it } from 'vitest';
import { failureText, searchRequestKind } from './failure.ts';

describe('searchRequestKind', () => {
  it('names each kind of file Pagefind fetches', () => {
    expect(searchRequestKind('/pagefind/pagefind.js')).toBe('script');
    expect(searchRequestKind('/pagefind/pagefind-worker.js')).toBe('script');
    expect(searchRequestKind('/pagefind/wasm.zh-cn.pagefind')).toBe('wasm');
    expect(searchRequestKind('/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(searchRequestKind('/pagefind/pagefind-entry.json')).toBe('entry');
    expect(searchRequestKind('/pagefind/pagefind.zh-cn_4acfa0d64415f.pf_meta')).toBe('meta');
    expect(searchRequestKind('/pagefind/index/zh-cn_59bebe4.pf_index')).toBe('index');
    expect(searchRequestKind('/pagefind/filter/zh-cn_8b56ece.pf_filter')).toBe('filter');
    expect(searchRequestKind('/pagefind/fragment/zh-cn_1107f81.pf_fragment')).toBe('fragment');
    expect(searchRequestKind('/pagefind/pack/manifest.json')).toBe('pack');
    expect(searchRequestKind('/pagefind/pack/3fa9c01d2e_12.pf_pack')).toBe('pack');
    expect(searchRequestKind('/pagefind/pack/readme.txt')).toBeNull();
  });

  it('names the files of a shard’s bundle merged from /pagefind/<shard>/', () => {
    expect(searchRequestKind('/pagefind/zhejiang/pagefind-entry.json')).toBe('entry');
    expect(searchRequestKind('/pagefind/zhejiang/pagefind.zh-cn_4acfa0d64415f.pf_meta')).toBe('meta');
    expect(searchRequestKind('/pagefind/zhejiang/index/zh-cn_59bebe4.pf_index')).toBe('index');
    expect(searchRequestKind('/pagefind/wuxi/filter/zh-cn_8b56ece.pf_filter')).toBe('filter');
    expect(searchRequestKind('/pagefind/su-zhou/fragment/zh-cn_1107f81.pf_fragment')).toBe('fragment');
    expect(searchRequestKind('/pagefind/wuxi/pack/manifest.json')).toBe('pack');
    expect(searchRequestKind('/pagefind/wuxi/pack/3fa9c01d2e_0.pf_pack')).toBe('pack');
    // Only one level of shard, and only region-like names.
    expect(searchRequestKind('/pagefind/a/b/index/x.pf_index')).toBeNull();
    expect(searchRequestKind('/pagefind/Zhe/index/x.pf_index')).toBeNull();
    expect(searchRequestKind('/pagefind/zhejiang/readme.txt')).toBeNull();
  });

  it('names the search config and the policy list the worker fetches, and only those files of /search/', () => {
    expect(searchRequestKind('/search/config.json')).toBe('config');
    expect(searchRequestKind('/search/filters.json')).toBe('documents');
    expect(failureText(['documents'], 'x')).toContain('政策列表未能加载');
    expect(searchRequestKind('/search/places.json')).toBeNull();
    expect(searchRequestKind('/search/facts.json')).toBeNull();
    expect(searchRequestKind('/pagefind/config.json')).toBeNull();
    expect(searchRequestKind('/search/config.json/x')).toBeNull();
  });

  it('ignores the site’s other requests and unknown files in the bundle', () => {
    expect(searchRequestKind('/search/')).toBeNull();
    expect(searchRequestKind('/_astro/search-convert.js')).toBeNull();
    expect(searchRequestKind('/data/pagefind/index/x.pf_index')).toBeNull();
    expect(searchRequestKind('/pagefind/index/../x.pf_index')).toBeNull();
    expect(searchRequestKind('/pagefind/readme.txt')).toBeNull();
  });
});

describe('failureText', () => {
  it('says what did not load, once per kind, and that it says nothing about the texts', () => {
    const text = failureText(['index', 'index', 'fragment'], '临床试验');
    expect(text).toContain('“临床试验”');
    expect(text).toContain('部分索引文件、部分条款文本未能加载');
    expect(text).toContain('这不表示没有条款包含它');
    expect(text).not.toContain('没有找到');
  });

  it('tells a reader a failed text pack as it tells a failed fragment: clause texts did not load', () => {
    expect(failureText(['pack'], 'x')).toContain('部分条款文本未能加载');
    expect(failureText(['fragment', 'pack'], 'x')).toContain('：部分条款文本未能加载');
  });

  it('tells a reader a failed config as the search’s configuration, not as missing texts', () => {
    const text = failureText(['config'], '集采');
    expect(text).toContain('：搜索配置未能加载');
    expect(text).not.toContain('条款文本');
  });

  it('falls back to a general cause when no request is known to have failed', () => {
    expect(failureText([], 'x')).toContain('网络请求未能完成');
  });
});
