/**
 * /data/policies/<policy>/clauses.json, targets.json, subsidies.json: the rows of one policy, the
 * same rows and fields as the whole files (contract 3), for a reader who needs one policy and
 * should not download the corpus. Listed in the `files` dataset of the data package.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicyRows } from '../../../../data/derived';
import { getSiteData } from '../../../../data/policies';
import { PER_POLICY, type PerPolicyName } from '../../../../lib/data/export';

export const getStaticPaths = (async () => {
  const { policies } = await getSiteData();
  return policies.flatMap((p) => PER_POLICY.map((name) => ({ params: { policy: p.id, name } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = (await getPolicyRows(site)).get(params.name as PerPolicyName)!.get(params.policy!) ?? [];
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
