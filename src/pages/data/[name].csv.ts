/** CSV twins of the open-data JSON files: same rows, one column per field (src/lib/data/csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../data/derived';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../../lib/data/export';
import { toCsv } from '../../lib/data/csv';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as DatasetName;
  const rows = (await getDatasets(site))[name] as unknown as Record<string, unknown>[];
  const columns = Object.keys(DATASETS[name].schema.shape);
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
