/**
 * CSV twins of the JSON files: one column per field of the row schema, in schema order, except
 * that a table row's cells get one column each (cell1, cell2 …) so a spreadsheet shows them as
 * the table does. UTF-8 with a byte-order mark and CRLF line ends, because that is what makes
 * Excel (the tool most readers of a Chinese policy dataset open it with) show the Chinese text
 * correctly.
 */
import { stringify } from 'csv-stringify/sync';

/** Separator of the items of a list of texts or IDs in one CSV cell. */
export const LIST_SEPARATOR = '；';

/** Fields spread over numbered columns in CSV, with the columns' name prefix: cells → cell1, cell2 …. */
export const WIDE_FIELDS: Readonly<Record<string, string>> = { cells: 'cell' };

/**
 * A cell: text and numbers as written; null and an empty list as an empty cell; arrays of text
 * joined with "；"; anything else (ranges, tiers, periods) as JSON.
 */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(LIST_SEPARATOR);
  return JSON.stringify(value);
}

/** How many numbered columns a wide field needs: its longest value, and at least one. */
export function wideWidth(field: string, rows: Record<string, unknown>[]): number {
  return Math.max(1, ...rows.map((r) => (Array.isArray(r[field]) ? (r[field] as unknown[]).length : 0)));
}

/** The CSV columns of rows with these fields: wide fields spread over numbered columns. */
export function csvColumns(fields: string[], rows: Record<string, unknown>[]): string[] {
  return fields.flatMap((f) => {
    const prefix = WIDE_FIELDS[f];
    return prefix ? Array.from({ length: wideWidth(f, rows) }, (_, i) => `${prefix}${i + 1}`) : [f];
  });
}

/**
 * The CSV text of `rows` with the given fields (the row schema's keys). `columnsOf`: the rows
 * whose widest value sets the numbered columns — a policy's own file takes the whole dataset's,
 * so that every file of a dataset has the same columns and one Table Schema describes them all.
 */
export function toCsv(
  fields: string[],
  rows: Record<string, unknown>[],
  columnsOf: Record<string, unknown>[] = rows,
): string {
  const widths = new Map(fields.filter((f) => WIDE_FIELDS[f]).map((f) => [f, wideWidth(f, columnsOf)]));
  const record = (row: Record<string, unknown>) =>
    fields.flatMap((f) => {
      const width = widths.get(f);
      if (width === undefined) return [csvCell(row[f])];
      const items = Array.isArray(row[f]) ? (row[f] as unknown[]) : [];
      return Array.from({ length: width }, (_, i) => csvCell(items[i] ?? null));
    });
  return stringify(rows.map(record), {
    header: true,
    columns: csvColumns(fields, columnsOf),
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes a cell holding the record delimiter (CR LF) but not one holding a
    // bare LF or CR, which every spreadsheet and CSV library reads as the end of a record: the
    // lines of a table's text would become records of their own.
    quoted_match: /[\r\n]/,
  });
}
