/**
 * The site's addresses of policies and clauses, written and read in one place (docs/ids.md):
 *
 * - `/policies/<policy>/` — the whole document;
 * - `/policies/<policy>/#<clause>` — a clause in it (the link search results, data rows and
 *   cross-references use), optionally with a query before the fragment (`?q=…`, the words the
 *   policy page marks);
 * - `/policies/<policy>/<clause>/` — the clause's own page.
 *
 * Paths are root-relative; `publicUrl` (site-url.ts) makes them absolute where a page is shared.
 */

/** The whole document: `/policies/<policy>/`. */
export const policyPath = (policy: string): string => `/policies/${policy}/`;

/**
 * A clause in its document: `/policies/<policy>/#<clause>`, or with `query` (`?q=…`) before the
 * fragment. The clause ID is percent-encoded (an ID is ASCII, so this changes nothing for a valid
 * one), as `parseClauseLink` decodes it.
 */
export const clauseLink = (policy: string, clause: string, query = ''): string =>
  `${policyPath(policy)}${query}#${encodeURIComponent(clause)}`;

/** A clause's own page: `/policies/<policy>/<clause>/`. */
export const clausePagePath = (policy: string, clause: string): string => `${policyPath(policy)}${clause}/`;

/** Policy and clause IDs back from a clause link (with or without a query); null for any other address. */
export function parseClauseLink(url: string): { policy: string; clause: string } | null {
  const m = url.match(/^\/policies\/([^/#?]+)\/(?:\?[^#]*)?#(.+)$/);
  return m ? { policy: m[1]!, clause: decodeURIComponent(m[2]!) } : null;
}
