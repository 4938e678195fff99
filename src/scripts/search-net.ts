/**
 * Watches the search's own requests (src/lib/search/failure.ts says which): Pagefind swallows
 * some failures — an index chunk that does not load only matches nothing — so the page counts
 * them itself and treats an answer given while one failed as a failure, not as 没有找到.
 * Pagefind runs on the search worker's own thread (noWorker) so that its requests pass through this
 * `fetch` (the worker's: src/scripts/search-worker.ts).
 */
import { searchRequestKind, type SearchRequestKind } from '../lib/search/failure.ts';

const failed: SearchRequestKind[] = [];
let installed = false;

/** The path a request asks for, when it is one of the site's own (null for another origin or a bad URL). */
export function sameOriginPath(input: RequestInfo | URL): string | null {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? url.pathname : null;
  } catch {
    return null;
  }
}

function kindOf(input: RequestInfo | URL): SearchRequestKind | null {
  const path = sameOriginPath(input);
  return path === null ? null : searchRequestKind(path);
}

/** Wraps `fetch` once: a failed or non-OK response for a search file is recorded, then passed on unchanged. */
export function watchSearchRequests(): void {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const kind = kindOf(input);
    try {
      const response = await original(input, init);
      if (kind && !response.ok) failed.push(kind);
      return response;
    } catch (error) {
      if (kind) failed.push(kind);
      throw error;
    }
  };
}

/** How many search requests have failed so far: compare before and after a search. */
export const failureCount = (): number => failed.length;

/** The kinds that failed since `from` (a count `failureCount` gave). */
export const failuresSince = (from: number): SearchRequestKind[] => failed.slice(from);
