/**
 * "相关条款（其他城市）": for a clause, the clauses of other policies that deal with the same
 * thing. Candidates share at least one topic; they are ranked by how rare the shared topics
 * are, by how much wording they share, and by supporting the same category of subsidy, so a
 * clause on 医疗器械注册证 finds the other cities' 注册证 provisions before their general
 * 医疗器械 paragraphs.
 *
 *   score = Σ log(1 + n / df(topic)) over shared topics
 *         + 4 × cosine of the clauses' character-bigram vectors (tf × idf)
 *         + 2 × number of shared subsidy categories
 *
 * Every clause page asks for its related clauses, so scoring each one against the whole corpus
 * would make the build grow with the square of the corpus (issue 13). The index is built once:
 * bigram vectors with their norms, an inverted index of bigrams, and the clauses grouped by their
 * topics and subsidy categories. A query then scores a bounded set of candidates exactly:
 *
 *   - clauses sharing the target's rarest bigrams (inverted index, rarest first, at most
 *     `candidateCap` clauses; bigrams found in more clauses than that are too common to propose
 *     candidates) — the ones whose wording is close;
 *   - from each group of clauses with the same topics and categories that shares a topic with
 *     the target, the first few in (policy, clause) order — the ones a topic-only score ranks
 *     first, since ties are broken in that order.
 *
 * Below `candidateCap` clauses per bigram (the five policies today) the candidates include every
 * clause with a bigram in common, and the result equals scoring every clause (a test checks it
 * against that exhaustive ranking). Above it, clauses that share only common bigrams with the
 * target and are not first of their group are not considered; their cosine is small.
 */

/** What ranking needs of a clause. */
export interface RelatableClause {
  policy: string;
  id: string;
  kind: string;
  topics: string[];
  heading: string | null;
  ownText: string;
}

export interface Related<C extends RelatableClause> {
  clause: C;
  /** Topics both clauses carry. */
  sharedTopics: string[];
  /** Subsidy categories both clauses have provisions in. */
  sharedCategories: string[];
  score: number;
}

export interface RelatedOptions {
  /** How many to return. */
  limit?: number;
  /** At most this many from one policy, so several cities show. */
  perPolicy?: number;
}

export interface RelatedIndexOptions {
  /** Most clauses proposed by shared bigrams per query, and the longest posting list used. */
  candidateCap?: number;
  /** Counters the queries add to (the scale benchmark reports clauses scored per query). */
  stats?: { queries: number; scored: number };
}

/** Character bigrams of a text's CJK and alphanumeric runs: wording overlap that needs no word segmentation. */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of text.match(/[\p{Script=Han}A-Za-z0-9]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const g = run.slice(i, i + 2);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  }
  return counts;
}

/** Kinds that are containers rather than provisions: their own text is a heading at most. */
const CONTAINERS = new Set(['section', 'annex', 'group', 'box']);

/** A sparse tf × idf vector: term IDs ascending, their weights, and its Euclidean norm. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

interface Group {
  topics: string[];
  categories: string[];
  /** Usable clauses (indexes) with exactly these topics and categories, in (policy, clause ID) order. */
  members: number[];
}

const byPolicyThenId = (a: RelatableClause, b: RelatableClause) =>
  a.policy.localeCompare(b.policy) || a.id.localeCompare(b.id);

/**
 * Builds a ranking function over `clauses`. `categories` gives, per clause key
 * (`policy#clause`), the subsidy categories of the provisions it states.
 */
export function relatedIndex<C extends RelatableClause>(
  clauses: C[],
  categories: Map<string, Set<string>> = new Map(),
  indexOptions: RelatedIndexOptions = {},
) {
  const cap = indexOptions.candidateCap ?? 400;
  const key = (c: RelatableClause) => `${c.policy}#${c.id}`;
  const text = (c: RelatableClause) => `${c.heading ?? ''}${c.ownText}`;
  const n = clauses.length;

  // Terms and document frequencies over every clause (as the idf has always been computed).
  const termId = new Map<string, number>();
  const df: number[] = [];
  const counts = clauses.map((c) => {
    const m = bigrams(text(c));
    for (const g of m.keys()) {
      let t = termId.get(g);
      if (t === undefined) {
        t = df.length;
        termId.set(g, t);
        df.push(0);
      }
      df[t]!++;
    }
    return m;
  });
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / d));
  const vectorOf = (m: Map<string, number>): Vector => {
    const entries: [number, number][] = [];
    for (const [g, x] of m) {
      const t = termId.get(g);
      if (t !== undefined) entries.push([t, x * idf[t]!]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(entries, (e) => e[1]);
    let sq = 0;
    for (const w of weights) sq += w * w;
    return { terms: Int32Array.from(entries, (e) => e[0]), weights, norm: Math.sqrt(sq) };
  };
  const vectors = counts.map(vectorOf);
  const indexOf = new Map(clauses.map((c, i) => [key(c), i]));

  const topicDf = new Map<string, number>();
  for (const c of clauses) for (const t of c.topics) topicDf.set(t, (topicDf.get(t) ?? 0) + 1);
  const topicWeight = (t: string) => Math.log(1 + n / (topicDf.get(t) ?? 1));

  // Short clauses (a heading, a one-line row) carry little wording to compare; they still match on topics.
  const usable = clauses.map((c) => !CONTAINERS.has(c.kind) && text(c).length >= 8);

  const postingLists: number[][] = df.map(() => []);
  const groupsByKey = new Map<string, Group>();
  const order = clauses.map((_, i) => i).sort((a, b) => byPolicyThenId(clauses[a]!, clauses[b]!));
  for (const i of order) {
    if (!usable[i]) continue;
    for (const t of vectors[i]!.terms) postingLists[t]!.push(i);
    const c = clauses[i]!;
    const cats = [...(categories.get(key(c)) ?? [])].sort();
    const k = `${[...c.topics].sort().join(' ')}|${cats.join(' ')}`;
    let g = groupsByKey.get(k);
    if (!g) groupsByKey.set(k, (g = { topics: c.topics, categories: cats, members: [] }));
    g.members.push(i);
  }
  const postings = postingLists.map((l) => Int32Array.from(l));
  const groupsByTopic = new Map<string, Group[]>();
  for (const g of groupsByKey.values()) {
    for (const t of g.topics) {
      if (!groupsByTopic.has(t)) groupsByTopic.set(t, []);
      groupsByTopic.get(t)!.push(g);
    }
  }

  /** Score order: best first, ties in (policy, clause ID) order. */
  const better = (a: Related<C>, b: Related<C>) => b.score - a.score || byPolicyThenId(a.clause, b.clause);

  /** The first `limit` of a best-first list with at most `perPolicy` per policy. */
  const pick = (sorted: Related<C>[], limit: number, perPolicy: number): Related<C>[] => {
    const perCount = new Map<string, number>();
    const out: Related<C>[] = [];
    for (const r of sorted) {
      if (out.length >= limit) break;
      const k = perCount.get(r.clause.policy) ?? 0;
      if (k >= perPolicy) continue;
      perCount.set(r.clause.policy, k + 1);
      out.push(r);
    }
    return out;
  };

  return function related(target: RelatableClause, options: RelatedOptions = {}): Related<C>[] {
    const { limit = 5, perPolicy = 2 } = options;
    if (!target.topics.length) {
      if (indexOptions.stats) indexOptions.stats.queries++;
      return [];
    }
    const self = indexOf.get(key(target));
    const mine = self !== undefined ? vectors[self]! : vectorOf(bigrams(text(target)));
    const myCategories = categories.get(key(target)) ?? new Set<string>();
    const structural = (topics: string[], cats: Iterable<string>) => {
      const sharedTopics = topics.filter((t) => target.topics.includes(t));
      const sharedCategories = [...cats].filter((x) => myCategories.has(x));
      return {
        sharedTopics,
        sharedCategories,
        base: sharedTopics.reduce((s, t) => s + topicWeight(t), 0) + 2 * sharedCategories.length,
      };
    };

    // Scored candidates, kept best first.
    const scored: Related<C>[] = [];
    const seen = new Set<number>();
    const add = (i: number) => {
      if (seen.has(i)) return;
      seen.add(i);
      const c = clauses[i]!;
      if (c.policy === target.policy) return;
      const { sharedTopics, sharedCategories, base } = structural(c.topics, categories.get(key(c)) ?? []);
      if (!sharedTopics.length) return;
      const r = { clause: c, sharedTopics, sharedCategories, score: base + 4 * cosine(mine, vectors[i]!) };
      let lo = 0;
      let hi = scored.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (better(scored[mid]!, r) <= 0) lo = mid + 1;
        else hi = mid;
      }
      scored.splice(lo, 0, r);
    };

    // Wording: clauses sharing the target's rarest bigrams.
    const terms = [...mine.terms].sort((a, b) => df[a]! - df[b]! || a - b);
    let proposed = 0;
    for (const t of terms) {
      const list = postings[t]!;
      if (list.length > cap || proposed >= cap) break;
      for (const i of list) {
        if (seen.has(i)) continue;
        add(i);
        proposed++;
      }
    }

    // Topics and categories: groups in order of the score they give without wording. A group is
    // read only while its members could still enter the result (wording adds at most 4).
    const groups = new Set<Group>();
    for (const t of target.topics) for (const g of groupsByTopic.get(t) ?? []) groups.add(g);
    const ranked = [...groups]
      .map((g) => ({ g, base: structural(g.topics, g.categories).base }))
      .sort((a, b) => b.base - a.base);
    const head = limit * (perPolicy + 1);
    for (const { g, base } of ranked) {
      const top = pick(scored, limit, perPolicy);
      if (top.length >= limit && top[top.length - 1]!.score > base + 4) break;
      const perCount = new Map<string, number>();
      let taken = 0;
      for (const i of g.members) {
        const p = clauses[i]!.policy;
        if (p === target.policy) continue;
        const k = perCount.get(p) ?? 0;
        if (k >= perPolicy) continue;
        perCount.set(p, k + 1);
        add(i);
        if (++taken >= head) break;
      }
    }
    if (indexOptions.stats) {
      indexOptions.stats.queries++;
      indexOptions.stats.scored += seen.size;
    }
    return pick(scored, limit, perPolicy);
  };
}

/** Per clause key (`policy#clause`), the subsidy categories of the provisions the clause states. */
export function categoriesByClause(
  policies: { id: string; data: { subsidies: { clause: string; category: string }[] } }[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of policies) {
    for (const s of p.data.subsidies) {
      const k = `${p.id}#${s.clause}`;
      if (!out.has(k)) out.set(k, new Set());
      out.get(k)!.add(s.category);
    }
  }
  return out;
}
