/**
 * The open-data files (contract 3): /data/{policies,clauses,targets,subsidies}.json, the
 * vocabularies every ID in them leads to (/data/{regions,departments,topics,categories}.json),
 * their CSV twins, JSON Schemas and the Frictionless Data Package that describes them all. Each
 * file's rows are typed by a zod schema built from the frontmatter and vocabulary schemas
 * (src/schemas/), carrying every field's Chinese name, unit and description; the JSON Schemas,
 * the CSV columns, datapackage.json and the data dictionary on /data/ are all generated from
 * that one schema, so none of them can drift from the files.
 */
import { z } from 'astro/zod';
import { subsidySchema, targetSchema, policySchema } from '../../schemas/policy.ts';
import { clauseId, slug } from '../../schemas/primitives.ts';
import { CLAUSE_KIND_LIST, CLAUSE_KINDS } from '../clauses/ids.ts';
import { departmentSchema, regionSchema, subsidyCategorySchema, topicSchema } from '../../schemas/vocab.ts';
import type { PolicyModel, RegionEntry, TopicEntry } from '../model.ts';
import type { DepartmentEntry } from '../responsible-units.ts';
import type { PolicyStatus } from '../status.ts';
import { publicUrl } from '../site-url.ts';
import { headlineWan } from './display.ts';
import { clauseLink, clausePagePath, policyPath } from '../links.ts';

/** What the export needs of a policy: its model, status and region (src/data/policies.ts `Policy`). */
export type ExportPolicy = PolicyModel & { status: PolicyStatus; region: RegionEntry };

/** A column's Chinese name and, where every value has one, its unit. */
type Label = {
  title: string;
  unit?: string;
};

/** Gives each field of a shape its Chinese name and unit (zod metadata, carried into the JSON Schema). */
function labelled<T extends z.ZodRawShape>(shape: T, labels: { [K in keyof T]: Label }): T {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const meta: Record<string, unknown> = { ...labels[key as keyof T] };
      return [key, (schema as z.ZodType).meta(meta)];
    }),
  ) as unknown as T;
}

const url = z.string().describe('本站页面的网址：构建时设置了 SITE_URL 则为完整网址，否则为以 / 开头的站内地址。');
const policyRef = slug.describe('政策编号（policies 的 id，即 /policies/<编号>/）。');
const regionRef = slug.describe('政策所属地区编号（见 regions）。');
const citation = z.string().describe('完整引用，如《苏州市……行动计划（2021—2023）》三、（一）二是。');
const lo = (what: string) =>
  z.number().nullable().describe(`${what}的下限：单一数值时即该数值，区间时为区间的最小值；无时为 null。`);
const hi = (what: string) =>
  z.number().nullable().describe(`${what}的上限：单一数值时即该数值，区间时为区间的最大值；无时为 null。`);
const p = policySchema.shape;
/** The review mark of every row: rows of an unreviewed import say so, so no one takes their figures for checked ones. */
const draft = z
  .boolean()
  .describe(
    '待审核：true 表示所属政策为新导入、尚未经人工审核的文件（见 policies 的 draft）；其数据不列入本站的各地对比。',
  );

export const policyRowSchema = z
  .object(
    labelled(
      {
        id: policyRef.describe('政策编号，即 /policies/<编号>/。'),
        title: p.title,
        shortTitle: p.shortTitle,
        region: p.region,
        regionName: z.string().describe('地区名称，如 苏州高新区（虎丘区）。'),
        kind: p.kind,
        issuers: p.issuers,
        docNumber: p.docNumber,
        dateWritten: p.dateWritten,
        datePublished: p.datePublished,
        period: p.period,
        periodStart: z.number().int().nullable().describe('规划期起始年份（同 period.start）；未载明时为 null。'),
        periodEnd: z.number().int().nullable().describe('规划期结束（目标）年份（同 period.end）；未载明时为 null。'),
        validUntil: p.validUntil,
        status: z
          .enum(['in-force', 'expired', 'ongoing', 'ended', 'not-started', 'superseded', 'unknown'])
          .describe(
            '生成数据当日的状态代码：in-force 有效、expired 已失效、ongoing 实施中、ended 已结束、not-started 未开始、superseded 已被取代、unknown 未载明。',
          ),
        statusLabel: z.string().describe('状态的中文名称，如 有效、已结束；与网站上的状态标签一致。'),
        statusAsOf: z.string().describe('状态的计算日期，YYYY-MM-DD。'),
        numbering: p.numbering,
        source: p.source,
        sourceUrl: url.describe('逐字原始文本的网址（/sources/<文件名>）。'),
        supersededBy: p.supersededBy,
        draft: z.boolean().describe(p.draft.description ?? ''),
        clauseCount: z.number().int().describe('可引用条款单元数（clauses 中该政策的行数）。'),
        targetCount: z.number().int().describe('发展目标数（targets 中该政策的行数）。'),
        subsidyCount: z.number().int().describe('扶持条款数（subsidies 中该政策的行数）。'),
        url,
      },
      {
        id: { title: '政策编号' },
        title: { title: '文件全称' },
        shortTitle: { title: '简称' },
        region: { title: '地区编号' },
        regionName: { title: '地区' },
        kind: { title: '文件类型' },
        issuers: { title: '发文机关' },
        docNumber: { title: '文号' },
        dateWritten: { title: '成文日期' },
        datePublished: { title: '印发日期' },
        period: { title: '规划期' },
        periodStart: { title: '规划期起始年', unit: '年' },
        periodEnd: { title: '规划期结束年', unit: '年' },
        validUntil: { title: '有效期至' },
        status: { title: '状态代码' },
        statusLabel: { title: '状态' },
        statusAsOf: { title: '状态计算日期' },
        numbering: { title: '条款编号方式' },
        source: { title: '原始文本文件名' },
        sourceUrl: { title: '原始文本网址' },
        supersededBy: { title: '取代本文件的政策' },
        draft: { title: '待审核' },
        clauseCount: { title: '条款单元数', unit: '个' },
        targetCount: { title: '发展目标数', unit: '项' },
        subsidyCount: { title: '扶持条款数', unit: '项' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('政策：每份文件一行。');

/** The kinds of clause as the open data's schema describes them: numbered kinds first, unnumbered paragraphs last. */
function kindDescription(): string {
  const kinds = [...CLAUSE_KIND_LIST.filter((k) => k !== 'paragraph'), 'paragraph' as const];
  return `条款类型：${kinds.map((k) => `${k} ${CLAUSE_KINDS[k].written}`).join('；')}。`;
}

export const clauseRowSchema = z
  .object(
    labelled(
      {
        policy: policyRef,
        id: clauseId.describe('条款编号（编号规则见 /data/#ids），在同一政策内唯一，即 /policies/<政策>/#<编号>。'),
        kind: z.enum(CLAUSE_KIND_LIST).describe(kindDescription()),
        parent: clauseId.nullable().describe('上级条款编号（同一政策内）；顶层条款为 null。'),
        label: z.string().describe('条款序号的引用写法，如 三、（一）二是、第（三）条、专栏3第2项。'),
        citation,
        heading: z.string().nullable().describe('条款标题行；无标题行时为 null。'),
        text: z
          .string()
          .describe(
            '条款全文（含下级条款），与政策页面上该条款的文字一致；段落、表格行之间以换行分隔，表格同一行的单元格之间以制表符分隔。',
          ),
        columns: z
          .array(z.string())
          .nullable()
          .describe('表格行、表格行组所在表格的表头，每列一项（跨两列的表头写两次）；非表格条款为 null。'),
        cells: z
          .array(z.string())
          .describe(
            '表格行的各单元格，与 columns 逐列对应；行组的合并单元格（如“任务类别”）在组内每一行都写出。非表格行为空数组。CSV 中拆为 cell1、cell2……各列。',
          ),
        departments: z
          .array(slug)
          .describe('责任部门编号（见 departments）：条款自身“责任单位”注明的，否则沿用最近的上级条款的。'),
        topics: z.array(slug).describe('主题编号（见 topics）：按关键词自动标注，另加人工标注。'),
        draft,
        url: url.describe('该条款单独页面的网址。'),
      },
      {
        policy: { title: '政策编号' },
        id: { title: '条款编号' },
        kind: { title: '条款类型' },
        parent: { title: '上级条款编号' },
        label: { title: '条款序号' },
        citation: { title: '引用' },
        heading: { title: '标题' },
        text: { title: '全文' },
        columns: { title: '表头' },
        cells: { title: '单元格' },
        departments: { title: '责任部门' },
        topics: { title: '主题' },
        draft: { title: '待审核' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('条款：每个可引用条款单元一行，按文中顺序。');

const t = targetSchema.shape;
export const targetRowSchema = z
  .object(
    labelled(
      {
        policy: policyRef,
        region: regionRef,
        ...t,
        alsoClauses: z
          .array(clauseId)
          .describe('同一指标另见的条款编号（即 alsoIn 中的 clause），便于在表格软件中筛选；无时为空数组。'),
        targetValueMin: lo('目标数值'),
        targetValueMax: hi('目标数值'),
        draft,
        citation,
        url: url.describe('载明该目标的主要条款在全文中的位置（/policies/<政策>/#<条款>）。'),
      },
      {
        policy: { title: '政策编号' },
        region: { title: '地区编号' },
        id: { title: '目标编号' },
        clause: { title: '条款编号' },
        indicator: { title: '指标' },
        theme: { title: '主题分组' },
        unit: { title: '计量单位' },
        comparator: { title: '限定词' },
        baselineYear: { title: '基期年份', unit: '年' },
        baselineValue: { title: '基期数值', unit: '见 unit 列' },
        targetYear: { title: '目标年份', unit: '年' },
        targetYearInferred: { title: '目标年份为推定' },
        targetYearBasis: { title: '年份推定依据' },
        targetValue: { title: '目标数值', unit: '见 unit 列' },
        quote: { title: '原文摘录' },
        alsoIn: { title: '另见' },
        discrepancy: { title: '表述不一说明' },
        alsoClauses: { title: '另见条款编号' },
        targetValueMin: { title: '目标数值下限', unit: '见 unit 列' },
        targetValueMax: { title: '目标数值上限', unit: '见 unit 列' },
        draft: { title: '待审核' },
        citation: { title: '引用' },
        url: { title: '网址' },
      },
    ),
  )
  .describe(
    '发展目标：每项指标一行，数字均为数值；同一指标在正文和附件中都出现时合为一行，clause 为主要出处，alsoIn 列出其他出处。',
  );

const s = subsidySchema.shape;
export const subsidyRowSchema = z
  .object(
    labelled(
      {
        policy: policyRef,
        region: regionRef,
        ...s,
        categoryName: z.string().describe('比较分组名称，如 医疗器械注册证。'),
        comparedAmountWan: z
          .number()
          .nullable()
          .describe(
            '扶持对比（/subsidies/）比较和排序所用的金额，单位万元：一般为 maxAmountWan；分档中有不属本组的档次时，为本组档次中的最高额；未载明金额时为 null。',
          ),
        ratePctMin: lo('比例'),
        ratePctMax: hi('比例'),
        clauseDepartments: z.array(slug).describe('所在条款的责任部门编号（同 clauses 的 departments）。'),
        draft,
        citation,
        url: url.describe('载明该扶持的条款在全文中的位置（/policies/<政策>/#<条款>）。'),
      },
      {
        policy: { title: '政策编号' },
        region: { title: '地区编号' },
        id: { title: '扶持编号' },
        clause: { title: '条款编号' },
        what: { title: '支持事项' },
        category: { title: '比较分组编号' },
        beneficiary: { title: '支持对象' },
        kind: { title: '支持方式' },
        maxAmountWan: { title: '最高金额', unit: '万元' },
        ratePct: { title: '比例', unit: '%' },
        rateBase: { title: '比例基数' },
        tiers: { title: '分档' },
        annualCapWan: { title: '每年最高额度', unit: '万元' },
        raisedMaxWan: { title: '上浮后最高金额', unit: '万元' },
        raiseByWan: { title: '上限提高额', unit: '万元' },
        conditions: { title: '条件' },
        departments: { title: '点名部门' },
        quote: { title: '原文摘录' },
        eligibility: { title: '适用条件（结构化）' },
        categoryName: { title: '比较分组' },
        comparedAmountWan: { title: '对比金额', unit: '万元' },
        ratePctMin: { title: '比例下限', unit: '%' },
        ratePctMax: { title: '比例上限', unit: '%' },
        clauseDepartments: { title: '条款责任部门' },
        draft: { title: '待审核' },
        citation: { title: '引用' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('扶持条款：每项扶持一行；金额单位万元（1亿元 = 10000），比例单位 %。');

export const regionRowSchema = z
  .object(
    labelled(
      {
        id: regionSchema.shape.id.describe('地区编号，政策的 region、部门的 region 所指。'),
        name: regionSchema.shape.name.describe('地区名称，如 苏州高新区（虎丘区）。'),
        parent: regionSchema.shape.parent.describe('上级地区编号；最上级为 null。'),
        level: regionSchema.shape.level.describe('行政层级：province 省、city 设区市、county 县级市、district 区。'),
        order: regionSchema.shape.order.describe('同级地区中的排列顺序。'),
        policyCount: z.number().int().describe('本站该地区本级的政策数（不含下级地区）。'),
        url: url.describe('地区页面的网址。'),
      },
      {
        id: { title: '地区编号' },
        name: { title: '地区名称' },
        parent: { title: '上级地区编号' },
        level: { title: '行政层级' },
        order: { title: '排列顺序' },
        policyCount: { title: '政策数', unit: '份' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('地区：政策和部门所属的地区，按省、市、县（区）的层级。');

export const departmentRowSchema = z
  .object(
    labelled(
      {
        id: departmentSchema.shape.id.describe(
          '部门编号（地区编号-名称拼音首字母），clauses 与 subsidies 的部门编号所指。',
        ),
        name: departmentSchema.shape.name.describe('部门全称（确知时），否则为原文写法加地区。'),
        region: departmentSchema.shape.region.describe('点名该部门的文件所属地区编号（见 regions）。'),
        aliases: departmentSchema.shape.aliases.describe('原文中对该部门的各种写法，如 市科技局、科技局。'),
        draft: departmentSchema.shape.draft.describe(
          '待审核：true 表示导入程序为原文点名、但词表中没有的单位新建的条目，名称为原文写法加地区，尚未核实。',
        ),
        clauseCount: z.number().int().describe('该部门负责的条款数（clauses 的 departments 含该部门的行数）。'),
        url: url.describe('部门页面的网址。'),
      },
      {
        id: { title: '部门编号' },
        name: { title: '部门名称' },
        region: { title: '地区编号' },
        aliases: { title: '原文写法' },
        draft: { title: '待审核' },
        clauseCount: { title: '负责条款数', unit: '个' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('责任部门：各政策“责任单位”“牵头单位”点名的部门，保留原文的各种写法。');

export const topicRowSchema = z
  .object(
    labelled(
      {
        id: topicSchema.shape.id.describe('主题编号，clauses 的 topics 所指。'),
        name: topicSchema.shape.name.describe('主题名称，如 创新药、临床试验。'),
        keywords: topicSchema.shape.keywords.describe('关键词：条款文字含其中之一即标注该主题。'),
        clauseCount: z.number().int().describe('标注该主题的条款数。'),
        url: url.describe('主题页面的网址。'),
      },
      {
        id: { title: '主题编号' },
        name: { title: '主题名称' },
        keywords: { title: '关键词' },
        clauseCount: { title: '条款数', unit: '个' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('主题：条款的主题分类及其关键词。');

export const categoryRowSchema = z
  .object(
    labelled(
      {
        id: subsidyCategorySchema.shape.id.describe('比较分组编号，subsidies 的 category 所指。'),
        name: subsidyCategorySchema.shape.name.describe('比较分组名称，如 创新药临床试验。'),
        order: subsidyCategorySchema.shape.order.describe('在扶持对比页上的排列顺序。'),
        subsidyCount: z.number().int().describe('该分组的扶持条款数。'),
        url: url.describe('扶持对比页上该分组的网址（分组暂无扶持条款时为扶持对比页）。'),
      },
      {
        id: { title: '分组编号' },
        name: { title: '分组名称' },
        order: { title: '排列顺序' },
        subsidyCount: { title: '扶持条款数', unit: '项' },
        url: { title: '网址' },
      },
    ),
  )
  .describe('扶持比较分组：扶持对比页并列各地同类扶持所用的分组。');

/** The datasets also published one file per policy, beside the bulk file (/data/policies/<id>/clauses.json …). */
export const PER_POLICY = ['clauses', 'targets', 'subsidies'] as const;
export type PerPolicyName = (typeof PER_POLICY)[number];
export const FILE_FORMATS = ['json', 'csv'] as const;

/** Where a policy's file of a dataset is, relative to /data/: policies/<id>/clauses.json. */
export const policyFilePath = (policy: string, name: PerPolicyName, format: (typeof FILE_FORMATS)[number]) =>
  `policies/${policy}/${name}.${format}`;

export const fileRowSchema = z
  .object(
    labelled(
      {
        policy: slug.describe('政策编号（policies 的 id）。'),
        dataset: z
          .enum(PER_POLICY)
          .describe('文件所含的数据集：clauses、targets 或 subsidies；行与字段同该数据集的整体文件，只含该政策的行。'),
        format: z.enum(FILE_FORMATS).describe('文件格式：json（对象数组）或 csv（列与整体 CSV 相同）。'),
        path: z.string().min(1).describe('文件在 /data/ 下的路径，如 policies/<政策编号>/clauses.json。'),
        rows: z.number().int().describe('文件的行数（不含 CSV 首行列名）。'),
        url: url.describe('文件的网址。'),
      },
      {
        policy: { title: '政策编号' },
        dataset: { title: '数据集' },
        format: { title: '格式' },
        path: { title: '路径' },
        rows: { title: '行数', unit: '行' },
        url: { title: '网址' },
      },
    ),
  )
  .describe(
    '按政策分开的数据文件：每份政策的条款、发展目标、扶持条款各一个 JSON 和一个 CSV 文件，放在 /data/policies/<政策编号>/ 下，与整体文件（clauses.json 等）并存，只需某个政策的数据时不必下载全部。',
  );

export type PolicyRow = z.infer<typeof policyRowSchema>;
export type ClauseRow = z.infer<typeof clauseRowSchema>;
export type TargetRow = z.infer<typeof targetRowSchema>;
export type SubsidyRow = z.infer<typeof subsidyRowSchema>;
export type RegionRow = z.infer<typeof regionRowSchema>;
export type DepartmentRow = z.infer<typeof departmentRowSchema>;
export type TopicRow = z.infer<typeof topicRowSchema>;
export type CategoryRow = z.infer<typeof categoryRowSchema>;
export type FileRow = z.infer<typeof fileRowSchema>;

/**
 * The datasets, in the order /data/ lists them. `key` is the primary key; `refs` the columns
 * naming a row of another dataset (or of the same one), which datapackage.json declares as
 * foreign keys and the tests resolve; `lists` the columns of IDs whose every item names a row
 * of another dataset (written "a；b" in CSV, so not expressible as a Table Schema foreign key).
 */
export const DATASETS = {
  policies: {
    title: '政策',
    schema: policyRowSchema,
    key: ['id'],
    refs: [
      { fields: ['region'], dataset: 'regions', to: ['id'] },
      { fields: ['supersededBy'], dataset: 'policies', to: ['id'] },
    ],
    lists: [],
  },
  clauses: {
    title: '条款',
    schema: clauseRowSchema,
    key: ['policy', 'id'],
    refs: [{ fields: ['policy'], dataset: 'policies', to: ['id'] }],
    lists: [
      { field: 'departments', dataset: 'departments' },
      { field: 'topics', dataset: 'topics' },
    ],
  },
  targets: {
    title: '发展目标',
    schema: targetRowSchema,
    key: ['policy', 'id'],
    refs: [
      { fields: ['policy', 'clause'], dataset: 'clauses', to: ['policy', 'id'] },
      { fields: ['region'], dataset: 'regions', to: ['id'] },
    ],
    lists: [],
  },
  subsidies: {
    title: '扶持条款',
    schema: subsidyRowSchema,
    key: ['policy', 'id'],
    refs: [
      { fields: ['policy', 'clause'], dataset: 'clauses', to: ['policy', 'id'] },
      { fields: ['region'], dataset: 'regions', to: ['id'] },
      { fields: ['category'], dataset: 'categories', to: ['id'] },
    ],
    lists: [
      { field: 'departments', dataset: 'departments' },
      { field: 'clauseDepartments', dataset: 'departments' },
    ],
  },
  regions: {
    title: '地区',
    schema: regionRowSchema,
    key: ['id'],
    refs: [{ fields: ['parent'], dataset: 'regions', to: ['id'] }],
    lists: [],
  },
  departments: {
    title: '责任部门',
    schema: departmentRowSchema,
    key: ['id'],
    refs: [{ fields: ['region'], dataset: 'regions', to: ['id'] }],
    lists: [],
  },
  topics: { title: '主题', schema: topicRowSchema, key: ['id'], refs: [], lists: [] },
  categories: { title: '扶持比较分组', schema: categoryRowSchema, key: ['id'], refs: [], lists: [] },
  files: {
    title: '按政策分开的数据文件',
    schema: fileRowSchema,
    key: ['path'],
    refs: [{ fields: ['policy'], dataset: 'policies', to: ['id'] }],
    lists: [],
  },
} as const satisfies Record<
  string,
  {
    title: string;
    schema: z.ZodObject;
    key: string[];
    refs: { fields: string[]; dataset: string; to: string[] }[];
    lists: { field: string; dataset: string }[];
  }
>;
export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** The column names of a dataset's rows (JSON keys), in schema order. */
export const fieldNames = (name: DatasetName): string[] => Object.keys(DATASETS[name].schema.shape);

export interface ExportInput {
  policies: ExportPolicy[];
  regions: RegionEntry[];
  departments: DepartmentEntry[];
  topics: TopicEntry[];
  categories: { id: string; name: string; order: number }[];
  /** Origin of the published site (SITE_URL), for absolute URLs; undefined: root-relative URLs (src/lib/site-url.ts). */
  site: URL | undefined;
  /** Date the statuses are computed for. */
  asOf: string;
}

export type Datasets = {
  policies: PolicyRow[];
  clauses: ClauseRow[];
  targets: TargetRow[];
  subsidies: SubsidyRow[];
  regions: RegionRow[];
  departments: DepartmentRow[];
  topics: TopicRow[];
  categories: CategoryRow[];
  files: FileRow[];
};

/** [min, max] of a figure: a number is both; a range gives its ends; null gives nulls. */
export function bounds(value: number | [number, number] | null): [number | null, number | null] {
  if (value === null) return [null, null];
  return Array.isArray(value) ? value : [value, value];
}

/** All rows of all datasets. Key order follows the row schemas, so JSON and CSV columns match the documentation. */
export function buildDatasets({
  policies,
  regions,
  departments,
  topics,
  categories,
  site,
  asOf,
}: ExportInput): Datasets {
  const abs = (path: string) => publicUrl(path, site);
  const at = (policy: string, clause: string) => abs(clauseLink(policy, clause));
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const out: Datasets = {
    policies: [],
    clauses: [],
    targets: [],
    subsidies: [],
    regions: [],
    departments: [],
    topics: [],
    categories: [],
    files: [],
  };
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const perRegion = new Map<string, number>();
  const perDepartment = new Map<string, number>();
  const perTopic = new Map<string, number>();
  const perCategory = new Map<string, number>();
  for (const pol of policies) {
    const d = pol.data;
    count(perRegion, d.region);
    out.policies.push(
      policyRowSchema.parse({
        id: pol.id,
        title: d.title,
        shortTitle: d.shortTitle,
        region: d.region,
        regionName: pol.region.name,
        kind: d.kind,
        issuers: d.issuers,
        docNumber: d.docNumber,
        dateWritten: d.dateWritten,
        datePublished: d.datePublished,
        period: d.period,
        periodStart: d.period?.start ?? null,
        periodEnd: d.period?.end ?? null,
        validUntil: d.validUntil,
        status: pol.status.code,
        statusLabel: pol.status.label,
        statusAsOf: asOf,
        numbering: d.numbering,
        source: d.source,
        sourceUrl: abs(`/sources/${d.source}`),
        supersededBy: d.supersededBy,
        draft: d.draft,
        clauseCount: pol.clauses.length,
        targetCount: d.targets.length,
        subsidyCount: d.subsidies.length,
        url: abs(policyPath(pol.id)),
      }),
    );
    for (const c of pol.clauses) {
      c.departments.forEach((id) => count(perDepartment, id));
      c.topics.forEach((id) => count(perTopic, id));
      out.clauses.push({
        policy: pol.id,
        id: c.id,
        kind: c.kind,
        parent: c.parent,
        label: c.label,
        citation: c.citation,
        heading: c.heading,
        text: c.text,
        columns: c.columns,
        cells: c.rowCells,
        departments: c.departments,
        topics: c.topics,
        draft: d.draft,
        url: abs(clausePagePath(pol.id, c.id)),
      });
    }
    for (const tg of d.targets) {
      const [targetValueMin, targetValueMax] = bounds(tg.targetValue);
      out.targets.push(
        targetRowSchema.parse({
          policy: pol.id,
          region: d.region,
          ...tg,
          alsoClauses: tg.alsoIn.map((m) => m.clause),
          targetValueMin,
          targetValueMax,
          draft: d.draft,
          citation: pol.byId.get(tg.clause)!.citation,
          url: at(pol.id, tg.clause),
        }),
      );
    }
    for (const sb of d.subsidies) {
      const clause = pol.byId.get(sb.clause)!;
      const [ratePctMin, ratePctMax] = bounds(sb.ratePct);
      count(perCategory, sb.category);
      out.subsidies.push(
        subsidyRowSchema.parse({
          policy: pol.id,
          region: d.region,
          ...sb,
          categoryName: categoryName.get(sb.category) ?? sb.category,
          comparedAmountWan: headlineWan(sb),
          ratePctMin,
          ratePctMax,
          clauseDepartments: clause.departments,
          draft: d.draft,
          citation: clause.citation,
          url: at(pol.id, sb.clause),
        }),
      );
    }
  }
  for (const r of regions)
    out.regions.push(
      regionRowSchema.parse({ ...r, policyCount: perRegion.get(r.id) ?? 0, url: abs(`/regions/${r.id}/`) }),
    );
  for (const dep of departments)
    out.departments.push(
      departmentRowSchema.parse({
        id: dep.id,
        name: dep.name,
        region: dep.region,
        aliases: dep.aliases,
        draft: dep.draft ?? false,
        clauseCount: perDepartment.get(dep.id) ?? 0,
        url: abs(`/departments/${dep.id}/`),
      }),
    );
  for (const tp of topics)
    out.topics.push(
      topicRowSchema.parse({
        id: tp.id,
        name: tp.name,
        keywords: tp.keywords,
        clauseCount: perTopic.get(tp.id) ?? 0,
        url: abs(`/topics/${tp.id}/`),
      }),
    );
  for (const cat of categories)
    out.categories.push(
      categoryRowSchema.parse({
        id: cat.id,
        name: cat.name,
        order: cat.order,
        subsidyCount: perCategory.get(cat.id) ?? 0,
        // /subsidies/ shows a group only when it has provisions.
        url: abs(perCategory.has(cat.id) ? `/subsidies/#cat-${cat.id}` : '/subsidies/'),
      }),
    );
  const rowsOf = new Map(PER_POLICY.map((name) => [name, groupRows<{ policy: string }>(out[name])]));
  for (const pol of policies)
    for (const name of PER_POLICY)
      for (const format of FILE_FORMATS) {
        const path = policyFilePath(pol.id, name, format);
        out.files.push(
          fileRowSchema.parse({
            policy: pol.id,
            dataset: name,
            format,
            path,
            rows: rowsOf.get(name)!.get(pol.id)?.length ?? 0,
            url: abs(`/data/${path}`),
          }),
        );
      }
  return out;
}

/** Rows by their policy, in file order: one pass, for the per-policy files. */
export function groupRows<R extends { policy: string }>(rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.policy);
    if (list) list.push(r);
    else out.set(r.policy, [r]);
  }
  return out;
}

/**
 * JSON Schema (draft 2020-12) of a dataset file, annotated: every column carries its unit in a
 * `unit` property (万元, %, 年). This is what datapackage.json and the data dictionary on /data/
 * are made from; it is not published as it stands, because `unit` is no JSON Schema keyword and
 * standard validators (Ajv in its default, strict mode) refuse a schema with an unknown keyword.
 */
export function annotatedJsonSchema(name: DatasetName, site: URL | undefined): Record<string, unknown> {
  const { title, schema } = DATASETS[name];
  const json = z.toJSONSchema(z.array(schema), { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    $id: publicUrl(`/data/schema/${name}.schema.json`, site),
    title: `${title}（/data/${name}.json）`,
    description: schema.description,
    ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
  };
}

/** How a unit is said in a published description: 单位：万元。, or 单位见 unit 列。 */
export const unitSentence = (unit: string) => (unit.startsWith('见') ? `单位${unit}。` : `单位：${unit}。`);

/**
 * A schema node with every `unit` property moved into its description, in words, at any depth.
 * Only a `unit` that annotates a schema is moved: a property *named* unit (targets' unit column)
 * is a key of `properties` and stays.
 */
export function unitsInDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unitsInDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'unit') continue;
    out[key] =
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, unitsInDescriptions(v)]),
          )
        : unitsInDescriptions(value);
  }
  const unit = (node as Record<string, unknown>).unit;
  if (typeof unit === 'string') {
    const said = typeof out.description === 'string' ? out.description : '';
    out.description = `${said}${unitSentence(unit)}`;
  }
  return out;
}

/**
 * The published JSON Schema (draft 2020-12) of a dataset file, /data/schema/<name>.schema.json:
 * an array of its rows, in standard keywords only (units said in each column's description), so
 * that any JSON Schema validator loads it with its default options.
 */
export function datasetJsonSchema(name: DatasetName, site: URL | undefined): Record<string, unknown> {
  return unitsInDescriptions(annotatedJsonSchema(name, site)) as Record<string, unknown>;
}
