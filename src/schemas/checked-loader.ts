/**
 * Content loaders whose broken entries stop the build with a message a maintainer can act on:
 * every problem of the entry, each with its file, line, field, what is wrong and how to fix it
 * (the error map of error-map.ts), thrown as an AstroError with a hint — instead of zod's
 * "Invalid input: expected string, received undefined". The entry is checked against the
 * collection's schema before Astro parses it; a valid entry goes on to Astro unchanged.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { formatProblem } from '../lib/content/validate.ts';
import { numberNotations } from '../lib/content/notation.ts';
import { contentErrorMap } from './error-map.ts';

/** Where to look next, for any content problem that stops the build. */
export const CONTENT_HINT =
  'Each field is documented in src/schemas/ (its .describe() text, also published at /data/). ' +
  'Run `npm run check:content` to list every content problem at once.';

/** The line of the field at `path` in a YAML text whose first line is `firstLine` of its file. */
export function yamlLine(yaml: string, path: PropertyKey[], firstLine = 1): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  // A missing field has no line: report the nearest enclosing one that has.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

/** Where an entry's data is in its file: an MDX file's frontmatter, or one item of a YAML list. */
function locate(filePath: string, id: string): { text: string; prefix: PropertyKey[]; firstLine: number } | null {
  let source: string;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  if (/\.mdx?$/.test(filePath)) {
    const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    return block ? { text: block[1]!, prefix: [], firstLine: 2 } : null;
  }
  const list = parseDocument(source).toJS() as unknown;
  const index = Array.isArray(list) ? list.findIndex((e) => (e as { id?: unknown } | null)?.id === id) : -1;
  return { text: source, prefix: index >= 0 ? [index] : [], firstLine: 1 };
}

/**
 * The problems of one entry, formatted as the build prints them ("file:line: field: message"),
 * or an empty list when it fits the schema.
 */
export function entryProblems(
  schema: z.core.$ZodType,
  data: unknown,
  where: { filePath: string; id: string; root: string },
): string[] {
  const result = (schema as z.ZodType).safeParse(data, { error: contentErrorMap(schema) });
  const file = relative(where.root, where.filePath).replace(/\\/g, '/');
  const located = locate(where.filePath, where.id);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message }));
  // zod sees only the number a YAML reader made of 0x1F4 or 1e3: the notation is checked on the text.
  if (located) {
    const { prefix } = located;
    for (const n of numberNotations(located.text))
      if (prefix.every((p, i) => n.path[i] === p))
        issues.push({ path: n.path.slice(prefix.length), message: n.message });
  }
  return issues.map(({ path, message }) => {
    const line = located ? yamlLine(located.text, [...located.prefix, ...path], located.firstLine) : undefined;
    return formatProblem({ file, path, line, message });
  });
}

/** `loader`, with every entry checked against `schema` first (see the top of this file). */
export function checkedLoader(loader: Loader, schema: z.core.$ZodType): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const root = fileURLToPath(context.config.root);
          const problems = entryProblems(schema, props.data, {
            filePath: props.filePath ?? props.id,
            id: props.id,
            root,
          });
          if (problems.length)
            throw new AstroError(
              `${context.collection} → ${props.id}: ${problems.length} problem${problems.length > 1 ? 's' : ''} in the content:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
              CONTENT_HINT,
            );
          return context.parseData(props);
        },
      }),
  };
}
