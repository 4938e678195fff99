/**
 * Answers Pagefind's fragment requests from the build's text packs (src/lib/search/packs.ts says
 * what a pack is and when one is fetched). Pagefind runs in the search worker, on its thread (noWorker), and asks
 * `fetch` for `<bundle>fragment/<hash>.pf_fragment` once per candidate the search checks; the
 * requests issued together are planned at once here, and each gets back exactly the record
 * Pagefind wrote, so `result.data()` — and with it what the search judges and ranks — is
 * unchanged.
 *
 * Packs are fetched through the watched `fetch` (search-net.ts): a pack that does not load is a
 * failed search request of kind `pack`, and the fragments waiting for it fail with it (the page
 * then says 搜索暂时失败 and offers a retry); nothing falls back to another request.
 */
import { fragmentRequest, PACK_MANIFEST, parseManifest, planFetch, type PackManifest } from '../lib/search/packs.ts';
import { sameOriginPath, watchSearchRequests } from './search-net.ts';

const manifests = new Map<string, PackManifest>();
/** Packs fetched or on their way, by URL path; a failed one is dropped so that a retry fetches it again. */
const packs = new Map<string, Promise<Record<string, unknown>>>();

interface Waiting {
  bundle: string;
  hash: string;
  input: RequestInfo | URL;
  init: RequestInit | undefined;
  resolve: (r: Response) => void;
  reject: (e: unknown) => void;
}
let waiting: Waiting[] = [];
let installed = false;
let inner: typeof fetch;

const encoder = new TextEncoder();
/** Pagefind reads a fragment without gzip when it starts with its signature. */
const asFragment = (record: unknown) => new Response(encoder.encode(`pagefind_dcd${JSON.stringify(record)}`));

async function loadPack(path: string): Promise<Record<string, unknown>> {
  const response = await inner(path);
  if (!response.ok || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as Record<string, unknown>;
}

function pack(path: string): Promise<Record<string, unknown>> {
  let p = packs.get(path);
  if (!p) {
    p = loadPack(path);
    packs.set(path, p);
    p.catch(() => packs.delete(path));
  }
  return p;
}

function flush() {
  const items = waiting;
  waiting = [];
  const plan = planFetch(items, manifests, new Set(packs.keys()));
  for (const i of plan.fragments) {
    const w = items[i]!;
    inner(w.input, w.init).then(w.resolve, w.reject);
  }
  for (const [path, members] of plan.packs) {
    const loading = pack(path);
    for (const i of members) {
      const w = items[i]!;
      loading
        .then((records) => {
          const record = records[w.hash];
          if (record === undefined) throw new Error(`${path} does not hold the record ${w.hash}: rebuild the site`);
          return asFragment(record);
        })
        .then(w.resolve, w.reject);
    }
  }
}

/** Wraps `fetch` (outside the request watcher, so a pack's own request is what gets watched). */
function install() {
  if (installed) return;
  installed = true;
  watchSearchRequests();
  inner = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const path = sameOriginPath(input);
    const wanted = path ? fragmentRequest(path) : null;
    if (!wanted || !manifests.has(wanted.bundle)) return inner(input, init);
    return new Promise<Response>((resolve, reject) => {
      waiting.push({ ...wanted, input, init, resolve, reject });
      // The requests of one batch of candidates are issued in one run of code: plan them together.
      if (waiting.length === 1) queueMicrotask(flush);
    });
  };
}

/**
 * Loads the packs' manifests of `bundles` (once each) and starts answering fragment requests
 * from packs. Call it while Pagefind loads; a manifest that does not load fails the search.
 */
export async function preparePacks(bundles: readonly string[]): Promise<void> {
  install();
  await Promise.all(
    bundles
      .filter((b) => !manifests.has(b))
      .map(async (b) => {
        const path = `${b}${PACK_MANIFEST}`;
        const response = await inner(path);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        manifests.set(b, parseManifest(await response.json(), path));
      }),
  );
}
