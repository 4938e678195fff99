import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requestKind, serveStatic } from './serve.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
const json = JSON.stringify({ words: Array.from({ length: 400 }, (_, i) => `临床试验${i}`) });
writeFileSync(join(root, 'config.json'), json);
// A Pagefind fragment is gzip already: a host sends it as it is.
const fragment = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8]);
writeFileSync(join(root, 'a.pf_fragment'), fragment);
const server = await serveStatic(root);
afterAll(() => server.close());

describe('the benchmark’s static server', () => {
  it('sends files as they are and counts the bytes a gzipping host would send for text', async () => {
    const body = await (await fetch(`${server.url}/config.json`)).text();
    expect(body).toBe(json);
    const raw = Buffer.byteLength(json);
    expect(server.bytes()).toBe(raw);
    expect(server.gzipBytes()).toBeGreaterThan(0);
    expect(server.gzipBytes()).toBeLessThan(raw / 2);
    await fetch(`${server.url}/a.pf_fragment`).then((r) => r.arrayBuffer());
    // The fragment counts its own size either way.
    expect(server.bytes() - raw).toBe(fragment.length);
    const gzipBefore = server.gzipBytes();
    server.reset();
    expect([server.bytes(), server.gzipBytes()]).toEqual([0, 0]);
    await fetch(`${server.url}/a.pf_fragment`).then((r) => r.arrayBuffer());
    expect(server.gzipBytes()).toBe(fragment.length);
    expect(gzipBefore).toBeGreaterThan(fragment.length);
  });
  it('names the kind of each request', () => {
    expect(requestKind('/pagefind/fragment/zh_1.pf_fragment')).toBe('fragment');
    expect(requestKind('/search/config.json')).toBe('search-data');
  });
});
