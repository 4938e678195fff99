/** Every problem the cross-reference check reports, on synthetic subsidies: where it is and what to do. */
import { describe, expect, it } from 'vitest';
import { eligibilityProblems } from './eligibility-consistency.ts';
import { EMPTY_ELIGIBILITY } from './types.ts';
import type { Eligibility } from '../../schemas/eligibility.ts';

const subsidy = (id: string, patch: object = {}, e: Partial<Eligibility> = {}) => ({
  id,
  tiers: [],
  ratePct: null,
  annualCapWan: null,
  maxAmountWan: null,
  raiseByWan: null,
  ...patch,
  eligibility: { ...EMPTY_ELIGIBILITY, beneficiaries: ['企业' as const], ...e },
});
const report = (...subsidies: ReturnType<typeof subsidy>[]) =>
  eligibilityProblems(subsidies).map((p) => [p.index, p.path.join('.'), p.message]);

describe('eligibilityProblems', () => {
  it('nothing to say about consistent data, or a subsidy without eligibility', () => {
    expect(report(subsidy('a'), subsidy('b', { ratePct: 10 }, { basis: '研发投入' }))).toEqual([]);
    expect(eligibilityProblems([{ ...subsidy('a'), eligibility: undefined }])).toEqual([]);
  });

  it('a provision that pays must name whom (or the types it is read as paying, marked inferred)', () => {
    expect(report(subsidy('a', {}, { beneficiaries: [] }))).toEqual([
      [
        0,
        'beneficiaries',
        'names no beneficiary — list the types the clause pays (企业, 医疗机构, 高校院所 …); where the clause names none, the types it is read as paying, with beneficiariesInferred: true',
      ],
    ]);
    expect(report(subsidy('a', {}, { beneficiaries: ['高校院所', '企业'], beneficiariesInferred: true }))).toEqual([]);
    // A rule for combining support across a document or the city pays nobody itself.
    const rule: Partial<Eligibility> = { beneficiaries: [], stacking: { rule: '就高不重复', scope: '本文件' } };
    expect(report(subsidy('a', {}, rule))).toEqual([]);
    // A rule inside one provision (两级财政按比例资助 of that provision) still pays someone.
    const own: Partial<Eligibility> = { beneficiaries: [], stacking: { rule: '两级财政按比例资助', scope: '本条款' } };
    expect(report(subsidy('a', {}, own)).map((r) => r[1])).toEqual(['beneficiaries']);
  });

  it('tiers that do not line up with the subsidy’s tiers', () => {
    const s = subsidy('a', { tiers: [{ label: '甲', maxAmountWan: 1, ratePct: null }] }, { tiers: [] });
    expect(report(s)).toEqual([]);
    const two = { stages: [], products: [], thresholds: [] };
    expect(
      report(subsidy('a', { tiers: [{ label: '甲', maxAmountWan: 1, ratePct: null }] }, { tiers: [two, two] })),
    ).toEqual([
      [
        0,
        'tiers',
        'has 2 entries but the subsidy has 1 tiers — give one entry per tier, in the same order (empty {} for a tier chosen by assessment)',
      ],
    ]);
  });

  it('shared caps: an unknown subsidy, itself, one way only, another figure, no cap at all', () => {
    expect(report(subsidy('a', { annualCapWan: 5 }, { sharedCapWith: ['zz', 'a'] }))).toEqual([
      [
        0,
        'sharedCapWith.0',
        'no subsidy "zz" in this policy — use the ID of a subsidy that counts against the same annual cap',
      ],
      [0, 'sharedCapWith.1', 'a subsidy cannot share a cap with itself'],
    ]);
    expect(
      report(subsidy('a', { annualCapWan: 5 }, { sharedCapWith: ['b'] }), subsidy('b', { annualCapWan: 6 })),
    ).toEqual([
      [0, 'sharedCapWith.0', '"b" does not list "a" in its sharedCapWith — a shared cap is shared both ways'],
      [0, 'sharedCapWith.0', '"b" has annualCapWan 6, this one 5 — a shared cap is one figure'],
    ]);
    expect(report(subsidy('a', {}, { sharedCapWith: ['b'] }), subsidy('b', {}, { sharedCapWith: ['a'] }))).toEqual([
      [0, 'sharedCapWith', 'names a shared cap but annualCapWan is null'],
      [1, 'sharedCapWith', 'names a shared cap but annualCapWan is null'],
    ]);
  });

  it('raises: the subsidy raised must exist, and the increase must be written', () => {
    expect(report(subsidy('a', {}, { raises: 'zz' }))).toEqual([
      [0, 'raises', 'no subsidy "zz" in this policy'],
      [0, 'raises', 'names the subsidy it raises but raiseByWan is null — write the increase there'],
    ]);
    expect(report(subsidy('a', { raiseByWan: 100 }, { raises: 'b' }), subsidy('b'))).toEqual([]);
  });

  it('a rate needs the basis it applies to, on the subsidy or a tier', () => {
    expect(report(subsidy('a', { ratePct: 10 }))).toEqual([
      [
        0,
        'basis',
        'the subsidy has a rate (ratePct) but no basis — name what the rate applies to (研发投入, 设备投资 …)',
      ],
    ]);
    expect(report(subsidy('a', { tiers: [{ label: '甲', maxAmountWan: null, ratePct: 5 }] }))).toEqual([
      [0, 'basis', 'a tier has a rate but no basis is named — name what the rate applies to'],
    ]);
  });

  it('a fixed amount needs its amount; a city’s two-tier cap needs its figure', () => {
    expect(report(subsidy('a', {}, { fixedAmount: true }))).toEqual([
      [0, 'fixedAmount', 'a fixed amount needs maxAmountWan (the amount)'],
    ]);
    expect(report(subsidy('a', {}, { stacking: { rule: '叠加上限', scope: '本市两级财政' } }))).toEqual([
      [0, 'stacking', 'a cap across the city and its districts needs annualCapWan (the cap)'],
    ]);
    expect(
      report(subsidy('a', { annualCapWan: 1 }, { stacking: { rule: '叠加上限', scope: '本市两级财政' } })),
    ).toEqual([]);
  });

  it('a range whose bottom is above its top, on the subsidy or a tier', () => {
    const range = { basis: '研发投入' as const, minWan: 10, minInclusive: true, maxWan: 5, maxInclusive: true };
    expect(
      report(
        subsidy(
          'a',
          { tiers: [{ label: '甲', maxAmountWan: 1, ratePct: null }] },
          { thresholds: [range, { ...range, maxWan: 10 }], tiers: [{ stages: [], products: [], thresholds: [range] }] },
        ),
      ),
    ).toEqual([
      [0, 'thresholds.0', 'minWan 10 is above maxWan 5'],
      [0, 'tiers.0.thresholds.0', 'minWan 10 is above maxWan 5'],
    ]);
  });

  it('alternatives: an unknown subsidy, itself, one way only, no reason given', () => {
    expect(report(subsidy('a', {}, { exclusiveWith: ['zz', 'a'], inference: '理由' }))).toEqual([
      [0, 'exclusiveWith.0', 'no subsidy "zz" in this policy — use the ID of a subsidy this one is an alternative to'],
      [0, 'exclusiveWith.1', 'a subsidy cannot be an alternative to itself'],
    ]);
    expect(report(subsidy('a', {}, { exclusiveWith: ['b'] }), subsidy('b'))).toEqual([
      [0, 'exclusiveWith.0', '"b" does not list "a" in its exclusiveWith — alternatives are alternatives both ways'],
      [0, 'inference', 'names alternatives (exclusiveWith) but no inference — say why only one can be received'],
    ]);
  });

  it('a cross-reference to a subsidy without eligibility data is one-way', () => {
    const bare = { ...subsidy('b', { annualCapWan: 5 }), eligibility: undefined };
    expect(
      eligibilityProblems([subsidy('a', { annualCapWan: 5 }, { sharedCapWith: ['b'] }), bare]).map((p) => p.message),
    ).toEqual(['"b" does not list "a" in its sharedCapWith — a shared cap is shared both ways']);
    expect(
      eligibilityProblems([subsidy('a', {}, { exclusiveWith: ['b'], inference: '理由' }), bare]).map((p) => p.message),
    ).toEqual(['"b" does not list "a" in its exclusiveWith — alternatives are alternatives both ways']);
  });

  it('a base per stage needs a basis and tiers by stage; roles belong to 交易金额', () => {
    const byStage = { stages: ['临床I期' as const], products: [], thresholds: [] };
    const tiers = [{ label: '甲', maxAmountWan: 1, ratePct: null }];
    expect(report(subsidy('a', { tiers }, { basisPerStage: true, basis: '研发投入', tiers: [byStage] }))).toEqual([]);
    expect(report(subsidy('a', { tiers }, { basisPerStage: true, tiers: [byStage] }))).toEqual([
      [0, 'basisPerStage', 'a basis per stage needs a basis and tiers that name stages — or set basisPerStage: false'],
    ]);
    expect(report(subsidy('a', {}, { basisPerStage: true, basis: '研发投入' }))).toHaveLength(1);
    // Tiers by product only name no stage.
    const byProduct = { stages: [], products: ['1类创新药' as const], thresholds: [] };
    expect(report(subsidy('a', { tiers }, { basisPerStage: true, basis: '研发投入', tiers: [byProduct] }))).toEqual([
      [0, 'basisPerStage', 'a basis per stage needs a basis and tiers that name stages — or set basisPerStage: false'],
    ]);
    expect(report(subsidy('a', {}, { roles: ['委托方'], basis: '交易金额' }))).toEqual([]);
    expect(report(subsidy('a', {}, { roles: ['委托方'] }))).toEqual([
      [
        0,
        'roles',
        'roles (委托方/受托方) belong to a provision computed on 交易金额 — set basis: 交易金额 or remove roles',
      ],
    ]);
  });
});
