/**
 * Merging shard builds into one site (npm run merge-shards, docs/scaling.md "Shards that merge").
 * Every shard build renders the pages that list the corpus from the whole content, so those come
 * out byte for byte the same in every shard; the policies' own pages and search bundles are the
 * shard's alone. Merging is therefore a union of folders in which a path present in several shards
 * must be the same file — a difference means the shards were built from different content or
 * settings, and the merged site would contradict itself. The one exception is the sitemap, which
 * lists the pages each build rendered: its entries are joined.
 */

export type MergeDecision =
  /** The file is the same in every shard that has it: copy it once. */
  | { kind: 'copy' }
  /** A sitemap: join the entries. */
  | { kind: 'sitemap' }
  | { kind: 'conflict'; message: string };

/** Sitemaps written by @astrojs/sitemap (`sitemap-0.xml`, `sitemap-index.xml`): per build, joined on merge. */
export const isSitemap = (path: string): boolean => /(?:^|\/)sitemap-(?:\d+|index)\.xml$/u.test(path);

/**
 * What to do with one path of the merged site, given its contents' digests in the shards that
 * have it (shard name → digest).
 */
export function decide(path: string, digests: ReadonlyMap<string, string>): MergeDecision {
  if (new Set(digests.values()).size <= 1) return { kind: 'copy' };
  if (isSitemap(path)) return { kind: 'sitemap' };
  const shards = [...digests.keys()];
  return {
    kind: 'conflict',
    message: `${path} differs between shards ${shards.join(', ')}: every shard must be built from the same commit, content and settings (SITE_URL, POLICY_AS_OF, SEARCH_SHARD_DEPTH) — rebuild the shards that differ`,
  };
}

/**
 * The entries of several sitemaps as one: each <url> (or, in an index, <sitemap>) once, sorted by
 * its <loc>, inside the first sitemap's envelope.
 */
export function mergeSitemaps(xmls: readonly string[]): string {
  const [first] = xmls;
  if (first === undefined) throw new Error('mergeSitemaps: no sitemap given');
  const tag = /<sitemapindex[\s>]/u.test(first) ? 'sitemap' : 'url';
  const entry = new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'gu');
  const byLoc = new Map<string, string>();
  for (const xml of xmls)
    for (const m of xml.matchAll(entry)) {
      const loc = /<loc>([\s\S]*?)<\/loc>/u.exec(m[0])?.[1] ?? m[0];
      if (!byLoc.has(loc)) byLoc.set(loc, m[0]);
    }
  const entries = [...byLoc.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  const open = first.search(entry);
  const close = first.lastIndexOf(`</${tag === 'url' ? 'urlset' : 'sitemapindex'}>`);
  if (open === -1 || close === -1) throw new Error(`mergeSitemaps: the first sitemap holds no <${tag}> entry`);
  return first.slice(0, open) + entries.join('') + first.slice(close);
}

/**
 * The bundles the search page lists that the merged site lacks: each is a shard not merged (or not
 * built), whose clauses the search would silently never find.
 */
export function missingBundles(bundles: readonly string[], hasFile: (path: string) => boolean): string[] {
  return bundles.filter((b) => !hasFile(`${b.replace(/^\//u, '')}pagefind-entry.json`));
}
