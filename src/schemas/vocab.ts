/**
 * Zod schemas of the controlled vocabularies in src/content/vocab/. Shared by the content
 * collections (src/content.config.ts) and `npm run check:content`, so both read them alike.
 */
import { z } from 'astro/zod';
import { slug } from './primitives.ts';

export const regionSchema = z.object({
  /** ASCII ID used by policies and departments. */
  id: slug,
  /** Name shown in the UI, e.g. 苏州高新区（虎丘区）. */
  name: z.string().min(1),
  /** Enclosing region, or null at the top. */
  parent: slug.nullable(),
  /** Administrative level. */
  level: z.enum(['province', 'city', 'county', 'district']),
  /** Display order among siblings (太仓市, 昆山市, 苏州高新区 as the texts' family lists them). */
  order: z.number().int(),
  /**
   * Other names readers type for the region, read by the search as the region: nicknames (鹿城),
   * abbreviations (SND), pinyin or English (Kunshan). Only names that mean this region and no other;
   * never shown as the region's name.
   */
  aliases: z.array(z.string().min(1)).default([]),
});

export const departmentSchema = z.object({
  /** ASCII ID: `<region>-<pinyin initials>`. */
  id: slug,
  /** Full name where known, else the text's wording with its region. */
  name: z.string().min(1),
  /** Region whose texts name the unit. */
  region: slug,
  /** Every wording the texts use for the unit (matched exactly). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Drafted by `npm run import` for a unit no department matched: `name` is the text's wording
   * with its region, not a checked official name. Shown as 待审核 until a maintainer confirms the
   * entry and deletes this field (`npm run check:content -- --strict` refuses drafts).
   */
  draft: z.boolean().default(false),
});

export const topicSchema = z.object({
  /** ASCII ID used in URLs. */
  id: slug,
  /** Name shown in the UI. */
  name: z.string().min(1),
  /** Terms whose presence in a clause's text tags it with the topic. */
  keywords: z.array(z.string().min(1)).min(1),
});

export const subsidyCategorySchema = z.object({
  /** ASCII ID used in subsidies[].category. */
  id: slug,
  /** Name shown in the comparison. */
  name: z.string().min(1),
  /** Display order. */
  order: z.number().int(),
});
