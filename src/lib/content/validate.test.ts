import { describe, expect, it } from 'vitest';
import { policySchema } from '../../schemas/policy.ts';
import {
  checkPolicies,
  draftWarnings,
  fieldName,
  validatePolicies,
  type PolicyToCheck,
  type Vocabularies,
} from './validate.ts';

const vocab: Vocabularies = {
  regions: new Set(['wuxi']),
  topics: new Set(['talent']),
  departments: new Set(['wuxi-kjj']),
  categories: new Set(['drug-clinical-trial']),
  policies: new Set(['a', 'b']),
  sources: new Set(['a.txt']),
};

const policy = (data: Record<string, unknown>, clauseIds = ['s1', 's1-c1']): PolicyToCheck => ({
  file: 'src/content/policies/a.mdx',
  id: 'a',
  data: policySchema.parse({
    title: '标题',
    shortTitle: '简称',
    region: 'wuxi',
    kind: '政策意见',
    docNumber: null,
    dateWritten: null,
    datePublished: null,
    period: null,
    validUntil: null,
    source: 'a.txt',
    ...data,
  }),
  clauseIds: new Set(clauseIds),
  unmatchedUnits: [],
});

describe('checkPolicies', () => {
  it('refuses a rate above 100 % unless its quote writes it', () => {
    const subsidy = (ratePct: unknown, quote: string, tiers: unknown[] = []) => ({
      id: 'sub1',
      clause: 's1',
      what: '贷款贴息',
      category: 'finance',
      beneficiary: '企业',
      kind: '贴息',
      ratePct,
      tiers,
      quote,
    });
    const fields = (s: ReturnType<typeof subsidy>) =>
      checkPolicies([policy({ subsidies: [s] })], { ...vocab, categories: new Set(['finance']) }).map(
        (p) => `${fieldName(p.path)}: ${p.message}`,
      );
    expect(fields(subsidy(150, '按贷款利息的15%给予贴息'))).toEqual([
      expect.stringMatching(/^subsidies\[0\]\.ratePct: 150 % is above 100 % and its quote does not write it/),
    ]);
    expect(fields(subsidy([50, 150], '按贷款利息的50%—150%给予贴息'))).toEqual([]);
    expect(fields(subsidy(150, '按基准利率的150%给予贴息'))).toEqual([]);
    expect(fields(subsidy(100, '按贷款利息的100%给予贴息'))).toEqual([]);
    expect(fields(subsidy(null, '给予贴息', [{ label: '一档', ratePct: 120 }]))).toEqual([
      expect.stringMatching(/^subsidies\[0\]\.tiers\[0\]\.ratePct: 120 % is above 100 %/),
    ]);
  });

  it('finds nothing wrong with consistent content', () => {
    expect(checkPolicies([policy({ supersededBy: 'b' })], vocab)).toEqual([]);
  });

  it('reports a target citing an unknown clause as another place of the same indicator', () => {
    const target = {
      id: 't1',
      clause: 's1',
      indicator: '企业总数',
      theme: '企业',
      unit: '家',
      targetYear: 2025,
      targetValue: 500,
      quote: '企业总数500家',
      alsoIn: [{ clause: 's1-c9', quote: '企业数量超500家' }],
    };
    const problems = checkPolicies([policy({ targets: [target] })], vocab);
    expect(problems.map((p) => fieldName(p.path))).toEqual(['targets[0].alsoIn[0].clause']);
    expect(problems[0]!.message).toMatch(/unknown clause "s1-c9"/);
  });

  it('names the field path of each problem', () => {
    const subsidy = {
      id: 'sub1',
      clause: 's9',
      what: '临床',
      category: 'nope',
      beneficiary: '企业',
      kind: '资助',
      quote: '给予资助',
      departments: ['wuxi-kjj', 'x-y'],
    };
    const problems = checkPolicies(
      [
        policy({
          region: 'suzhou',
          subsidies: [subsidy, { ...subsidy, clause: 's1' }],
          clauses: { 's1-c1': { topics: ['talent', 'nope'] } },
        }),
      ],
      vocab,
    );
    expect(problems.map((p) => fieldName(p.path))).toEqual([
      'region',
      'subsidies[1].id',
      'subsidies[0].clause',
      'subsidies[0].category',
      'subsidies[0].departments[1]',
      'subsidies[1].category',
      'subsidies[1].departments[1]',
      'clauses.s1-c1.topics[1]',
    ]);
  });

  it('refuses importer placeholders and a policy superseding itself', () => {
    const problems = validatePolicies(
      [policy({ title: 'TODO: 标题', kind: 'TODO: 文件类型', supersededBy: 'a' })],
      vocab,
    );
    expect(problems).toEqual([
      'src/content/policies/a.mdx: title: still holds the importer\'s placeholder "TODO: 标题" — write it as the text gives it',
      'src/content/policies/a.mdx: kind: still holds the importer\'s placeholder "TODO: 文件类型" — write it as the text gives it',
      'src/content/policies/a.mdx: supersededBy: a policy cannot supersede itself — name its successor, or null',
    ]);
  });

  it('reports responsible units that match no department against their clause', () => {
    const p = { ...policy({}), unmatchedUnits: [{ clause: 's1-c1', text: '市贸促会' }] };
    expect(validatePolicies([p], vocab)).toEqual([
      'src/content/policies/a.mdx: body (clause s1-c1): responsible unit "市贸促会" matches no department — add it to the aliases of a department of region "wuxi" in src/content/vocab/departments.yaml',
    ]);
  });
});

describe('draftWarnings', () => {
  it('warns while drafts remain, and about drafts whose clause is gone', () => {
    const p = policy({
      drafts: {
        subsidies: [
          { clause: 's1-c1', quote: '给予最高500万元资助' },
          { clause: 's7', quote: '给予奖励' },
        ],
        targets: [],
        departments: [],
      },
    });
    expect(draftWarnings(p).map((w) => [fieldName(w.path), w.message])).toEqual([
      ['drafts', expect.stringMatching(/^2 subsidy drafts and 0 target drafts await review/)],
      ['drafts.subsidies[1].clause', expect.stringMatching(/^unknown clause "s7"/)],
    ]);
    expect(draftWarnings(policy({}))).toEqual([]);
  });

  it('warns about an unreviewed import and its stand-in title, and counts department drafts of older imports', () => {
    const p = policy({
      draft: true,
      title: '标题未载明（a）',
      drafts: { subsidies: [], targets: [], departments: [{ text: '市文旅局', region: 'wuxi', clauses: ['s1'] }] },
    });
    expect(draftWarnings(p).map((w) => [fieldName(w.path), w.message])).toEqual([
      [
        'draft',
        expect.stringMatching(/^待审核: an unreviewed import, published marked as such — .*then delete draft: true/),
      ],
      ['title', expect.stringMatching(/^"标题未载明（a）" stands in for a title the text does not give/)],
      [
        'drafts',
        expect.stringMatching(
          /^0 subsidy drafts, 0 target drafts and 1 department draft await review — .*\(departments into src\/content\/vocab\/departments\.yaml\)/,
        ),
      ],
    ]);
    // A title that merely starts like one is the publisher's own.
    expect(draftWarnings(policy({ title: '标题未载明的文件' }))).toEqual([]);
  });
});
