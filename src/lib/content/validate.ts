/**
 * Cross-checks of the content that zod cannot see from one file's frontmatter alone: that every
 * clause, region, topic, category and department a policy refers to exists, and that no field
 * still holds an importer placeholder. Each problem names the file, the field, what is wrong and
 * how to fix it. The build (src/data/policies.ts) and `npm run check:content` both run these.
 */
import type { PolicyData } from '../../schemas/policy.ts';
import { eligibilityProblems } from '../finder/eligibility-consistency.ts';
import { isStandInTitle } from './review.ts';
import { rateAppears, type Figure } from '../amounts.ts';

/**
 * A rate above 100 % is a typo (150 for 15), unless the text itself writes it (贴息 up to 150% of
 * the benchmark rate): then the quote shows it. Null when the rate is fine.
 */
export function rateProblem(rate: Figure | null | undefined, quote: string): string | null {
  if (rate === null || rate === undefined) return null;
  const high = Array.isArray(rate) ? Math.max(...rate) : rate;
  if (high <= 100 || rateAppears(quote, rate)) return null;
  return `${JSON.stringify(rate)} % is above 100 % and its quote does not write it — a rate is a percentage from 0 to 100 (write 15 for 15%); a rate above 100 % must be written so in the quote`;
}

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

export interface ContentProblem {
  file: string;
  /** Where in the frontmatter: ['subsidies', 3, 'clause']; empty for the body. */
  path: (string | number)[];
  /** Clause of the body the problem is about, when it is about one. */
  clause?: string | undefined;
  /** File line when known (filled in by callers that have the file's text). */
  line?: number | undefined;
  message: string;
}

/** The field a path names, written as in the frontmatter: subsidies[3].clause, clauses.s1-c2.topics[0]. */
export function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** "file: field: message" — the one-line form the build prints. */
export function formatProblem(p: ContentProblem): string {
  const where = p.path.length ? fieldName(p.path) : p.clause ? `body (clause ${p.clause})` : 'body';
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${where}: ${p.message}`;
}

/** Placeholders an earlier importer left where the text said nothing: "TODO: 标题", region "todo". */
const PLACEHOLDER = /^todo\b/i;

export function checkPolicies(policies: PolicyToCheck[], vocab: Vocabularies): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const p of policies) {
    const say = (path: (string | number)[], message: string) => problems.push({ file: p.file, path, message });
    const clause = (path: (string | number)[], id: string) => {
      if (!p.clauseIds.has(id))
        say(path, `unknown clause "${id}" — use the ID of a clause in this file's body (see docs/ids.md)`);
    };
    // A field can be absent when the caller checks the valid rest of an invalid frontmatter (check.ts).
    for (const field of ['title', 'shortTitle', 'kind'] as const) {
      const value = p.data[field] as string | undefined;
      if (value && PLACEHOLDER.test(value))
        say([field], `still holds the importer's placeholder "${value}" — write it as the text gives it`);
    }
    if (p.data.region !== undefined && !vocab.regions.has(p.data.region)) {
      say(
        ['region'],
        `unknown region "${p.data.region}" — use an id from src/content/vocab/regions.yaml (add the region there first if it is new)`,
      );
    }
    if (p.data.source !== undefined && !vocab.sources.has(p.data.source))
      say(['source'], `no file sources/${p.data.source} — copy the verbatim text there (npm run import does)`);
    if (p.data.supersededBy && !vocab.policies.has(p.data.supersededBy)) {
      say(
        ['supersededBy'],
        `unknown policy "${p.data.supersededBy}" — use the ID (file name without .mdx) of a policy on the site`,
      );
    }
    if (p.data.supersededBy === p.id)
      say(['supersededBy'], 'a policy cannot supersede itself — name its successor, or null');
    const uniqueIds = (list: { id: string }[], field: string) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.id)) say([field, i, 'id'], `duplicate ID "${x.id}" — give each entry its own ID`);
        seen.add(x.id);
      });
    };
    uniqueIds(p.data.targets, 'targets');
    uniqueIds(p.data.subsidies, 'subsidies');
    p.data.targets.forEach((t, i) => {
      clause(['targets', i, 'clause'], t.clause);
      t.alsoIn.forEach((m, j) => clause(['targets', i, 'alsoIn', j, 'clause'], m.clause));
    });
    p.data.subsidies.forEach((s, i) => {
      clause(['subsidies', i, 'clause'], s.clause);
      const rate = rateProblem(s.ratePct, s.quote);
      if (rate) say(['subsidies', i, 'ratePct'], rate);
      s.tiers.forEach((t, j) => {
        const tier = rateProblem(t.ratePct, s.quote);
        if (tier) say(['subsidies', i, 'tiers', j, 'ratePct'], tier);
      });
      if (!vocab.categories.has(s.category))
        say(
          ['subsidies', i, 'category'],
          `unknown category "${s.category}" — use an id from src/content/vocab/subsidy-categories.yaml`,
        );
      s.departments.forEach((d, j) => {
        if (!vocab.departments.has(d))
          say(
            ['subsidies', i, 'departments', j],
            `unknown department "${d}" — use an id from src/content/vocab/departments.yaml`,
          );
      });
    });
    // Eligibility cross-references (shared caps, raises, tiers) for the policy calculator.
    for (const e of eligibilityProblems(p.data.subsidies))
      say(['subsidies', e.index, 'eligibility', ...e.path], e.message);
    for (const [id, meta] of Object.entries(p.data.clauses)) {
      clause(['clauses', id], id);
      meta.topics.forEach((t, j) => {
        if (!vocab.topics.has(t))
          say(['clauses', id, 'topics', j], `unknown topic "${t}" — use an id from src/content/vocab/topics.yaml`);
      });
    }
    for (const u of p.unmatchedUnits) {
      problems.push({
        file: p.file,
        path: [],
        clause: u.clause,
        message: `responsible unit "${u.text}" matches no department — add it to the aliases of a department of region "${p.data.region}" in src/content/vocab/departments.yaml`,
      });
    }
  }
  return problems;
}

/** The build's form of `checkPolicies`: one line per problem. */
export function validatePolicies(policies: PolicyToCheck[], vocab: Vocabularies): string[] {
  return checkPolicies(policies, vocab).map(formatProblem);
}

/**
 * Reminders that do not fail the check (`npm run check:content -- --strict` refuses them for a
 * release): an unreviewed import (draft: true) and its stand-in title, importer drafts awaiting
 * review, and drafts pointing at clauses that are gone.
 */
export function draftWarnings(p: PolicyToCheck): ContentProblem[] {
  const out: ContentProblem[] = [];
  if (p.data.draft)
    out.push({
      file: p.file,
      path: ['draft'],
      message:
        '待审核: an unreviewed import, published marked as such — check its metadata against the text, review its drafts and draft departments, then delete draft: true (CONTRIBUTING.md, "Adding a policy")',
    });
  for (const field of ['title', 'shortTitle'] as const) {
    const value = p.data[field] as string | undefined;
    if (value && isStandInTitle(value))
      out.push({
        file: p.file,
        path: [field],
        message: `"${value}" stands in for a title the text does not give — write the title as the published document gives it`,
      });
  }
  const d = p.data.drafts;
  if (!d) return out;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const waiting = [count(d.subsidies.length, 'subsidy draft'), count(d.targets.length, 'target draft')];
  if (d.departments.length) waiting.push(count(d.departments.length, 'department draft'));
  const total = d.subsidies.length + d.targets.length + d.departments.length;
  out.push({
    file: p.file,
    path: ['drafts'],
    message:
      total > 0
        ? `${waiting.slice(0, -1).join(', ')} and ${waiting.at(-1)!} await review — check each against its quote, move it into subsidies:/targets:${d.departments.length ? ' (departments into src/content/vocab/departments.yaml)' : ''}, then delete drafts:`
        : 'is empty — delete it',
  });
  const lists = [
    ['subsidies', d.subsidies],
    ['targets', d.targets],
  ] as const;
  for (const [field, list] of lists) {
    list.forEach((x, i) => {
      if (!p.clauseIds.has(x.clause))
        out.push({
          file: p.file,
          path: ['drafts', field, i, 'clause'],
          message: `unknown clause "${x.clause}" — the body changed since the import; fix or delete this draft`,
        });
    });
  }
  return out;
}
