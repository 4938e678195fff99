/**
 * The site's data layer: loads the collections once, builds every policy's model, and fails
 * the build with every content problem listed (file, field, fix) before any page is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { CONTENT_HINT } from '../schemas/checked-loader.ts';
import { validatePolicies } from '../lib/content/validate.ts';
import { buildPolicyModel, type PolicyModel, type RegionEntry, type TopicEntry } from '../lib/model.ts';
import { regionTree } from '../lib/regions.ts';
import { asOfDate, corpusNotice, policyStatus, statusNote, type PolicyStatus } from '../lib/status.ts';
import type { DepartmentEntry } from '../lib/responsible-units.ts';

export interface Policy extends PolicyModel {
  status: PolicyStatus;
  /** The status with the date it turns on, shown beside every provision: 已失效（有效期至2025-12-31）. */
  statusNote: string;
  region: RegionEntry;
  /** SHA-256 (hex) of the verbatim source text as published at /sources/<file>. */
  sourceSha256: string;
}

export interface SiteData {
  policies: Policy[];
  regions: RegionEntry[];
  departments: DepartmentEntry[];
  topics: TopicEntry[];
  categories: { id: string; name: string; order: number }[];
  asOf: string;
  /** The site-wide notice when no text is known to be in force on asOf (src/lib/status.ts), else null. */
  notice: string | null;
  /** Lookups for pages, built once: a page finds what it needs by key, never by scanning the corpus. */
  policyById: Map<string, Policy>;
  regionById: Map<string, RegionEntry>;
  /** Region IDs in display order (tree order), and each one's position in it. */
  order: string[];
  regionPos: Map<string, number>;
  /** The policies each policy supersedes (whose supersededBy names it), in display order. */
  predecessors: Map<string, Policy[]>;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Region display order: the tree walked depth-first from the top (江苏省 ▸ 苏州市 ▸ …, 无锡市). */
export function regionOrder(regions: RegionEntry[]): string[] {
  return [...regionTree(regions).ids];
}

async function load(): Promise<SiteData> {
  // Collection order is not deterministic: sort everything.
  const [policyEntries, regionEntries, departmentEntries, topicEntries, categoryEntries] = await Promise.all([
    getCollection('policies'),
    getCollection('regions'),
    getCollection('departments'),
    getCollection('topics'),
    getCollection('subsidyCategories'),
  ]);
  const regions = regionEntries.map((e) => e.data).sort(byId);
  const departments = departmentEntries.map((e) => e.data).sort(byId);
  const topics = topicEntries.map((e) => e.data).sort(byId);
  const categories = categoryEntries.map((e) => e.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const order = regionOrder(regions);
  const regionPos = new Map(order.map((id, i) => [id, i]));
  const pos = (region: string) => regionPos.get(region) ?? -1;
  const entries = [...policyEntries].sort(
    (a, b) => pos(a.data.region) - pos(b.data.region) || a.id.localeCompare(b.id),
  );
  const titles = new Map(entries.map((e) => [e.data.title.replace(/\s+/g, ''), e.id]));
  const ctx = { departments, topics, regions, titles };
  const asOf = asOfDate();

  const models: PolicyModel[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const file = `src/content/policies/${entry.id}.mdx`;
    try {
      models.push(buildPolicyModel(entry.id, entry.data, entry.body ?? '', ctx));
    } catch (error) {
      problems.push(`${file}: body: ${(error as Error).message}`);
    }
  }
  problems.push(
    ...validatePolicies(
      models.map((m) => ({
        file: `src/content/policies/${m.id}.mdx`,
        id: m.id,
        data: m.data,
        clauseIds: new Set(m.byId.keys()),
        unmatchedUnits: m.unmatchedUnits,
      })),
      {
        regions: new Set(regions.map((r) => r.id)),
        topics: new Set(topics.map((t) => t.id)),
        departments: new Set(departments.map((d) => d.id)),
        categories: new Set(categories.map((c) => c.id)),
        policies: new Set(entries.map((e) => e.id)),
        sources: new Set(entries.map((e) => e.data.source).filter((s) => existsSync(resolve('sources', s)))),
      },
    ),
  );
  if (problems.length) {
    throw new AstroError(
      `Content check failed with ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      CONTENT_HINT,
    );
  }
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const policies = models.map((m) => ({
    ...m,
    status: policyStatus(m.data, asOf),
    statusNote: statusNote(m.data, asOf),
    region: regionById.get(m.data.region)!,
    sourceSha256: createHash('sha256')
      .update(readFileSync(resolve('sources', m.data.source)))
      .digest('hex'),
  }));
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const predecessors = new Map<string, Policy[]>();
  for (const p of policies) {
    const successor = p.data.supersededBy;
    if (!successor) continue;
    if (!predecessors.has(successor)) predecessors.set(successor, []);
    predecessors.get(successor)!.push(p);
  }
  return {
    policies,
    regions,
    departments,
    topics,
    categories,
    asOf,
    notice: corpusNotice(
      policies.map((p) => p.status.code),
      asOf,
    ),
    policyById,
    regionById,
    order,
    regionPos,
    predecessors,
  };
}

let cached: Promise<SiteData> | undefined;

/** All site data, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

export async function getPolicy(id: string): Promise<Policy> {
  const { policyById } = await getSiteData();
  const policy = policyById.get(id);
  if (!policy) throw new Error(`no policy "${id}"`);
  return policy;
}
