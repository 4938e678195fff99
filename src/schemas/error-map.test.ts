import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { entryProblems, yamlLine } from './checked-loader.ts';
import { contentErrorMap, describeValue, issueMessage } from './error-map.ts';
import { policySchema } from './policy.ts';
import { regionSchema } from './vocab.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The messages of parsing `data` with `schema` under the content error map, by field. */
function messages(schema: z.ZodType, data: unknown): Record<string, string> {
  const result = schema.safeParse(data, { error: contentErrorMap(schema) });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

/** A valid policy frontmatter, to break one field at a time. */
const fixture = (name: string) => {
  const text = readFileSync(resolve(ROOT, 'tests/fixtures/bad-content', `${name}.mdx`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
};
const valid: Record<string, unknown> = { ...fixture('wrong-type'), period: { start: 2021, end: 2023 } };

describe('the content error map', () => {
  it('accepts the valid frontmatter the cases below break', () => {
    expect(policySchema.safeParse(valid).success).toBe(true);
  });

  it('names a missing field, says to add it, and what it holds', () => {
    const { title: _, ...rest } = valid;
    expect(messages(policySchema, rest).title).toBe(
      'missing — add it (see src/schemas/ for its type; what it holds: 文件全称，照录原文。)',
    );
  });

  it('says which form a value must take, what it found, and what the field holds', () => {
    const message = messages(policySchema, { ...valid, period: '2021—2023' }).period!;
    expect(message).toMatch(/^expected a mapping of fields \(\{ key: value \}\), found the text "2021—2023"/);
    expect(message).toContain('what it holds: 规划期（年），如 {"start": 2021, "end": 2023}');
    expect(message).toContain('write null where the text does not state it');
  });

  it('finds the documentation of a field inside lists and wrappers', () => {
    const subsidies = valid.subsidies as Record<string, unknown>[];
    const broken = { ...valid, subsidies: [{ ...subsidies[0], maxAmountWan: '500万元' }] };
    const message = messages(policySchema, broken)['subsidies.0.maxAmountWan']!;
    expect(message).toMatch(/^expected a number, found the text "500万元"/);
    expect(message).toContain('单位万元');
  });

  it('tells an unquoted YAML date to be quoted', () => {
    expect(messages(policySchema, { ...valid, dateWritten: new Date('2021-04-17') }).dateWritten).toBe(
      'YAML read an unquoted date — write it in quotes: "2021-04-17"',
    );
  });

  it('lists the values an enumeration allows', () => {
    expect(messages(policySchema, { ...valid, numbering: 'flat' }).numbering).toBe(
      'the text "flat" is not allowed — use one of "nested", "running"',
    );
  });

  it('says a union accepts each of its forms', () => {
    const subsidies = valid.subsidies as Record<string, unknown>[];
    const broken = { ...valid, subsidies: [{ ...subsidies[0], ratePct: '10-30' }] };
    expect(messages(policySchema, broken)['subsidies.0.ratePct']).toMatch(
      /^expected a number or a list such as \[min, max\], found the text "10-30" — /,
    );
  });

  it('refuses an empty text where the field cannot be empty', () => {
    expect(messages(policySchema, { ...valid, shortTitle: '' }).shortTitle).toMatch(
      /^empty — write the value; the field cannot be left empty; what it holds: 简称/,
    );
  });

  it('keeps the messages the primitives word themselves', () => {
    expect(messages(policySchema, { ...valid, region: 'Kun Shan' }).region).toMatch(/lower-case ASCII letters/);
  });

  it('works on the vocabularies too, with no documentation to quote', () => {
    expect(messages(regionSchema, { id: 'x', name: 'X', parent: null, level: 'town', order: 1 }).level).toBe(
      'the text "town" is not allowed — use one of "province", "city", "county", "district"',
    );
    expect(messages(regionSchema, { id: 'x', name: 'X', parent: null, level: 'city', order: 1.5 }).order).toMatch(
      /^expected a whole number, found number 1.5/,
    );
  });

  it('words bounds, lists and unknown fields', () => {
    const schema = z.strictObject({ n: z.number().min(1).max(9), items: z.array(z.string()).min(2) });
    const out = messages(schema, { n: 0, items: ['a'], extra: 1 });
    expect(out.n).toBe('number 0 is below the minimum 1');
    expect(out.items).toBe('a list of 1 — it needs at least 2');
    expect(out['']).toBe('unknown field "extra" — check the spelling against src/schemas/');
    expect(messages(schema, { n: 10, items: ['a', 'b'] }).n).toBe('number 10 is above the maximum 9');
  });

  it('leaves issues it has no better words for to zod', () => {
    expect(issueMessage({ code: 'custom', input: 1, path: [] } as never)).toBeUndefined();
  });
});

describe('describeValue', () => {
  it('names values as the YAML writes them', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('a mapping of fields');
    expect(describeValue('长'.repeat(50))).toBe(`the text "${'长'.repeat(40)}…"`);
  });
});

describe('yamlLine', () => {
  const yaml = 'title: x\nperiod: "2021"\nsubsidies:\n  - id: sub1\n    clause: s1\n';
  it('finds the line of a field, counting from the line the YAML starts on', () => {
    expect(yamlLine(yaml, ['period'])).toBe(2);
    expect(yamlLine(yaml, ['subsidies', 0, 'clause'], 2)).toBe(6);
  });
  it('falls back to the nearest enclosing field that is there', () => {
    expect(yamlLine(yaml, ['subsidies', 0, 'what'])).toBe(4);
    expect(yamlLine(yaml, ['missing'])).toBe(1);
  });
});

describe('entryProblems', () => {
  const where = (name: string) => ({
    filePath: resolve(ROOT, 'tests/fixtures/bad-content', `${name}.mdx`),
    id: name,
    root: ROOT,
  });
  it('names the file, the line, the field, what is wrong and the fix', () => {
    expect(entryProblems(policySchema, fixture('wrong-type'), where('wrong-type'))).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/bad-content\/wrong-type\.mdx:10: period: expected a mapping of fields .*found the text "2021—2023" — .*what it holds: 规划期/,
      ),
    ]);
    expect(entryProblems(policySchema, fixture('missing-field'), where('missing-field'))).toEqual([
      expect.stringMatching(/^tests\/fixtures\/bad-content\/missing-field\.mdx:2: title: missing — add it/),
    ]);
  });
  it('finds nothing wrong with a valid entry', () => {
    expect(entryProblems(policySchema, valid, where('wrong-type'))).toEqual([]);
  });
  it('finds an entry of a YAML list by its id', () => {
    const file = resolve(ROOT, 'src/content/vocab/regions.yaml');
    const problems = entryProblems(
      regionSchema,
      { id: 'kunshan', name: '昆山市', parent: 'suzhou', level: 'town', order: 4 },
      { filePath: file, id: 'kunshan', root: ROOT },
    );
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('id: kunshan')) + 1;
    expect(problems).toEqual([
      `src/content/vocab/regions.yaml:${line}: level: the text "town" is not allowed — use one of "province", "city", "county", "district"`,
    ]);
  });
});
