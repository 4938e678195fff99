/**
 * The open-data JSON files: /data/policies.json, clauses.json, targets.json, subsidies.json
 * (contract 3) and the vocabularies regions.json, departments.json, topics.json,
 * categories.json — arrays of rows, numbers as numbers, money in 万元.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../data/derived';
import { DATASET_NAMES, type DatasetName } from '../../lib/data/export';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const rows = (await getDatasets(site))[params.name as DatasetName];
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
