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

/** Calendar date written as YYYY-MM-DD; `null` when the text does not state it. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD (quote it in YAML)')
  .nullable();

/** Amount in 万元 (1亿元 = 10000). */
export const wan = z.number().nonnegative();

/** A percentage, or a range written as [min, max]. */
export const pct = z.union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])]);
