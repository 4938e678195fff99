/** CSV twins of the open-data JSON files: same rows, one column per field, a table row's cells one column each (src/lib/data/csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../data/derived';
import { DATASET_NAMES, fieldNames, type DatasetName } from '../../lib/data/export';
import { toCsv } from '../../lib/data/csv';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as DatasetName;
  const rows = (await getDatasets(site))[name] as unknown as Record<string, unknown>[];
  return new Response(toCsv(fieldNames(name), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
