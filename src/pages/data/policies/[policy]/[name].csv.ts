/**
 * CSV twins of the per-policy files: one policy's rows with the columns of the whole CSV (the
 * table cells' numbered columns included), so the whole file's Table Schema describes them too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getPolicyRows } from '../../../../data/derived';
import { getSiteData } from '../../../../data/policies';
import { fieldNames, PER_POLICY, type PerPolicyName } from '../../../../lib/data/export';
import { toCsv } from '../../../../lib/data/csv';

export const getStaticPaths = (async () => {
  const { policies } = await getSiteData();
  return policies.flatMap((p) => PER_POLICY.map((name) => ({ params: { policy: p.id, name } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as PerPolicyName;
  const all = (await getDatasets(site))[name] as unknown as Record<string, unknown>[];
  const rows = (await getPolicyRows(site)).get(name)!.get(params.policy!) ?? [];
  return new Response(toCsv(fieldNames(name), rows, all), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
