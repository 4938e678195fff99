/**
 * For the finder's tests (Node only): the real subsidies from the MDX frontmatter, parsed by
 * the zod schema, and the finder data built from them the way the page builds it.
 */
import { resolve } from 'node:path';
import { loadContent } from '../data/load-content.ts';
import { regionTree } from '../regions.ts';
import { policyStatus } from '../status.ts';
import { finderData } from './island.ts';
import type { FinderData, FinderProvision } from './types.ts';
import type { Subsidy } from '../../schemas/policy.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The as-of date the test build uses (tests/helpers/paths.ts AS_OF). */
export const TEST_AS_OF = '2026-11-23';

let content: ReturnType<typeof loadContent> | undefined;
export const onDisk = () => (content ??= loadContent(ROOT));

/** A subsidy as its policy file states it: sub('wuxi-biomed-policy-opinions', 'sub3'). */
export function sub(policy: string, id: string): Subsidy {
  const model = onDisk().models.find((m) => m.id === policy);
  if (!model) throw new Error(`no policy ${policy}`);
  const s = model.data.subsidies.find((x) => x.id === id);
  if (!s) throw new Error(`no subsidy ${policy}#${id}`);
  return s;
}

/** Whitespace-free quote, as the texts space figures arbitrarily ("最高 200 万元"). */
export const words = (s: Pick<Subsidy, 'quote'>) => s.quote.replace(/\s+/g, '');

/** The finder's data for all policies, statuses as of the test build's date. */
export function testFinderData(asOf = TEST_AS_OF): FinderData {
  const { models, regions, categories } = onDisk();
  const tree = regionTree(regions);
  const policies = [...models]
    .sort((a, b) => tree.ids.indexOf(a.data.region) - tree.ids.indexOf(b.data.region) || a.id.localeCompare(b.id))
    .map((m) => ({ ...m, status: policyStatus(m.data, asOf) }));
  return finderData({ policies, regions: [...tree.regions], categories, asOf });
}

export const provision = (data: FinderData, policy: string, id: string): FinderProvision =>
  data.provisions.find((p) => p.policy === policy && p.id === id)!;
