/** The verbatim source texts, published byte for byte so readers can check the site against them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/policies';

export async function getStaticPaths() {
  const { policies } = await getSiteData();
  return policies.map((p) => ({ params: { file: p.data.source } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(resolve('sources', params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
