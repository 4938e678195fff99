/**
 * The choices of the search page's 政策 and 责任部门 filters, as a file of their own:
 * /search/filters.json (src/pages/search/filters.json.ts). They grow with the corpus (one option
 * per policy, one per department a clause names: 1,000 policies and 1,789 departments made most of
 * the page's 585 KiB, issue 22), so the page no longer carries them: the page fills the two selects
 * from the file when a reader needs them (src/scripts/search.ts), and the search worker reads the
 * policies' names from it when a query may name a document (plan.ts `mayNameDocument`).
 */
import { regionTree } from '../regions.ts';
import { groupBy } from '../data/group.ts';
import type { PolicyTitle } from './plan.ts';
import { parseJsonFile } from './json-file.ts';

/** Where the build writes the file and the page and the worker fetch it (same origin). */
export const SEARCH_FILTERS_PATH = '/search/filters.json';

/** A policy as the filter lists it and the query understanding names it. */
export interface PolicyOption {
  id: string;
  /** The short title: the option's text, the chip's and the fact card's label. */
  label: string;
  title: string;
  /** The kind as the data names it (政策意见, 行动计划 …); '' when the text states none. */
  kind: string;
  /** The policy's region and the regions enclosing it, innermost first. */
  regions: string[];
  /** Its 发文字号, only when the text states one. */
  number?: string;
}

export interface DepartmentOption {
  id: string;
  name: string;
}

/** The departments of one region, in the order the select shows them (an optgroup). */
export interface DepartmentGroup {
  region: string;
  /** The region's name: the optgroup's label. */
  name: string;
  departments: DepartmentOption[];
}

export interface FilterOptions {
  policies: PolicyOption[];
  departments: DepartmentGroup[];
}

/** What `buildFilterOptions` reads of the site's data (src/data/policies.ts provides it). */
export interface FilterOptionsSource {
  policies: readonly {
    id: string;
    data: { shortTitle: string; title: string; kind: string | null; docNumber: string | null; region: string };
    clauses: readonly { departments: readonly string[] }[];
  }[];
  regions: readonly { id: string; name: string; parent: string | null; level: string; order?: number }[];
  departments: readonly { id: string; name: string; region: string }[];
}

/**
 * The file's content: every policy in the site's order; the departments some clause names, grouped
 * by region in the regions' display order (the province left out: every policy is in 江苏省, so its
 * level filters nothing), each group by name in Chinese collation; regions with none left out.
 */
export function buildFilterOptions(source: FilterOptionsSource): FilterOptions {
  const tree = regionTree(source.regions);
  const used = new Set(source.policies.flatMap((p) => p.clauses.flatMap((c) => c.departments)));
  // Grouped once, not filtered per region (regions × departments at a thousand policies).
  const byRegion = groupBy(
    source.departments.filter((d) => used.has(d.id)),
    (d) => d.region,
  );
  return {
    policies: source.policies.map((p) => ({
      id: p.id,
      label: p.data.shortTitle,
      title: p.data.title,
      kind: p.data.kind ?? '',
      regions: tree.chain(p.data.region),
      ...(p.data.docNumber ? { number: p.data.docNumber } : {}),
    })),
    departments: tree.regions
      .filter((r) => r.level !== 'province')
      .map((r) => ({
        region: r.id,
        name: r.name,
        departments: [...(byRegion.get(r.id) ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
          .map((d) => ({ id: d.id, name: d.name })),
      }))
      .filter((g) => g.departments.length > 0),
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * The options from the file's text. A file that is not one (a proxy's error page, a file of an
 * older build) is an error naming the file and the entry, never a select filled with half of it.
 */
export function parseFilterOptions(text: string): FilterOptions {
  const value = parseJsonFile(SEARCH_FILTERS_PATH, text);
  const v = value as Partial<FilterOptions> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.policies) || !Array.isArray(v.departments))
    throw new Error(`${SEARCH_FILTERS_PATH}: not the search filters (no policies or departments list)`);
  v.policies.forEach((p, i) => {
    const ok =
      p &&
      isString(p.id) &&
      isString(p.label) &&
      isString(p.title) &&
      isString(p.kind) &&
      isStrings(p.regions) &&
      (p.number === undefined || isString(p.number));
    if (!ok)
      throw new Error(
        `${SEARCH_FILTERS_PATH}: policies[${i}] is not a policy option (id, label, title, kind, regions)`,
      );
  });
  v.departments.forEach((g, i) => {
    const ok =
      g &&
      isString(g.region) &&
      isString(g.name) &&
      Array.isArray(g.departments) &&
      g.departments.every((d) => d && isString(d.id) && isString(d.name));
    if (!ok)
      throw new Error(
        `${SEARCH_FILTERS_PATH}: departments[${i}] is not a region's departments (region, name, departments)`,
      );
  });
  return v as FilterOptions;
}

/** The policies as the query understanding names them (plan.ts `PolicyTitle`). */
export const policyTitles = (options: Pick<FilterOptions, 'policies'>): PolicyTitle[] =>
  options.policies.map((p) => ({
    id: p.id,
    titles: [p.label, p.title].filter(Boolean),
    kind: p.kind,
    regions: p.regions,
    ...(p.number ? { number: p.number } : {}),
  }));
