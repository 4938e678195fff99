/**
 * Content collections: the policies (MDX, frontmatter typed by src/schemas/policy.ts) and the
 * controlled vocabularies they refer to (src/schemas/vocab.ts). Each loader checks its entries
 * first (src/schemas/checked-loader.ts), so a broken file stops the build with its file, line,
 * field and fix. Cross-references are checked in src/data/policies.ts.
 *
 * Astro keeps parsed entries in its cache (node_modules/.astro) until the text of this file
 * changes, not when an imported schema does: when a schema in src/schemas/ changes, raise this
 * revision so that every existing cache re-reads the content.
 * Schema revision: 2 (policy `draft`, nullable `kind`; department `draft`).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkedLoader } from './schemas/checked-loader.ts';
import { policySchema } from './schemas/policy.ts';
// The vocabularies' schemas live apart so that `npm run check:content` validates them without Astro.
import { departmentSchema, regionSchema, subsidyCategorySchema, topicSchema } from './schemas/vocab.ts';

const policies = defineCollection({
  loader: checkedLoader(glob({ base: './src/content/policies', pattern: '*.mdx' }), policySchema),
  schema: policySchema,
});

const regions = defineCollection({
  loader: checkedLoader(file('src/content/vocab/regions.yaml'), regionSchema),
  schema: regionSchema,
});
const departments = defineCollection({
  loader: checkedLoader(file('src/content/vocab/departments.yaml'), departmentSchema),
  schema: departmentSchema,
});
const topics = defineCollection({
  loader: checkedLoader(file('src/content/vocab/topics.yaml'), topicSchema),
  schema: topicSchema,
});
const subsidyCategories = defineCollection({
  loader: checkedLoader(file('src/content/vocab/subsidy-categories.yaml'), subsidyCategorySchema),
  schema: subsidyCategorySchema,
});

export const collections = { policies, regions, departments, topics, subsidyCategories };
