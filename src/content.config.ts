/**
 * Content collections: the policies (MDX, frontmatter typed by src/schemas/policy.ts) and the
 * controlled vocabularies they refer to. Cross-references are checked in src/data/policies.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { policySchema, slug } from './schemas/policy.ts';

const policies = defineCollection({
  loader: glob({ base: './src/content/policies', pattern: '*.mdx' }),
  schema: policySchema,
});

const regions = defineCollection({
  loader: file('src/content/vocab/regions.yaml'),
  schema: z.object({
    /** ASCII ID used by policies and departments. */
    id: slug,
    /** Name shown in the UI, e.g. 苏州高新区（虎丘区）. */
    name: z.string().min(1),
    /** Enclosing region, or null at the top. */
    parent: slug.nullable(),
    /** Administrative level. */
    level: z.enum(['province', 'city', 'county', 'district']),
  }),
});

const departments = defineCollection({
  loader: file('src/content/vocab/departments.yaml'),
  schema: z.object({
    /** ASCII ID: `<region>-<pinyin initials>`. */
    id: slug,
    /** Full name where known, else the text's wording with its region. */
    name: z.string().min(1),
    /** Region whose texts name the unit. */
    region: slug,
    /** Every wording the texts use for the unit (matched exactly). */
    aliases: z.array(z.string().min(1)).default([]),
  }),
});

const topics = defineCollection({
  loader: file('src/content/vocab/topics.yaml'),
  schema: z.object({
    /** ASCII ID used in URLs. */
    id: slug,
    /** Name shown in the UI. */
    name: z.string().min(1),
    /** Terms whose presence in a clause's text tags it with the topic. */
    keywords: z.array(z.string().min(1)).min(1),
  }),
});

const subsidyCategories = defineCollection({
  loader: file('src/content/vocab/subsidy-categories.yaml'),
  schema: z.object({
    /** ASCII ID used in subsidies[].category. */
    id: slug,
    /** Name shown in the comparison. */
    name: z.string().min(1),
    /** Display order. */
    order: z.number().int(),
  }),
});

export const collections = { policies, regions, departments, topics, subsidyCategories };
