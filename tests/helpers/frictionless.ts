/**
 * Checking the open data as a Frictionless tool would, with the Frictionless project's own
 * definitions rather than ours:
 *
 * - the descriptor (datapackage.json) against the official Data Package profiles it declares
 *   (`data-package`; each resource's own, with Table Schema inside), which the Frictionless project ships in
 *   its npm package `datapackage`; validated with ajv (maintained, already the project's JSON
 *   Schema validator) and, for a second opinion, with that package's own `validate`;
 * - every CSV row against its Table Schema with the Frictionless reference implementation of
 *   Table Schema (`tableschema`): each cell cast to its declared type and checked against its
 *   constraints (required, enum, pattern), as a consuming tool would read it.
 *
 * Why these and not a newer library: no maintained Frictionless JavaScript library is on the
 * registry these machines reach (dpkit is not; datapackage-js and tableschema-js are the
 * Frictionless project's own, no longer released, and cannot read a CSV with a byte-order mark,
 * so the CSV is parsed here with csv-parse and each row handed to tableschema-js). The profiles
 * are the Data Package 1.0 ones; the 2.0 specification keeps 1.0 descriptors valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);

interface CastError {
  message: string;
  errors?: { message: string }[];
}
interface TableSchemaInstance {
  valid: boolean;
  errors: { message: string }[];
  castRow(row: unknown[]): unknown[];
}
interface TableSchemaModule {
  Schema: { load(descriptor: unknown, options?: { strict?: boolean }): Promise<TableSchemaInstance> };
}
interface DataPackageModule {
  validate(descriptor: unknown): Promise<{ valid: boolean; errors: { message: string }[] }>;
}

const tableschema = require('tableschema') as TableSchemaModule;
const datapackage = require('datapackage') as DataPackageModule;

type ProfileName = 'data-package' | 'tabular-data-package' | 'data-resource' | 'tabular-data-resource';
const PROFILES: readonly string[] = ['data-package', 'tabular-data-package', 'data-resource', 'tabular-data-resource'];

/** An official Data Package 1.0 profile, as the Frictionless project ships it. */
export function officialProfile(name: ProfileName): object {
  const dir = join(dirname(require.resolve('datapackage/package.json')), 'lib', 'profiles');
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as object;
}

function againstProfile(descriptor: unknown, profile: ProfileName, where: string): string[] {
  // The profiles declare JSON Schema draft-04; the keywords they use mean the same in ajv's draft-07.
  const { $schema: _draft, ...schema } = officialProfile(profile) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
  return validate(descriptor)
    ? []
    : (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? ''} (${profile})`);
}

/**
 * Errors of a package descriptor (empty when valid), as a Frictionless tool checks it: the
 * package against the profile it declares, and each resource against the profile that resource
 * declares (a package profile checks its resources only as far as it knows their kind), validated
 * with ajv. An unknown or missing profile is an error.
 */
export function profileErrors(descriptor: unknown): string[] {
  const pkg = descriptor as { profile?: string; resources?: { profile?: string }[] };
  const declared = pkg.profile ?? 'data-package';
  if (!PROFILES.includes(declared) || declared.endsWith('resource'))
    return [`package profile "${declared}" is not a package profile`];
  const problems = againstProfile(descriptor, declared as ProfileName, '');
  (pkg.resources ?? []).forEach((r, i) => {
    const profile = r.profile ?? 'data-resource';
    if (!PROFILES.includes(profile) || !profile.endsWith('resource'))
      problems.push(`/resources/${i} profile "${profile}" is not a resource profile`);
    else problems.push(...againstProfile(r, profile as ProfileName, `/resources/${i}`));
  });
  return problems;
}

/** The verdict of the Frictionless library itself (datapackage-js) on a descriptor. */
export async function frictionlessErrors(descriptor: unknown): Promise<string[]> {
  const { valid, errors } = await datapackage.validate(descriptor);
  return valid ? [] : errors.map((e) => e.message);
}

/**
 * Casts every row with tableschema-js and returns the problems, each naming the row; a schema
 * that is not valid Table Schema is reported as such. Rows are arrays of CSV cell texts.
 */
export async function castErrors(schema: unknown, rows: string[][], limit = 20): Promise<string[]> {
  const loaded = await tableschema.Schema.load(schema, { strict: false });
  if (!loaded.valid) return loaded.errors.map((e) => `schema: ${e.message}`);
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (problems.length >= limit) return;
    try {
      loaded.castRow(row);
    } catch (error) {
      const e = error as CastError;
      for (const inner of e.errors ?? [e]) problems.push(`row ${i + 1}: ${inner.message}`);
    }
  });
  return problems;
}

/** The values of the named columns of each row, joined, for key and foreign-key lookups (null when any is empty). */
export function keyOf(row: Record<string, string>, fields: readonly string[]): string | null {
  const values = fields.map((f) => row[f] ?? '');
  return values.some((v) => v === '') ? null : values.join('\u0000');
}

export interface TableResource {
  name: string;
  schema: {
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
  /** Rows keyed by column name, cells as the CSV writes them. */
  rows: Record<string, string>[];
}

/**
 * Primary keys that repeat and foreign keys that lead nowhere, across the resources of a
 * package, as a Frictionless validation reports them. A foreign key with an empty cell (a
 * top-level region's parent, a policy nothing supersedes) refers to nothing and is skipped.
 */
export function keyErrors(resources: TableResource[]): string[] {
  const problems: string[] = [];
  const byName = new Map(resources.map((r) => [r.name, r]));
  for (const r of resources) {
    const pk = r.schema.primaryKey ?? [];
    if (pk.length) {
      const seen = new Set<string>();
      r.rows.forEach((row, i) => {
        const key = keyOf(row, pk);
        if (key === null) problems.push(`${r.name} row ${i + 1}: primary key ${pk.join('+')} is empty`);
        else if (seen.has(key)) problems.push(`${r.name} row ${i + 1}: primary key ${pk.join('+')} repeats`);
        else seen.add(key);
      });
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? r : byName.get(fk.reference.resource);
      if (!target) {
        problems.push(`${r.name}: foreign key to unknown resource "${fk.reference.resource}"`);
        continue;
      }
      const keys = new Set(target.rows.map((row) => keyOf(row, fk.reference.fields)));
      r.rows.forEach((row, i) => {
        const key = keyOf(row, fk.fields);
        if (key !== null && !keys.has(key))
          problems.push(
            `${r.name} row ${i + 1}: ${fk.fields.join('+')} = ${fk.fields.map((f) => row[f]).join('+')} is not a ${target.name} ${fk.reference.fields.join('+')}`,
          );
      });
    }
  }
  return problems;
}
