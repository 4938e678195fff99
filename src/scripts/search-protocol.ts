/**
 * What the search page (src/scripts/search.ts) and its worker (src/scripts/search-worker.ts) say
 * to each other. The worker holds Pagefind and every search object; the page sends the reader's
 * state and gets back plain data — a snapshot of the results (`Results` without Pagefind's
 * functions), which it renders with the same src/lib/search/ functions as before.
 */
import type { FilterKey } from '../lib/search/index-records.ts';
import type { SearchRequestKind } from '../lib/search/failure.ts';
import type { QueryPlan } from '../lib/search/plan.ts';
import type { Hit, Results, Suggestion } from '../lib/search/retrieve.ts';
import type { Segment } from '../lib/search/highlight.ts';
import type { SearchState } from '../lib/search/state.ts';

export type Request =
  /**
   * Sent once, first: the page's language. The worker fetches what it needs itself:
   * /search/config.json (src/lib/search/config.ts) when it starts loading, and the policies' names
   * (/search/filters.json, src/lib/search/filter-options.ts) only for a query that may name a
   * document (plan.ts `mayNameDocument`).
   */
  | { type: 'init'; lang: string }
  /** Start loading the config and the index (the reader focused the box). */
  | { type: 'load' }
  /**
   * A new query (`seq`: the page's number for it, which the requests continuing it repeat): its
   * understanding, its answer, and the texts of its first page of full matches. Answered with
   * null when a newer search was asked for meanwhile.
   */
  | { type: 'search'; seq: number; state: SearchState }
  /** The texts of full matches [from, from + PAGE_SIZE) (checking more candidates when the list runs short). */
  | { type: 'full'; seq: number; from: number }
  /** The texts of partial matches [from, from + PAGE_SIZE). */
  | { type: 'partial'; seq: number; from: number }
  /** The filters' counts for the search's answer. */
  | { type: 'counts'; seq: number }
  /** After a failure: the next search loads Pagefind afresh and fetches every text again. */
  | { type: 'reset' };

/**
 * A hit as the page receives it. Only the hits it shows carry their text (`data`), with `shown`:
 * the excerpt (src/lib/search/highlight.ts `snippet`) and the query's words the clause holds
 * (`heldNeedles`, for the link's ?q=) — worked out in the worker.
 */
export interface ShownHit extends Hit {
  shown?: { held: string[]; snippet: Segment[] };
}

export interface Answered {
  plan: QueryPlan;
  /** The typed places and the chosen region conflict: nothing was searched. */
  conflict: boolean;
  /** null when nothing was searched (a conflict). */
  results: Results | null;
  corrected: Suggestion | null;
  typos: Suggestion[];
  pieces: Suggestion[];
  /** For a list found by words (`byParts`): how many listed clauses hold each word. */
  parts: Suggestion[];
  /**
   * For a question about a document (plan.fact): each document's short title, from the policy list
   * the question was read with (the fact card's labels; the page need not fetch the list for them).
   */
  labels: Record<string, string>;
}

export interface Counted {
  counts: Partial<Record<FilterKey, Record<string, number>>>;
  partial: boolean;
}

export type Reply =
  | { id: number; ok: true; value: unknown }
  /** A request of the search failed (`failed`: the kinds, since the search began) or an error was thrown. */
  | { id: number; ok: false; failed: SearchRequestKind[]; message: string };

/** A message to the worker, numbered so that its reply finds its caller. */
export type Envelope = { id: number; request: Request };
