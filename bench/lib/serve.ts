/**
 * A minimal static file server for the benchmark (and manual checks): serves a built site the
 * way a plain static host does — files as they are, /x/ → /x/index.html, no compression, no
 * redirects. Counts the bytes it sends so the benchmark can report transfer sizes, and what a host
 * that compresses text (gzip, as most static hosts and CDNs do) would send for the same requests.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** What a request fetched, for the benchmark's breakdown of where the bytes go. */
export type RequestKind =
  | 'page'
  | 'script'
  | 'pagefind-js'
  | 'pagefind-meta'
  | 'pagefind-wasm'
  | 'index'
  | 'fragment'
  | 'pack'
  | 'filter'
  | 'search-data'
  | 'other';

/** The kind of a request path: Pagefind's bundle by part (index chunks, fragments, filters …), pages, scripts. */
export function requestKind(path: string): RequestKind {
  if (/\/pagefind\/(?:[^/]+\/)*index\//u.test(path) || path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  if (/\/pagefind\/(?:[^/]+\/)*pack\//u.test(path)) return 'pack';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'pagefind-meta';
  if (/\/pagefind\/.*wasm\./u.test(path)) return 'pagefind-wasm';
  if (/\/pagefind\/.*\.js$/u.test(path)) return 'pagefind-js';
  if (/\/search\/[^/]+\.(?:json|bin)$/u.test(path) || path.includes('/search-data/')) return 'search-data';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page';
  if (path.endsWith('.js') || path.endsWith('.mjs') || path.endsWith('.css')) return 'script';
  return 'other';
}

export interface StaticServer {
  url: string;
  /** Bytes of response bodies sent since the last reset. */
  bytes(): number;
  /** The same responses' bytes from a host that gzips text types (Pagefind's files are gzip already). */
  gzipBytes(): number;
  /** Requests served since the last reset: path and bytes, in order. */
  log(): { path: string; bytes: number }[];
  reset(): void;
  close(): Promise<void>;
}

/** Types a compressing host gzips: text, JSON, scripts, styles, SVG. */
const COMPRESSED = /^(?:text\/|application\/json|application\/xml|image\/svg)/u;

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  let sent = 0;
  let sentGzip = 0;
  const gzipSize = new Map<string, number>();
  const compressed = (file: string, type: string, size: number) => {
    if (!COMPRESSED.test(type)) return size;
    let n = gzipSize.get(file);
    if (n === undefined) gzipSize.set(file, (n = gzipSync(readFileSync(file)).length));
    return n;
  };
  let served: { path: string; bytes: number }[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root.endsWith(sep) ? root : root + sep) && file !== root) throw new Error('outside root');
      if (path.endsWith('/')) file = join(file, 'index.html');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      sentGzip += compressed(file, type, info.size);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
      });
      sent += info.size;
      served.push({ path, bytes: info.size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    bytes: () => sent,
    gzipBytes: () => sentGzip,
    log: () => [...served],
    reset: () => {
      sent = 0;
      sentGzip = 0;
      served = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// `node bench/lib/serve.ts <dir> [port]` serves a folder for a manual look.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serveStatic(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4455));
  console.log(`serving ${process.argv[2]} at ${s.url}`);
}
