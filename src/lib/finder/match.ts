/**
 * Whether a provision may apply to the applicant. Each condition the applicant gave is compared
 * with what the clause states: named and equal → yes; named and different → the provision does
 * not apply; not stated by the clause (or not given by the applicant) → unknown, which never
 * excludes. Returns data only; src/lib/finder/explain.ts words it.
 */
import type { Eligibility, Threshold } from '../../schemas/eligibility.ts';
import type {
  AmountBasis,
  BeneficiaryType,
  LifecycleStage,
  PartyRole,
  ProductKind,
} from '../../schemas/eligibility-vocab.ts';
import { formatWan } from '../format.ts';
import { EMPTY_ELIGIBILITY, type Amounts, type Profile } from './types.ts';
import { impliedKinds, narrowerThanPicked, productsOverlap } from './vocab.ts';

export type Verdict = 'yes' | 'no' | 'unknown';

/** A condition of the clause the applicant does not meet. */
export type Exclusion =
  | { kind: 'stage'; named: LifecycleStage[] }
  | { kind: 'product'; named: ProductKind[] }
  | { kind: 'beneficiary'; named: BeneficiaryType[] }
  | { kind: 'role'; named: PartyRole[] }
  | { kind: 'threshold'; threshold: Threshold };

/** Why a provision that nothing rules out is only “may also apply”. */
export type Openness =
  /** Nothing the applicant said selects it: none of its stages, products or typed amounts (platforms, talent, finance…). */
  | { kind: 'not-named' }
  /** The clause is for a narrower kind than the applicant's product (创新医疗器械 for a 三类 device). */
  | { kind: 'narrower'; named: ProductKind[] }
  /** The clause is for certain products and the applicant named none. */
  | { kind: 'product-unstated'; named: ProductKind[] }
  /** The clause is for certain stages and the applicant named none. */
  | { kind: 'stage-unstated'; named: LifecycleStage[] }
  /** The applicant's type was assumed (企业) and the clause names another. */
  | { kind: 'beneficiary-assumed'; named: BeneficiaryType[] }
  /** The applicant gave neither a type nor a stage or product: nothing to answer for. */
  | { kind: 'nothing-asked' };

export interface Match {
  /**
   * match: something the applicant said selects it (see matchProvision) and nothing rules it out;
   * related: nothing rules it out but something is open (`open`); excluded: a condition the
   * clause states is not met (`exclusions`).
   */
  level: 'match' | 'related' | 'excluded';
  stage: Verdict;
  product: Verdict;
  beneficiary: Verdict;
  role: Verdict;
  /** One verdict per threshold of the clause ('unknown' when the applicant left the amount empty). */
  thresholds: Verdict[];
  exclusions: Exclusion[];
  open: Openness[];
}

/** 1亿元—5亿元（含）, 超过1500万元, 50万元及以上. */
export function thresholdText(t: Threshold): string {
  const { minWan: min, maxWan: max } = t;
  if (min !== null && max !== null)
    return `${formatWan(min)}${t.minInclusive ? '' : '（不含）'}—${formatWan(max)}${t.maxInclusive ? '' : '（不含）'}`;
  if (min !== null) return t.minInclusive ? `${formatWan(min)}及以上` : `超过${formatWan(min)}`;
  if (max !== null) return t.maxInclusive ? `不超过${formatWan(max)}` : `低于${formatWan(max)}`;
  return '不限';
}

export function thresholdVerdict(t: Threshold, amounts: Amounts | undefined): Verdict {
  const v = amounts?.[t.basis];
  if (v === undefined) return 'unknown';
  if (t.minWan !== null && (t.minInclusive ? v < t.minWan : v <= t.minWan)) return 'no';
  if (t.maxWan !== null && (t.maxInclusive ? v > t.maxWan : v >= t.maxWan)) return 'no';
  return 'yes';
}

const listVerdict = <T>(named: readonly T[], picked: readonly T[]): Verdict => {
  if (!picked.length || !named.length) return 'unknown';
  return named.some((n) => picked.includes(n)) ? 'yes' : 'no';
};

export interface MatchOptions {
  /** The applicant's type when it gave none (企业): a clause naming another type is then open, not excluded. */
  assumedWho?: BeneficiaryType | null;
}

/** The amounts a threshold compares: a total, or the sum of its stages' amounts when only those were given. */
export const effectiveAmounts = (profile: Pick<Profile, 'amounts' | 'stageAmounts'>): Amounts => {
  const out: Amounts = { ...profile.amounts };
  for (const [basis, byStage] of Object.entries(profile.stageAmounts) as [keyof Amounts, Record<string, number>][]) {
    if (out[basis] === undefined) out[basis] = Object.values(byStage).reduce((a, b) => a + b, 0);
  }
  return out;
};

/** The amounts the applicant typed for a provision's basis or thresholds (what brings it into the count). */
export function typedBases(e: Eligibility, profile: Pick<Profile, 'amounts' | 'stageAmounts'>): AmountBasis[] {
  const amounts = effectiveAmounts(profile);
  const bases = [
    e.basis,
    ...e.thresholds.map((t) => t.basis),
    ...e.tiers.flatMap((c) => c.thresholds.map((t) => t.basis)),
  ];
  return [...new Set(bases.filter((b): b is AmountBasis => b !== null && amounts[b] !== undefined))];
}

/**
 * Stages and products are conditions of a product's and an enterprise's life: they bind an
 * enterprise (typed or assumed), which must name them for a provision tied to them to count. A
 * hospital, university, investor, insurer, association, talent, platform or government is paid
 * for what it is: its type selects the provisions that pay it, whatever stages or products its
 * profile names (the form does not ask them).
 */
export const bindsLifecycle = (who: BeneficiaryType | null) => who === null || who === '企业';

/**
 * Whether a provision applies. Excluded when a condition the clause states is not met. Counted
 * (match) only when nothing is left open and something the applicant said selects it: for an
 * enterprise, one of its stages or products or an amount it typed for the provision's basis; for
 * any other applicant, its type. A provision for a stage or product an enterprise did not name
 * is open (related), never counted: naming one more stage or product can only add to the answer.
 */
export function matchProvision(eligibility: Eligibility | undefined, profile: Profile, opts: MatchOptions = {}): Match {
  const e = eligibility ?? EMPTY_ELIGIBILITY;
  const exclusions: Exclusion[] = [];
  const open: Openness[] = [];
  const who = profile.who ?? opts.assumedWho ?? null;
  const lifecycle = bindsLifecycle(who);

  const beneficiary = listVerdict(e.beneficiaries, who ? [who] : []);
  if (beneficiary === 'no') {
    if (profile.who) exclusions.push({ kind: 'beneficiary', named: e.beneficiaries });
    else open.push({ kind: 'beneficiary-assumed', named: e.beneficiaries });
  }

  let stage: Verdict = 'unknown';
  if (lifecycle && e.stages.length) {
    if (!profile.stages.length) open.push({ kind: 'stage-unstated', named: e.stages });
    else {
      stage = listVerdict(e.stages, profile.stages);
      if (stage === 'no') exclusions.push({ kind: 'stage', named: e.stages });
    }
  }

  let product: Verdict = 'unknown';
  if (lifecycle && e.products.length) {
    if (!profile.products.length) open.push({ kind: 'product-unstated', named: e.products });
    else if (productsOverlap(e.products, impliedKinds(profile.products))) product = 'yes';
    else if (narrowerThanPicked(e.products, new Set(profile.products)))
      open.push({ kind: 'narrower', named: e.products });
    else {
      product = 'no';
      exclusions.push({ kind: 'product', named: e.products });
    }
  }

  const role = listVerdict(e.roles, profile.role ? [profile.role] : []);
  if (role === 'no') exclusions.push({ kind: 'role', named: e.roles });

  const amounts = effectiveAmounts(profile);
  const thresholds = e.thresholds.map((t) => thresholdVerdict(t, amounts));
  e.thresholds.forEach((t, i) => {
    if (thresholds[i] === 'no') exclusions.push({ kind: 'threshold', threshold: t });
  });

  let level: Match['level'];
  if (!asksAnything(profile))
    return {
      level: 'related',
      stage,
      product,
      beneficiary,
      role,
      thresholds,
      exclusions: [],
      open: [{ kind: 'nothing-asked' }],
    };
  if (exclusions.length) level = 'excluded';
  else if (open.length) level = 'related';
  else if (!lifecycle) level = beneficiary === 'yes' ? 'match' : 'related';
  else if (stage === 'yes' || product === 'yes' || typedBases(e, profile).length) level = 'match';
  else level = 'related';
  if (level === 'related' && !open.length) open.push({ kind: 'not-named' });
  return { level, stage, product, beneficiary, role, thresholds, exclusions, open };
}

/** Whether a profile asks anything (an empty one gets the introduction, not an answer). */
export const asksAnything = (p: Profile) =>
  Boolean(
    p.who ||
    p.products.length ||
    p.stages.length ||
    p.role ||
    Object.keys(p.amounts).length ||
    Object.keys(p.stageAmounts).length,
  );

/** A provision that states a rule for combining support (就高不重复, 叠加上限 across a document or region) rather than paying anything itself. */
export const isStackingRule = (e: Eligibility | undefined) => Boolean(e?.stacking && e.stacking.scope !== '本条款');
