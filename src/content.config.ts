/**
 * Content collections: the policies (MDX, frontmatter typed by src/schemas/policy.ts) and the
 * controlled vocabularies they refer to (src/schemas/vocab.ts). Cross-references are checked in
 * src/data/policies.ts.
 *
 * Astro keeps parsed entries in its cache (node_modules/.astro) until the text of this file
 * changes, not when an imported schema does: when a schema in src/schemas/ changes, raise this
 * revision so that every existing cache re-reads the content.
 * Schema revision: 2 (policy `draft`, nullable `kind`; department `draft`).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { policySchema } from './schemas/policy.ts';
// The vocabularies' schemas live apart so that `npm run check:content` validates them without Astro.
import { departmentSchema, regionSchema, subsidyCategorySchema, topicSchema } from './schemas/vocab.ts';

const policies = defineCollection({
  loader: glob({ base: './src/content/policies', pattern: '*.mdx' }),
  schema: policySchema,
});

const regions = defineCollection({ loader: file('src/content/vocab/regions.yaml'), schema: regionSchema });
const departments = defineCollection({ loader: file('src/content/vocab/departments.yaml'), schema: departmentSchema });
const topics = defineCollection({ loader: file('src/content/vocab/topics.yaml'), schema: topicSchema });
const subsidyCategories = defineCollection({
  loader: file('src/content/vocab/subsidy-categories.yaml'),
  schema: subsidyCategorySchema,
});

export const collections = { policies, regions, departments, topics, subsidyCategories };
