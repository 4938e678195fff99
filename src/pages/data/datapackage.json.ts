/** /data/datapackage.json: the Frictionless Data Package describing every open-data file (src/lib/data/datapackage.ts). */
import type { APIRoute } from 'astro';
import { getDatasets } from '../../data/derived';
import { getSiteData } from '../../data/policies';
import { SITE_NAME } from '../../config/site';
import { dataPackage } from '../../lib/data/datapackage';

export const GET: APIRoute = async ({ site }) => {
  const [datasets, { asOf }] = await Promise.all([getDatasets(site), getSiteData()]);
  return new Response(`${JSON.stringify(dataPackage({ datasets, site, asOf, siteName: SITE_NAME }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
