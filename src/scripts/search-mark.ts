/**
 * Policy pages reached from a search result (/policies/x/?q=临床#s1-c3-i1): the clause is already
 * highlighted as :target; this marks the query inside it. Loaded only when the URL has ?q=.
 */
import { matchRanges } from '../lib/search/highlight';
import { parseQuery } from '../lib/search/query-tokens';

function clear() {
  for (const m of document.querySelectorAll('mark.search-mark')) {
    const parent = m.parentNode;
    m.replaceWith(...m.childNodes);
    parent?.normalize();
  }
}

/** Wraps the ranges of `root`'s text (all its text nodes, in order) in <mark class="search-mark">. */
export function markText(root: Element, terms: string[], fallback: string[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
  }
  const ranges = matchRanges(text, terms, fallback);
  // Right to left, so the offsets of what is still to be marked do not move.
  for (const r of [...ranges].reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const s = starts[i]!;
      const from = Math.max(r.start, s);
      const to = Math.min(r.end, s + node.data.length);
      if (from >= to) continue;
      if (to - s < node.data.length) node.splitText(to - s);
      const middle = from > s ? node.splitText(from - s) : node;
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
  return ranges.length;
}

function markTarget(q: string) {
  clear();
  const id = decodeURIComponent(location.hash.slice(1));
  const clause = id ? document.getElementById(id) : null;
  if (!clause?.matches('[data-clause]')) return;
  const query = parseQuery(q);
  const fallback = [
    ...query.tokens.filter((t) => [...t].length > 1),
    ...query.terms.filter((t) => [...t].length === 1),
  ];
  if (markText(clause, query.terms, fallback)) clause.dataset.searchMarked = '';
}

export function markFromUrl() {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  markTarget(q);
  window.addEventListener('hashchange', () => markTarget(q));
}
