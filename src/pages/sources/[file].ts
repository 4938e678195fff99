/** The verbatim source texts, published byte for byte so readers can check the site against them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { builtPolicies } from '../../data/shards';

export async function getStaticPaths() {
  // All policies, or those of the shard this build is limited to (SHARD, src/data/shards.ts).
  const policies = await builtPolicies();
  return policies.map((p) => ({ params: { file: p.data.source } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(resolve('sources', params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
