/**
 * Properties the answer must have for every applicant, not only the scenarios written by hand
 * (issue 18): fast-check generates profiles over the whole vocabulary — every beneficiary type,
 * product kind (umbrella terms too), stage, basis, role and location, amounts at and around the
 * texts' thresholds — and each property is checked against all the real provisions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMOUNT_BASES,
  BENEFICIARY_TYPES,
  LIFECYCLE_STAGES,
  PRODUCT_KINDS,
  type AmountBasis,
} from '../../schemas/eligibility-vocab.ts';
import { answer, type LocationAnswer } from './answer.ts';
import { matchProvision } from './match.ts';
import { testFinderData } from './testing.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';
import { impliedKinds, productsOverlap } from './vocab.ts';

const data = testFinderData();
/** Profiles a property; seven properties (some comparing two or three profiles each) make over 10,000 in all. */
const RUNS = Number(process.env.FINDER_PROPERTY_RUNS ?? 2_000);

/** Every figure a threshold or tier of the data names, and either side of it: where rules change. */
const edges = [
  ...new Set(
    data.provisions.flatMap((p) =>
      [...p.eligibility.thresholds, ...p.eligibility.tiers.flatMap((t) => t.thresholds)].flatMap((t) =>
        [t.minWan, t.maxWan].filter((x): x is number => x !== null).flatMap((x) => [x - 0.01, x, x + 0.01]),
      ),
    ),
  ),
].filter((x) => x >= 0);

const amount = fc.oneof(
  fc.constantFrom(0, 1, 50, 300, 1500, ...edges),
  fc.double({ min: 0, max: 500_000, noNaN: true }),
);
const amounts = fc.dictionary(fc.constantFrom(...AMOUNT_BASES.map((b) => b.name)), amount, { maxKeys: 4 });
const subset = <T>(xs: readonly T[], max: number) => fc.uniqueArray(fc.constantFrom(...xs), { maxLength: max });

const anyProfile: fc.Arbitrary<Profile> = fc.record({
  loc: fc.constantFrom(null, ...data.regions.filter((r) => r.parent).map((r) => r.id)),
  who: fc.constantFrom(null, ...BENEFICIARY_TYPES.map((b) => b.name)),
  products: subset(
    PRODUCT_KINDS.map((p) => p.name),
    3,
  ),
  stages: subset(
    LIFECYCLE_STAGES.map((s) => s.name),
    4,
  ),
  amounts: amounts,
  stageAmounts: fc.constantFrom(
    {},
    { 研发投入: { 临床I期: 1000 } },
    { 研发投入: { 临床II期: 3000, 临床III期: 20000 } },
  ),
  role: fc.constantFrom(null, '委托方' as const, '受托方' as const),
  current: fc.boolean(),
});

/**
 * Profiles that reach the texts' shared and two-tier caps (large amounts, several products and
 * stages of an enterprise), which uniform draws seldom do: the cap properties need them.
 */
const capped: fc.Arbitrary<Profile> = fc.record({
  loc: fc.constantFrom('wuxi', 'taicang', 'kunshan', 'snd', 'suzhou'),
  who: fc.constantFrom(null, '企业' as const),
  products: subset(['1类创新药', '改良型新药', '三类医疗器械', '二类医疗器械', '创新医疗器械', '药品'] as const, 4),
  stages: subset(
    ['研发', '临床I期', '临床II期', '临床III期', '注册获证', '产业化', '市场', '落户设立', '成长壮大'] as const,
    6,
  ),
  amounts: fc.record({
    研发投入: fc.integer({ min: 0, max: 100_000 }),
    交易金额: fc.integer({ min: 0, max: 100_000 }),
    项目总投资: fc.integer({ min: 0, max: 100_000 }),
    设备投资: fc.integer({ min: 0, max: 50_000 }),
    实收注册资本: fc.integer({ min: 0, max: 500_000 }),
  }),
  stageAmounts: fc.constant({}),
  role: fc.constantFrom(null, '委托方' as const),
  current: fc.constant(false),
});

const profileArb = fc.oneof({ weight: 1, arbitrary: anyProfile }, { weight: 2, arbitrary: capped });

const round = (x: number) => Math.round(x * 100) / 100;
const totals = (p: Profile) => new Map(answer(data, p).map((a) => [a.location.id, a.totalWan]));
const run = <T extends [unknown, ...unknown[]]>(prop: fc.IProperty<T>, runs = RUNS) =>
  fc.assert(prop, { numRuns: runs, seed: 20261206 });

/** The most one provision could pay: its top tier or maximum, raised, once per product or stage unit. */
function statedMaximum(a: LocationAnswer, key: string, profile: Profile): number {
  const item = a.items.find((i) => i.key === key)!;
  const p = item.provision;
  const unitMax =
    Math.max(p.maxAmountWan ?? 0, ...p.tiers.map((t) => t.maxAmountWan ?? 0)) +
    a.items.filter((r) => item.raisedBy.includes(r.key)).reduce((s, r) => s + (r.provision.raiseByWan ?? 0), 0);
  const units = Math.max(1, profile.products.length, profile.stages.length, item.computation.units.length);
  const cap = p.annualCapWan ?? Infinity;
  return Math.min(unitMax * units, cap);
}

describe(`the answer for any applicant (${RUNS} generated profiles a property, over 10,000 in all)`, () => {
  it('the total is the sum of the counted items, and only counted items add to it', () => {
    run(
      fc.property(profileArb, (profile) => {
        for (const a of answer(data, profile)) {
          const sum = round(a.items.filter((i) => i.counted).reduce((s, i) => s + i.countedWan!, 0));
          expect(a.totalWan).toBe(sum);
          for (const i of a.items) if (i.counted) expect(i.countedWan).toBeGreaterThanOrEqual(0);
          for (const i of a.items) if (!i.counted) expect(a.items.filter((x) => x.counted)).not.toContain(i);
        }
      }),
    );
  });

  it('no counted item pays another type, or is for a stage or product an enterprise did not name', () => {
    run(
      fc.property(profileArb, (profile) => {
        const who = profile.who ?? '企业';
        for (const a of answer(data, profile))
          for (const i of a.items.filter((x) => x.counted)) {
            const e = i.provision.eligibility;
            expect(e.beneficiaries).toContain(who);
            expect(matchProvision(e, profile, { assumedWho: profile.who ? null : '企业' }).level).toBe('match');
            if (who !== '企业') continue;
            if (e.stages.length) expect(e.stages.some((s) => profile.stages.includes(s))).toBe(true);
            if (e.products.length) expect(productsOverlap(e.products, impliedKinds(profile.products))).toBe(true);
          }
      }),
    );
  });

  it('naming one more stage or product never lowers a total', () => {
    const more = fc.tuple(
      profileArb,
      fc.constantFrom(...LIFECYCLE_STAGES.map((s) => s.name)),
      fc.constantFrom(...PRODUCT_KINDS.map((p) => p.name)),
    );
    run(
      fc.property(more, ([profile, stage, product]) => {
        const before = totals(profile);
        const withStage = totals({ ...profile, stages: [...new Set([...profile.stages, stage])] });
        // A kind that implies or is implied by one already named describes that same product more
        // closely (创新医疗器械 + 二类医疗器械 is one innovative class II device): not one more product.
        const refines = profile.products.some((k) => impliedKinds([k]).has(product) || impliedKinds([product]).has(k));
        const withProduct = totals({
          ...profile,
          products: refines ? profile.products : [...new Set([...profile.products, product])],
        });
        for (const [loc, t] of before) {
          expect(withStage.get(loc)).toBeGreaterThanOrEqual(t);
          expect(withProduct.get(loc)).toBeGreaterThanOrEqual(t);
        }
      }),
      RUNS / 2,
    );
  });

  it('typing an amount, or raising one, never lowers a total — except past a bracket the text leaves to 一事一议', () => {
    const raise = fc.tuple(profileArb, fc.constantFrom(...AMOUNT_BASES.map((b) => b.name)), amount, amount);
    run(
      fc.property(raise, ([profile, basis, x, y]) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const at = (v: number | undefined): Profile => {
          const next = { ...profile.amounts } as Record<AmountBasis, number>;
          if (v === undefined) delete next[basis];
          else next[basis] = v;
          return { ...profile, amounts: next };
        };
        const [none, a, b] = [at(undefined), at(low), at(high)].map((p) => answer(data, p));
        for (const [i, lowAnswer] of a!.entries()) {
          const highAnswer = b!.find((h) => h.location.id === lowAnswer.location.id)!;
          const noneAnswer = none!.find((h) => h.location.id === lowAnswer.location.id)!;
          expect(lowAnswer.totalWan, `typing ${basis}=${low}`).toBeGreaterThanOrEqual(noneAnswer.totalWan);
          if (highAnswer.totalWan >= lowAnswer.totalWan) continue;
          // The only way down: the higher amount leaves a bracket for one the text leaves open (一事一议).
          const leftBracket = lowAnswer.items.filter(
            (it) =>
              it.counted &&
              !highAnswer.items.some((h) => h.key === it.key && h.counted) &&
              highAnswer.items.every((h) => h.key !== it.key),
          );
          const openBracket = highAnswer.items.filter(
            (h) =>
              h.computation.steps.some((s) => s.kind === 'none' && s.reason === '一事一议') &&
              h.provision.eligibility.thresholds.some((t) => t.basis === basis),
          );
          expect([i, leftBracket.length > 0, openBracket.length > 0], `${basis} ${low} → ${high}`).toEqual([
            i,
            true,
            true,
          ]);
        }
      }),
      RUNS / 2,
    );
  });

  it('counting only policies in force never raises a total', () => {
    run(
      fc.property(profileArb, (profile) => {
        const all = totals({ ...profile, current: false });
        const current = totals({ ...profile, current: true });
        for (const [loc, t] of all) expect(current.get(loc)).toBeLessThanOrEqual(t);
      }),
      RUNS / 2,
    );
  });

  it('every counted item stays within its clause’s stated maximum', () => {
    run(
      fc.property(profileArb, (profile) => {
        for (const a of answer(data, profile))
          for (const i of a.items.filter((x) => x.counted))
            expect(i.countedWan, i.key).toBeLessThanOrEqual(statedMaximum(a, i.key, profile) + 0.005);
      }),
    );
  });

  it('caps hold after stacking, and a binding cap is given to the largest contributions first', () => {
    run(
      fc.property(profileArb, (profile) => {
        for (const a of answer(data, profile)) expect(capViolations(a, profile.who)).toEqual([]);
      }),
    );
  });
});

/** A city's cap across its own and its districts' support (苏州市 四、 “单个企业每年……叠加资助……2 亿元”). */
const twoTierCaps = data.provisions.filter(
  (p) => p.eligibility.stacking?.scope === '本市两级财政' && p.annualCapWan !== null,
);

/**
 * Caps exceeded, or a cap given to a smaller contribution while a larger one was cut (docs/finder.md,
 * step 4). A city's two-tier cap is checked from the data, not from the rules the answer says it
 * applied: a cap the answer forgets to apply is caught too.
 */
function capViolations(a: LocationAnswer, who: Profile['who'] = null): string[] {
  const out: string[] = [];
  const chain = new Set(a.location.chain.map((r) => r.id));
  for (const cap of twoTierCaps) {
    const named = cap.eligibility.beneficiaries;
    if (!chain.has(cap.region) || (named.length && !named.includes(who ?? '企业'))) continue;
    const paid = round(
      a.items.filter((i) => i.counted && chain.has(i.provision.region)).reduce((s, i) => s + i.countedWan!, 0),
    );
    if (paid > cap.annualCapWan!) out.push(`${cap.policy}#${cap.id}: two-tier ${paid} over ${cap.annualCapWan}`);
  }
  for (const r of a.rules.filter((x) => x.capWan !== null)) {
    const rule = `${r.rule.policy}#${r.rule.id}`;
    const members = a.items.filter((i) => r.members.includes(i.key));
    const paid = round(members.filter((m) => m.counted).reduce((s, m) => s + m.countedWan!, 0));
    if (paid > r.capWan!) out.push(`${rule}: ${paid} over ${r.capWan}`);
    const cut = (m: (typeof members)[number]) => m.cuts.find((c) => c.rule === rule);
    const own = (m: (typeof members)[number]) => cut(m)?.fromWan ?? m.countedWan ?? 0;
    for (const x of members)
      for (const y of members)
        if (own(x) > own(y) && cut(x) && (cut(y)?.toWan ?? y.countedWan ?? 0) > 0)
          out.push(`${rule}: ${y.key} paid while the larger ${x.key} was cut`);
  }
  return out;
}

describe('the properties bite', () => {
  it('an investor gets the investor provisions of 无锡（二十四）, and naming a stage keeps them', () => {
    const investor: Profile = {
      ...EMPTY_PROFILE,
      loc: 'wuxi',
      who: '投资机构',
      amounts: { 实际投资额: 3000, 投资损失额: 1500 },
    };
    expect(totals(investor).get('wuxi')).toBe(300);
    expect(totals({ ...investor, stages: ['产业化'] }).get('wuxi')).toBe(300);
  });

  it('generated profiles reach counted items, binding caps and cuts', () => {
    const seen = { counted: 0, binding: 0, cut: 0 };
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const a of answer(data, p)) {
          seen.counted += a.items.filter((i) => i.counted).length;
          seen.binding += a.rules.filter((r) => r.binding && r.capWan !== null).length;
          seen.cut += a.items.filter((i) => i.cuts.length).length;
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(seen.counted).toBeGreaterThan(1000);
    expect(seen.binding).toBeGreaterThan(20);
    expect(seen.cut).toBeGreaterThan(20);
  });

  it('the cap check flags a cap exceeded and a cap given in the wrong order', () => {
    // 无锡（十二）: drug and device outsourcing share 1500万元 a year; 40000 × 5% = 2000 each.
    const p: Profile = {
      ...EMPTY_PROFILE,
      loc: 'wuxi',
      who: '企业',
      stages: ['产业化'],
      products: ['1类创新药', '三类医疗器械'],
      amounts: { 交易金额: 40000 },
    };
    const a = answer(data, p)[0]!;
    expect(capViolations(a)).toEqual([]);
    const shared = a.rules.find((r) => r.kind === 'shared-cap' && r.binding)!;
    const [first, second] = shared.members.map((k) => a.items.find((i) => i.key === k)!);
    const wrongOrder = structuredClone(a);
    const [x, y] = shared.members.map((k) => wrongOrder.items.find((i) => i.key === k)!);
    // Give the cap to the one that was cut, and cut the one that was paid: same total, wrong order.
    x!.cuts = [{ rule: `${shared.rule.policy}#${shared.rule.id}`, fromWan: 2000, toWan: 0 }];
    y!.cuts = [{ rule: `${shared.rule.policy}#${shared.rule.id}`, fromWan: 1999, toWan: 1500 }];
    expect(capViolations(wrongOrder).length).toBeGreaterThan(0);
    const over = structuredClone(a);
    over.items
      .filter((i) => shared.members.includes(i.key))
      .forEach((i) => ((i.counted = true), (i.countedWan = 1000)));
    expect(capViolations(over)).toContain(`${shared.rule.policy}#${shared.rule.id}: 2000 over 1500`);
    // A city's two-tier cap the answer did not apply is caught from the data.
    const city = answer(data, {
      ...EMPTY_PROFILE,
      loc: 'taicang',
      who: '企业',
      stages: ['产业化'],
      amounts: { 项目总投资: 5000 },
    })[0]!;
    const forgotten = structuredClone(city);
    forgotten.rules = [];
    const counted = forgotten.items.find((i) => i.counted)!;
    counted.countedWan = 30000;
    forgotten.items = [counted];
    expect(capViolations(forgotten).some((v) => v.includes('two-tier 30000 over 20000'))).toBe(true);
    expect([first!.counted, second!.counted].sort()).toEqual([false, true]);
  });
});
