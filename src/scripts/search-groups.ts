/**
 * An answer's full matches ([data-search-results]) and partial ones ([data-search-partial]), as
 * src/lib/search/groups.ts splits them: one call for the page (src/scripts/search.ts) and its
 * worker (src/scripts/search-worker.ts), so both cut the same list the same way.
 */
import { leftoverTerms, split } from '../lib/search/groups.ts';
import type { Results } from '../lib/search/retrieve.ts';

export const groupsOf = (r: Results) =>
  split(r.list, {
    byReference: r.byReference,
    terms: r.plan.concepts.length,
    byWords: r.byWords,
    unheld: leftoverTerms(r.plan, r.df, r.partDf),
    optional: r.plan.concepts.map((c) => c.optional === true),
    question: r.plan.question === true,
    known: r.known,
    outside: r.outside,
  });
