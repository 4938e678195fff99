/**
 * The open-data files (contract 3): /data/{policies,clauses,targets,subsidies}.json, their CSV
 * twins and their JSON Schema. Each file's rows are typed by a zod schema built from the
 * frontmatter schemas in src/schemas/policy.ts, and the JSON Schema, the CSV columns and the
 * field table on /data/ are all generated from that one schema, so none of them can drift.
 */
import { z } from 'astro/zod';
import { subsidySchema, targetSchema, policySchema } from '../../schemas/policy.ts';
import { clauseId, slug } from '../../schemas/primitives.ts';
import type { PolicyModel, RegionEntry } from '../model.ts';
import type { PolicyStatus } from '../status.ts';
import { publicUrl } from '../site-url.ts';

/** What the export needs of a policy: its model, status and region (src/data/policies.ts `Policy`). */
export type ExportPolicy = PolicyModel & { status: PolicyStatus; region: RegionEntry };

const url = z.string().describe('本站页面的网址：构建时设置了 SITE_URL 则为完整网址，否则为以 / 开头的站内地址。');
const policyRef = slug.describe('政策编号（policies.json 的 id，即 /policies/<编号>/）。');
const regionRef = slug.describe('政策所属地区编号（见 regions）。');
const citation = z.string().describe('完整引用，如《苏州市……行动计划（2021—2023）》三、（一）二是。');
const p = policySchema.shape;
/** The review mark of every row: rows of an unreviewed import say so, so no one takes their figures for checked ones. */
const draft = z
  .boolean()
  .describe(
    '待审核：true 表示所属政策为新导入、尚未经人工审核的文件（见 policies.json 的 draft）；其数据不列入本站的各地对比。',
  );

export const policyRowSchema = z
  .object({
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
    validUntil: p.validUntil,
    status: z
      .enum(['in-force', 'expired', 'ongoing', 'ended', 'not-started', 'superseded', 'unknown'])
      .describe(
        '生成数据当日的状态代码：in-force 有效、expired 已失效、ongoing 实施中、ended 已结束、not-started 未开始、superseded 已被取代、unknown 未载明。',
      ),
    statusLabel: z.string().describe('状态的中文名称，如 有效、已结束。'),
    statusAsOf: z.string().describe('状态的计算日期，YYYY-MM-DD。'),
    numbering: p.numbering,
    source: p.source,
    supersededBy: p.supersededBy,
    draft: z.boolean().describe(p.draft.description ?? ''),
    clauseCount: z.number().int().describe('可引用条款单元数（clauses.json 中该政策的行数）。'),
    targetCount: z.number().int().describe('发展目标数（targets.json 中该政策的行数）。'),
    subsidyCount: z.number().int().describe('扶持条款数（subsidies.json 中该政策的行数）。'),
    url,
  })
  .describe('政策：每份文件一行。');

export const clauseRowSchema = z
  .object({
    policy: policyRef,
    id: clauseId.describe('条款编号（见 docs/ids.md），在同一政策内唯一，即 /policies/<政策>/#<编号>。'),
    kind: z
      .enum([
        'paragraph',
        'section',
        'article',
        'item',
        'point',
        'subpoint',
        'run',
        'box',
        'boxItem',
        'annex',
        'group',
        'row',
      ])
      .describe(
        '条款类型：section 一、；item （一）；point 1.；subpoint （1）；run 一是；box 专栏；boxItem 专栏内的项；annex 附件；group 表格行组；row 表格行；paragraph 未编号段落。',
      ),
    parent: clauseId.nullable().describe('上级条款编号；顶层条款为 null。'),
    label: z.string().describe('条款序号的引用写法，如 三、（一）二是、第（三）条、专栏3第2项。'),
    citation,
    heading: z.string().nullable().describe('条款标题行；无标题行时为 null。'),
    text: z.string().describe('条款全文（含下级条款），与政策页面上该条款的文字一致；段落、表格行之间以换行分隔。'),
    departments: z
      .array(slug)
      .describe('责任部门编号（见 departments）：条款自身“责任单位”注明的，否则沿用最近的上级条款的。'),
    topics: z.array(slug).describe('主题编号（见 topics）：按关键词自动标注，另加人工标注。'),
    draft,
    url: url.describe('该条款单独页面的网址（设置 SITE_URL 时为完整网址）。'),
  })
  .describe('条款：每个可引用条款单元一行，按文中顺序。');

export const targetRowSchema = z
  .object({
    policy: policyRef,
    region: regionRef,
    ...targetSchema.shape,
    draft,
    citation,
    url: url.describe('载明该目标的条款在全文中的位置（/policies/<政策>/#<条款>）。'),
  })
  .describe('发展目标：每项指标一行，数字均为数值。');

export const subsidyRowSchema = z
  .object({
    policy: policyRef,
    region: regionRef,
    ...subsidySchema.shape,
    categoryName: z.string().describe('比较分组名称，如 医疗器械注册证。'),
    clauseDepartments: z.array(slug).describe('所在条款的责任部门编号（同 clauses.json 的 departments）。'),
    draft,
    citation,
    url: url.describe('载明该扶持的条款在全文中的位置（/policies/<政策>/#<条款>）。'),
  })
  .describe('扶持条款：每项扶持一行；金额单位万元（1亿元 = 10000），比例单位 %。');

export type PolicyRow = z.infer<typeof policyRowSchema>;
export type ClauseRow = z.infer<typeof clauseRowSchema>;
export type TargetRow = z.infer<typeof targetRowSchema>;
export type SubsidyRow = z.infer<typeof subsidyRowSchema>;

/** The four datasets, in the order /data/ lists them. */
export const DATASETS = {
  policies: { title: '政策', schema: policyRowSchema },
  clauses: { title: '条款', schema: clauseRowSchema },
  targets: { title: '发展目标', schema: targetRowSchema },
  subsidies: { title: '扶持条款', schema: subsidyRowSchema },
} as const;
export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export interface ExportInput {
  policies: ExportPolicy[];
  categories: { id: string; name: string }[];
  /** Origin of the published site (SITE_URL), for absolute URLs; undefined: root-relative URLs (src/lib/site-url.ts). */
  site: URL | undefined;
  /** Date the statuses are computed for. */
  asOf: string;
}

export interface Datasets {
  policies: PolicyRow[];
  clauses: ClauseRow[];
  targets: TargetRow[];
  subsidies: SubsidyRow[];
}

/** All rows of all four datasets. Key order follows the row schemas, so JSON and CSV columns match the documentation. */
export function buildDatasets({ policies, categories, site, asOf }: ExportInput): Datasets {
  const abs = (path: string) => publicUrl(path, site);
  const at = (policy: string, clause: string) => abs(`/policies/${policy}/#${clause}`);
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const out: Datasets = { policies: [], clauses: [], targets: [], subsidies: [] };
  for (const pol of policies) {
    const d = pol.data;
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
        validUntil: d.validUntil,
        status: pol.status.code,
        statusLabel: pol.status.label,
        statusAsOf: asOf,
        numbering: d.numbering,
        source: d.source,
        supersededBy: d.supersededBy,
        draft: d.draft,
        clauseCount: pol.clauses.length,
        targetCount: d.targets.length,
        subsidyCount: d.subsidies.length,
        url: abs(`/policies/${pol.id}/`),
      }),
    );
    for (const c of pol.clauses) {
      out.clauses.push({
        policy: pol.id,
        id: c.id,
        kind: c.kind,
        parent: c.parent,
        label: c.label,
        citation: c.citation,
        heading: c.heading,
        text: c.text,
        departments: c.departments,
        topics: c.topics,
        draft: d.draft,
        url: abs(`/policies/${pol.id}/${c.id}/`),
      });
    }
    for (const t of d.targets) {
      out.targets.push(
        targetRowSchema.parse({
          policy: pol.id,
          region: d.region,
          ...t,
          draft: d.draft,
          citation: pol.byId.get(t.clause)!.citation,
          url: at(pol.id, t.clause),
        }),
      );
    }
    for (const s of d.subsidies) {
      const clause = pol.byId.get(s.clause)!;
      out.subsidies.push(
        subsidyRowSchema.parse({
          policy: pol.id,
          region: d.region,
          ...s,
          categoryName: categoryName.get(s.category) ?? s.category,
          clauseDepartments: clause.departments,
          draft: d.draft,
          citation: clause.citation,
          url: at(pol.id, s.clause),
        }),
      );
    }
  }
  return out;
}

/** JSON Schema (draft 2020-12) of a dataset file: an array of its rows. */
export function datasetJsonSchema(name: DatasetName, site: URL | undefined): Record<string, unknown> {
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
