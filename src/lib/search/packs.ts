/**
 * Text packs (issue 22): the clause texts the search checks, fetched many at a time.
 *
 * Pagefind writes one fragment file per record (a clause's text, metadata and filters) and the
 * search page fetches one per candidate it checks: 115 requests of ~0.8 KB for 医疗器械 on the
 * five-policy site. The build also writes each bundle's fragments grouped into packs of about
 * PACK_RECORDS records (src/integrations/pagefind.ts, `writePacks`); a pack's key is computed from
 * the record's hash alone (Pagefind's result ID, which names its fragment file), with the number
 * of packs stated in the bundle's small manifest, so no per-record map is ever downloaded.
 *
 * The page answers Pagefind's fragment requests from packs (src/scripts/search-packs.ts): the
 * requests issued together (a batch of candidates) are planned at once, and a pack is fetched when
 * at least PACK_WORTH of them fall in it; a record alone in its pack (a sparse candidate set in a
 * large corpus) is cheaper as its own fragment. Either way Pagefind receives the very same record,
 * so what the search judges and ranks does not change.
 */

/** Records a pack holds on average (the bundle's record count decides how many packs it has). */
export const PACK_RECORDS = 24;

/**
 * Requests issued together that must fall in one pack for the pack to be fetched rather than
 * their fragments. gzip compresses a pack's records together about twice as well as one by one
 * (the five policies' 424 records: 157 KB in 16 packs, 358 KB as fragments), so a pack of 24 is
 * ~9 KB against ~0.85 KB a fragment. Replayed on the fragments 59 bench queries fetched at 5
 * policies, with a slow phone link's costs (150 ms a round trip over six connections, 200 KB/s):
 * one request per candidate, 1,865 requests, 1.9 MB, ~60 s of network in all; packs of 24 from
 * 4 wanted records, 722 requests, 2.4 MB, ~34 s; from 3, 624 requests and 2.7 MB for the same
 * time; from 6, 981 requests, ~39 s. Packs of 48 save a little more time for 15 % more bytes.
 */
export const PACK_WORTH = 4;

/** The manifest's format; the page refuses one it does not know (a build from another version). */
export const PACK_FORMAT = 1;

/** Where a bundle's packs and their manifest are, relative to the bundle's folder. */
export const PACK_DIR = 'pack/';
export const PACK_MANIFEST = `${PACK_DIR}manifest.json`;

/** What the browser needs to find a record's pack: written beside a bundle's packs. */
export interface PackManifest {
  format: number;
  /** Records (fragments) in the bundle. */
  records: number;
  /** Number of packs: a record's pack is `packKey(hash, packs)`. */
  packs: number;
  /** Content tag of this bundle's packs, part of their file names (a changed pack is a new URL). */
  tag: string;
}

/** How many packs a bundle of `records` records is split into: about PACK_RECORDS records each. */
export function packCount(records: number, target = PACK_RECORDS): number {
  if (!Number.isInteger(records) || records < 0)
    throw new Error(`packCount: records must be a whole number, got ${records}`);
  return Math.max(1, Math.round(records / target));
}

/**
 * The pack of the record whose Pagefind hash (result ID, fragment file name) is `hash`, in
 * 0 … packs − 1. Pagefind's hashes are not uniform in their leading digits (at 5 policies one
 * leading hex digit of sixteen held 2 records of 424), so the key hashes the whole ID again
 * (FNV-1a, 32 bits) and scales it to the number of packs.
 */
export function packKey(hash: string, packs: number): number {
  if (!Number.isInteger(packs) || packs < 1) throw new Error(`packKey: packs must be a whole number ≥ 1, got ${packs}`);
  let h = 0x811c9dc5;
  for (let i = 0; i < hash.length; i++) {
    h ^= hash.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return Math.floor((h / 2 ** 32) * packs);
}

/** The URL path of a pack of the bundle at `bundle` (/pagefind/ or /pagefind/<shard>/). */
export const packPath = (bundle: string, manifest: PackManifest, key: number): string =>
  `${bundle}${PACK_DIR}${manifest.tag}_${key}.pf_pack`;

/** Groups record hashes by pack key (the build's grouping, and the page's plan). */
export function groupByPack(hashes: Iterable<string>, packs: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const hash of hashes) {
    const key = packKey(hash, packs);
    const list = out.get(key);
    if (list) list.push(hash);
    else out.set(key, [hash]);
  }
  return out;
}

/** Reads a manifest fetched from `where`; anything malformed is an error naming the file and field. */
export function parseManifest(json: unknown, where: string): PackManifest {
  const m = json as Partial<PackManifest> | null;
  const bad = (field: string, why: string) =>
    new Error(`${where}: ${field} ${why} — rebuild the site (npm run build) so that the bundle and its packs match`);
  if (!m || typeof m !== 'object') throw bad('the manifest', 'is not an object');
  if (m.format !== PACK_FORMAT) throw bad('format', `is ${JSON.stringify(m.format)}, expected ${PACK_FORMAT}`);
  if (!Number.isInteger(m.records) || m.records! < 0) throw bad('records', 'is not a whole number');
  if (!Number.isInteger(m.packs) || m.packs! < 1) throw bad('packs', 'is not a whole number ≥ 1');
  if (typeof m.tag !== 'string' || !/^[0-9a-f]{6,64}$/u.test(m.tag)) throw bad('tag', 'is not a hex content tag');
  return { format: m.format, records: m.records!, packs: m.packs!, tag: m.tag };
}

/** A Pagefind fragment request: the bundle it belongs to and the record's hash, or null. */
export function fragmentRequest(pathname: string): { bundle: string; hash: string } | null {
  const m = /^(\/pagefind\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?)fragment\/([^/]+)\.pf_fragment$/u.exec(pathname);
  return m ? { bundle: m[1]!, hash: m[2]! } : null;
}

export interface Wanted {
  bundle: string;
  hash: string;
}

export interface FetchPlan {
  /** Packs to fetch or reuse (by URL path), with the wanted records each answers (indexes into `wanted`). */
  packs: Map<string, number[]>;
  /** Records fetched as their own fragment (indexes into `wanted`). */
  fragments: number[];
}

/**
 * Which of the records wanted together come from packs and which from their own fragments: a
 * pack already fetched (or on its way) answers every record in it; another pack is fetched when
 * at least `worth` of the wanted records are in it. A bundle without a manifest has no packs.
 */
export function planFetch(
  wanted: readonly Wanted[],
  manifests: ReadonlyMap<string, PackManifest>,
  fetched: ReadonlySet<string>,
  worth = PACK_WORTH,
): FetchPlan {
  const byPack = new Map<string, number[]>();
  const fragments: number[] = [];
  wanted.forEach((w, i) => {
    const manifest = manifests.get(w.bundle);
    if (!manifest) {
      fragments.push(i);
      return;
    }
    const path = packPath(w.bundle, manifest, packKey(w.hash, manifest.packs));
    const list = byPack.get(path);
    if (list) list.push(i);
    else byPack.set(path, [i]);
  });
  const packs = new Map<string, number[]>();
  for (const [path, list] of byPack) {
    if (fetched.has(path) || list.length >= worth) packs.set(path, list);
    else fragments.push(...list);
  }
  fragments.sort((a, b) => a - b);
  return { packs, fragments };
}
