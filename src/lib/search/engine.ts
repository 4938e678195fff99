/**
 * The search page's index queries, made deterministic (issue 22).
 *
 * Pagefind matches a query word as a prefix of the indexed words — but only of the words in the
 * index chunks it has loaded. A query plan runs several index queries at once (retrieve.ts: one
 * per writing of each term); run as they are, each sees whatever chunks the others happened to
 * have loaded by then, so the same query could score, and order, its candidates differently from
 * one run to the next (seen with small index chunks and several bundles: 新药 补贴 ranked two
 * equal clauses either way round). Here the queries issued together are batched: the chunks of
 * all of them are loaded first (Pagefind's `preload`), then each is searched, so every query of
 * a batch sees the same words whatever order the files arrive in.
 */

export interface PreloadingIndex<R> {
  /** Loads the chunks a query needs, without searching. */
  preload(query: string, options: { filters: Record<string, unknown> }): Promise<void>;
  search(query: string, options: { filters: Record<string, unknown> }): Promise<{ results: R[] } | null>;
}

interface Waiting<R> {
  query: string;
  filters: Record<string, unknown>;
  resolve: (results: R[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A search function over `index` that runs the queries issued together (in one synchronous run of
 * code, as `Promise.all(queries.map(search))` issues them) as one batch: every query's chunks
 * loaded, then every query searched.
 */
export function batchedSearch<R>(
  index: PreloadingIndex<R>,
): (query: string, filters: Record<string, unknown>) => Promise<R[]> {
  let batch: Waiting<R>[] = [];
  const run = async (items: Waiting<R>[]) => {
    try {
      await Promise.all(items.map((w) => index.preload(w.query, { filters: w.filters })));
      const answers = await Promise.all(items.map((w) => index.search(w.query, { filters: w.filters })));
      items.forEach((w, i) => w.resolve(answers[i]?.results ?? []));
    } catch (error) {
      for (const w of items) w.reject(error);
    }
  };
  return (query, filters) =>
    new Promise<R[]>((resolve, reject) => {
      batch.push({ query, filters, resolve, reject });
      if (batch.length === 1)
        // Once the code that issued this query has run, every query it issued has joined the batch.
        queueMicrotask(() => {
          const items = batch;
          batch = [];
          void run(items);
        });
    });
}
