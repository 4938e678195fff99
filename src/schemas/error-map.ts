/**
 * Content errors a maintainer can act on: a zod error map (in the manner of Starlight's
 * utils/error-map.ts) that turns each schema issue into what is wrong with the value and how to
 * fix it, with the field's own documentation (its `.describe()` text) as the reminder of what it
 * holds. The build (src/content.config.ts) and `npm run check:content` both use it, so a problem
 * reads the same wherever it is reported.
 */
import type { z } from 'astro/zod';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodRawIssue;
type Path = PropertyKey[];

/** Wrappers that hold the schema of the same value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

const defOf = (s: Schema) => s._zod.def as unknown as Record<string, unknown> & { type: string };
const descriptionOf = (s: Schema) => (s as { description?: string }).description;

/** The schema of the value at `path`, with every wrapper around it (outermost first). */
function schemasAt(root: Schema, path: Path): Schema[] {
  let layers = unwrap(root);
  for (const key of path) {
    const inner = layers.at(-1)!;
    const next = childOf(inner, key);
    if (!next) return [];
    layers = unwrap(next);
  }
  return layers;
}

function unwrap(schema: Schema): Schema[] {
  const layers = [schema];
  for (let s = schema; ;) {
    const def = defOf(s);
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!inner) return layers;
    s = inner as Schema;
    layers.push(s);
  }
}

function childOf(schema: Schema, key: PropertyKey): Schema | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return (def.shape as Record<PropertyKey, Schema>)[key];
    case 'array':
      return def.element as Schema;
    case 'tuple':
      return (def.items as Schema[])[Number(key)];
    case 'record':
      return def.valueType as Schema;
    case 'union':
      for (const option of def.options as Schema[]) {
        const child = childOf(unwrap(option).at(-1)!, key);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** What the field holds, from its documentation; and whether null (未载明) is allowed. */
function fieldInfo(root: Schema | undefined, path: Path): { doc: string | undefined; nullable: boolean } {
  const layers = root ? schemasAt(root, path) : [];
  return {
    doc: layers.map(descriptionOf).find((d) => d !== undefined),
    nullable: layers.some((s) => defOf(s).type === 'nullable'),
  };
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of fields ({ key: value })',
  array: 'a list',
  tuple: 'a list such as [min, max]',
  record: 'a mapping of fields',
  null: 'null',
};

/** A value as a maintainer would name it in their YAML. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return 'an unquoted date';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a mapping of fields';
}

/** The types a union accepts, from its options' type issues: "a number or a list such as [min, max]". */
function unionExpected(issue: Issue & { errors?: z.core.$ZodIssue[][] }): string | undefined {
  const expected = (issue.errors ?? []).flatMap((branch) =>
    branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0].path.length === 0
      ? [EXPECTED[branch[0].expected] ?? branch[0].expected]
      : [],
  );
  return expected.length === issue.errors?.length ? [...new Set(expected)].join(' or ') : undefined;
}

/** "… — what it holds: 规划期（年）…" and, for a nullable field, how to write "not stated". */
function reminder(doc: string | undefined, nullable: boolean): string {
  const parts = [doc && `what it holds: ${doc}`, nullable && 'write null where the text does not state it'];
  return parts.filter(Boolean).join('; ');
}

/**
 * The message for one issue: what is wrong, then how to fix it. Undefined leaves the issue to
 * the message the schema gives (primitives.ts words its own), or to zod's.
 */
export function issueMessage(issue: Issue, root?: Schema): string | undefined {
  const path = issue.path ?? [];
  const input = issue.input;
  const { doc, nullable } = fieldInfo(root, path);
  const also = (fix: string) => [fix, reminder(doc, nullable)].filter(Boolean).join('; ');
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `missing — add it (${also('see src/schemas/ for its type')})`;
      if (input instanceof Date) return 'YAML read an unquoted date — write it in quotes: "2021-04-17"';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(input)} — ${also('write the value in that form')}`;
    case 'invalid_union': {
      const expected = unionExpected(issue);
      if (!expected) return undefined;
      return `expected ${expected}, found ${describeValue(input)} — ${also('write the value in one of those forms')}`;
    }
    case 'invalid_value':
      return `${describeValue(input)} is not allowed — use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return `empty — ${also(nullable ? 'write the value' : 'write the value; the field cannot be left empty')}`;
      if (issue.origin === 'array')
        return `a list of ${Array.isArray(input) ? input.length : 0} — it needs at least ${String(issue.minimum)}`;
      return `${describeValue(input)} is below the minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `${describeValue(input)} is above the maximum ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — check the spelling against src/schemas/`;
    case 'invalid_format':
      return `${describeValue(input)} does not have the required form${issue.pattern ? ` (${issue.pattern})` : ''} — ${also('correct the value')}`;
    default:
      return undefined;
  }
}

/** The error map for parsing with `schema`: messages that say what is wrong and how to fix it. */
export function contentErrorMap(schema: Schema): z.core.$ZodErrorMap {
  return (issue) => issueMessage(issue, schema);
}
