/**
 * Splitting a page that lists the corpus into pages a reader can open (docs/scaling.md, issue 22):
 * groups (a region's provisions, a policy's clauses) are packed in their display order into pages
 * of at most `budget` items, whole where they fit. A group larger than a page is split across
 * pages, each part marked as continued, so no page grows with the corpus. With a small corpus
 * everything stays on the first page: the page is what it was before the split.
 */

export interface PackedGroup<T> {
  key: string;
  items: T[];
  /** This part continues a group begun on the previous page. */
  continued: boolean;
  /** The group goes on on the next page. */
  continues: boolean;
}

export interface PackedPage<T> {
  /** 1-based. */
  number: number;
  groups: PackedGroup<T>[];
  /** Items on the page (the sum of its groups' items). */
  size: number;
}

export function packPages<T>(groups: readonly { key: string; items: readonly T[] }[], budget: number): PackedPage<T>[] {
  if (!Number.isInteger(budget) || budget < 1)
    throw new Error(`packPages: budget must be a positive integer, got ${budget}`);
  const pages: PackedPage<T>[] = [{ number: 1, groups: [], size: 0 }];
  const current = () => pages[pages.length - 1]!;
  const newPage = () => pages.push({ number: pages.length + 1, groups: [], size: 0 });
  for (const g of groups) {
    if (g.items.length === 0) continue;
    // A group that fits on a fresh page is not split: it starts a new page instead.
    if (current().size > 0 && current().size + g.items.length > budget) newPage();
    let rest = g.items.slice();
    let continued = false;
    while (rest.length > 0) {
      if (current().size >= budget) newPage();
      const room = budget - current().size;
      const part = rest.slice(0, room);
      rest = rest.slice(room);
      current().groups.push({ key: g.key, items: part, continued, continues: rest.length > 0 });
      current().size += part.length;
      continued = true;
    }
  }
  return pages;
}

/** The address of page `n` of a paginated list whose first page is `base` (ending in /): base, base2/, base3/ … */
export function pageHref(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`pageHref: base must end with "/", got ${base}`);
  return n <= 1 ? base : `${base}${n}/`;
}

/** The `[...page]` parameter of page `n`: undefined for the first page (its address is the base). */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : String(n));

/** For each group key, the first page that holds (part of) it. */
export function pageOfKey<T>(pages: readonly PackedPage<T>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pages) for (const g of p.groups) if (!out.has(g.key)) out.set(g.key, p.number);
  return out;
}

/** What a page holds, for the pager: its first and last group by name (苏州市—昆山市), or the one. */
export function pageLabel<T>(page: PackedPage<T>, nameOf: (key: string) => string): string {
  const first = page.groups[0];
  const last = page.groups[page.groups.length - 1];
  if (!first || !last) return '';
  return first.key === last.key ? nameOf(first.key) : `${nameOf(first.key)}—${nameOf(last.key)}`;
}

/**
 * Items per page of each split list: rows of a table, provisions and targets of a stage, clauses
 * of a topic, policies of a region. Chosen so that a page stays well under 1 MB at the sizes the
 * bench measures (a subsidy row is about 1 KB of HTML, a clause with its text 1–3 KB), and so
 * that the five policies of the site fit on one page each: the pages are what they were.
 */
export const PAGE_ITEMS = { subsidies: 400, stage: 300, topic: 250, region: 20 } as const;
