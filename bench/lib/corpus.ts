/**
 * The benchmark's large corpus: N varied copies of the five policy MDX files (city names and
 * amounts changed per copy), put through the same code as the site — frontmatter schema,
 * clause extraction and model (src/lib/model.ts), search records (src/lib/search/index-records.ts) —
 * and indexed by the build's own writeSearchIndex. Only Astro's page rendering is skipped:
 * the index is built from records, not from pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml } from 'yaml';
import { buildPolicyModel, type ModelContext, type PolicyModel } from '../../src/lib/model.ts';
import { buildSearchRecords, type SearchRecord } from '../../src/lib/search/index-records.ts';
import { policySchema, type PolicyData } from '../../src/schemas/policy.ts';
import { departmentSchema, regionSchema, topicSchema } from '../../src/schemas/vocab.ts';

export interface SourcePolicy {
  id: string;
  data: PolicyData;
  body: string;
}

export function loadContext(
  root: string,
): ModelContext & { regionList: { id: string; parent: string | null; level: string }[] } {
  const vocab = <T>(file: string, schema: { parse(v: unknown): T }) =>
    (parseYaml(readFileSync(join(root, 'src/content/vocab', file), 'utf8')) as unknown[]).map((v) => schema.parse(v));
  const regions = vocab('regions.yaml', regionSchema);
  return {
    departments: vocab('departments.yaml', departmentSchema),
    topics: vocab('topics.yaml', topicSchema),
    regions,
    titles: new Map(),
    regionList: regions,
  };
}

export function loadPolicies(root: string): SourcePolicy[] {
  const dir = join(root, 'src/content/policies');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'), {
        frontmatter: 'empty-with-spaces',
      });
      return { id: f.replace(/\.mdx$/, ''), data: policySchema.parse(frontmatter), body: content };
    });
}

const CITIES = [
  '常州',
  '南通',
  '扬州',
  '镇江',
  '泰州',
  '盐城',
  '淮安',
  '宿迁',
  '徐州',
  '连云港',
  '杭州',
  '宁波',
  '嘉兴',
  '湖州',
  '绍兴',
  '合肥',
  '芜湖',
  '南京',
  '青岛',
  '济南',
  '成都',
  '武汉',
  '长沙',
  '厦门',
  '福州',
];
const COUNTIES = [
  '江阴',
  '宜兴',
  '常熟',
  '张家港',
  '溧阳',
  '海门',
  '如皋',
  '丹阳',
  '靖江',
  '东台',
  '义乌',
  '慈溪',
  '海宁',
  '桐乡',
  '诸暨',
];

/** Copy k of a policy: other city and county names, amounts and counts scaled, a distinct ID. */
export function variant(src: SourcePolicy, k: number): SourcePolicy {
  const city = CITIES[k % CITIES.length]!;
  const county = COUNTIES[(k * 7) % COUNTIES.length]!;
  const factor = 1 + (k % 9) / 10;
  const edit = (s: string) =>
    s
      .replaceAll('苏州', city)
      .replaceAll('无锡', city)
      .replaceAll('太仓', county)
      .replaceAll('昆山', county)
      // Only numbers followed by a unit, so MDX attributes (level={2}, IDs) are never touched.
      .replace(/(\d+)(?=\s*(?:万元|亿元|家|个|人|件|项|%))/g, (n) => String(Math.round(Number(n) * factor)));
  return {
    id: `${src.id}-v${k}`,
    data: {
      ...src.data,
      title: `${edit(src.data.title)}（第${k}号）`,
      shortTitle: `${edit(src.data.shortTitle)}·${k}`,
    },
    body: edit(src.body),
  };
}

export interface Corpus {
  policies: number;
  records: SearchRecord[];
  /** Time to generate the copies and build their models and records. */
  ms: number;
}

/** `copies` copies of each source policy (5 × 200 = 1,000 policies), as search records. */
export function buildCorpus(root: string, copies: number): Corpus {
  const started = Date.now();
  const ctx = loadContext(root);
  const sources = loadPolicies(root);
  const models: PolicyModel[] = [];
  for (let k = 0; k < copies; k++) {
    for (const src of sources) {
      const v = k === 0 ? src : variant(src, k);
      models.push(buildPolicyModel(v.id, v.data, v.body, ctx));
    }
  }
  const records = buildSearchRecords(models, ctx.regionList);
  return { policies: models.length, records, ms: Date.now() - started };
}
