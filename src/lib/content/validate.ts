/**
 * Cross-checks of the content that zod cannot see from one file's frontmatter alone: that every
 * clause, region, topic, category and department a policy refers to exists. Each problem names
 * the file, the field, what is wrong and how to fix it.
 */
import type { PolicyData } from '../../schemas/policy.ts';

export interface PolicyToCheck {
  /** Path of the MDX file, as shown to the maintainer. */
  file: string;
  id: string;
  data: PolicyData;
  /** Clause IDs found in the body. */
  clauseIds: Set<string>;
  /** Units named as responsible in the text that matched no department, with their clause. */
  unmatchedUnits: { clause: string; text: string }[];
}

export interface Vocabularies {
  regions: Set<string>;
  topics: Set<string>;
  departments: Set<string>;
  categories: Set<string>;
  policies: Set<string>;
  sources: Set<string>;
}

export function validatePolicies(policies: PolicyToCheck[], vocab: Vocabularies): string[] {
  const problems: string[] = [];
  for (const p of policies) {
    const say = (field: string, message: string) => problems.push(`${p.file}: ${field}: ${message}`);
    const clause = (field: string, id: string) => {
      if (!p.clauseIds.has(id)) say(field, `unknown clause "${id}" — use the ID of a clause in this file's body (see docs/ids.md)`);
    };
    if (!vocab.regions.has(p.data.region)) say('region', `unknown region "${p.data.region}" — use an id from src/content/vocab/regions.yaml`);
    if (!vocab.sources.has(p.data.source)) say('source', `no file sources/${p.data.source} — copy the verbatim text there (npm run import does)`);
    if (p.data.supersededBy && !vocab.policies.has(p.data.supersededBy)) {
      say('supersededBy', `unknown policy "${p.data.supersededBy}" — use the ID (file name without .mdx) of a policy on the site`);
    }
    const uniqueIds = (list: { id: string }[], field: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.id)) say(`${field}[${i}].id`, `duplicate ID "${x.id}" — give each entry its own ID`);
        seen.add(x.id);
      });
    };
    uniqueIds(p.data.targets, 'targets');
    uniqueIds(p.data.subsidies, 'subsidies');
    p.data.targets.forEach((t, i) => clause(`targets[${i}].clause`, t.clause));
    p.data.subsidies.forEach((s, i) => {
      clause(`subsidies[${i}].clause`, s.clause);
      if (!vocab.categories.has(s.category)) say(`subsidies[${i}].category`, `unknown category "${s.category}" — use an id from src/content/vocab/subsidy-categories.yaml`);
      s.departments.forEach((d, j) => {
        if (!vocab.departments.has(d)) say(`subsidies[${i}].departments[${j}]`, `unknown department "${d}" — use an id from src/content/vocab/departments.yaml`);
      });
    });
    for (const [id, meta] of Object.entries(p.data.clauses)) {
      clause(`clauses.${id}`, id);
      meta.topics.forEach((t, j) => {
        if (!vocab.topics.has(t)) say(`clauses.${id}.topics[${j}]`, `unknown topic "${t}" — use an id from src/content/vocab/topics.yaml`);
      });
    }
    for (const u of p.unmatchedUnits) {
      say(`body (clause ${u.clause})`, `responsible unit "${u.text}" matches no department — add it to the aliases of a department of region "${p.data.region}" in src/content/vocab/departments.yaml`);
    }
  }
  return problems;
}
