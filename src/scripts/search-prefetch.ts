/**
 * Starts the requests Pagefind will make on loading before it makes them. Pagefind asks for its
 * entry file (`pagefind-entry.json?ts=…`) only once its script has loaded and run, and for its
 * WebAssembly and index metadata only once that entry has arrived: three round trips one after
 * the other. The search worker fetches the entry itself beside Pagefind's script (it needs the
 * record count), so the WebAssembly and metadata it names can be requested at once, in parallel
 * with the script (src/lib/search/prefetch.ts says which files). Pagefind's own requests for them
 * are then answered with those responses, each once: the same bytes, requested earlier.
 *
 * The early requests go through the watched `fetch` (search-net.ts, installed first), so one that
 * fails is a failed search request of its kind, as Pagefind's own would be.
 */
import { sameOriginPath } from './search-net.ts';

const early = new Map<string, Promise<Response>>();
let installed = false;
let inner: typeof fetch;

function install() {
  if (installed) return;
  installed = true;
  inner = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const path = sameOriginPath(input);
    const ready = path === null ? undefined : early.get(path);
    if (!ready) return inner(input, init);
    early.delete(path!);
    return ready;
  };
}

/** Requests `path` now; the next request for the same path (whatever its query) gets this response. */
export function prefetch(path: string): void {
  install();
  if (early.has(path)) return;
  const response = inner(path);
  response.catch(() => {});
  early.set(path, response);
}

/**
 * Fetches `path` (Pagefind's entry file) for the worker's own use, and keeps a copy for Pagefind's
 * request for it (which adds `?ts=` to skip the HTTP cache: this response is just as fresh).
 */
export async function fetchShared(path: string): Promise<Response> {
  install();
  const response = await inner(path);
  if (response.ok) early.set(path, Promise.resolve(response.clone()));
  return response;
}

/** After a failure: nothing fetched before is handed out again. */
export function forgetPrefetched(): void {
  early.clear();
}
