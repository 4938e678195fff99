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
}

const isCellLine = (line: string) => {
  const parts = line.split('\t');
  return parts.length === 2 && parts[0]!.trim() === '';
};

/** Splits raw table lines into rows of raw cells. */
function rawRows(lines: string[]): string[][] {
  const rows: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (!line.includes('\t') && line.trim() === '') {
      if (current) rows.push(current);
      current = null;
    } else if (isCellLine(line)) {
      (current ??= []).push(line.split('\t')[1]!.trim());
    } else if (line.includes('\t')) {
      if (current) rows.push(current);
      current = null;
      rows.push(line.split('\t').map((c) => c.trim()));
    } else if (current && current.length > 0) {
      current[current.length - 1] += line.trim();
    } else {
      throw new Error(`table line "${line.trim()}" continues no cell`);
    }
  }
  if (current) rows.push(current);
  return rows;
}

/** Drops stray empty cells at the ends of a row until it fits `width` columns. */
function fit(cells: string[], width: number): string[] {
  const out = [...cells];
  while (out.length > width && out[out.length - 1] === '') out.pop();
  while (out.length > width && out[0] === '') out.shift();
  while (out.length < width) out.unshift('');
  return out;
}

const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

export function parseTable(lines: string[]): ParsedTable {
  const raw = rawRows(lines);
  if (raw.length < 2) throw new Error('a table needs a header row and at least one data row');
  const headerCells = [...raw[0]!];
  while (headerCells.length && headerCells[headerCells.length - 1] === '') headerCells.pop();
  const body = raw.slice(1);
  const columns = Math.max(headerCells.length, ...body.map((r) => fit(r, headerCells.length).length));
  const rows: TableRow[] = body.map((cells) => {
    const fitted = fit(cells, columns);
    return { cells: fitted, repeatHeader: sameRow(fit(cells, headerCells.length), headerCells) };
  });
  // When data rows have more cells than the header (Kunshan's 具体内容 = title + text), the
  // header cell before the last one spans the extra columns.
  const header: HeaderCell[] = headerCells.map((text) => ({ text, colSpan: 1 }));
  const extra = columns - headerCells.length;
  if (extra > 0) header[Math.max(0, header.length - 2)]!.colSpan += extra;

  const data = rows.filter((r) => !r.repeatHeader);
  const serialColumn = [0, 1].find((c) => c < columns && data.every((r) => /^\d+$/.test(r.cells[c]!))) ?? -1;
  const groupColumn =
    [0, 1].find(
      (c) =>
        c < columns - 1 &&
        c !== serialColumn &&
        data[0]!.cells[c] !== '' &&
        data.some((r) => r.cells[c] === '') &&
        data.filter((r) => r.cells[c] !== '').length < data.length,
    ) ?? -1;
  return { header, rows, columns, groupColumn, serialColumn };
}
