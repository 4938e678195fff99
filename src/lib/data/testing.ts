/**
 * For the unit tests of the open data: the datasets built from the content on disk, as the build
 * builds them, for a given as-of date (statuses depend on it), on a stand-in site address.
 */
import { resolve } from 'node:path';
import { policyStatus } from '../status.ts';
import { buildDatasets, type ExportPolicy } from './export.ts';
import { loadContent } from './load-content.ts';

export const TEST_SITE = new URL('https://policies.example.test');

export function datasetsOnDisk(asOf: string) {
  const content = loadContent(resolve(import.meta.dirname, '../../..'));
  const policies: ExportPolicy[] = content.models.map((m) => ({
    ...m,
    status: policyStatus(m.data, asOf),
    region: content.regions.find((r) => r.id === m.data.region)!,
  }));
  const datasets = buildDatasets({
    policies,
    regions: content.regions,
    departments: content.departments,
    topics: content.topics,
    categories: content.categories,
    site: TEST_SITE,
    asOf,
  });
  return { content, policies, datasets };
}
