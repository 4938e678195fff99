/**
 * The arithmetic of one support provision: the most it could pay one applicant, from the figures
 * its clause states — a fixed amount, a maximum, a rate of a base capped by a maximum, the tier
 * that fits, a raised maximum, the number of items allowed and the per-entity annual cap — with
 * every step kept as data so a reader can check it against the clause (explain.ts words it).
 * Nothing is assumed that the clause does not say or the applicant did not type: without the base
 * a rate applies to, or the amount a threshold or tier is measured on, there is no figure yet and
 * `needs` names the amount to type.
 *
 * A provision may pay for several units at once: one per stage where its tiers are stages (a
 * drug finishing Phases I, II and III gets each phase's tier), one per product where its tiers
 * are products or its amount is “每个品种”. A base given per stage (rd.clinical-2) is that
 * stage's; a single total is split between the units that need it in the way that pays most.
 */
import type { TierCondition } from '../../schemas/eligibility.ts';
import type { AmountBasis, LifecycleStage, ProductKind } from '../../schemas/eligibility-vocab.ts';
import type { Tier } from '../../schemas/policy.ts';
import { amountAppears } from '../amounts.ts';
import { effectiveAmounts, thresholdVerdict, type Verdict } from './match.ts';
import { EMPTY_ELIGIBILITY, type Inputs, type SubsidyLike } from './types.ts';
import { impliedKinds, productUnits, productsOverlap } from './vocab.ts';
import type { Threshold } from '../../schemas/eligibility.ts';

/** Rounded to 0.01 万元 (100 元): rates of real amounts give long decimals that mean nothing. */
export const roundWan = (x: number) => Math.round(x * 100) / 100;

/** A rate as the data holds it: 25, or a range [5, 20] (the top is what the most uses). */
export type Rate = number | [number, number];
export const topRate = (rate: Rate) => (Array.isArray(rate) ? rate[1] : rate);

/** Where a unit's base came from. */
export type BaseSource =
  /** The amount given for the unit's own stage(s) (rd.clinical-2). */
  | 'stage'
  /** The single amount given (rd), the only unit that needs it. */
  | 'total'
  /** Part of the single amount, split between several units so that they pay most. */
  | 'split';

export type Step =
  | { kind: 'threshold'; threshold: Threshold; value: number | null; verdict: Verdict }
  /** The tier used for a unit, and how it was chosen. */
  | { kind: 'tier'; unit: number; label: string; how: 'only' | 'fits' | 'may-fit' | 'assessed'; among: string[] }
  /** The applicant's stages or products fit none of the tiers. */
  | { kind: 'no-tier'; labels: string[] }
  | { kind: 'fixed'; unit: number; per: string | null; wan: number }
  | { kind: 'max'; unit: number; per: string | null; wan: number; tier: string | null }
  /** A tier's maximum above the provision's overall one: the overall maximum holds. */
  | { kind: 'overall-max'; unit: number; wan: number }
  | { kind: 'raise'; unit: number; byWan: number; label: string; wan: number }
  | {
      kind: 'rate';
      unit: number;
      baseName: string;
      rate: Rate;
      base: number;
      value: number;
      source: BaseSource;
      stages: LifecycleStage[];
    }
  /** A rate without the base it applies to: no figure until the applicant types it. */
  | { kind: 'rate-unknown'; unit: number; baseName: string; rate: Rate; basis: AmountBasis | null; cap: number | null }
  /** 按研发投入给予 without a rate: the maximum. */
  | { kind: 'basis-no-rate'; unit: number; baseName: string }
  | { kind: 'min'; unit: number; value: number; cap: number; result: number }
  /** A threshold or an amount-ranged tier on amounts the applicant did not type: no figure until it does. */
  | { kind: 'needs-amount'; bases: AmountBasis[] }
  /** A single amount split between several units (stages or products) the way that pays most. */
  | { kind: 'split'; basis: AmountBasis; total: number; shares: { unit: number; base: number }[] }
  /** The stages' own amounts add up to more than the total given. */
  | { kind: 'overdrawn'; basis: AmountBasis; total: number; stages: number }
  /** Several units paid by one provision, added up. */
  | { kind: 'sum'; parts: { unit: number; wan: number }[]; wan: number }
  /** 每家企业最多申报N项. */
  | { kind: 'count'; max: number; units: number; wan: number | null }
  | { kind: 'annual-cap'; cap: number; words: string | null; before: number | null; after: number | null }
  /** 可上浮至… under a condition the assessors judge: shown apart, not counted. */
  | { kind: 'raised'; wan: number; words: string | null }
  | { kind: 'none'; reason: '一事一议' | '未载明' };

export interface Unit {
  /** Position among the units, from 0. */
  index: number;
  /** The tier used (position in `tiers`) and its label; null for an untiered provision. */
  tier: { index: number; label: string } | null;
  /** The applicant's stages this unit is for (its tier's stages among them). */
  stages: LifecycleStage[];
  /** The applicant's product this unit is for (the kinds it was picked as); null when not per product. */
  product: ProductKind[] | null;
  /** What the unit pays, in 万元; null when the clause names no amount. */
  wan: number | null;
}

export interface Computation {
  /** Most the provision could pay the applicant, in 万元; null when the clause names no amount (一事一议) or a rate without its base. */
  amountWan: number | null;
  /** A higher maximum the clause allows under a condition the finder cannot judge (特别重大的项目可上浮至…), in 万元; null otherwise. */
  raisedWan: number | null;
  units: Unit[];
  steps: Step[];
  /** Amounts the applicant left empty that the figure depends on. */
  needs: AmountBasis[];
}

export interface ComputeContext {
  /** 上限再提高…: an increase of this provision's maximum per item, granted by another provision that also applies. */
  raise?: { byWan: number; label: string; products: ProductKind[] } | null;
}

/** The sentence of the quote that states a figure ("单个企业每年最高资助1亿元"), so a step cites the clause's own words. */
export function phraseWith(quote: string, ...patterns: Pick<RegExp, 'test'>[]): string | null {
  for (const part of quote.split(/[，。；;,]/)) {
    const squashed = part.replace(/\s+/g, '');
    if (patterns.every((p) => p.test(squashed))) return squashed;
  }
  return null;
}

/** The words of a provision's annual cap and raised maximum, found once per provision (the answer recomputes often). */
const wordsCache = new WeakMap<SubsidyLike, { cap: string | null; raised: string | null }>();
function capWords(s: SubsidyLike) {
  let w = wordsCache.get(s);
  if (!w) {
    w = {
      cap: s.annualCapWan === null ? null : phraseWith(s.quote, /每年/, wanPattern(s.annualCapWan)),
      raised: s.raisedMaxWan === null ? null : phraseWith(s.quote, wanPattern(s.raisedMaxWan)),
    };
    wordsCache.set(s, w);
  }
  return w;
}

/** A phrase stating an amount of `wan` 万元, as 3500万元 or 1亿元 (read as src/lib/amounts.ts reads it). */
const wanPattern = (wan: number): Pick<RegExp, 'test'> => ({ test: (phrase) => amountAppears(phrase, wan) });

/** “每个品种”“单个产品”: the amount is per product, so a company with several products gets it for each. */
const perProduct = (per: string | null) => per !== null && /品种|产品/.test(per);

interface Candidate {
  tier: number | null;
  stages: LifecycleStage[];
  product: ProductKind[] | null;
  how: 'only' | 'fits' | 'may-fit' | 'assessed';
  among: number[];
}

const named = (c: TierCondition | undefined) =>
  Boolean(c && (c.stages.length || c.products.length || c.thresholds.length));

/** How well a tier fits one product: a kind it was picked as fits; a kind it only implies may. */
function productVerdict(cond: TierCondition | undefined, product: ProductKind[]): Verdict {
  if (!cond?.products.length) return 'unknown';
  if (productsOverlap(cond.products, new Set(product))) return 'yes';
  return productsOverlap(cond.products, impliedKinds(product)) ? 'unknown' : 'no';
}

/** The tiers a condition set allows: those that fit, else those that may. */
function choose(verdicts: Verdict[]): { picked: number[]; how: 'fits' | 'may-fit' } | null {
  const yes = verdicts.flatMap((v, i) => (v === 'yes' ? [i] : []));
  if (yes.length) return { picked: yes, how: 'fits' };
  const open = verdicts.flatMap((v, i) => (v === 'unknown' ? [i] : []));
  return open.length ? { picked: open, how: 'may-fit' } : null;
}

/**
 * The units a provision pays for this applicant, each with the tiers it may use (the best one is
 * picked once their amounts are known). Null when the applicant fits none of the tiers.
 */
function candidates(s: SubsidyLike, inputs: Inputs): Candidate[][] | null {
  const e = s.eligibility ?? EMPTY_ELIGIBILITY;
  const stages = inputs.stages ?? [];
  const products = productUnits(inputs.products ?? []);
  const amounts = effectiveAmounts({ amounts: inputs.amounts ?? {}, stageAmounts: inputs.stageAmounts ?? {} });
  const conds = s.tiers.map((_, i) => e.tiers[i]);
  const thresholdOk = (c: TierCondition | undefined) => (c?.thresholds ?? []).map((t) => thresholdVerdict(t, amounts));

  if (!s.tiers.length) {
    const matching = products.filter((p) => productsOverlap(e.products, impliedKinds(p)));
    if (perProduct(e.per) && e.products.length && matching.length > 1)
      return matching.map((p) => [{ tier: null, stages: [], product: p, how: 'only', among: [] }]);
    return [[{ tier: null, stages: [], product: null, how: 'only', among: [] }]];
  }

  const all = s.tiers.map((_, i) => i);
  // Tiers decided by assessment (国家级/省级): one unit, at the top tier.
  if (!conds.some(named))
    return [all.map((i) => ({ tier: i, stages: [], product: null, how: 'assessed', among: all }))];

  const byStage = conds.some((c) => c?.stages.length);
  const byProduct = conds.some((c) => c?.products.length);
  // Everything but the stage: the product (when the unit is one) and amount ranges.
  const rest = (c: TierCondition | undefined, product: ProductKind[] | null): Verdict => {
    const vs = [...thresholdOk(c), ...(product ? [productVerdict(c, product)] : [])];
    if (vs.includes('no')) return 'no';
    return vs.includes('yes') ? 'yes' : 'unknown';
  };

  if (byStage && stages.length) {
    // One unit per tier the applicant's stages reach: each phase is its own milestone.
    const units: Candidate[][] = [];
    conds.forEach((c, i) => {
      const reached = (c?.stages ?? []).filter((st) => stages.includes(st));
      if (reached.length && rest(c, null) !== 'no')
        units.push([{ tier: i, stages: reached, product: null, how: 'fits', among: [i] }]);
    });
    return units.length ? units : null;
  }
  if (byProduct && products.length) {
    // One unit per product of the applicant that fits a tier; each product takes its best tier.
    const units = products.flatMap((p) => {
      const pick = choose(conds.map((c) => rest(c, p)));
      return pick
        ? [pick.picked.map((i) => ({ tier: i, stages: [], product: p, how: pick.how, among: pick.picked }))]
        : [];
    });
    return units.length ? units : null;
  }
  const pick = choose(conds.map((c) => rest(c, null)));
  if (!pick) return null;
  const how = pick.picked.length === 1 ? 'fits' : pick.how;
  return [pick.picked.map((i) => ({ tier: i, stages: [], product: null, how, among: pick.picked }))];
}

/** A unit's cap (tier or overall maximum, plus a raise) and whether it needs a base. */
function capOf(s: SubsidyLike, unit: number, tier: Tier | null, product: ProductKind[] | null, ctx: ComputeContext) {
  const e = s.eligibility ?? EMPTY_ELIGIBILITY;
  const steps: Step[] = [];
  let cap: number | null = null;
  if (tier?.maxAmountWan != null) {
    cap = tier.maxAmountWan;
    steps.push({ kind: 'max', unit, per: e.per, wan: cap, tier: tier.label });
    if (s.maxAmountWan !== null && s.maxAmountWan < cap) {
      cap = s.maxAmountWan;
      steps.push({ kind: 'overall-max', unit, wan: cap });
    }
  } else if (s.maxAmountWan !== null) {
    cap = s.maxAmountWan;
    steps.push(
      e.fixedAmount
        ? { kind: 'fixed', unit, per: e.per, wan: cap }
        : { kind: 'max', unit, per: e.per, wan: cap, tier: null },
    );
  }
  const raise = ctx.raise;
  const raised = raise && (!product || !raise.products.length || productsOverlap(raise.products, new Set(product)));
  if (raise && raised && cap !== null) {
    cap += raise.byWan;
    steps.push({ kind: 'raise', unit, byWan: raise.byWan, label: raise.label, wan: cap });
  }
  const rate = tier?.ratePct ?? s.ratePct;
  return { cap, steps, rate };
}

/** Splits `total` between units that pay `rate`% of their share up to `cap`, highest rate first: the most they can pay together. */
function split(total: number, units: { unit: number; rate: number; cap: number | null }[]) {
  const order = [...units].sort((a, b) => b.rate - a.rate || a.unit - b.unit);
  let left = total;
  const shares = new Map<number, number>();
  for (const u of order) {
    const need = u.cap === null || u.rate === 0 ? left : (u.cap * 100) / u.rate;
    const share = Math.min(need, left);
    shares.set(u.unit, roundWan(share));
    left -= share;
  }
  return units.map((u) => ({ unit: u.unit, base: shares.get(u.unit)! }));
}

/** The largest amount a provision could pay the applicant, and how it is reached. */
export function compute(s: SubsidyLike, inputs: Inputs = {}, ctx: ComputeContext = {}): Computation {
  const e = s.eligibility ?? EMPTY_ELIGIBILITY;
  const amounts = effectiveAmounts({ amounts: inputs.amounts ?? {}, stageAmounts: inputs.stageAmounts ?? {} });
  const steps: Step[] = [];
  for (const t of e.thresholds)
    steps.push({
      kind: 'threshold',
      threshold: t,
      value: amounts[t.basis] ?? null,
      verdict: thresholdVerdict(t, amounts),
    });

  const found = candidates(s, inputs);
  if (!found) {
    steps.push({ kind: 'no-tier', labels: s.tiers.map((t) => t.label) });
    return { amountWan: null, raisedWan: null, units: [], steps, needs: [] };
  }

  // A threshold, or a tier that only an amount the applicant did not type could choose: the figure
  // waits for that amount rather than assuming it qualifies (issue 18: what was typed decides).
  const unknown = (t: Threshold) => thresholdVerdict(t, amounts) === 'unknown';
  const untypedOf = (c: Candidate) => (c.tier === null ? [] : (e.tiers[c.tier]?.thresholds ?? []).filter(unknown));
  const untyped = e.thresholds.filter(unknown);
  const units = found.map((alts) => {
    const known = alts.filter((c) => !untypedOf(c).length);
    if (!known.length) untyped.push(...alts.flatMap(untypedOf));
    return known;
  });
  if (untyped.length) {
    const bases = [...new Set(untyped.map((t) => t.basis))];
    steps.push({ kind: 'needs-amount', bases });
    return { amountWan: null, raisedWan: null, units: [], steps, needs: bases };
  }

  const basis = e.basis;
  const baseName = s.rateBase ?? basis ?? '基数';
  const needs = new Set<AmountBasis>();
  const byStage = basis ? inputs.stageAmounts?.[basis] : undefined;
  // A base per stage shares only the total given as such; for others the stages' amounts add up to one.
  const total = basis ? (e.basisPerStage ? inputs.amounts?.[basis] : amounts[basis]) : undefined;

  // Each unit with each tier it may use: cap, rate, and a base of its own stage where given.
  type Option = Candidate & { cap: number | null; rate: Rate | null; capSteps: Step[]; ownBase: number | null };
  const options: Option[][] = units.map((alts, unit) =>
    alts.map((c) => {
      const tier = c.tier === null ? null : s.tiers[c.tier]!;
      const { cap, steps: capSteps, rate } = capOf(s, unit, tier, c.product, ctx);
      const own =
        e.basisPerStage && byStage && c.stages.length && c.stages.every((st) => byStage[st] !== undefined)
          ? c.stages.reduce((sum, st) => sum + byStage[st]!, 0)
          : null;
      return { ...c, cap, rate, capSteps, ownBase: own };
    }),
  );
  // Each unit's best tier: the one that would pay most on the base known for it (ties keep the text's order).
  const provisional = (o: Option) => {
    const base = o.ownBase ?? total;
    if (o.rate === null || base === undefined) return o.cap ?? -1;
    const value = (base * topRate(o.rate)) / 100;
    return o.cap === null ? value : Math.min(value, o.cap);
  };
  const chosen = options.map((alts) => alts.reduce((a, b) => (provisional(b) > provisional(a) ? b : a)));

  // The single total goes to the units without a base of their own, net of the stages' own amounts.
  const pool: { unit: number; rate: number; cap: number | null }[] = [];
  chosen.forEach((c, unit) => {
    if (c.rate !== null && basis && c.ownBase === null) pool.push({ unit, rate: topRate(c.rate), cap: c.cap });
  });
  const bases = new Map<number, { base: number; source: BaseSource }>();
  chosen.forEach((c, unit) => {
    if (c.ownBase !== null) bases.set(unit, { base: c.ownBase, source: 'stage' });
  });
  if (pool.length && total !== undefined && basis) {
    const used = [...bases.values()].reduce((sum, b) => sum + b.base, 0);
    let left = total - used;
    if (left < 0) {
      steps.push({ kind: 'overdrawn', basis, total, stages: roundWan(used) });
      left = 0;
    }
    if (pool.length === 1) bases.set(pool[0]!.unit, { base: left, source: 'total' });
    else {
      const shares = split(left, pool);
      steps.push({ kind: 'split', basis, total: roundWan(left), shares });
      for (const sh of shares) bases.set(sh.unit, { base: sh.base, source: 'split' });
    }
  }

  const results: Unit[] = [];
  chosen.forEach((c, unit) => {
    if (c.tier !== null) {
      const among = c.among.map((i) => s.tiers[i]!.label);
      steps.push({ kind: 'tier', unit, label: s.tiers[c.tier]!.label, how: c.how, among });
    }
    steps.push(...c.capSteps);
    let wan: number | null = c.cap;
    if (c.rate !== null) {
      const top = topRate(c.rate);
      const b = bases.get(unit);
      if (b && basis) {
        const value = roundWan((b.base * top) / 100);
        steps.push({
          kind: 'rate',
          unit,
          baseName,
          rate: c.rate,
          base: b.base,
          value,
          source: b.source,
          stages: c.stages,
        });
        if (c.cap === null) wan = value;
        else {
          wan = Math.min(value, c.cap);
          steps.push({ kind: 'min', unit, value, cap: c.cap, result: wan });
        }
      } else {
        // A rate of an amount the applicant did not type pays nothing yet: counting its maximum
        // would treat the amount as unlimited.
        if (basis) needs.add(basis);
        steps.push({ kind: 'rate-unknown', unit, baseName, rate: c.rate, basis, cap: c.cap });
        wan = null;
      }
    } else if (basis && c.cap !== null && !e.fixedAmount) {
      steps.push({ kind: 'basis-no-rate', unit, baseName });
    }
    results.push({
      index: unit,
      tier: c.tier === null ? null : { index: c.tier, label: s.tiers[c.tier]!.label },
      stages: c.stages,
      product: c.product,
      wan,
    });
  });

  // 每家企业最多申报N项: the best N units.
  let counted = results;
  if (e.maxCount !== null && results.length > e.maxCount) {
    counted = [...results].sort((a, b) => (b.wan ?? -1) - (a.wan ?? -1)).slice(0, e.maxCount);
  }
  const paying = counted.filter((u) => u.wan !== null);
  let amount: number | null = paying.length ? roundWan(paying.reduce((sum, u) => sum + u.wan!, 0)) : null;
  if (results.length > 1 && paying.length)
    steps.push({ kind: 'sum', parts: paying.map((u) => ({ unit: u.index, wan: u.wan! })), wan: amount! });
  if (e.maxCount !== null) steps.push({ kind: 'count', max: e.maxCount, units: results.length, wan: amount });

  let raised: number | null = null;
  if (s.raisedMaxWan !== null) {
    raised = s.raisedMaxWan;
    steps.push({ kind: 'raised', wan: raised, words: capWords(s).raised });
  }

  if (s.annualCapWan !== null) {
    const words = capWords(s).cap;
    const before = amount;
    if (amount !== null && amount > s.annualCapWan) amount = s.annualCapWan;
    steps.push({ kind: 'annual-cap', cap: s.annualCapWan, words, before, after: amount });
    if (raised !== null) raised = Math.min(raised, s.annualCapWan);
  }

  if (amount === null && !needs.size)
    steps.push({ kind: 'none', reason: s.kind === '一事一议' ? '一事一议' : '未载明' });
  return { amountWan: amount, raisedWan: raised, units: results, steps, needs: [...needs] };
}
