/**
 * The site's public address. It is a build setting (env SITE_URL, README "Deploying"): with it,
 * canonical links, the sitemap, the feed and the open data carry absolute URLs on that host;
 * without it the build publishes no host at all — root-relative URLs, no sitemap — rather than a
 * placeholder domain. Copy actions in the browser use the address the reader is on.
 */

/** Reads SITE_URL: an absolute http(s) address of the site's root; undefined when unset or blank. */
export function parseSiteUrl(value: string | undefined): URL | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL="${raw}" is not an absolute URL — set it to the site's public address, e.g. SITE_URL=https://policies.example.cn, or leave it unset for root-relative URLs`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(
      `SITE_URL="${raw}" must start with https:// (or http://), e.g. SITE_URL=https://policies.example.cn`,
    );
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL="${raw}" must be the site's root (no path, query or fragment): the site is built for the root of its host, e.g. SITE_URL=${url.origin}`,
    );
  return new URL(url.origin);
}

/** The public address of a site path (/policies/x/): absolute on the configured host, else root-relative. */
export function publicUrl(path: string, site: URL | undefined): string {
  if (!path.startsWith('/')) throw new Error(`publicUrl: "${path}" is not a root-relative path`);
  return site ? new URL(path, site).href : path;
}
