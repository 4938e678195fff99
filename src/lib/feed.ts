/**
 * The dates of the Atom feed (/feed.xml). A feed reader shows an entry's `published` date, else
 * its `updated` date, as the day the item appeared; so neither may be the day of the build, or
 * every rebuild would re-date the texts that state no date. An entry's dates are only:
 *
 * - `published`: the date the text states (published, else written), when it states one;
 * - `updated`: the later of that date and `revised`, the day the site last changed the entry's
 *   content (recorded in the policy's frontmatter, changed only with the content).
 *
 * A policy with neither is left out of the feed (and named, so it can be given `revised`). The
 * feed's own `updated` is its latest entry's.
 */

export interface FeedDateInput {
  id: string;
  datePublished: string | null;
  dateWritten: string | null;
  revised: string | null;
}

export interface FeedDates {
  /** YYYY-MM-DD the text states, or null. */
  published: string | null;
  /** YYYY-MM-DD: the later of the stated date and `revised`. */
  updated: string;
}

/** An entry's dates, or null when it has none to give (no stated date, no `revised`). */
export function entryDates(p: FeedDateInput): FeedDates | null {
  const published = p.datePublished ?? p.dateWritten;
  const candidates = [published, p.revised].filter((d): d is string => d !== null);
  if (!candidates.length) return null;
  return { published, updated: candidates.sort().at(-1)! };
}

/** An Atom date-time for a calendar day. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

export interface FeedPlan<T extends FeedDateInput> {
  /** Entries with their dates, newest update first (then by ID, for a stable order). */
  entries: { policy: T; dates: FeedDates }[];
  /** The feed's `updated`: its latest entry's; null for a feed without entries. */
  updated: string | null;
  /** Policies left out for want of a date, by ID. */
  undated: string[];
}

/** Which policies the feed lists, in which order, with which dates. */
export function feedPlan<T extends FeedDateInput>(policies: readonly T[]): FeedPlan<T> {
  const entries: FeedPlan<T>['entries'] = [];
  const undated: string[] = [];
  for (const policy of policies) {
    const dates = entryDates(policy);
    if (dates) entries.push({ policy, dates });
    else undated.push(policy.id);
  }
  entries.sort((a, b) => b.dates.updated.localeCompare(a.dates.updated) || a.policy.id.localeCompare(b.policy.id));
  return { entries, updated: entries[0]?.dates.updated ?? null, undated: undated.sort() };
}
