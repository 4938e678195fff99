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
 * made the build grow with the square of the corpus (issue 13). The index is built once: tf × idf
 * bigram vectors with their norms, posting lists of bigrams with each clause's normalised weight,
 * and the clauses grouped by their topics and subsidy categories. A query scores a bounded set of
 * candidates exactly, with the formula above:
 *
 *   - wording: the cosine is accumulated over the posting lists of the target's bigrams, except
 *     those found in more than `longestList` clauses (too common to tell clauses apart, and too
 *     long to read on every page); the `candidates` clauses (sharing a topic, of other policies)
 *     with the highest partial cosine are scored;
 *   - topics and categories: the groups sharing a topic with the target fall into a few classes
 *     by the score they give without wording; classes are read best first, each for its first
 *     clauses in (policy, clause ID) order, the order ties are broken in, while the bound on what
 *     wording could add to an unscored clause says they could still enter the result.
 *
 * When no posting list is skipped and every clause with a bigram in common is scored (the five
 * policies), the result equals scoring every clause: a test checks it against the exhaustive
 * ranking (related-exhaustive.ts). Beyond that the work per page is bounded by `longestList` and
 * `candidates`; the scale benchmark reports how often the top five still agree at 200 and 1,000
 * policies.
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
  /** Posting-list entries read per query at most, rarest bigrams first; the commonest are left unread. */
  postingBudget?: number;
  /** At most this many clauses proposed by wording are scored per query. */
  candidates?: number;
  /**
   * At most this many topic-and-category groups are examined per query: those of the target's
   * rarest topics first, and within a topic those whose topics and categories weigh most. The
   * number of groups grows with the corpus (36 at 5 policies, ~1,850 at 1,000); the budget keeps
   * a page's work constant. The five policies' groups all fit: the ranking there is exact.
   */
  groupBudget?: number;
  /** Counters the queries add to: clauses scored, posting entries read, groups examined (the scale benchmark reports them per page). */
  stats?: { queries: number; scored: number; postings?: number; groups?: number };
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

const byPolicyThenId = (a: RelatableClause, b: RelatableClause) =>
  a.policy.localeCompare(b.policy) || a.id.localeCompare(b.id);

/**
 * The k-th largest value (from 0) of `values`, or 0 when there is none; reorders `values`
 * (Hoare's selection: linear on average, where sorting thousands of candidates per page is not).
 */
export function nthLargest(values: Float64Array, k: number): number {
  if (k >= values.length) return 0;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** A binary min-heap of numbers under a comparator (the merge of a class's groups). */
class MinHeap {
  private readonly items: number[] = [];
  private readonly less: (a: number, b: number) => number;
  constructor(less: (a: number, b: number) => number) {
    this.less = less;
  }
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Scores are sums of logarithms: equal sums added in another order may differ in the last bit. */
const EPSILON = 1e-9;

/** Sets of up to 30 topics or categories are bit masks; a larger vocabulary takes the slower path. */
const MASK_BITS = 30;

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/**
 * Builds a ranking function over `clauses`. `categories` gives, per clause key
 * (`policy#clause`), the subsidy categories of the provisions it states.
 */
export function relatedIndex<C extends RelatableClause>(
  clauses: C[],
  categories: Map<string, Set<string>> = new Map(),
  indexOptions: RelatedIndexOptions = {},
) {
  const postingBudget = indexOptions.postingBudget ?? 10000;
  const candidateCount = indexOptions.candidates ?? 300;
  const groupBudget = indexOptions.groupBudget ?? 256;
  const stats = indexOptions.stats;
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

  // Topics, categories and policies numbered, so that a query compares small integers, not strings.
  const number = (m: Map<string, number>, x: string) => m.get(x) ?? (m.set(x, m.size), m.size - 1);
  const topicNo = new Map<string, number>();
  const categoryNo = new Map<string, number>();
  const policyNumbers = new Map<string, number>();
  const clauseTopics = clauses.map((c) => Int32Array.from(c.topics.map((t) => number(topicNo, t))));
  const clauseCategories = clauses.map((c) =>
    Int32Array.from([...(categories.get(key(c)) ?? [])].map((x) => number(categoryNo, x))),
  );
  // The same, flattened (one array and offsets): scoring a candidate reads them, and one array stays in cache.
  const flatten = (lists: Int32Array[]) => {
    const offsets = new Int32Array(lists.length + 1);
    lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
    const flat = new Int32Array(offsets[lists.length]!);
    lists.forEach((l, i) => flat.set(l, offsets[i]));
    return { flat, offsets };
  };
  const topicsFlat = flatten(clauseTopics);
  const categoriesFlat = flatten(clauseCategories);
  const policyNo = Int32Array.from(clauses, (c) => number(policyNumbers, c.policy));
  const topicDf = new Float64Array(topicNo.size);
  for (const topics of clauseTopics) for (const t of topics) topicDf[t]!++;
  const topicWeight = Float64Array.from(topicDf, (d) => Math.log(1 + n / d));
  const topicMasks = topicNo.size <= MASK_BITS;
  const categoryMasks = categoryNo.size <= MASK_BITS;
  const maskOf = (list: Int32Array) => list.reduce((m, x) => m | (1 << x), 0);

  // Short clauses (a heading, a one-line row) carry little wording to compare; they still match on topics.
  const usable = clauses.map((c) => !CONTAINERS.has(c.kind) && text(c).length >= 8);

  // Posting lists (usable clauses, with their weight divided by their norm) and the groups of
  // clauses with the same topics and categories, both in (policy, clause ID) order.
  const postingLists: number[][] = df.map(() => []);
  const postingWeightLists: number[][] = df.map(() => []);
  const groupsByKey = new Map<string, { topics: Int32Array; categories: Int32Array; members: number[] }>();
  const order = clauses.map((_, i) => i).sort((a, b) => byPolicyThenId(clauses[a]!, clauses[b]!));
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  for (const i of order) {
    if (!usable[i]) continue;
    const v = vectors[i]!;
    v.terms.forEach((t, k) => {
      postingLists[t]!.push(i);
      postingWeightLists[t]!.push(v.norm ? v.weights[k]! / v.norm : 0);
    });
    const topics = Int32Array.from(new Set(clauseTopics[i])).sort();
    const cats = Int32Array.from(clauseCategories[i]!).sort();
    const k = `${topics.join(' ')}|${cats.join(' ')}`;
    let g = groupsByKey.get(k);
    if (!g) groupsByKey.set(k, (g = { topics, categories: cats, members: [] }));
    g.members.push(i);
  }
  const postings = postingLists.map((l) => Int32Array.from(l));
  const postingWeights = postingWeightLists.map((l) => Float64Array.from(l));
  const groupList = [...groupsByKey.values()];
  const groupTopics = groupList.map((g) => g.topics);
  const groupCategories = groupList.map((g) => g.categories);
  const groupMembers = groupList.map((g) => Int32Array.from(g.members));
  const groupTopicMask = Int32Array.from(groupTopics, (t) => (topicMasks ? maskOf(t) : 0));
  const groupCategoryMask = Int32Array.from(groupCategories, (c) => (categoryMasks ? maskOf(c) : 0));
  const clauseTopicMask = Int32Array.from(clauseTopics, (t) => (topicMasks ? maskOf(t) : 0));
  const groupsByTopic: number[][] = Array.from({ length: topicNo.size }, () => []);
  groupTopics.forEach((topics, k) => topics.forEach((t) => groupsByTopic[t]!.push(k)));
  // Within a topic, the groups that could share most with a query first: the weight of their
  // topics and twice their categories, the score without wording they can give at most.
  const groupWeight = Float64Array.from(groupList, (g) => {
    let w = 2 * g.categories.length;
    for (const t of g.topics) w += topicWeight[t]!;
    return w;
  });
  for (const list of groupsByTopic) list.sort((a, b) => groupWeight[b]! - groupWeight[a]! || a - b);

  // Per-query scratch space, reset after each query.
  const accumulated = new Float64Array(n);
  const partial = new Float64Array(n);
  const scoreOf = new Float64Array(n);
  const clauseStamp = new Int32Array(n);
  const topicMark = new Uint8Array(topicNo.size);
  const categoryMark = new Uint8Array(categoryNo.size);
  const groupStamp = new Int32Array(groupList.length);
  let queryNo = 0;

  return function related(target: RelatableClause, options: RelatedOptions = {}): Related<C>[] {
    const { limit = 5, perPolicy = 2 } = options;
    if (stats) stats.queries++;
    if (!target.topics.length) return [];
    queryNo++;
    const self = indexOf.get(key(target));
    const mine = self !== undefined ? vectors[self]! : vectorOf(bigrams(text(target)));
    const own = self !== undefined ? policyNo[self]! : (policyNumbers.get(target.policy) ?? -1);
    const myTopics = target.topics.map((t) => topicNo.get(t)).filter((t) => t !== undefined);
    const myCategories = categories.get(key(target)) ?? new Set<string>();
    const myCategoryNos = [...myCategories].map((x) => categoryNo.get(x)).filter((x) => x !== undefined);
    for (const t of myTopics) topicMark[t] = 1;
    for (const x of myCategoryNos) categoryMark[x] = 1;
    const myTopicMask = topicMasks ? myTopics.reduce((m, t) => m | (1 << t), 0) : 0;
    const myCategoryMask = categoryMasks ? myCategoryNos.reduce((m, x) => m | (1 << x), 0) : 0;
    const sharesTopic = (i: number) => {
      if (topicMasks) return (clauseTopicMask[i]! & myTopicMask) !== 0;
      for (const t of clauseTopics[i]!) if (topicMark[t]) return true;
      return false;
    };

    // Scored clauses (indexes), best first: score descending, then (policy, clause ID).
    const scored: number[] = [];
    let examined = 0;
    const score = (i: number) => {
      if (clauseStamp[i] === queryNo) return;
      clauseStamp[i] = queryNo;
      examined++;
      if (policyNo[i] === own || !sharesTopic(i)) return;
      // Summed in the clause's topic order, as the exhaustive ranking does, so equal scores stay equal.
      let s = 0;
      for (let x = topicsFlat.offsets[i]!; x < topicsFlat.offsets[i + 1]!; x++) {
        const t = topicsFlat.flat[x]!;
        if (topicMark[t]) s += topicWeight[t]!;
      }
      s += 4 * cosine(mine, vectors[i]!);
      let shared = 0;
      for (let x = categoriesFlat.offsets[i]!; x < categoriesFlat.offsets[i + 1]!; x++)
        shared += categoryMark[categoriesFlat.flat[x]!]!;
      s += 2 * shared;
      scoreOf[i] = s;
      let lo = 0;
      let hi = scored.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const j = scored[mid]!;
        if (scoreOf[j]! > s || (scoreOf[j] === s && rank[j]! < rank[i]!)) lo = mid + 1;
        else hi = mid;
      }
      scored.splice(lo, 0, i);
    };
    /** The first `limit` of the scored with at most `perPolicy` per policy. */
    const pick = (): number[] => {
      const perCount = new Map<number, number>();
      const out: number[] = [];
      for (const i of scored) {
        if (out.length >= limit) break;
        const k = perCount.get(policyNo[i]!) ?? 0;
        if (k >= perPolicy) continue;
        perCount.set(policyNo[i]!, k + 1);
        out.push(i);
      }
      return out;
    };

    // Wording: the cosine with every clause, accumulated over the posting lists of the target's
    // bigrams, rarest first, as far as the budget goes; the commonest are left unread.
    const touched: number[] = [];
    let unread = 0;
    let budget = postingBudget;
    const byRarity = [...mine.terms.keys()].sort(
      (a, b) => postings[mine.terms[a]!]!.length - postings[mine.terms[b]!]!.length || a - b,
    );
    for (const k of byRarity) {
      const t = mine.terms[k]!;
      const w = mine.weights[k]!;
      const list = postings[t]!;
      if (list.length > budget) {
        unread += w * w;
        budget = 0;
        continue;
      }
      budget -= list.length;
      if (stats) stats.postings = (stats.postings ?? 0) + list.length;
      const weights = postingWeights[t]!;
      for (let x = 0; x < list.length; x++) {
        const i = list[x]!;
        if (accumulated[i] === 0) touched.push(i);
        accumulated[i] = accumulated[i]! + w * weights[x]!;
      }
    }
    let proposed = touched.filter((i) => policyNo[i] !== own && sharesTopic(i));
    // The `candidates` best by partial cosine. Any clause left out has at most the best partial
    // cosine left out, plus what the unread bigrams could add (Cauchy–Schwarz: |unread part| / |target|).
    let leftOut = 0;
    if (proposed.length > candidateCount) {
      proposed.forEach((i, x) => (partial[x] = accumulated[i]!));
      const threshold = nthLargest(partial.subarray(0, proposed.length), candidateCount);
      const above = proposed.filter((i) => accumulated[i]! > threshold);
      const at = proposed.filter((i) => accumulated[i] === threshold);
      const room = candidateCount - above.length;
      if (at.length > room) leftOut = threshold;
      else for (const i of proposed) if (accumulated[i]! < threshold) leftOut = Math.max(leftOut, accumulated[i]!);
      proposed = [...above, ...at.slice(0, room)];
    }
    const wordingBound = mine.norm ? (4 * (leftOut + Math.sqrt(unread))) / mine.norm : 0;
    for (const i of touched) accumulated[i] = 0;
    for (const i of proposed) score(i);

    // Topics and categories: the groups sharing a topic with the target fall into a few classes by
    // the topics and the number of categories they share — the score without wording. Classes are
    // read best first, each for its first clauses in (policy, clause ID) order (the order ties are
    // broken in), while what wording could add to a clause not scored might still get it in.
    // At most `groupBudget` groups, the target's rarest (heaviest) topics first.
    const classes = new Map<number, number[]>();
    let groupsLeft = groupBudget;
    const topicsByWeight = [...myTopics].sort((a, b) => topicWeight[b]! - topicWeight[a]! || a - b);
    groups: for (const t of topicsByWeight) {
      for (const k of groupsByTopic[t]!) {
        if (groupStamp[k] === queryNo) continue;
        if (groupsLeft-- <= 0) break groups;
        groupStamp[k] = queryNo;
        if (stats) stats.groups = (stats.groups ?? 0) + 1;
        let topicsShared = 0;
        if (topicMasks) topicsShared = groupTopicMask[k]! & myTopicMask;
        else groupTopics[k]!.forEach((x) => topicMark[x] && (topicsShared |= 1 << myTopics.indexOf(x)));
        let categoriesShared = 0;
        if (categoryMasks) categoriesShared = popcount(groupCategoryMask[k]! & myCategoryMask);
        else for (const x of groupCategories[k]!) categoriesShared += categoryMark[x]!;
        const classKey = topicsShared * 64 + categoriesShared;
        const list = classes.get(classKey);
        if (list) list.push(k);
        else classes.set(classKey, [k]);
      }
    }
    const ranked = [...classes]
      .map(([classKey, members]) => {
        const topicsShared = Math.floor(classKey / 64);
        let base = 2 * (classKey % 64);
        if (topicMasks) for (const t of myTopics) base += topicsShared & (1 << t) ? topicWeight[t]! : 0;
        else myTopics.forEach((t, j) => (base += topicsShared & (1 << j) ? topicWeight[t]! : 0));
        return { groups: members, base };
      })
      .sort((a, b) => b.base - a.base);
    const head = limit * (perPolicy + 1);
    for (const { groups: members, base } of ranked) {
      const top = pick();
      if (top.length >= limit && scoreOf[top[top.length - 1]!]! > base + wordingBound + EPSILON) break;
      // Merge the class's groups in (policy, clause ID) order until `head` clauses, at most `perPolicy` per policy.
      const lists = members.map((k) => groupMembers[k]!);
      const cursor = new Int32Array(lists.length);
      const heap = new MinHeap((a, b) => rank[lists[a]![cursor[a]!]!]! - rank[lists[b]![cursor[b]!]!]!);
      lists.forEach((_, m) => heap.push(m));
      const perCount = new Map<number, number>();
      let taken = 0;
      while (taken < head && heap.size) {
        const m = heap.pop();
        const i = lists[m]![cursor[m]!++]!;
        if (cursor[m]! < lists[m]!.length) heap.push(m);
        if (policyNo[i] === own) continue;
        const k = perCount.get(policyNo[i]!) ?? 0;
        if (k >= perPolicy) continue;
        perCount.set(policyNo[i]!, k + 1);
        score(i);
        taken++;
      }
    }

    for (const t of myTopics) topicMark[t] = 0;
    for (const x of myCategoryNos) categoryMark[x] = 0;
    if (stats) stats.scored += examined;
    return pick().map((i) => {
      const c = clauses[i]!;
      return {
        clause: c,
        sharedTopics: c.topics.filter((t) => target.topics.includes(t)),
        sharedCategories: [...(categories.get(key(c)) ?? [])].filter((x) => myCategories.has(x)),
        score: scoreOf[i]!,
      };
    });
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
