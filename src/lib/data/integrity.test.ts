/**
 * The targets and subsidies in the policies' frontmatter, checked against the texts. Loads the
 * MDX files directly (no Astro runtime): frontmatter through the zod schema, clauses through
 * the same extractor the site uses.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicyData } from '../../schemas/policy.ts';
import { validatePolicies } from '../content/validate.ts';
import { checkFigures, figureInColumn, incrementVersusLevel, yearStated, type ClauseText } from './integrity.ts';
import { loadContent } from './load-content.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const { regions, departments, topics, categories, files, models } = loadContent(ROOT);

describe('policy frontmatter', () => {
  it('finds the five policies', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  it.each(files.map((p) => [p.id, p] as const))('%s validates against policySchema', (_id, p) => {
    expect(p.result.error?.issues ?? []).toEqual([]);
  });
});

describe('targets and subsidies against the text', () => {
  it.each(models.map((m) => [m.id, m] as const))('%s: quotes and figures are in the cited clauses', (_id, model) => {
    const clauses = new Map<string, ClauseText>(model.clauses.map((c) => [c.id, c]));
    expect(checkFigures(model.id, model.data, clauses)).toEqual([]);
  });
});

/** Every figure of the data, each as a copy of the policy data with that one figure off by one. */
function* misprints(data: PolicyData): Generator<[string, PolicyData]> {
  const bump = (v: number | [number, number]) => (Array.isArray(v) ? ([v[0], v[1] + 1] as [number, number]) : v + 1);
  for (const [i, t] of data.targets.entries()) {
    const copy = (patch: Partial<typeof t>) => ({
      ...data,
      targets: data.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    });
    yield [`${t.id}.targetValue`, copy({ targetValue: bump(t.targetValue) })];
    if (t.baselineValue !== null) yield [`${t.id}.baselineValue`, copy({ baselineValue: t.baselineValue + 1 })];
  }
  for (const [i, s] of data.subsidies.entries()) {
    const copy = (patch: Partial<typeof s>) => ({
      ...data,
      subsidies: data.subsidies.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    });
    for (const field of ['maxAmountWan', 'annualCapWan', 'raisedMaxWan', 'raiseByWan'] as const) {
      const v = s[field];
      if (v !== null) yield [`${s.id}.${field}`, copy({ [field]: v + 1 })];
    }
    if (s.ratePct !== null) yield [`${s.id}.ratePct`, copy({ ratePct: bump(s.ratePct) })];
    for (const [j, tier] of s.tiers.entries()) {
      const tiers = (patch: Partial<typeof tier>) =>
        copy({ tiers: s.tiers.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
      if (tier.maxAmountWan !== null)
        yield [`${s.id}.tiers[${j}].maxAmountWan`, tiers({ maxAmountWan: tier.maxAmountWan + 1 })];
      if (tier.ratePct !== null) yield [`${s.id}.tiers[${j}].ratePct`, tiers({ ratePct: bump(tier.ratePct) })];
    }
  }
}

describe('the figure check has teeth', () => {
  it.each(models.map((m) => [m.id, m] as const))('%s: every figure typed off by one is reported', (_id, model) => {
    const clauses = new Map<string, ClauseText>(model.clauses.map((c) => [c.id, c]));
    const missed = [...misprints(model.data)]
      .filter(
        ([what, data]) => !checkFigures(model.id, data, clauses).some((p) => p.includes(`(${what.split('.')[0]})`)),
      )
      .map(([what]) => what);
    expect(missed).toEqual([]);
  });
  it('reports a quote cited to the wrong clause', () => {
    const model = models.find((m) => m.data.subsidies.length > 0)!;
    const clauses = new Map<string, ClauseText>(model.clauses.map((c) => [c.id, c]));
    const s = model.data.subsidies[0]!;
    const other = model.clauses.find((c) => !c.text.replace(/\s+/g, '').includes(s.quote.replace(/\s+/g, '')))!;
    const problems = checkFigures(model.id, { targets: [], subsidies: [{ ...s, clause: other.id }] }, clauses);
    expect(problems.some((p) => p.includes('.quote'))).toBe(true);
  });
});

describe('one indicator, every place that states it', () => {
  const taicang = models.find((m) => m.id === 'taicang-biomed-cluster-2025')!;
  const clauses = new Map<string, ClauseText>(taicang.clauses.map((c) => [c.id, c]));
  const target = (id: string) => taicang.data.targets.find((t) => t.id === id)!;
  const problemsWith = (id: string, patch: Partial<(typeof taicang.data.targets)[number]>) =>
    checkFigures(taicang.id, { targets: [{ ...target(id), ...patch }], subsidies: [] }, clauses);

  it('merges each row of 附件1 with the body sentence stating the same indicator', () => {
    // 生物医药企业 500: 一、（二）“生物医药企业数量超500家” and 附件1 企业总数 260 → 500 are one indicator.
    const cited = (row: string) => taicang.data.targets.filter((t) => t.clause === row);
    expect(cited('annex1-row2').map((t) => t.alsoIn.map((m) => m.clause))).toEqual([['s1-c2']]);
    for (const row of ['annex1-row1', 'annex1-row3', 'annex1-row4', 'annex1-row5', 'annex1-row6', 'annex1-row9'])
      expect(cited(row)[0]?.alsoIn.length, row).toBeGreaterThan(0);
    // No target left citing only one of the two places.
    const mentioned = new Set(taicang.data.targets.flatMap((t) => t.alsoIn.map((m) => `${m.clause}|${m.quote}`)));
    for (const t of taicang.data.targets) expect(mentioned.has(`${t.clause}|${t.quote}`), t.id).toBe(false);
  });
  it('says where body and annex disagree (新增50人 against 8 → 50人)', () => {
    expect(target('t24')).toMatchObject({ clause: 'annex1-row5', baselineValue: 8, targetValue: 50 });
    expect(target('t24').alsoIn.map((m) => m.clause)).toEqual(['s2-c4-i2']);
    expect(target('t24').discrepancy).toContain('新增42人');
    expect(target('t25').discrepancy).toContain('新增87人');
    expect(incrementVersusLevel(target('t24'))).toEqual(['s2-c4-i2']);
    expect(problemsWith('t24', { discrepancy: null }).join('\n')).toMatch(/t24.*discrepancy.*新增/);
  });
  it('checks the figure and the quote of every mention', () => {
    expect(problemsWith('t2', { targetValue: 501 }).filter((p) => p.includes('alsoIn[0]')).length).toBe(1);
    const wrongClause = problemsWith('t2', { alsoIn: [{ clause: 's2-c4-i2', quote: '生物医药企业数量超500家' }] });
    expect(wrongClause.join('\n')).toMatch(/alsoIn\[0\]\.quote: not in the text of clause s2-c4-i2/);
    expect(problemsWith('t2', { alsoIn: [{ clause: 'nope', quote: 'x' }] }).join('\n')).toMatch(
      /"nope" does not exist/,
    );
  });
  it('treats an increase against a zero baseline, or a mention without 新增, as agreeing', () => {
    const base = { targetValue: 50, alsoIn: [{ clause: 's1', quote: '新增领军人才50人' }] };
    expect(incrementVersusLevel({ ...base, baselineValue: 0 })).toEqual([]);
    expect(incrementVersusLevel({ ...base, baselineValue: null })).toEqual([]);
    expect(
      incrementVersusLevel({ ...base, baselineValue: 8, alsoIn: [{ clause: 's1', quote: '领军人才50人' }] }),
    ).toEqual([]);
  });
});

describe('inferred target years', () => {
  const snd = models.find((m) => m.id === 'suzhou-snd-meddevice-biomed-2020-2022')!;
  const clauses = new Map<string, ClauseText>(snd.clauses.map((c) => [c.id, c]));
  const t10 = snd.data.targets.find((t) => t.id === 't10')!;

  it('marks 高新区 “力争5年内” → 2024 as an inference, with its basis', () => {
    expect(t10).toMatchObject({ targetYear: 2024, targetYearInferred: true });
    expect(t10.targetYearBasis).toContain('力争5年内');
  });
  it('reports a year the clause does not state when it is not marked as inferred', () => {
    const problems = checkFigures(
      snd.id,
      { targets: [{ ...t10, targetYearInferred: false, targetYearBasis: null }], subsidies: [] },
      clauses,
    );
    expect(problems.join('\n')).toMatch(/t10\)\.targetYear: 2024 is not written in clause s3-c1-i2-r2/);
    expect(
      checkFigures(snd.id, { targets: [{ ...t10, targetYearBasis: null }], subsidies: [] }, clauses).join('\n'),
    ).toMatch(/targetYearBasis/);
  });
  it('finds a year in the text or in a table column heading, not elsewhere', () => {
    expect(yearStated(2025, { text: '到2025年，入库科技型中小企业和高企数达300家', tableHeader: null })).toBe(true);
    expect(yearStated(2025, { text: '企业总数（家）2605 00', tableHeader: ['类型', '指标', '2021年', '2025年'] })).toBe(
      true,
    );
    expect(yearStated(2024, { text: '力争5年内形成30家左右细分领域领军企业', tableHeader: null })).toBe(false);
  });
  it('every target whose year is marked stated has it in one of its clauses', () => {
    for (const m of models)
      for (const t of m.data.targets.filter((x) => x.targetYear !== null && !x.targetYearInferred)) {
        const cited = [t.clause, ...t.alsoIn.map((x) => x.clause)].map((id) => m.byId.get(id)!);
        expect(
          cited.some((c) => yearStated(t.targetYear!, c)),
          `${m.id} ${t.id}`,
        ).toBe(true);
      }
  });
});

describe('figureInColumn', () => {
  const header = ['类  型', '指标（单位）', '2021年', '2025年'];
  const grouped: ClauseText = {
    id: 'annex1-row3',
    kind: 'row',
    text: '',
    cells: ['科技型中小企业和高企数（家）', '77', '300'],
    tableHeader: header,
  };
  it('reads the column of the year, rows in a group aligned from the right', () => {
    expect(figureInColumn(grouped, 2021, 77, '家')).toBe(true);
    expect(figureInColumn(grouped, 2025, 300, '家')).toBe(true);
  });
  it('rejects baseline and target swapped', () => {
    expect(figureInColumn(grouped, 2021, 300, '家')).toBe(false);
    expect(figureInColumn(grouped, 2025, 77, '家')).toBe(false);
  });
});

describe('references', () => {
  it('every clause, region, category, department and topic a policy names exists', () => {
    const problems = validatePolicies(
      models.map((m) => ({
        file: `src/content/policies/${m.id}.mdx`,
        id: m.id,
        data: m.data,
        clauseIds: new Set(m.byId.keys()),
        unmatchedUnits: m.unmatchedUnits,
      })),
      {
        regions: new Set(regions.map((r) => r.id)),
        topics: new Set(topics.map((t) => t.id)),
        departments: new Set(departments.map((d) => d.id)),
        categories: new Set(categories.map((c) => c.id)),
        policies: new Set(models.map((m) => m.id)),
        sources: new Set(models.map((m) => m.data.source).filter((s) => existsSync(resolve(ROOT, 'sources', s)))),
      },
    );
    expect(problems).toEqual([]);
  });
  it('every department region and every region parent exists', () => {
    const ids = new Set(regions.map((r) => r.id));
    expect(departments.filter((d) => !ids.has(d.region)).map((d) => d.id)).toEqual([]);
    expect(regions.filter((r) => r.parent !== null && !ids.has(r.parent)).map((r) => r.id)).toEqual([]);
  });
  it('every department is responsible for at least one clause', () => {
    const used = new Set(models.flatMap((m) => m.clauses.flatMap((c) => c.departments)));
    for (const m of models) for (const s of m.data.subsidies) s.departments.forEach((d) => used.add(d));
    expect(departments.map((d) => d.id).filter((id) => !used.has(id))).toEqual([]);
  });
  it('every topic tags at least one clause', () => {
    const used = new Set(models.flatMap((m) => m.clauses.flatMap((c) => c.topics)));
    expect(topics.map((t) => t.id).filter((id) => !used.has(id))).toEqual([]);
  });
  it('every category has at least one subsidy, except the catch-all', () => {
    const used = new Set(models.flatMap((m) => m.data.subsidies.map((s) => s.category)));
    expect(categories.map((c) => c.id).filter((id) => id !== 'other' && !used.has(id))).toEqual([]);
  });
});
