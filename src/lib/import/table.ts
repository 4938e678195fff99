/**
 * Parses the tables of converted texts. Two layouts occur:
 * - one cell per line, each prefixed by a tab, rows separated by blank lines, a cell's text
 *   sometimes broken onto untabbed continuation lines (Kunshan, Taicang, High-tech Zone);
 * - one row per line with tab-separated cells, shifted by stray leading/trailing tabs and with
 *   the header repeated after page breaks (Suzhou's 任务分工表).
 * An empty first-level cell means "same group as above".
 */

export interface HeaderCell {
  text: string;
  colSpan: number;
}

export interface TableRow {
  /** Cells in column order, '' for an empty cell. */
  cells: string[];
  /** The row repeats the header (a page break in the original). */
  repeatHeader: boolean;
}

export interface ParsedTable {
  header: HeaderCell[];
  rows: TableRow[];
  /** Number of data columns. */
  columns: number;
  /** Column holding the group name (filled on a group's first row only), or -1. */
  groupColumn: number;
  /** Column holding the row's 序号, or -1. */
  serialColumn: number;
  /** Rows that look cut short; the table is still usable. */
  problems: TableProblem[];
}

/** A table that cannot be read; `line` is the index (from 0) of the offending line among the table's lines. */
export class TableError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Something a table lacks that the text should have, e.g. a row cut short; `line` as in TableError. */
export interface TableProblem {
  line: number;
  message: string;
}

const isCellLine = (line: string) => {
  const parts = line.split('\t');
  return parts.length === 2 && parts[0]!.trim() === '';
};

interface RawRow {
  cells: string[];
  /** `cells`: one cell per line (layout 1); `line`: one row per line (layout 2). */
  layout: 'cells' | 'line';
  /** Index of the row's first line. */
  line: number;
}

/** Splits raw table lines into rows of raw cells. */
function rawRows(lines: string[]): RawRow[] {
  const rows: RawRow[] = [];
  let current: RawRow | null = null;
  lines.forEach((line, i) => {
    if (!line.includes('\t') && line.trim() === '') {
      if (current) rows.push(current);
      current = null;
    } else if (isCellLine(line)) {
      current ??= { cells: [], layout: 'cells', line: i };
      current.cells.push(line.split('\t')[1]!.trim());
    } else if (line.includes('\t')) {
      if (current) rows.push(current);
      current = null;
      rows.push({ cells: line.split('\t').map((c) => c.trim()), layout: 'line', line: i });
    } else if (current && current.cells.length > 0) {
      current.cells[current.cells.length - 1] += line.trim();
    } else {
      throw new TableError(
        `table line "${line.trim()}" continues no cell — start it with a tab if it is a cell of its own, or end the table with a blank line before it if it is text after the table`,
        i,
      );
    }
  });
  if (current) rows.push(current);
  return rows;
}

/**
 * Fits a row to `width` columns. A row of tab-separated cells is shifted by stray empty cells at
 * its ends, and its empty leading cell is the group column; a row written one cell per line
 * lists its cells in order, so a short one lacks its last cells.
 */
function fit(row: RawRow, width: number): string[] {
  const out = [...row.cells];
  while (out.length > width && out[out.length - 1] === '') out.pop();
  while (out.length > width && out[0] === '') out.shift();
  while (out.length < width) {
    if (row.layout === 'cells') out.push('');
    else out.unshift('');
  }
  return out;
}

const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

export function parseTable(lines: string[]): ParsedTable {
  const raw = rawRows(lines);
  if (raw.length < 2) {
    throw new TableError(
      'a table needs a header row and at least one data row — the text may be cut after the table header',
      raw[0]?.line ?? 0,
    );
  }
  const headerCells = [...raw[0]!.cells];
  while (headerCells.length && headerCells[headerCells.length - 1] === '') headerCells.pop();
  const body = raw.slice(1);
  const columns = Math.max(headerCells.length, ...body.map((r) => fit(r, headerCells.length).length));
  const problems: TableProblem[] = [];
  const rows: TableRow[] = body.map((r) => {
    const repeatHeader = sameRow(fit(r, headerCells.length), headerCells);
    if (!repeatHeader && r.cells.length < columns) {
      problems.push({
        line: r.line,
        message: `a table row has ${r.cells.length} of ${columns} cells — the text may be cut here; check the source and add the missing cells (an empty cell is a line holding only a tab)`,
      });
    }
    return { cells: fit(r, columns), repeatHeader };
  });
  // When data rows have more cells than the header (Kunshan's 具体内容 = title + text), the
  // header cell before the last one spans the extra columns.
  const header: HeaderCell[] = headerCells.map((text) => ({ text, colSpan: 1 }));
  const extra = columns - headerCells.length;
  if (extra > 0) header[Math.max(0, header.length - 2)]!.colSpan += extra;

  const data = rows.filter((r) => !r.repeatHeader);
  // A column of numbers is the 序号 when its header says so or it counts 1, 2, 3 …; figures
  // (an indicator table's 2025年 column) are not.
  const serialColumn =
    [0, 1].find(
      (c) =>
        c < columns &&
        data.every((r) => /^\d+$/.test(r.cells[c]!)) &&
        (/序号|编号/.test(header[c]?.text ?? '') || data.every((r, i) => Number(r.cells[c]) === i + 1)),
    ) ?? -1;
  const groupColumn =
    [0, 1].find(
      (c) =>
        c < columns - 1 &&
        c !== serialColumn &&
        data[0]!.cells[c] !== '' &&
        data.some((r) => r.cells[c] === '') &&
        data.filter((r) => r.cells[c] !== '').length < data.length,
    ) ?? -1;
  return { header, rows, columns, groupColumn, serialColumn, problems };
}

const headerKey = (line: string) =>
  line
    .split('\t')
    .map((c) => c.trim())
    .filter(Boolean)
    .join('\t');

/**
 * The text without the header rows a page break repeated inside a table (a tab-separated line
 * equal, cell for cell, to the first line of its table). These are the one part of a source the
 * site does not render (src/lib/import/mdx.ts), so a text compared with its rendering drops them.
 */
export function dropRepeatedHeaders(source: string): string {
  let header: string | null = null;
  return source
    .split('\n')
    .filter((line) => {
      if (!line.includes('\t')) {
        // A plain non-blank line ends the table; blank lines separate rows inside it.
        if (line.trim() !== '') header = null;
        return true;
      }
      const key = headerKey(line);
      if (header === null) {
        header = key;
        return true;
      }
      return key !== header;
    })
    .join('\n');
}
