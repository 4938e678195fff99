/**
 * Arriving at a clause by its link (#annex1-row12) keeps its context: where to scroll so that a
 * table row is read with its table's column headers and its group's label, and which entry of
 * the contents is the one being read. Pure geometry; src/scripts/toc.ts measures and applies it.
 */

/** A group's name from its label: 附件“三、创新平台工程” → 三、创新平台工程. */
export const groupName = (label: string) => label.replace(/^[^“]*“|”$/g, '');

/** Top and bottom of a box in document coordinates (CSS px). */
export interface Span {
  top: number;
  bottom: number;
}

export interface RowContext {
  row: Span;
  /** The table's column headers; null where they are not shown (phones show each cell's label). */
  header: Span | null;
  /** The group's label (the row group cell on its first row); null for a row in no group. */
  group: Span | null;
  /** Height of the viewport. */
  viewport: number;
  /** Height covered at the top by sticky bars (the phone's 目录 bar). */
  inset: number;
  /** Space kept above what is shown first. */
  margin: number;
}

/**
 * The scroll position that shows the most context with the whole row still in view: from the
 * column headers down (or from the group's label, if the headers are too far up), else the row
 * itself just below the sticky bars.
 */
export function rowScrollTop(c: RowContext): number {
  const room = c.viewport - c.inset - c.margin;
  const fits = (top: number) => c.row.bottom - top <= room;
  const starts = [
    c.header && c.group ? Math.min(c.header.top, c.group.top) : null,
    c.header?.top ?? null,
    c.group?.top ?? null,
  ].filter((t): t is number => t !== null && t <= c.row.top);
  const top = starts.find(fits) ?? c.row.top;
  return Math.max(0, top - c.inset - c.margin);
}

/**
 * The entry of the contents being read: the last whose start has passed the reading line (a
 * little below the sticky bars), or the first when none has. `tops` are in document order,
 * relative to the viewport.
 */
export function currentEntry(tops: { id: string; top: number }[], line: number): string | null {
  let current: string | null = tops[0]?.id ?? null;
  for (const t of tops) {
    if (t.top > line) break;
    current = t.id;
  }
  return current;
}
