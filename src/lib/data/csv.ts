/**
 * CSV twins of the JSON files: one column per field of the row schema, in schema order.
 * UTF-8 with a byte-order mark and CRLF line ends, because that is what makes Excel (the tool
 * most readers of a Chinese policy dataset open it with) show the Chinese text correctly.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell: text and numbers as written; null as an empty cell; arrays of text joined with "；"; anything else (ranges, tiers, periods) as JSON. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('；');
  return JSON.stringify(value);
}

/** The CSV text of `rows` with the given columns (the row schema's keys). */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => csvCell(row[c]))),
    { header: true, columns, bom: true, record_delimiter: 'windows' },
  );
}
