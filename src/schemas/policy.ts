/**
 * Zod schemas of a policy's frontmatter. They are the single source of truth for the
 * content collection, the open-data files and their JSON Schema (generated from these),
 * so every field carries its documentation here.
 *
 * Field documentation is the `.describe()` text, not a JSDoc comment: /data/ and the
 * published JSON Schema files read it from the schema, so the documentation cannot drift from
 * the files. It is written in Chinese because it is published as is to the site's readers.
 */
import { z } from 'astro/zod';
import { eligibilitySchema } from './eligibility.ts';
import { clauseId, isoDate, pct, slug, wan, year } from './primitives.ts';

/** Themes that group targets across cities (/targets/). */
export const targetThemes = ['产业规模', '企业', '人才', '载体', '创新成果', '资本', '临床', '平台', '其他'] as const;

/**
 * Another place in the text that states the same indicator — the body and 附件1's indicator
 * table, or two sections of the body. The target then cites every place (its figure must be
 * written in each), so one indicator is one row, not one row per mention.
 */
export const targetMentionSchema = z.object({
  clause: clauseId.describe('另一处载明同一指标的条款编号，如正文的 s1-c2 或附件指标表的 annex1-row2。'),
  quote: z.string().min(1).describe('该处的原文摘录（空白可能与原文不同）。'),
});

/** A development target: one indicator with its baseline and target value. */
export const targetSchema = z.object({
  id: slug.describe('目标在本政策内的固定编号，如 t1。'),
  clause: clauseId.describe(
    '载明该目标的条款编号（编号规则见 /data/#ids），如 s1-c2、annex1-row3；同一指标另见他处时，此为主要出处（附件指标表的行优先）。',
  ),
  indicator: z.string().min(1).describe('指标名称，照录原文，如“生物医药产业营业收入”。'),
  theme: z
    .enum(targetThemes)
    .describe('跨城市比较所用的主题分组：产业规模、企业、人才、载体、创新成果、资本、临床、平台、其他。'),
  unit: z.string().min(1).describe('计量单位，照录原文，如 亿元、家、个、万平方米、人、件、%。'),
  comparator: z
    .string()
    .nullable()
    .default(null)
    .describe('原文的限定词，如 超、突破、不少于、以上、力争、达；原文只给数字时为 null。'),
  baselineYear: year.nullable().default(null).describe('基期年份；原文未载明时为 null。'),
  baselineValue: z.number().nullable().default(null).describe('基期数值（单位同 unit）；原文未载明时为 null。'),
  targetYear: year
    .nullable()
    .describe(
      '目标年份；原文未写年份的（“三年内”“每年”“力争5年内”）为推定年份，见 targetYearInferred；无任何年份可依时为 null。',
    ),
  targetYearInferred: z
    .boolean()
    .default(false)
    .describe(
      '目标年份是否为推定：原文写明年份时为 false；原文未写年份、按规划期推定时为 true，依据见 targetYearBasis。',
    ),
  targetYearBasis: z
    .string()
    .nullable()
    .default(null)
    .describe('推定目标年份的依据，如“原文为“力争5年内”，自规划期起始年2020年起算”；原文写明年份时为 null。'),
  targetValue: z
    .union([z.number(), z.tuple([z.number(), z.number()])])
    .describe('目标数值（单位同 unit）；区间（如“1-2个”）写作 [最小值, 最大值]。'),
  quote: z.string().min(1).describe('载明该目标的原文摘录（空白可能与原文不同）。'),
  alsoIn: z
    .array(targetMentionSchema)
    .default([])
    .describe('同一指标在文中另一处的表述（如正文与附件1指标表），每处的目标数值都与本条一致；无时为空数组。'),
  discrepancy: z
    .string()
    .nullable()
    .default(null)
    .describe('各处表述不一致时的说明，如正文写“新增……50人”而附件1为总数由8人增至50人；一致或只有一处时为 null。'),
});

/** One tier of a tiered support provision, e.g. 临床 II 期 1200 万元. */
export const tierSchema = z.object({
  label: z.string().min(1).describe('档次名称，照录原文，如“II期临床试验”“三类医疗器械”。'),
  maxAmountWan: wan
    .nullable()
    .default(null)
    .describe('该档最高金额，单位万元（1亿元 = 10000）；该档只有比例时为 null。'),
  ratePct: pct.nullable().default(null).describe('该档比例（%），数字或 [最小值, 最大值]；无比例时为 null。'),
  outsideCategory: z
    .boolean()
    .optional()
    .describe(
      '该档支持的事项不属于本项扶持的比较分组（如“新药开展研究”一档之于“创新药临床试验”）时为 true，扶持对比的摘要与排序不计此档；属于本组时省略。',
    ),
});

/** Kinds of support the texts use. */
export const subsidyKinds = [
  '资助',
  '奖励',
  '补贴',
  '补助',
  '贴息',
  '扶持',
  '一事一议',
  '择优支持',
  '优先支持',
  '叠加上限',
  '其他',
] as const;

/** A support provision: what is paid or granted, to whom, how much, under which clause. */
export const subsidySchema = z.object({
  id: slug.describe('扶持条款在本政策内的固定编号，如 sub1。'),
  clause: clauseId.describe('载明该扶持的条款编号（编号规则见 /data/#ids），如 s1-c3-i1。'),
  what: z.string().min(1).describe('支持什么，尽量用原文措辞，如“1类创新药 II期临床试验”。'),
  category: slug.describe('比较分组编号，见 subsidy-categories（/subsidies/ 按此分组）。'),
  beneficiary: z.string().min(1).describe('支持对象，如 企业、医疗机构、人才团队。'),
  kind: z
    .enum(subsidyKinds)
    .describe('支持方式：资助、奖励、补贴、补助、贴息、扶持、一事一议、择优支持、优先支持、叠加上限、其他。'),
  maxAmountWan: wan
    .nullable()
    .default(null)
    .describe('最高金额，单位万元（1亿元 = 10000）；原文未给金额（一事一议、仅有比例等）时为 null。'),
  ratePct: pct
    .nullable()
    .default(null)
    .describe('比例（%），以 rateBase 为基数；区间（如 10—30%）写作 [10, 30]；无比例时为 null。'),
  rateBase: z
    .string()
    .nullable()
    .default(null)
    .describe('比例的计算基数，如 项目总投资、研发投入、采购额；无比例时为 null。'),
  tiers: z.array(tierSchema).default([]).describe('分档标准（如临床 I/II/III 期），按原文顺序；不分档时为空数组。'),
  annualCapWan: wan
    .nullable()
    .default(null)
    .describe('单个主体每年最高额度，单位万元（“单个企业每年最高……”）；无此上限时为 null。'),
  raisedMaxWan: wan
    .nullable()
    .default(null)
    .describe('上浮后的最高金额，单位万元（“可上浮至……”），与 maxAmountWan 分列；无时为 null。'),
  raiseByWan: wan
    .nullable()
    .default(null)
    .describe('原文只写上限提高多少（“上限再提高100万元”）时的提高额，单位万元；无时为 null。'),
  conditions: z.string().nullable().default(null).describe('条件，尽量用原文措辞；无时为 null。'),
  departments: z
    .array(slug)
    .default([])
    .describe('原文为该项扶持点名的责任部门编号（见 departments）；未点名时为空数组。'),
  quote: z.string().min(1).describe('载明该扶持的原文摘录（空白可能与原文不同）；其中的金额、比例与上述数字逐一对应。'),
  eligibility: eligibilitySchema
    .optional()
    .describe(
      '结构化的适用条件（对象、产品、阶段、计算依据、本地要求、叠加规则），供政策计算器匹配和计算；各子字段的含义见下。',
    ),
});

/**
 * A support provision `npm run import` proposes from one sentence of the text. A maintainer checks
 * it against the quote, completes it (what, category, beneficiary …), adds it to `subsidies` and
 * deletes the draft.
 */
export const subsidyDraftSchema = z.object({
  /** Clause whose text holds the sentence. */
  clause: clauseId,
  /** The sentence the figures were read from. */
  quote: z.string().min(1),
  /** Kind of support the sentence names first; null when it names none. */
  kind: z.enum(subsidyKinds).nullable().default(null),
  /** Largest amount granted, in 万元; null when none. */
  maxAmountWan: wan.nullable().default(null),
  /** Every amount granted, in the order of the text (the tiers when there are several). */
  amountsWan: z.array(wan).default([]),
  /** Rate in % (number or [min, max]); null when none. */
  ratePct: pct.nullable().default(null),
  /** What the rate applies to, when the text says "…的N%"; null otherwise. */
  rateBase: z.string().nullable().default(null),
  /** Per-entity annual cap in 万元 (单个企业每年最高…); null when none. */
  annualCapWan: wan.nullable().default(null),
  /** Raised maximum in 万元 (可上浮至…); null when none. */
  raisedMaxWan: wan.nullable().default(null),
  /** Increase of the maximum in 万元 (上限再提高…); null when none. */
  raiseByWan: wan.nullable().default(null),
  /** Departments (IDs) the clause or its nearest ancestor names as responsible. */
  departments: z.array(slug).default([]),
});

/** A development target `npm run import` proposes; completed and moved to `targets` like a subsidy draft. */
export const targetDraftSchema = z.object({
  /** Clause whose text (or table row) states the target. */
  clause: clauseId,
  /** The words the target was read from. */
  quote: z.string().min(1),
  /** The indicator in the text's words. */
  indicator: z.string().min(1),
  /** Unit as written. */
  unit: z.string().min(1),
  /** Comparator as written (突破, 超, 以上 …); null when none. */
  comparator: z.string().nullable().default(null),
  /** Baseline year (a table's first year column); null when none. */
  baselineYear: year.nullable().default(null),
  /** Baseline value; null when none. */
  baselineValue: z.number().nullable().default(null),
  /** Year the target is set for; null when the text gives none. */
  targetYear: year.nullable(),
  /** Target value; a range 1—2 is [1, 2]. */
  targetValue: z.union([z.number(), z.tuple([z.number(), z.number()])]),
});

/** A responsible unit the text names that matches no department: add it to src/content/vocab/departments.yaml. */
export const departmentDraftSchema = z.object({
  /** The unit as the text writes it (becomes an alias). */
  text: z.string().min(1),
  /** Region of the policy, for the new department's `region`; null when the region is not in the vocabulary yet. */
  region: slug.nullable(),
  /** Clauses that name the unit. */
  clauses: z.array(clauseId).min(1),
});

/**
 * Proposals of `npm run import` for review. Not published: pages and open data ignore this field,
 * and `npm run check:content` warns while any draft remains.
 */
export const draftsSchema = z.object({
  subsidies: z.array(subsidyDraftSchema).default([]),
  targets: z.array(targetDraftSchema).default([]),
  departments: z.array(departmentDraftSchema).default([]),
});

/** Per-clause curation: topics to add to the automatic ones. */
export const clauseMetaSchema = z.object({
  topics: z.array(slug).default([]).describe('人工补充的主题编号，在关键词自动标注之外追加。'),
});

/** Frontmatter of one policy MDX file. */
export const policySchema = z.object({
  title: z.string().min(1).describe('文件全称，照录原文。'),
  shortTitle: z.string().min(1).describe('简称，用于列表和跨城市对比表。'),
  region: slug.describe('地区编号（见 regions）。'),
  kind: z
    .string()
    .min(1)
    .nullable()
    .describe('文件类型，按文件自称，如 行动计划、政策意见、工作清单；原文标题和正文均未自称时为 null。'),
  issuers: z.array(z.string().min(1)).default([]).describe('发文机关，照录原文；原文未载明时为空数组。'),
  docNumber: z.string().nullable().describe('文号，照录原文，如 苏委办发〔2021〕14号；未载明时为 null。'),
  dateWritten: isoDate.describe('成文日期，YYYY-MM-DD；未载明时为 null。'),
  datePublished: isoDate.describe('发布或印发日期，YYYY-MM-DD；未载明时为 null。'),
  period: z
    .object({
      start: year.nullable().describe('起始年份；只写目标年份时为 null。'),
      end: year.describe('结束（目标）年份。'),
    })
    .nullable()
    .describe(
      '规划期（年），如 {"start": 2021, "end": 2023}；只写目标年份时 start 为 null（如“2025行动计划”）；未载明时为 null。',
    ),
  validUntil: isoDate.describe('有效期至，YYYY-MM-DD；未载明时为 null。'),
  revised: isoDate
    .default(null)
    .describe(
      '本站收录或最后一次更正本文件内容（原文转录、元数据）的日期，YYYY-MM-DD；只在内容改动时更新。订阅源（/feed.xml）以它和原文载明的日期中较晚者为条目的更新时间；原文未载明日期且无此字段的文件不进入订阅源。',
    ),
  numbering: z
    .enum(['nested', 'running'])
    .default('nested')
    .describe('条款引用方式：nested 为“三、（二）”式；running 为“（n）”跨章连续编号、引作“第（三）条”。'),
  source: z
    .string()
    .regex(/^[a-z0-9-]+\.txt$/, 'the file name of a text in sources/, e.g. "wuxi-biomed-policy-opinions.txt"')
    .describe('原始文本文件名（/sources/ 下可下载）。'),
  supersededBy: slug.nullable().default(null).describe('取代本文件的本站政策编号；无时为 null。'),
  draft: z
    .boolean()
    .default(false)
    .describe(
      '待审核：true 表示新导入、尚未经人工审核的文件（正文逐字转录，但标题、地区、发文机关、日期和责任部门由导入程序读取，可能有误；其目标与扶持不列入各地对比）；审核完成后删除此字段或设为 false。',
    ),
  targets: z.array(targetSchema).default([]).describe('文中载明的发展目标。'),
  subsidies: z.array(subsidySchema).default([]).describe('文中载明的扶持条款。'),
  clauses: z.record(clauseId, clauseMetaSchema).default({}).describe('按条款编号的人工标注。'),
  /** Importer proposals awaiting review (see `draftsSchema`); absent once reviewed. Pages and open data leave it out. */
  drafts: draftsSchema
    .optional()
    .describe('导入程序提出、尚待人工审核的草稿；不在网站和开放数据中发布，审核完成后删除。'),
});

export type PolicyData = z.infer<typeof policySchema>;
export type Target = z.infer<typeof targetSchema>;
export type Subsidy = z.infer<typeof subsidySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type TargetMention = z.infer<typeof targetMentionSchema>;
export type SubsidyDraft = z.infer<typeof subsidyDraftSchema>;
export type TargetDraft = z.infer<typeof targetDraftSchema>;
export type DepartmentDraft = z.infer<typeof departmentDraftSchema>;
export type Drafts = z.infer<typeof draftsSchema>;
