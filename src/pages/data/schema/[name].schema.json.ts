/** JSON Schema of each open-data file, generated from the zod row schemas (src/lib/data/export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, datasetJsonSchema, type DatasetName } from '../../../lib/data/export';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const schema = datasetJsonSchema(params.name as DatasetName, site);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
