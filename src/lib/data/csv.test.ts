/**
 * CSV quoting, read back the way spreadsheets and Python's csv module read a file: outside
 * quotes, a bare LF or CR ends a record just as CR LF does.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

/** csv-parse told to end a record at CR LF, LF or CR alike, and to refuse a record of the wrong width. */
const strictRead = (text: string): string[][] =>
  parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: false });

describe('toCsv', () => {
  it('quotes a cell holding a bare line feed or carriage return, so the row stays one record', () => {
    // 昆山's table rows: cells joined by a tab, rows by a line break (the source's own separators).
    const rows = [
      { id: 'annex1-g1', text: '一、产业集聚\t1\n2. 第二行' },
      { id: 'row2', text: '第一行\r第二行' },
      { id: 'row3', text: '一行\r\n两行' },
      { id: 'row4', text: '无换行' },
    ];
    const csv = toCsv(['id', 'text'], rows);
    const [header, ...records] = strictRead(csv);
    expect(header).toEqual(['id', 'text']);
    expect(records).toEqual(rows.map((r) => [r.id, r.text]));
    // A cell without a line break is not quoted needlessly.
    expect(csv).toContain('\r\nrow4,无换行\r\n');
  });
});

describe('toCsv with the columns of the whole dataset (a policy’s own file)', () => {
  it('gives the rows of one policy the numbered columns of the widest row of all', () => {
    const all = [
      { policy: 'a', cells: ['1', '2', '3'] },
      { policy: 'b', cells: ['x'] },
    ];
    const mine = all.filter((r) => r.policy === 'b');
    const rows = strictRead(toCsv(['policy', 'cells'], mine, all));
    expect(rows).toEqual([
      ['policy', 'cell1', 'cell2', 'cell3'],
      ['b', 'x', '', ''],
    ]);
    // Without them: only as many columns as its own rows need.
    expect(strictRead(toCsv(['policy', 'cells'], mine))[0]).toEqual(['policy', 'cell1']);
  });
});
