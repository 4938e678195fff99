/**
 * The related-clause ranking as first written: every clause scored against the target, all of
 * them sorted — quadratic over a build (issue 13). The site uses src/lib/data/related.ts, which
 * scores a bounded set of candidates with the same formula; this exhaustive version is kept,
 * unchanged, as the reference its tests and the scale benchmark compare it with.
 */
import { bigrams, type RelatableClause, type Related, type RelatedOptions } from './related.ts';

/** Cosine similarity of two bigram vectors weighted by inverse document frequency. */
function cosine(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, x] of a) {
    const w = idf.get(g) ?? 0;
    na += (x * w) ** 2;
    const y = b.get(g);
    if (y) dot += x * y * w * w;
  }
  for (const [g, y] of b) nb += (y * (idf.get(g) ?? 0)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Kinds that are containers rather than provisions: their own text is a heading at most. */
const CONTAINERS = new Set(['section', 'annex', 'group', 'box']);

/** The ranking function over `clauses`, as src/lib/data/related.ts relatedIndex, scoring every clause per query. */
export function exhaustiveRelatedIndex<C extends RelatableClause>(
  clauses: C[],
  categories: Map<string, Set<string>> = new Map(),
) {
  const key = (c: RelatableClause) => `${c.policy}#${c.id}`;
  const text = (c: RelatableClause) => `${c.heading ?? ''}${c.ownText}`;
  const vectors = new Map(clauses.map((c) => [key(c), bigrams(text(c))]));
  const df = new Map<string, number>();
  for (const v of vectors.values()) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = clauses.length;
  const idf = new Map([...df].map(([g, d]) => [g, Math.log(1 + n / d)]));
  const topicDf = new Map<string, number>();
  for (const c of clauses) for (const t of c.topics) topicDf.set(t, (topicDf.get(t) ?? 0) + 1);
  const topicWeight = (t: string) => Math.log(1 + n / (topicDf.get(t) ?? 1));
  // Short clauses (a heading, a one-line row) carry little wording to compare; they still match on topics.
  const usable = clauses.filter((c) => !CONTAINERS.has(c.kind) && text(c).length >= 8);

  return function related(target: RelatableClause, options: RelatedOptions = {}): Related<C>[] {
    const { limit = 5, perPolicy = 2 } = options;
    const mine = vectors.get(key(target)) ?? bigrams(text(target));
    const myCategories = categories.get(key(target)) ?? new Set<string>();
    const scored: Related<C>[] = [];
    for (const c of usable) {
      if (c.policy === target.policy) continue;
      const sharedTopics = c.topics.filter((t) => target.topics.includes(t));
      if (!sharedTopics.length) continue;
      const sharedCategories = [...(categories.get(key(c)) ?? [])].filter((x) => myCategories.has(x));
      const score =
        sharedTopics.reduce((s, t) => s + topicWeight(t), 0) +
        4 * cosine(mine, vectors.get(key(c))!, idf) +
        2 * sharedCategories.length;
      scored.push({ clause: c, sharedTopics, sharedCategories, score });
    }
    scored.sort(
      (a, b) =>
        b.score - a.score || a.clause.policy.localeCompare(b.clause.policy) || a.clause.id.localeCompare(b.clause.id),
    );
    const perCount = new Map<string, number>();
    const out: Related<C>[] = [];
    for (const r of scored) {
      const k = perCount.get(r.clause.policy) ?? 0;
      if (k >= perPolicy) continue;
      perCount.set(r.clause.policy, k + 1);
      out.push(r);
      if (out.length >= limit) break;
    }
    return out;
  };
}
