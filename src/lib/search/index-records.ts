/**
 * Search records: one per clause that has text of its own, built from the same policy models
 * the pages render (src/pages/search/records.json.ts) and fed to Pagefind by
 * src/integrations/pagefind.ts. See docs/search.md for why a record holds the clause's own text.
 */
import { regionTree } from '../regions.ts';
import { clauseNumber, kindOf } from '../clauses/ids.ts';
import { clauseRefKeys, lastClauses, refWord, runningPoints } from './reference.ts';
import { factKey, statedFacts } from './doc-facts.ts';
import { BOUNDARY, indexText, isHan, normalize, normalizeWithMap, QUOTES } from './normalize.ts';
import { clauseLink } from '../links.ts';

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
    /** Character pairs a quotation mark separates in the text (see bridgePairs). */
    bridge: string;
    /** The clause's reference words (reference.ts), so that 第（十二）条 finds it. */
    refs: string;
    /** Where the sentences stating the clause's support amounts or rates are (see quoteRanges). */
    pays: string;
    /** The region whose own policy the clause is in (hidden), so that 苏州 typed ranks 苏州市's first. */
    home: string;
    /**
     * The article or table group the clause belongs to (hidden; `articleOf`), so that a clause
     * stating the terms of a provision found beside it (专栏4's item beside 三、（四）'s run) is found with it.
     */
    article?: string;
    /** Present (a hidden word) when the policy is an unreviewed import: results say 待审核. */
    draft?: string;
  };
  /**
   * The reader's filters, and `status`: the policy's status on the build's as-of date (see
   * statusValue). It rides as a filter, not as metadata: Pagefind matches metadata words by
   * prefix, so 已失效 in `meta` would make every query holding 已失 a candidate of every clause of
   * an expired policy; filter values are never matched against a query.
   */
  filters: Record<FilterKey, string[]> & { status?: string[] };
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

/**
 * Pairs of Han characters with only quotation marks between them (专精特新“小巨人” → 新小). Matching
 * ignores quotation marks (normalize.ts), but Pagefind pairs only adjacent characters, so these
 * pairs are indexed as words of their own: a query for 专精特新小巨人 then finds the clause.
 */
export function bridgePairs(text: string): string {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    if (!isHan(chars[i]!)) continue;
    let j = i + 1;
    while (j < chars.length && QUOTES.has(chars[j]!.normalize('NFKC'))) j++;
    if (j > i + 1 && j < chars.length && isHan(chars[j]!)) pairs.add(chars[i]! + chars[j]!);
  }
  return [...pairs].join(' ');
}

/**
 * Where each quoted sentence lies in a text, as UTF-16 offsets written `_start x end _start x end`
 * in one word (like hideMeta, so that no query matches it); whitespace and quotation marks are
 * ignored in the comparison. A quote not found is left out; no quote found gives ''.
 */
export function quoteRanges(text: string, quotes: string[]): string {
  const { text: norm, map } = normalizeWithMap(text);
  const out: string[] = [];
  for (const quote of quotes) {
    const q = normalize(quote);
    const at = q ? norm.indexOf(q) : -1;
    if (at === -1) continue;
    const last = map[at + q.length - 1]!;
    out.push(`${map[at]}x${last + String.fromCodePoint(text.codePointAt(last)!).length}`);
  }
  return out.length ? `_${[...new Set(out)].join('_')}` : '';
}

/** The ranges `quoteRanges` wrote, as [start, end] pairs. */
export function parseRanges(value: string | undefined): [number, number][] {
  return (value ?? '')
    .split('_')
    .filter(Boolean)
    .map((r) => r.split('x').map(Number) as [number, number])
    .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a < b);
}

/** A policy's status as src/lib/status.ts computes it at build time. */
export interface RecordStatus {
  code: string;
  /** 有效, 已失效, 已结束 … */
  label: string;
  /** What it was computed from, with its date: 有效期至 2025-12-31, 规划期 2021—2023. */
  basis: string;
}

/**
 * A status as one filter value, `code|label|basis`: one value per policy, so the filter index
 * stays as small as the number of policies, and every result's fragment carries its status
 * without the search page holding a table of policies.
 */
export const statusValue = (s: RecordStatus): string => [s.code, s.label, s.basis].join('|');

/** The status `statusValue` wrote; null when the record has none or it is malformed. */
export function readStatus(filters: Record<string, string[] | undefined>): RecordStatus | null {
  const value = filters.status?.[0];
  if (!value) return null;
  const [code, label, ...basis] = value.split('|');
  if (!code || !label) return null;
  return { code, label, basis: basis.join('|') };
}

/** The parts of the site's policy model the records need (src/data/policies.ts provides them). */
export interface RecordSourcePolicy {
  id: string;
  /** Computed at build time (src/data/policies.ts); records without it carry no status. */
  status?: RecordStatus | undefined;
  data: {
    shortTitle: string;
    region: string;
    /** An unreviewed import (待审核). */
    draft?: boolean | undefined;
    numbering: 'nested' | 'running';
    /** The facts a clause may state about its document (doc-facts.ts); absent in test fixtures. */
    validUntil?: string | null;
    period?: { start: number | null; end: number } | null;
    issuers?: string[];
    docNumber?: string | null;
    dateWritten?: string | null;
    datePublished?: string | null;
    subsidies: {
      clause: string;
      quote?: string | null | undefined;
      maxAmountWan?: number | null | undefined;
      ratePct?: unknown;
      tiers?: unknown[] | undefined;
    }[];
    targets: { clause: string; alsoIn?: { clause: string }[] }[];
  };
  clauses: {
    id: string;
    kind: string;
    parent: string | null;
    /** Cells of a table row (its 序号, when the table has one, is among them). */
    cells?: string[];
    label: string;
    citation: string;
    ownText: string;
    /** Its heading line, when it has one (一、加强创新平台建设, 专栏3 打造九大产业配套创新平台). */
    heading?: string | null;
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

/**
 * The names a reader may give the heading a clause is numbered under (创新平台工程 for the rows of
 * 附件 三、创新平台工程; 专栏3's title for its items; a section's or item's heading for its parts).
 */
export function headingNames(parent: {
  kind: string;
  label: string;
  heading?: string | null;
  ownText: string;
}): string[] {
  if (parent.kind === 'group') return [parent.label.match(/“(.+?)”/u)?.[1] ?? ''].filter(Boolean);
  if (parent.heading) return [parent.heading];
  // An item's first sentence is its title (（二）支持关键核心技术攻关。).
  const first = parent.ownText.split(/[。；\n]/u)[0]?.trim() ?? '';
  return first && [...first].length <= 40 ? [first] : [];
}

/**
 * Whether a clause's text holds a word to index: a letter or a digit. A clause of only punctuation
 * or symbols — a rule (————, ※※※, ＊＊＊) standing as a paragraph of its own — gives Pagefind no
 * word, and Pagefind drops such a record without a word of warning; it is left out of the index,
 * as a table group is, and its page is still built.
 */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Kinds of clause that make an article: a numbered item (三、（四）, 第（十八）条) or a table's group of rows. */
const ARTICLE_KINDS = new Set(['item', 'group']);

/**
 * The article a clause belongs to: itself or its nearest enclosing item or table group (the runs of
 * 三、（四） and the items of the 专栏4 inside it share 三、（四））. Null above any article (a section's
 * own text, a preamble paragraph).
 */
export function articleOf(
  id: string,
  byId: ReadonlyMap<string, { kind: string; parent: string | null }>,
): string | null {
  for (let at: string | null = id, depth = 0; at && depth < 12; depth++) {
    const c = byId.get(at);
    if (!c) return null;
    if (ARTICLE_KINDS.has(c.kind)) return at;
    at = c.parent;
  }
  return null;
}

/** The article as one hidden word (`_s3_c4`: a policy's clause IDs repeat across policies, so the index gains few words). */
const articleMeta = (article: string | null): { article?: string } =>
  article ? { article: hideMeta(article.replace(/[^a-z0-9]/gu, '_')) } : {};

/** Kinds of clause whose heading or first sentence names them (index-records `headingNames`). */
const TITLED = new Set(['group', 'box', 'section', 'item', 'point', 'run', 'boxItem', 'annex']);

export function buildSearchRecords(policies: RecordSourcePolicy[], regions: RecordSourceRegion[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const policy of policies) {
    const region = regionFilterValues(policy.data.region, regions);
    const subsidy = new Set(policy.data.subsidies.map((s) => s.clause));
    const quotes = new Map<string, string[]>();
    // Only provisions that state an amount or a rate: the sentences a reader asking "how much" wants.
    for (const s of policy.data.subsidies)
      if (s.quote && (s.maxAmountWan != null || s.ratePct != null || (s.tiers?.length ?? 0) > 0))
        quotes.set(s.clause, [...(quotes.get(s.clause) ?? []), s.quote]);
    // A target stated in the body and in an annex is filed under every clause stating it.
    const target = new Set(policy.data.targets.flatMap((t) => [t.clause, ...(t.alsoIn ?? []).map((m) => m.clause)]));
    // A table row's place in its group: 附件 三、创新平台工程 第5项 is the fifth row of group 3.
    const rowsOf = new Map<string, string[]>();
    for (const c of policy.clauses)
      if (c.kind === 'row' && c.parent && kindOf(c.parent) === 'group')
        rowsOf.set(c.parent, [...(rowsOf.get(c.parent) ?? []), c.id]);
    const byId = new Map(policy.clauses.map((c) => [c.id, c]));
    // 5．… 11．…: points numbered across a section's items are cited alone (第11条, 第5项).
    const running = runningPoints(policy.clauses.map((c) => c.id));
    // 最后一条, 最后一段, 专栏3最后一项: the last clause of each kind.
    // A reader's last paragraph is the last one of prose: the issuer's name and the date under it are
    // lines, not paragraphs (无锡意见最后一段 is its 支持对象 paragraph, not 无锡市人民政府).
    const lasts = lastClauses(
      policy.clauses.map((c) => c.id),
      (id) => byId.get(id)?.kind !== 'paragraph' || /[。；，]/u.test(byId.get(id)!.ownText),
    );
    // What the policy's metadata says, once per policy: each clause is checked for stating it.
    const factSource = {
      validUntil: policy.data.validUntil ?? null,
      period: policy.data.period ?? null,
      issuers: policy.data.issuers ?? [],
      docNumber: policy.data.docNumber ?? null,
      dateWritten: policy.data.dateWritten ?? null,
      datePublished: policy.data.datePublished ?? null,
    };
    for (const clause of policy.clauses) {
      // A table row group holds no text of its own but its name (“实施数字技术融合应用计划”), which
      // readers cite it by: that name is its record. A rule holds no word and has no record.
      // The name without its note in brackets (创新链（科创局）): the department is its rows' text.
      const content = indexText(
        clause.kind === 'group'
          ? headingNames(clause)
              .map((n) => n.replace(/[（(][^（）()]*[）)]/gu, ''))
              .join('\n')
          : clause.ownText,
      );
      if (!hasWords(content)) continue;
      const has = [...(subsidy.has(clause.id) ? ['subsidy'] : []), ...(target.has(clause.id) ? ['target'] : [])];
      const siblings = clause.kind === 'row' && clause.parent ? rowsOf.get(clause.parent) : undefined;

      const group = siblings ? { id: clause.parent!, position: siblings.indexOf(clause.id) + 1 } : undefined;
      const serial = clause.kind === 'row' && (clause.cells ?? []).includes(String(clauseNumber(clause.id)));
      const facts = statedFacts(clause.ownText, factSource);
      const parent = clause.parent ? byId.get(clause.parent) : undefined;
      const headings = parent ? headingNames(parent) : [];
      const refs = clauseRefKeys({
        id: clause.id,
        numbering: policy.data.numbering,
        serial,
        runningPoint: running.has(clause.id),
        ...(lasts.has(clause.id) ? { last: lasts.get(clause.id)! } : {}),
        ...(group ? { group, lastInGroup: group.position === siblings!.length } : {}),
        ...(headings.length ? { headings } : {}),
        // Every part with a heading or a title sentence is cited by it alone after its document's name
        // (苏州强链补链 临床提升工程, 无锡意见 支持上市许可持有人发展): a table row or a paragraph has none.
        ...(TITLED.has(clause.kind) ? { ownHeadings: headingNames(clause) } : {}),
      });
      records.push({
        url: clauseLink(policy.id, clause.id),
        content,
        language: SEARCH_LANGUAGE,
        meta: {
          policy: hideMeta(policy.data.shortTitle),
          label: hideMeta(clause.label),
          citation: hideMeta(clause.citation),
          chars: uniqueHan(content),
          bridge: bridgePairs(content),
          refs: [...refs, ...facts.map(factKey)].map(refWord).join(' '),
          pays: quoteRanges(content, quotes.get(clause.id) ?? []),
          home: hideMeta(policy.data.region),
          ...articleMeta(articleOf(clause.id, byId)),
          ...(policy.data.draft ? { draft: hideMeta('draft') } : {}),
        },
        filters: {
          region,
          policy: [policy.id],
          topic: [...clause.topics],
          department: [...clause.departments],
          has,
          ...(policy.status ? { status: [statusValue(policy.status)] } : {}),
        },
      });
    }
  }
  return records;
}
