import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate, year } from './primitives.ts';

describe('isoDate', () => {
  it.each(['2024-12-31', '2024-02-29', '2021-04-17'])('accepts %s', (d) =>
    expect(isoDate.safeParse(d).success).toBe(true),
  );

  it.each([
    '2025-13-45',
    '2023-02-30',
    '2023-02-29',
    '2024-04-31',
    '2024-00-10',
    '2024-01-00',
    '0000-01-01',
    '3025-01-01',
  ])('refuses %s, saying why', (d) => {
    const result = isoDate.safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(
      new RegExp(`"${d}" is not a (day of the calendar|plausible date)`),
    );
  });

  it('knows the calendar', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });
});

describe('year', () => {
  it.each([1900, 2025, 2100])('accepts %i', (y) => expect(year.safeParse(y).success).toBe(true));
  it.each([-2023, 0, 1899, 2101, 20250, 2025.5])('refuses %s', (y) => {
    const result = year.safeParse(y);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/year/);
  });
});
