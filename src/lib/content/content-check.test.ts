import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { draftFrontmatter } from '../import/frontmatter.ts';
import { toMdxBody } from '../import/mdx.ts';
import { parsePolicy } from '../import/parse.ts';
import { readFixture, ROOT } from '../import/test-support.ts';
import { checkContent, describeProblem } from './content-check.ts';
import { policySchema } from '../../schemas/policy.ts';

describe('the published content', () => {
  it('passes the content check', () => {
    const result = checkContent(ROOT);
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.policies).toBeGreaterThanOrEqual(5);
  });
});

describe('a new policy imported from a fixture', () => {
  const root = mkdtempSync(join(tmpdir(), 'check-content-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/content/policies'), { recursive: true });
  mkdirSync(join(root, 'sources'));
  cpSync(resolve(ROOT, 'src/content/vocab'), join(root, 'src/content/vocab'), { recursive: true });
  const vocab = (name: string) => parse(readFileSync(join(root, 'src/content/vocab', name), 'utf8'));

  const source = readFixture('articles');
  const body = toMdxBody(parsePolicy(source).children);
  const drafted = draftFrontmatter({
    source,
    body,
    sourceName: 'wuxi-support-measures.txt',
    numbering: 'nested',
    regions: vocab('regions.yaml'),
    departments: vocab('departments.yaml'),
  });
  const file = join(root, 'src/content/policies/wuxi-support-measures.mdx');
  const write = (frontmatter: string, text = body) => writeFileSync(file, `---\n${frontmatter}\n---\n\n${text}`);
  writeFileSync(join(root, 'sources/wuxi-support-measures.txt'), source);
  const lineOf = (needle: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;

  it('drafts frontmatter that passes the schema, with the region and metadata the text states', () => {
    const data = policySchema.parse(parse(drafted.yaml, { version: '1.1' }));
    expect(data).toMatchObject({
      title: '无锡市生物医药产业发展扶持办法',
      region: 'wuxi',
      issuers: ['无锡市人民政府'],
      dateWritten: '2024-12-10',
      validUntil: '2027-12-31',
      targets: [],
      subsidies: [],
    });
    expect(data.drafts?.subsidies.length).toBeGreaterThan(0);
    expect(drafted.yaml).toContain('dateWritten: "2024-12-10"');
  });

  it('reports the unit that matches no department, and warns while drafts remain', () => {
    write(drafted.yaml);
    const { problems, warnings } = checkContent(root);
    expect(problems.map(describeProblem)).toEqual([
      `src/content/policies/wuxi-support-measures.mdx:${lineOf('id="a5"')}  body, clause a5  responsible unit "市文旅局" matches no department — add it to the aliases of a department of region "wuxi" in src/content/vocab/departments.yaml`,
    ]);
    expect(warnings.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^src\/content\/policies\/wuxi-support-measures\.mdx:\d+ {2}drafts {2}\d+ subsidies, \d+ targets and 1 departments await review/,
      ),
    ]);
  });

  it('reports every problem at once with its line, field and fix', () => {
    const broken = drafted.yaml
      .replace('dateWritten: "2024-12-10"', 'dateWritten: 2024-12-10')
      .replace('region: wuxi', 'region: wuxi-city')
      .replace(
        'subsidies: []',
        [
          'subsidies:',
          '  - id: sub1',
          '    clause: a9',
          '    what: 创新药临床试验',
          '    category: drug-clinical-trial',
          '    beneficiary: 企业',
          '    kind: 资助',
          '    quote: 分别给予最高300万元、500万元、1000万元资助',
        ].join('\n'),
      );
    write(broken, body.replace('制定本办法。', '制定本条例。'));
    const lines = checkContent(root).problems.map(describeProblem);
    const f = 'src/content/policies/wuxi-support-measures.mdx';
    expect(lines).toEqual(
      expect.arrayContaining([
        `${f}:${lineOf('dateWritten:')}  dateWritten  YAML read an unquoted date — write it in quotes: "2021-04-17"`,
        `${f}:${lineOf('region: wuxi-city')}  region  unknown region "wuxi-city" — use an id from src/content/vocab/regions.yaml (add the region there first if it is new)`,
        `${f}:${lineOf('clause: a9')}  subsidies[0].clause  unknown clause "a9" — use the ID of a clause in this file's body (see docs/ids.md)`,
        expect.stringMatching(
          new RegExp(
            `^${f}:${lineOf('制定本条例')}  body  the body differs from what npm run import makes of sources/wuxi-support-measures\\.txt`,
          ),
        ),
      ]),
    );
  });

  it('names the file line of a duplicate clause ID in the body', () => {
    write(drafted.yaml, body.replace('<Clause id="a2">', '<Clause id="a1">'));
    const lines = checkContent(root).problems.map(describeProblem);
    expect(lines).toContainEqual(
      `src/content/policies/wuxi-support-measures.mdx:${lineOf('第二条（适用范围）') - 2}  body  duplicate clause ID "a1" (first used on line ${lineOf('id="a1"')}) — every clause needs its own ID`,
    );
  });

  it('checks the vocabularies with their lines', () => {
    write(drafted.yaml);
    const depts = join(root, 'src/content/vocab/departments.yaml');
    const original = readFileSync(depts, 'utf8');
    writeFileSync(
      depts,
      `${original}\n- { id: wuxi-kjj, name: 重复, region: wuxi }\n- { id: Bad_Id, name: 坏编号, region: nowhere }\n`,
    );
    try {
      const lines = checkContent(root).problems.map(describeProblem);
      const count = original.split('\n').length;
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(`^src/content/vocab/departments\\.yaml:${count + 1}  \\[\\d+\\]\\.id  duplicate id "wuxi-kjj"`),
          ),
          expect.stringMatching(
            new RegExp(
              `^src/content/vocab/departments\\.yaml:${count + 2}  \\[\\d+\\]\\.id  use lower-case ASCII letters`,
            ),
          ),
        ]),
      );
    } finally {
      writeFileSync(depts, original);
    }
  });
});
