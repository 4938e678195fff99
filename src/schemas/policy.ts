/**
 * Zod schemas of a policy's frontmatter. They are the single source of truth for the
 * content collection, the open-data files and their JSON Schema (generated from these),
 * so every field carries its documentation here.
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

/** Calendar date written as YYYY-MM-DD; `null` when the text does not state it. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD (quote it in YAML)')
  .nullable();

/** Amount in 万元 (1亿元 = 10000). */
const wan = z.number().nonnegative();

/** A percentage, or a range written as [min, max]. */
export const pct = z.union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])]);

/** A development target: one indicator with its baseline and target value. */
export const targetSchema = z.object({
  /** Stable ID of the target within its policy, e.g. `t1`. */
  id: slug,
  /** Clause whose text states the target (contract 3: `clause`). */
  clause: clauseId,
  /** The indicator as the text names it, e.g. 生物医药产业营业收入. */
  indicator: z.string().min(1),
  /** Theme used to group targets across cities. */
  theme: z.enum(['产业规模', '企业', '人才', '载体', '创新成果', '资本', '临床', '平台', '其他']),
  /** Unit as written in the text, e.g. 亿元, 家, 个, 万平方米, 人, 件. */
  unit: z.string().min(1),
  /** Comparator as written: 超, 突破, 不少于, 以上, 力争, 达到 …; null when the text gives a plain figure. */
  comparator: z.string().nullable().default(null),
  /** Year of the baseline value; null when none is stated. */
  baselineYear: z.number().int().nullable().default(null),
  /** Baseline value in `unit`; null when none is stated. */
  baselineValue: z.number().nullable().default(null),
  /** Year by which the target should be reached; null only for targets without a year ("三年内" uses the plan's end year). */
  targetYear: z.number().int().nullable(),
  /** Target value in `unit`; a range such as 1—2 is `[1, 2]`. */
  targetValue: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  /** Verbatim excerpt of the clause text that states the target (whitespace may differ). */
  quote: z.string().min(1),
});

/** One tier of a tiered support provision, e.g. 临床 II 期 1200 万元. */
export const tierSchema = z.object({
  /** Tier name as the text gives it, e.g. II期临床, 第三类医疗器械. */
  label: z.string().min(1),
  /** Maximum of this tier in 万元; null when the tier only has a rate. */
  maxAmountWan: wan.nullable().default(null),
  /** Rate of this tier in % (number or [min, max]); null when none. */
  ratePct: pct.nullable().default(null),
});

/** Kinds of support the texts use. */
export const subsidyKinds = ['资助', '奖励', '补贴', '补助', '贴息', '扶持', '一事一议', '择优支持', '优先支持', '叠加上限', '其他'] as const;

/** A support provision: what is paid or granted, to whom, how much, under which clause. */
export const subsidySchema = z.object({
  /** Stable ID of the provision within its policy, e.g. `sub1`. */
  id: slug,
  /** Clause whose text states the provision (contract 3: `clause`). */
  clause: clauseId,
  /** What is supported, in the text's words, e.g. 1类创新药 II期临床试验. */
  what: z.string().min(1),
  /** Comparison group used by /subsidies/ (see src/content/vocab/subsidy-categories.yaml). */
  category: slug,
  /** Who receives it, e.g. 企业, 医疗机构, 人才团队. */
  beneficiary: z.string().min(1),
  /** Kind of support. */
  kind: z.enum(subsidyKinds),
  /** Maximum amount in 万元 (1亿元 = 10000); null when the text gives none (一事一议, rates only …). */
  maxAmountWan: wan.nullable().default(null),
  /** Rate in % of `rateBase`; a range 10—30% is [10, 30]; null when none. */
  ratePct: pct.nullable().default(null),
  /** What the rate applies to, e.g. 项目总投资, 研发投入, 采购额. */
  rateBase: z.string().nullable().default(null),
  /** Tiers, e.g. 临床 I/II/III 期; empty when the provision is not tiered. */
  tiers: z.array(tierSchema).default([]),
  /** Per-entity annual cap in 万元 (单个企业每年最高…); null when none. */
  annualCapWan: wan.nullable().default(null),
  /** A raised maximum in 万元 ("可上浮至", "上限再提高"), kept distinct from `maxAmountWan`; null when none. */
  raisedMaxWan: wan.nullable().default(null),
  /** An increase of the maximum in 万元 ("上限再提高100万元") when the text states the increase, not the new maximum; null when none. */
  raiseByWan: wan.nullable().default(null),
  /** Conditions in the text's words; null when none. */
  conditions: z.string().nullable().default(null),
  /** Department IDs from src/content/vocab/departments.yaml responsible for the provision. */
  departments: z.array(slug).default([]),
  /** Verbatim excerpt of the clause text that states the provision (whitespace may differ). */
  quote: z.string().min(1),
});

/** Per-clause curation: topics to add to the automatic ones. */
export const clauseMetaSchema = z.object({
  /** Topic IDs from src/content/vocab/topics.yaml, added to the keyword-derived ones. */
  topics: z.array(slug).default([]),
});

/** Frontmatter of one policy MDX file. */
export const policySchema = z.object({
  /** Full official title as the text gives it. */
  title: z.string().min(1),
  /** Short title used in lists and citations of cross-city tables. */
  shortTitle: z.string().min(1),
  /** Region ID from src/content/vocab/regions.yaml. */
  region: slug,
  /** Kind of document as it calls itself, e.g. 行动计划, 政策意见, 工作清单. */
  kind: z.string().min(1),
  /** Issuing bodies as the text names them; empty when the text names none. */
  issuers: z.array(z.string().min(1)).default([]),
  /** Document number (文号) as written, e.g. 苏委办发〔2021〕14号; null when not stated. */
  docNumber: z.string().nullable(),
  /** Date the document was written/signed (成文日期), YYYY-MM-DD; null when not stated. */
  dateWritten: isoDate,
  /** Date the document was published or printed (印发日期), YYYY-MM-DD; null when not stated. */
  datePublished: isoDate,
  /** Planning period (规划期) in years, e.g. {start: 2021, end: 2023}; `start` is null when only the target year is stated (2025行动计划); null when not stated. */
  period: z.object({ start: z.number().int().nullable(), end: z.number().int() }).nullable(),
  /** Last day of validity (有效期至), YYYY-MM-DD; null when not stated. */
  validUntil: isoDate,
  /** How the numbering cites: `nested` (三、（二）) or `running` (（n） runs on across sections: 第（三）条). */
  numbering: z.enum(['nested', 'running']).default('nested'),
  /** File name of the verbatim source text in `sources/`. */
  source: z.string().regex(/^[a-z0-9-]+\.txt$/, 'the file name of a text in sources/, e.g. "wuxi-biomed-policy-opinions.txt"'),
  /** ID of a policy on the site that replaces this one; null when none. */
  supersededBy: slug.nullable().default(null),
  /** Development targets stated in the text. */
  targets: z.array(targetSchema).default([]),
  /** Support provisions stated in the text. */
  subsidies: z.array(subsidySchema).default([]),
  /** Per-clause curation keyed by clause ID. */
  clauses: z.record(clauseId, clauseMetaSchema).default({}),
});

export type PolicyData = z.infer<typeof policySchema>;
export type Target = z.infer<typeof targetSchema>;
export type Subsidy = z.infer<typeof subsidySchema>;
export type Tier = z.infer<typeof tierSchema>;
