/**
 * The value types every schema shares — identifiers, clause IDs, amounts, rates, dates — defined
 * once, with the message a content author sees when a value does not fit (the error names the
 * file and field; this says the fix).
 */
import { z } from 'astro/zod';

/** ASCII identifier used in URLs: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and single hyphens (e.g. "suzhou-kjj")');

/** A clause ID as defined in docs/ids.md, e.g. `s3-c1-r2`, `box3-2`, `annex1-row12`. */
export const clauseId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a clause ID such as "s3-c1" or "annex1-row12" (see docs/ids.md)');

/** The ID of another subsidy of the same policy, e.g. `sub6`. */
export const subsidyRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'the ID of another subsidy of the same policy, e.g. "sub6"');

/** Whether YYYY-MM-DD names a day of the calendar (2023-02-30 and 2025-13-45 do not). */
export const isCalendarDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** Years a policy, its targets and its baselines can be dated: from 1900 to 2100. */
export const YEARS = { min: 1900, max: 2100 } as const;

/** Calendar date written as YYYY-MM-DD; `null` when the text does not state it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD (quote it in YAML)')
  .refine(isCalendarDate, {
    error: (issue) =>
      `"${String(issue.input)}" is not a day of the calendar (months run 01–12, days to the end of the month: 2023-02-30 does not exist) — write the date the text gives, as "YYYY-MM-DD"`,
  })
  .refine((s) => Number(s.slice(0, 4)) >= YEARS.min && Number(s.slice(0, 4)) <= YEARS.max, {
    error: (issue) =>
      `"${String(issue.input)}" is not a plausible date for a policy (years ${YEARS.min}–${YEARS.max}) — write the date the text gives`,
  })
  .nullable();

/** A year such as 2025: a whole number from 1900 to 2100. */
export const year = z
  .number()
  .int({ error: (issue) => `${String(issue.input)} is not a whole year — write the year as four digits, e.g. 2025` })
  .min(YEARS.min, {
    error: (issue) =>
      `${String(issue.input)} is not a plausible year (${YEARS.min}–${YEARS.max}) — write the year the text gives, e.g. 2025`,
  })
  .max(YEARS.max, {
    error: (issue) =>
      `${String(issue.input)} is not a plausible year (${YEARS.min}–${YEARS.max}) — write the year the text gives, e.g. 2025`,
  });

/** Amount in 万元 (1亿元 = 10000). */
export const wan = z.number().nonnegative();

/** A percentage, or a range written as [min, max]. */
export const pct = z.union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])]);
