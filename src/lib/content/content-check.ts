/**
 * Checks all content the way the build does, without the Astro runtime: the vocabularies against
 * their schemas, every policy's frontmatter against the policy schema, its body through the same
 * clause extraction and model, the cross-references of validate.ts, and that each body is what
 * `npm run import` makes of its source text. Every problem is collected (none stops the others)
 * with its file and, where it can be found, its line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The parser Astro's MDX integration reads frontmatter with (js-yaml), so values load exactly as in the build.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { policySchema, type PolicyData } from '../../schemas/policy.ts';
import { departmentSchema, regionSchema, subsidyCategorySchema, topicSchema } from '../../schemas/vocab.ts';
import { contentErrorMap } from '../../schemas/error-map.ts';
import { extractClauses } from '../clauses/extract.ts';
import { buildPolicyModel, type RegionEntry, type TopicEntry } from '../model.ts';
import type { DepartmentEntry } from '../responsible-units.ts';
import { toMdxBody } from '../import/mdx.ts';
import { ImportError, parsePolicy } from '../import/parse.ts';
import { checkPolicies, draftWarnings, fieldName, type ContentProblem, type PolicyToCheck } from './validate.ts';
import { numberNotations } from './notation.ts';
import { badCharacter, decodeText, MAX_SOURCE_BYTES, ORIGINAL_FILE, tooLarge } from '../import/encoding.ts';

export interface CheckResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** Number of policy files checked. */
  policies: number;
}

const VOCABULARIES = [
  ['regions', 'regions.yaml', regionSchema],
  ['departments', 'departments.yaml', departmentSchema],
  ['topics', 'topics.yaml', topicSchema],
  ['categories', 'subsidy-categories.yaml', subsidyCategorySchema],
] as const;

/** A YAML text with the means to find the line of a field. */
class Located {
  readonly doc: Document;
  private readonly counter = new LineCounter();
  /** Line of the YAML text's first line within its file. */
  private readonly firstLine: number;
  constructor(text: string, firstLine: number) {
    this.doc = parseDocument(text, { lineCounter: this.counter, version: '1.1' });
    this.firstLine = firstLine;
  }
  /** Line of the field at `path`, or of its nearest enclosing field when it is missing. */
  line(path: (string | number)[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.counter.linePos(node.range[0]).line + this.firstLine - 1;
    }
    return this.firstLine;
  }
  errors(): { line: number; message: string }[] {
    return this.doc.errors.map((e) => ({
      line: (e.linePos?.[0].line ?? 1) + this.firstLine - 1,
      message: e.message.split('\n')[0]!,
    }));
  }
}

/**
 * A zod issue as a maintainer's problem: what is wrong with the value and how to fix it, worded by
 * the content error map the build uses too (src/schemas/error-map.ts).
 */
function issueMessage(issue: z.core.$ZodIssue, _value: unknown): string {
  return issue.message;
}

const valueAt = (data: unknown, path: PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

function loadVocabularies(root: string, problems: ContentProblem[]) {
  const out: Record<string, { id: string }[]> = {};
  const files: Record<string, Located> = {};
  for (const [name, fileName, schema] of VOCABULARIES) {
    const file = `src/content/vocab/${fileName}`;
    const path = join(root, file);
    out[name] = [];
    if (!existsSync(path)) {
      problems.push({ file, path: [], message: 'missing — the vocabulary file must exist' });
      continue;
    }
    const located = new Located(readFileSync(path, 'utf8'), 1);
    files[name] = located;
    for (const e of located.errors()) problems.push({ file, path: [], line: e.line, message: `YAML: ${e.message}` });
    for (const n of numberNotations(located.doc))
      problems.push({ file, path: n.path, line: located.line(n.path), message: n.message });
    const entries = located.doc.toJS() as unknown;
    if (!Array.isArray(entries)) {
      problems.push({ file, path: [], line: 1, message: 'must be a YAML list of entries (- { id: …, … })' });
      continue;
    }
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const result = schema.safeParse(entry, { error: contentErrorMap(schema) });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const p = [i, ...(issue.path as (string | number)[])];
          problems.push({
            file,
            path: p,
            line: located.line(p),
            message: issueMessage(issue, valueAt(entry, issue.path)),
          });
        }
        return;
      }
      const id = result.data.id;
      if (seen.has(id))
        problems.push({
          file,
          path: [i, 'id'],
          line: located.line([i, 'id']),
          message: `duplicate id "${id}" (first on line ${seen.get(id)}) — ids must be unique`,
        });
      else seen.set(id, located.line([i]));
      out[name]!.push(result.data);
    });
  }
  const regions = out.regions as RegionEntry[];
  const regionIds = new Set(regions.map((r) => r.id));
  // Entries that failed their schema are left out, so find the line by id rather than by position.
  const lineOf = (name: string, id: string, field: string) => {
    const list = files[name]?.doc.toJS() as { id?: string }[] | undefined;
    const i = Array.isArray(list) ? list.findIndex((e) => e?.id === id) : -1;
    return i >= 0 ? { path: [i, field], line: files[name]!.line([i, field]) } : { path: [field] };
  };
  for (const r of regions) {
    if (r.parent && !regionIds.has(r.parent)) {
      problems.push({
        file: 'src/content/vocab/regions.yaml',
        ...lineOf('regions', r.id, 'parent'),
        message: `unknown parent region "${r.parent}" — use the id of another region, or null`,
      });
    }
  }
  for (const d of out.departments as DepartmentEntry[]) {
    if (!regionIds.has(d.region)) {
      problems.push({
        file: 'src/content/vocab/departments.yaml',
        ...lineOf('departments', d.id, 'region'),
        message: `unknown region "${d.region}" — use an id from src/content/vocab/regions.yaml`,
      });
    }
  }
  const drafted: ContentProblem[] = [];
  for (const d of out.departments as DepartmentEntry[]) {
    if (!d.draft) continue;
    drafted.push({
      file: 'src/content/vocab/departments.yaml',
      ...lineOf('departments', d.id, 'draft'),
      message: `待审核: department "${d.id}" (${d.name}) was drafted by npm run import from the wording ${d.aliases.map((a) => `"${a}"`).join(', ')} — set its full official name (or move the wording into the aliases of the department it is and delete the entry), then delete draft: true`,
    });
  }
  return {
    drafted,
    regions,
    departments: out.departments as DepartmentEntry[],
    topics: out.topics as TopicEntry[],
    categories: out.categories as { id: string }[],
  };
}

/**
 * The part of an invalid frontmatter that is valid: fields and list entries with schema problems
 * are dropped (they are reported already), so that the cross-references of the rest can be checked.
 */
function lenientData(raw: Record<string, unknown>, issues: z.core.$ZodIssue[]): PolicyData | null {
  const copy = structuredClone<Record<string, unknown>>(raw);
  const dropped = new Set<string>();
  for (const issue of issues) {
    const [top, index] = issue.path as (string | number)[];
    if (typeof top !== 'string') continue;
    if (typeof index === 'number' && Array.isArray(copy[top])) (copy[top] as unknown[])[index] = undefined;
    else dropped.add(top);
  }
  for (const key of dropped) delete copy[key];
  for (const [key, value] of Object.entries(copy))
    if (Array.isArray(value)) copy[key] = value.filter((v) => v !== undefined);
  const result = policySchema.partial().safeParse(copy);
  if (!result.success) return null;
  const d = result.data;
  return {
    ...d,
    targets: d.targets ?? [],
    subsidies: d.subsidies ?? [],
    clauses: d.clauses ?? {},
    issuers: d.issuers ?? [],
  } as PolicyData;
}

/** Where a body's text departs from what the importer makes of the source: the 0-based line index, or -1. */
function firstDifference(actual: string, expected: string): number {
  if (actual === expected) return -1;
  const a = actual.split('\n');
  const b = expected.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  return i === -1 ? a.length : i;
}

export function checkContent(root: string): CheckResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const vocab = loadVocabularies(root, problems);
  const dir = join(root, 'src/content/policies');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const allSources = existsSync(join(root, 'sources'))
    ? readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt'))
    : [];
  // Originals kept beside a UTF-8 copy (sources/<id>.gb18030.txt) are not sources of their own.
  const sourceFiles = allSources.filter((f) => !ORIGINAL_FILE.test(f));
  /** Each source's text, or null when it cannot be published as it is (reported once, here). */
  const sourceTexts = new Map<string, string | null>();
  for (const name of sourceFiles) {
    const bytes = readFileSync(join(root, 'sources', name));
    const file = `sources/${name}`;
    const refuse = (message: string, line?: number) => {
      problems.push({ file, path: [], line, message });
      sourceTexts.set(name, null);
    };
    if (bytes.length > MAX_SOURCE_BYTES) {
      refuse(tooLarge(bytes.length));
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      let seen = 'an encoding the importer cannot tell';
      try {
        seen = decodeText(bytes).encoding.toUpperCase();
      } catch {
        // The importer's message would say the same: not a text it can read.
      }
      refuse(
        `is not UTF-8 (it reads as ${seen}) — the site publishes UTF-8: run npm run import -- ${file}, which converts it and keeps the original beside it`,
      );
      continue;
    }
    const bad = badCharacter(text);
    if (bad) {
      refuse(
        `column ${bad.column}: holds ${bad.code} (${bad.name}), which cannot be part of a published text — delete it, then run npm run import -- ${file}`,
        bad.line,
      );
      continue;
    }
    sourceTexts.set(name, text);
  }
  for (const name of allSources) {
    const m = ORIGINAL_FILE.exec(name);
    if (!m) continue;
    const copy = `${m[1]}.txt`;
    const file = `sources/${name}`;
    const text = sourceTexts.get(copy);
    if (text === undefined) {
      problems.push({
        file,
        path: [],
        message: `keeps the original of sources/${copy}, which does not exist — import it (npm run import -- ${file}) or delete it`,
      });
      continue;
    }
    if (text === null) continue;
    let decoded: string | null;
    try {
      decoded = decodeText(readFileSync(join(root, 'sources', name))).text;
    } catch {
      decoded = null;
    }
    if (decoded !== text)
      problems.push({
        file,
        path: [],
        message: `does not decode (as ${m[2]!.toUpperCase()}) to the text of sources/${copy} — it is the original of another text: delete it if sources/${copy} was replaced, or import it again (npm run import -- ${file} --id ${m[1]} --force)`,
      });
  }
  /** Every readable policy file; `data` only when its frontmatter passed the schema. */
  const entries: {
    id: string;
    file: string;
    data: PolicyData | null;
    raw: Record<string, unknown>;
    issues: z.core.$ZodIssue[];
    source: unknown;
    title: unknown;
    body: string;
    bodyLine: number;
    located: Located;
    text: string;
  }[] = [];

  for (const name of files) {
    const id = name.replace(/\.mdx$/, '');
    const file = `src/content/policies/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      problems.push({
        file,
        path: [],
        message: `the file name "${id}" is the policy's ID and URL: rename it to a lower-case ASCII slug`,
      });
    const block = text.match(/^---\r?\n([\s\S]*?\r?\n)---/);
    if (!block) {
      problems.push({
        file,
        path: [],
        line: 1,
        message: 'no frontmatter — the file must start with a --- block (npm run import writes one)',
      });
      continue;
    }
    const located = new Located(block[1]!, 2);
    let parsed: { frontmatter: Record<string, unknown>; content: string };
    try {
      parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      problems.push({
        file,
        path: [],
        line: mark ? mark.line + 2 : 1,
        message: `YAML: ${(error as { reason?: string }).reason ?? (error as Error).message} — fix the frontmatter's syntax`,
      });
      continue;
    }
    for (const n of numberNotations(located.doc))
      problems.push({ file, path: n.path, line: located.line(n.path), message: n.message });
    const result = policySchema.safeParse(parsed.frontmatter, { error: contentErrorMap(policySchema) });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        problems.push({
          file,
          path,
          line: located.line(path),
          message: issueMessage(issue, valueAt(parsed.frontmatter, issue.path)),
        });
      }
    }
    // As the MDX integration gives the body: frontmatter blanked out, then trimmed.
    const body = parsed.content.trim();
    const bodyLine = parsed.content
      .slice(0, parsed.content.length - parsed.content.trimStart().length)
      .split('\n').length;
    const fm = parsed.frontmatter;
    entries.push({
      id,
      file,
      data: result.success ? result.data : null,
      raw: fm,
      issues: result.success ? [] : result.error.issues,
      source: fm.source,
      title: fm.title,
      body,
      bodyLine,
      located,
      text,
    });
  }

  const titles = new Map(
    entries.filter((e) => typeof e.title === 'string').map((e) => [(e.title as string).replace(/\s+/g, ''), e.id]),
  );
  const ctx = { departments: vocab.departments, topics: vocab.topics, regions: vocab.regions, titles };
  const checked: (PolicyToCheck & { entry: (typeof entries)[number] })[] = [];
  const bodyProblem = (entry: (typeof entries)[number], error: unknown) => {
    const m = (error as Error).message.match(/^line (\d+): ([\s\S]*)$/);
    // Clause extraction counts lines from the start of the body; the maintainer needs file lines.
    const message = (m ? m[2]! : (error as Error).message).replace(
      /\bline (\d+)/g,
      (_, n: string) => `line ${Number(n) + entry.bodyLine - 1}`,
    );
    problems.push({
      file: entry.file,
      path: [],
      line: m ? Number(m[1]) + entry.bodyLine - 1 : entry.bodyLine,
      message,
    });
  };
  for (const entry of entries) {
    const { id, file, data, body, bodyLine } = entry;
    if (data) {
      try {
        const model = buildPolicyModel(id, data, body, ctx);
        checked.push({
          file,
          id,
          data,
          clauseIds: new Set(model.byId.keys()),
          unmatchedUnits: model.unmatchedUnits,
          entry,
        });
      } catch (error) {
        bodyProblem(entry, error);
      }
    } else {
      // Without valid frontmatter there is no model, but the body's clauses and the fields that did
      // pass the schema can still be checked, so that one run reports everything.
      try {
        const clauseIds = new Set(extractClauses(body).map((c) => c.id));
        const lenient = lenientData(entry.raw, entry.issues);
        if (lenient) checked.push({ file, id, data: lenient, clauseIds, unmatchedUnits: [], entry });
      } catch (error) {
        bodyProblem(entry, error);
      }
    }
    if (typeof entry.source !== 'string') continue;
    const sourcePath = join(root, 'sources', entry.source);
    if (!existsSync(sourcePath)) {
      if (!data)
        problems.push({
          file,
          path: ['source'],
          line: entry.located.line(['source']),
          message: `no file sources/${entry.source} — copy the verbatim text there (npm run import does)`,
        });
      continue;
    }
    const sourceText = sourceTexts.get(entry.source);
    if (sourceText === null) continue; // not publishable as it is: reported above
    let expected: string;
    try {
      expected = toMdxBody(parsePolicy(sourceText ?? readFileSync(sourcePath, 'utf8')).children);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const m = error.message.match(/^line (\d+): ([\s\S]*)$/);
      problems.push({
        file: `sources/${entry.source}`,
        path: [],
        line: m ? Number(m[1]) : undefined,
        message: m ? m[2]! : error.message,
      });
      continue;
    }
    const after = entry.text
      .slice(entry.text.indexOf('\n---', 3) + 4)
      .replace(/^\r?\n/, '')
      .replace(/^\r?\n/, '');
    const at = firstDifference(after, expected);
    if (at >= 0) {
      problems.push({
        file,
        path: [],
        line: at + bodyLine,
        message: `the body differs from what npm run import makes of sources/${entry.source} (first difference here) — correct the source text, not the MDX body, then run npm run import -- sources/${entry.source}`,
      });
    }
  }

  const vocabSets = {
    regions: new Set(vocab.regions.map((r) => r.id)),
    topics: new Set(vocab.topics.map((t) => t.id)),
    departments: new Set(vocab.departments.map((d) => d.id)),
    categories: new Set(vocab.categories.map((c) => c.id)),
    policies: new Set(entries.map((e) => e.id)),
    sources: new Set(sourceFiles),
  };
  const byFile = new Map(checked.map((c) => [c.file, c.entry]));
  const locate = (p: ContentProblem): ContentProblem => {
    const entry = byFile.get(p.file);
    if (!entry || p.line) return p;
    if (p.path.length) return { ...p, line: entry.located.line(p.path) };
    if (p.clause) {
      const at = entry.text.split('\n').findIndex((l) => l.includes(`id="${p.clause}"`));
      return at >= 0 ? { ...p, line: at + 1 } : p;
    }
    return p;
  };
  problems.push(...checkPolicies(checked, vocabSets).map(locate));
  for (const c of checked) warnings.push(...draftWarnings(c).map(locate));
  warnings.push(...vocab.drafted);
  const used = new Set(entries.map((e) => e.source));
  for (const s of sourceFiles) {
    if (!used.has(s))
      warnings.push({
        file: `sources/${s}`,
        path: [],
        message: 'no policy names this text as its source — import it (npm run import) or remove it',
      });
  }
  const order = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return { problems: problems.sort(order), warnings: warnings.sort(order), policies: files.length };
}

export interface Report {
  /** Lines to print, errors first: "error    file:line  field  message" or "warning  …". */
  lines: { level: 'error' | 'warning'; text: string }[];
  summary: string;
  /** 1 when there is a problem — or, with `strict`, anything awaiting review. */
  exitCode: 0 | 1;
}

/**
 * What `npm run check:content` prints and returns. Drafts (待审核 policies and departments,
 * importer proposals) are warnings: the site builds and shows them marked. With `strict` — what a
 * release runs — every warning is an error, so nothing unreviewed is released.
 */
export function report(result: CheckResult, strict = false): Report {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const errors = strict ? [...result.problems, ...result.warnings] : result.problems;
  const warnings = strict ? [] : result.warnings;
  const lines = [
    ...errors.map((p) => ({ level: 'error' as const, text: describeProblem(p) })),
    ...warnings.map((p) => ({ level: 'warning' as const, text: describeProblem(p) })),
  ];
  const refused =
    strict && result.warnings.length
      ? ` (--strict: ${count(result.warnings.length, 'draft or reminder', 'drafts and reminders')} refused for a release)`
      : '';
  const summary = `check:content: ${count(result.policies, 'policy', 'policies')} checked, ${count(errors.length, 'problem')}, ${count(warnings.length, 'warning')}${refused}`;
  return { lines, summary, exitCode: errors.length ? 1 : 0 };
}

/** One problem as printed by `npm run check:content`: file:line, field, message. */
export function describeProblem(p: ContentProblem): string {
  const where = p.path.length
    ? fieldName(p.path)
    : p.clause
      ? `body, clause ${p.clause}`
      : p.file.endsWith('.mdx')
        ? 'body'
        : '';
  return `${p.file}${p.line ? `:${p.line}` : ''}${where ? `  ${where}` : ''}  ${p.message}`;
}
