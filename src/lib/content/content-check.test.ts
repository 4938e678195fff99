import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport } from '../import/plan.ts';
import { toMdxBody } from '../import/mdx.ts';
import { parsePolicy } from '../import/parse.ts';
import { readFixture, ROOT } from '../import/test-support.ts';
import { checkContent, describeProblem, report } from './content-check.ts';
import { policySchema } from '../../schemas/policy.ts';

describe('the published content', () => {
  it('passes the content check', () => {
    const result = checkContent(ROOT);
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.policies).toBeGreaterThanOrEqual(5);
  });

  it('holds nothing awaiting review: it passes --strict, as a release requires', () => {
    const result = report(checkContent(ROOT), true);
    expect(result.lines.map((l) => l.text)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

describe('a new policy imported from a fixture', () => {
  const root = mkdtempSync(join(tmpdir(), 'check-content-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/content/policies'), { recursive: true });
  mkdirSync(join(root, 'sources'));
  cpSync(resolve(ROOT, 'src/content/vocab'), join(root, 'src/content/vocab'), { recursive: true });
  const vocabFile = (name: string) => join(root, 'src/content/vocab', name);

  // As `npm run import -- tests/fixtures/import/articles.txt --id wuxi-support-measures` writes it.
  const source = readFixture('articles');
  const body = toMdxBody(parsePolicy(source).children);
  const plan = planImport(
    source,
    { id: 'wuxi-support-measures', file: 'tests/fixtures/import/articles.txt' },
    {
      regionsYaml: readFileSync(vocabFile('regions.yaml'), 'utf8'),
      departmentsYaml: readFileSync(vocabFile('departments.yaml'), 'utf8'),
      existingMdx: null,
      existingSource: null,
      importingTheCopy: false,
    },
  );
  for (const w of plan.writes) writeFileSync(join(root, w.path), w.content);
  const file = join(root, 'src/content/policies/wuxi-support-measures.mdx');
  const imported = readFileSync(file, 'utf8');
  const drafted = { yaml: imported.match(/^---\n([\s\S]*?)\n---\n/)![1]! };
  const departmentsAsImported = readFileSync(vocabFile('departments.yaml'), 'utf8');
  const write = (frontmatter: string, text = body) => writeFileSync(file, `---\n${frontmatter}\n---\n\n${text}`);
  const lineOf = (needle: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;

  it('drafts frontmatter that passes the schema, marked draft, with the region and metadata the text states', () => {
    const data = policySchema.parse(parse(drafted.yaml, { version: '1.1' }));
    expect(data).toMatchObject({
      draft: true,
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

  it('adds the unit no department matched as a draft department, so the import has no problem, only warnings', () => {
    expect(plan.draftDepartments).toEqual([
      { id: 'wuxi-wlj', name: '无锡市文旅局', region: 'wuxi', aliases: ['市文旅局'], draft: true },
    ]);
    const result = checkContent(root);
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.warnings.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^src\/content\/policies\/wuxi-support-measures\.mdx:\d+ {2}draft {2}待审核: an unreviewed import/,
      ),
      expect.stringMatching(
        /^src\/content\/policies\/wuxi-support-measures\.mdx:\d+ {2}drafts {2}4 subsidy drafts and 0 target drafts await review — check each against its quote, move it into subsidies:\/targets:, then delete drafts:$/,
      ),
      expect.stringMatching(
        /^src\/content\/vocab\/departments\.yaml:\d+ {2}\[\d+\]\.draft {2}待审核: department "wuxi-wlj" \(无锡市文旅局\) was drafted by npm run import from the wording "市文旅局"/,
      ),
    ]);
    const departmentLine = departmentsAsImported.split('\n').findIndex((l) => l.includes('id: wuxi-wlj')) + 1;
    expect(result.warnings[2]!.line).toBe(departmentLine);
  });

  it('passes without --strict and fails with it, listing every draft as an error', () => {
    const result = checkContent(root);
    const lenient = report(result);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.lines.map((l) => l.level)).toEqual(['warning', 'warning', 'warning']);
    const strict = report(result, true);
    expect(strict.exitCode).toBe(1);
    expect(strict.lines.map((l) => l.level)).toEqual(['error', 'error', 'error']);
    expect(strict.summary).toMatch(
      /3 problems, 0 warnings \(--strict: 3 drafts and reminders refused for a release\)$/,
    );
  });

  it('reports a unit that matches no department as an error', () => {
    writeFileSync(vocabFile('departments.yaml'), departmentsAsImported.replace(/^.*id: wuxi-wlj.*$/m, ''));
    try {
      expect(checkContent(root).problems.map(describeProblem)).toEqual([
        `src/content/policies/wuxi-support-measures.mdx:${lineOf('id="a5"')}  body, clause a5  responsible unit "市文旅局" matches no department — add it to the aliases of a department of region "wuxi" in src/content/vocab/departments.yaml`,
      ]);
    } finally {
      writeFileSync(vocabFile('departments.yaml'), departmentsAsImported);
    }
  });

  it('warns about a stand-in title', () => {
    write(drafted.yaml.replace(/^(title|shortTitle): .*$/gm, '$1: 标题未载明（wuxi-support-measures）'));
    const warnings = checkContent(root).warnings.map(describeProblem);
    expect(warnings.filter((w) => w.includes('stands in for a title'))).toEqual([
      expect.stringMatching(
        /:\d+ {2}title {2}"标题未载明（wuxi-support-measures）" stands in for a title the text does not give/,
      ),
      expect.stringMatching(/:\d+ {2}shortTitle {2}"标题未载明/),
    ]);
    write(drafted.yaml);
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

  it('reports an empty region', () => {
    write(drafted.yaml.replace('region: wuxi', 'region: ""'));
    const lines = checkContent(root).problems.map(describeProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^src/content/policies/wuxi-support-measures\\.mdx:${lineOf('region: ""')} {2}region {2}use lower-case ASCII`,
        ),
      ),
    );
    write(drafted.yaml);
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
