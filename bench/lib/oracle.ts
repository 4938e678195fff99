/**
 * The relevance oracle of the benchmark and the search tests. It is written from the written
 * rules of docs/search.md ("what contains means"), and on purpose imports nothing from
 * src/lib/search/: a judge that shares the code it judges cannot catch that code's bugs.
 *
 * Two kinds of relevance:
 *
 * - Exact queries (bench/queries.ts): relevant(query) = the clauses whose OWN text (the text of the
 *   [data-clause] element on the built policy page, contract 1, minus its nested clauses) contains
 *   every whitespace-separated term of the query, where "contains" means:
 *     · compatibility forms fold (NFKC: full-width ２０２３ = 2023, （ = ( ) and case folds;
 *     · whitespace and quotation marks (“ ” ‘ ’ " ' 「 」 『 』) are ignored;
 *     · a term cannot run across a block boundary (a heading line, a table cell, a paragraph);
 *     · runs of letters and digits other than Han characters are atomic: 500万元 is not in
 *       3500万元 and I期 is not in III期;
 *     · a variant writing of src/content/vocab/synonyms.yaml (kind: variant, e.g. 临床实验 for
 *       临床试验) is the same word: a text holding the term in either writing holds it.
 *   Own text, not the full text of the enclosing clauses: the search returns the innermost clause,
 *   the one a reader cites.
 * - Graded queries (bench/queries-graded.ts): hand-written grades, scored with nDCG@10.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export interface OracleClause {
  policy: string;
  clause: string;
  /** The clause's own text, one entry per block (heading line, paragraph, table cell). */
  blocks: string[];
  /** `blocks`, each folded by `fold`. */
  folded: string[];
}

const BLOCKS = new Set([
  'p',
  'div',
  'td',
  'th',
  'tr',
  'tbody',
  'table',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'blockquote',
]);

/** The clause's own text split into blocks: nested clauses, buttons and scripts left out. */
function ownBlocks(el: HTMLElement): string[] {
  const blocks: string[] = [''];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      blocks[blocks.length - 1] += node.text;
      return;
    }
    const child = node as HTMLElement;
    if (child !== el && child.getAttribute?.('data-clause') !== undefined) return;
    const tag = child.rawTagName?.toLowerCase() ?? '';
    if (tag === 'button' || tag === 'script' || tag === 'style') return;
    const block = BLOCKS.has(tag);
    if (block) blocks.push('');
    for (const c of child.childNodes) walk(c);
    if (block) blocks.push('');
  };
  walk(el);
  // A table row group's name is the rowgroup header cell inside its first row: the group's text
  // (its search record holds it), as well as that row's.
  const heads = el.classList?.contains('clause--group') ? el.querySelectorAll('th[scope="rowgroup"]') : [];
  return [...heads.map((th) => th.text), ...blocks].map((b) => b.trim()).filter((b) => b.length > 0);
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』']);
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Folds a text for comparison: NFKC, lower case, no whitespace, no quotation marks. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (/\s/u.test(c) || QUOTES.has(c)) continue;
      out += c;
    }
  }
  return out;
}

/** A letter or digit that is not a Han character: these run together into atomic words. */
const atomic = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c) && !HAN.test(c);

/** Whether the folded `text` contains the folded `term` with atomic letter/digit runs respected. */
export function contains(text: string, term: string): boolean {
  if (!term) return false;
  const chars = [...text];
  const want = [...term];
  for (let i = 0; i + want.length <= chars.length; i++) {
    let same = true;
    for (let k = 0; k < want.length && same; k++) same = chars[i + k] === want[k];
    if (!same) continue;
    if (atomic(want[0]) && atomic(chars[i - 1])) continue;
    if (atomic(want[want.length - 1]) && atomic(chars[i + want.length])) continue;
    return true;
  }
  return false;
}

/** The terms of an exact query: split on whitespace, folded, those with a letter or digit kept, unique. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const part of query.trim().split(/\s+/u)) {
    const term = fold(part);
    if (LETTER_OR_DIGIT.test(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The variant writings of synonyms.yaml, folded: each group is one word. */
function variantGroups(): string[][] {
  const file = resolve(import.meta.dirname, '../../src/content/vocab/synonyms.yaml');
  const entries = parseYaml(readFileSync(file, 'utf8')) as { kind: string; forms: string[] }[];
  return entries.filter((e) => e.kind === 'variant').map((e) => e.forms.map(fold));
}
let groups: string[][] | undefined;

/** A term and its other writings by the variant entries (one replacement at a time). */
export function writings(term: string): string[] {
  groups ??= variantGroups();
  const out = [term];
  for (const group of groups)
    for (const form of group) {
      const at = term.indexOf(form);
      if (at === -1) continue;
      for (const other of group) if (other !== form) out.push(term.slice(0, at) + other + term.slice(at + form.length));
    }
  return out;
}

/** Every clause of every policy page in a built site, with its own text. */
export function siteClauses(siteDir: string): OracleClause[] {
  const dir = join(siteDir, 'policies');
  const out: OracleClause[] = [];
  for (const policy of readdirSync(dir).sort()) {
    let html: string;
    try {
      html = readFileSync(join(dir, policy, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const root = parse(html);
    for (const el of root.querySelectorAll('[data-clause]')) {
      const blocks = ownBlocks(el);
      if (!blocks.length) continue;
      out.push({ policy, clause: el.getAttribute('data-clause')!, blocks, folded: blocks.map(fold) });
    }
  }
  return out;
}

export const clauseKey = (policy: string, clause: string): string => `${policy}#${clause}`;

/** Keys (policy#clause) of the clauses whose own text holds every term of an exact query. */
export function relevant(clauses: OracleClause[], query: string): Set<string> {
  const terms = queryTerms(query);
  const out = new Set<string>();
  if (!terms.length) return out;
  for (const c of clauses)
    if (terms.every((t) => writings(t).some((w) => c.folded.some((block) => contains(block, w)))))
      out.add(clauseKey(c.policy, c.clause));
  return out;
}

export interface Scores {
  recall10: number;
  rr: number;
  p5: number;
  ndcg10: number;
}

/** Discounted cumulative gain of the first 10 grades, gain 2^g − 1. */
function dcg(grades: number[]): number {
  return grades.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/**
 * Scores of a result list (keys, best first; null for a result that is not a clause) against
 * grades (key → 1 or 2; anything else 0):
 *
 * - nDCG@10: DCG of the first 10 results over the DCG of the ideal order of all graded clauses;
 * - reciprocal rank of the first result with the top grade of the query (2 when the query has a
 *   clause to cite, else 1), 0 when none is listed;
 * - recall@10 = |graded ≥ 1 ∩ first 10| / min(10, |graded ≥ 1|);
 * - precision@5 = the share of graded clauses among the first min(5, results) results (1 when
 *   nothing is returned and nothing is graded).
 */
export function score(results: (string | null)[], grades: Map<string, number>): Scores {
  const gradeOf = (k: string | null) => (k === null ? 0 : (grades.get(k) ?? 0));
  const relevantKeys = [...grades].filter(([, g]) => g > 0).map(([k]) => k);
  const top = Math.max(0, ...grades.values());
  const seen = new Set<string>();
  // A clause listed twice counts once, where it first appears.
  const list = results.map((k) => {
    if (k === null || seen.has(k)) return null;
    seen.add(k);
    return k;
  });
  const top10 = list.slice(0, 10);
  const hits10 = top10.filter((k) => gradeOf(k) > 0).length;
  const recall10 = relevantKeys.length ? hits10 / Math.min(10, relevantKeys.length) : 1;
  const first = top > 0 ? list.findIndex((k) => gradeOf(k) === top) : -1;
  const rr = first === -1 ? 0 : 1 / (first + 1);
  const top5 = list.slice(0, 5);
  const p5 = top5.length
    ? top5.filter((k) => gradeOf(k) > 0).length / Math.min(5, top5.length)
    : relevantKeys.length
      ? 0
      : 1;
  const ideal = dcg([...grades.values()].filter((g) => g > 0).sort((a, b) => b - a));
  const ndcg10 = ideal > 0 ? dcg(top10.map(gradeOf)) / ideal : 1;
  return { recall10, rr, p5, ndcg10 };
}

/** Grades of an exact query: every relevant clause graded 1. */
export const binaryGrades = (rel: Set<string>): Map<string, number> => new Map([...rel].map((k) => [k, 1]));

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
