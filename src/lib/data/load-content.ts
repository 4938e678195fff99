/**
 * Reads the content straight from disk (MDX frontmatter through the zod schema, vocabularies
 * from YAML, clauses through the site's own extractor), so tests can check the data without
 * an Astro build. Node only: it reads files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { policySchema, type PolicyData } from '../../schemas/policy.ts';
import type { DepartmentEntry } from '../responsible-units.ts';
import { buildPolicyModel, type ModelContext, type PolicyModel, type RegionEntry, type TopicEntry } from '../model.ts';

export interface ContentOnDisk {
  root: string;
  regions: RegionEntry[];
  departments: DepartmentEntry[];
  topics: TopicEntry[];
  categories: { id: string; name: string; order: number }[];
  /** Every policy file, with its frontmatter as parsed YAML and the schema's verdict on it. */
  files: { id: string; frontmatter: unknown; body: string; result: ReturnType<typeof policySchema.safeParse> }[];
  /** Models of the files whose frontmatter is valid, sorted by ID. */
  models: PolicyModel[];
}

export interface PolicyFile {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** The policy MDX files in file-name order, split into their parsed YAML frontmatter and body. */
export function readPolicyFiles(root: string): PolicyFile[] {
  const dir = resolve(root, 'src/content/policies');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const m = readFileSync(resolve(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!m) throw new Error(`${f}: no frontmatter`);
      return { id: f.replace(/\.mdx$/, ''), frontmatter: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
    });
}

export function loadContent(root: string): ContentOnDisk {
  const vocab = <T>(name: string) => parseYaml(readFileSync(resolve(root, 'src/content/vocab', name), 'utf8')) as T[];
  const regions = vocab<RegionEntry>('regions.yaml');
  const departments = vocab<Omit<DepartmentEntry, 'aliases'> & { aliases?: string[] }>('departments.yaml').map((d) => ({
    ...d,
    aliases: d.aliases ?? [],
  }));
  const topics = vocab<TopicEntry>('topics.yaml');
  const categories = vocab<{ id: string; name: string; order: number }>('subsidy-categories.yaml');
  const files = readPolicyFiles(root).map((f) => ({ ...f, result: policySchema.safeParse(f.frontmatter) }));
  const valid = files.filter((f) => f.result.success).map((f) => ({ ...f, data: f.result.data as PolicyData }));
  const ctx: ModelContext = {
    departments,
    topics,
    regions,
    titles: new Map(valid.map((f) => [f.data.title.replace(/\s+/g, ''), f.id])),
  };
  const models = valid.map((f) => buildPolicyModel(f.id, f.data, f.body, ctx));
  return { root, regions, departments, topics, categories, files, models };
}
