/**
 * The relevance oracle of the benchmark and the search tests, computed from the built policy
 * pages (contract 1), not from the search code's own records and not hand-labelled:
 *
 *   relevant(query) = the clauses whose OWN text (the text of the [data-clause] element minus its
 *   nested clauses) contains every term of the query, by the containment rules of
 *   src/lib/search/normalize.ts (whitespace ignored, NFKC, atomic letter/digit runs, a block
 *   boundary cannot be crossed).
 *
 * Own text, not the full text of every enclosing clause: the search indexes and returns leaf
 * text, so a query found in 三、（一）2. is relevant there, not also in 三、（一） and 三、.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { indexText, normalize, occurrences } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/query-tokens.ts';

export interface OracleClause {
  policy: string;
  clause: string;
  /** Own text, block boundaries as line breaks, then as the index stores it (indexText). */
  text: string;
  /** Normalised `text`, for matching. */
  norm: string;
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

function ownText(el: HTMLElement): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      out += node.text;
      return;
    }
    const child = node as HTMLElement;
    if (child !== el && child.getAttribute?.('data-clause') !== undefined) return;
    const tag = child.rawTagName?.toLowerCase() ?? '';
    if (tag === 'button' || tag === 'script' || tag === 'style') return;
    const block = BLOCKS.has(tag);
    if (block) out += '\n';
    for (const c of child.childNodes) walk(c);
    if (block) out += '\n';
  };
  walk(el);
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
      const text = indexText(ownText(el));
      if (!text) continue;
      out.push({ policy, clause: el.getAttribute('data-clause')!, text, norm: normalize(text) });
    }
  }
  return out;
}

export const clauseKey = (policy: string, clause: string): string => `${policy}#${clause}`;

/** Keys (policy#clause) of the clauses relevant to a query. */
export function relevant(clauses: OracleClause[], query: string): Set<string> {
  const { terms } = parseQuery(query);
  const out = new Set<string>();
  if (!terms.length) return out;
  for (const c of clauses)
    if (terms.every((t) => occurrences(c.norm, t).length > 0)) out.add(clauseKey(c.policy, c.clause));
  return out;
}

export interface Scores {
  recall10: number;
  rr: number;
  p5: number;
}

/**
 * recall@10 = |relevant ∩ top 10| / min(10, |relevant|); reciprocal rank of the first relevant
 * result (0 when none); precision@5 = |relevant ∩ top 5| / min(5, number of results) — of what the
 * reader sees first, how much is relevant (1 when nothing is returned and nothing is relevant).
 */
export function score(results: (string | null)[], rel: Set<string>): Scores {
  const top10 = new Set(results.slice(0, 10).filter((r): r is string => r !== null));
  const hit10 = [...top10].filter((r) => rel.has(r)).length;
  const recall10 = rel.size ? hit10 / Math.min(10, rel.size) : 1;
  const first = results.findIndex((r) => r !== null && rel.has(r));
  const rr = first === -1 ? 0 : 1 / (first + 1);
  const top5 = results.slice(0, 5);
  const p5 = top5.length
    ? top5.filter((r) => r !== null && rel.has(r)).length / Math.min(5, top5.length)
    : rel.size
      ? 0
      : 1;
  return { recall10, rr, p5 };
}

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
