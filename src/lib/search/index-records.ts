/**
 * Search records: one per clause that has text of its own, built from the same policy models
 * the pages render (src/pages/search/records.json.ts) and fed to Pagefind by
 * src/integrations/pagefind.ts. See docs/search.md for why a record holds the clause's own text.
 */
import { regionTree } from '../regions.ts';
import { BOUNDARY, indexText, isHan } from './normalize.ts';

export const SEARCH_LANGUAGE = 'zh-cn';

/** Filter keys, as stored in the index and written in the search page's URL. */
export const FILTER_KEYS = ['region', 'policy', 'topic', 'department', 'has'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const HAS_VALUES = ['subsidy', 'target'] as const;

export interface SearchRecord {
  /** Where a result leads: the clause on its policy page. */
  url: string;
  /** The clause's own text (see indexText). */
  content: string;
  language: typeof SEARCH_LANGUAGE;
  meta: {
    /** Policy short title, label and full citation, hidden from matching (see hideMeta). */
    policy: string;
    label: string;
    citation: string;
    /** Every Han character of the text once, space-separated (see uniqueHan). */
    chars: string;
  };
  filters: Record<FilterKey, string[]>;
}

/**
 * Pagefind matches query words against metadata too, word by word. A value starting with `_`
 * (kept by Pagefind as a word character, never produced by our query builder) and without
 * whitespace (encoded as BOUNDARY) is one word no query reaches, so a policy's title does not
 * turn every one of its clauses into a match.
 */
export const hideMeta = (value: string): string => `_${value.replace(/\s/gu, BOUNDARY)}`;
export const showMeta = (value: string | undefined): string =>
  (value ?? '').replace(/^_/, '').replaceAll(BOUNDARY, ' ');

/**
 * Every Han character of a text, once, space-separated. The search page sends Pagefind pairs of
 * characters, and the browser's word segmenter splits some pairs into single characters (类医 →
 * 类 医). Pagefind would match those as prefixes of indexed words, but only among the words of
 * the index chunks it loads for the query, so on a large index it misses clauses (measured on
 * the benchmark's 80,000-record corpus). With every character indexed as a word of its own, a
 * one-character query word always has an exact word to match.
 */
export const uniqueHan = (text: string): string => [...new Set([...text].filter(isHan))].join(' ');

export const clauseUrl = (policy: string, clause: string): string => `/policies/${policy}/#${clause}`;

/** Policy and clause IDs back from a record URL. */
export function parseClauseUrl(url: string): { policy: string; clause: string } | null {
  const m = url.match(/^\/policies\/([^/#?]+)\/(?:\?[^#]*)?#(.+)$/);
  return m ? { policy: m[1]!, clause: decodeURIComponent(m[2]!) } : null;
}

/** The parts of the site's policy model the records need (src/data/policies.ts provides them). */
export interface RecordSourcePolicy {
  id: string;
  data: {
    shortTitle: string;
    region: string;
    subsidies: { clause: string }[];
    targets: { clause: string; alsoIn?: { clause: string }[] }[];
  };
  clauses: {
    id: string;
    label: string;
    citation: string;
    ownText: string;
    departments: string[];
    topics: string[];
  }[];
}

export interface RecordSourceRegion {
  id: string;
  parent: string | null;
  level: string;
}

/** Regions a policy's clauses are filed under: its own and the enclosing ones below province level (苏州市 includes 昆山市). */
export function regionFilterValues(region: string, regions: RecordSourceRegion[]): string[] {
  const tree = regionTree(regions);
  return tree.chain(region).filter((id) => {
    const r = tree.get(id);
    return r !== undefined && r.level !== 'province';
  });
}

export function buildSearchRecords(policies: RecordSourcePolicy[], regions: RecordSourceRegion[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const policy of policies) {
    const region = regionFilterValues(policy.data.region, regions);
    const subsidy = new Set(policy.data.subsidies.map((s) => s.clause));
    // A target stated in the body and in an annex is filed under every clause stating it.
    const target = new Set(policy.data.targets.flatMap((t) => [t.clause, ...(t.alsoIn ?? []).map((m) => m.clause)]));
    for (const clause of policy.clauses) {
      const content = indexText(clause.ownText);
      // Table row groups hold no text of their own: their rows are the records.
      if (!content) continue;
      const has = [...(subsidy.has(clause.id) ? ['subsidy'] : []), ...(target.has(clause.id) ? ['target'] : [])];
      records.push({
        url: clauseUrl(policy.id, clause.id),
        content,
        language: SEARCH_LANGUAGE,
        meta: {
          policy: hideMeta(policy.data.shortTitle),
          label: hideMeta(clause.label),
          citation: hideMeta(clause.citation),
          chars: uniqueHan(content),
        },
        filters: { region, policy: [policy.id], topic: [...clause.topics], department: [...clause.departments], has },
      });
    }
  }
  return records;
}
