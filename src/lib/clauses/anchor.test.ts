import { describe, expect, it } from 'vitest';
import { currentEntry, groupName, rowScrollTop, type RowContext } from './anchor.ts';

describe('groupName', () => {
  it('takes the name out of a group’s label', () => {
    expect(groupName('附件“三、创新平台工程”')).toBe('三、创新平台工程');
    expect(groupName('附件1“产业链（商务局）”')).toBe('产业链（商务局）');
  });
});

describe('rowScrollTop: a targeted row with its header and group label', () => {
  // 苏州市 附件 at 1366 × 900: header at 8000, group 三 starts at 8150, row 12 (its 5th row) at 8290.
  const desk: RowContext = {
    row: { top: 8290, bottom: 8325 },
    header: { top: 8000, bottom: 8035 },
    group: { top: 8150, bottom: 8185 },
    viewport: 900,
    inset: 0,
    margin: 16,
  };
  it('shows the column headers and everything down to the row when it all fits', () => {
    expect(rowScrollTop(desk)).toBe(8000 - 16);
  });
  it('falls back to the group label when the headers are too far up', () => {
    expect(rowScrollTop({ ...desk, header: { top: 7000, bottom: 7035 } })).toBe(8150 - 16);
  });
  it('puts the row itself at the top, below the sticky bar, when neither fits', () => {
    const far = { ...desk, header: { top: 6000, bottom: 6035 }, group: { top: 6100, bottom: 6135 } };
    expect(rowScrollTop(far)).toBe(8290 - 16);
    expect(rowScrollTop({ ...far, inset: 48 })).toBe(8290 - 48 - 16);
  });
  it('on a phone (no header row shown) starts from the group’s first card, the 目录 bar’s height kept clear', () => {
    const phone: RowContext = {
      row: { top: 15000, bottom: 15110 },
      header: null,
      group: { top: 14500, bottom: 14540 },
      viewport: 844,
      inset: 48,
      margin: 8,
    };
    expect(rowScrollTop(phone)).toBe(14500 - 48 - 8);
    // The row's bottom exactly at the edge still fits; a pixel more does not.
    expect(rowScrollTop({ ...phone, row: { top: 15000, bottom: 14500 + 844 - 56 } })).toBe(14500 - 56);
    expect(rowScrollTop({ ...phone, row: { top: 15000, bottom: 14500 + 844 - 55 } })).toBe(15000 - 56);
  });
  it('ignores context below the row (the first row of a group holds its own label) and never scrolls above 0', () => {
    expect(rowScrollTop({ ...desk, group: { top: 8290, bottom: 8325 }, header: null })).toBe(8290 - 16);
    expect(rowScrollTop({ ...desk, row: { top: 10, bottom: 40 }, header: null, group: null })).toBe(0);
  });
});

describe('currentEntry', () => {
  const tops = [
    { id: 's1', top: -900 },
    { id: 's2', top: -100 },
    { id: 's3', top: 300 },
  ];
  it('is the last entry whose start has passed the reading line', () => {
    expect(currentEntry(tops, 60)).toBe('s2');
    expect(currentEntry(tops, 300)).toBe('s3');
  });
  it('is the first entry before any has started, and null for no entries', () => {
    expect(currentEntry([{ id: 'p', top: 500 }], 60)).toBe('p');
    expect(currentEntry([], 60)).toBeNull();
  });
});
