/**
 * Whether a provision may apply to the reader's project. Each condition the reader gave is
 * compared with what the clause states: named and equal → matches; named and different → the
 * provision does not apply; not stated by the clause → unknown, which never excludes (the clause
 * does not rule the project out) but is said plainly.
 */
import type { Eligibility, Threshold } from '../../schemas/eligibility.ts';
import type { AmountBasis } from '../../schemas/eligibility-vocab.ts';
import { formatWan } from '../format.ts';
import { EMPTY_ELIGIBILITY, type Selection } from './types.ts';
import { impliedKinds, productsOverlap } from './vocab.ts';

export type Verdict = 'yes' | 'no' | 'unknown';

export interface Match {
  /**
   * match: the clause names the reader's stage or product (or, when the reader gave neither,
   * their type); related: nothing the reader gave rules it out, but the clause names none of it
   * (support for any stage or product); excluded: a condition the clause states is not met.
   */
  level: 'match' | 'related' | 'excluded';
  stage: Verdict;
  product: Verdict;
  beneficiary: Verdict;
  /** One verdict per threshold of the clause ('unknown' when the reader left the amount empty). */
  thresholds: Verdict[];
  /** Why it is excluded, in words. */
  reasons: string[];
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

export function thresholdVerdict(t: Threshold, amounts: Partial<Record<AmountBasis, number>> | undefined): Verdict {
  const v = amounts?.[t.basis];
  if (v === undefined) return 'unknown';
  if (t.minWan !== null && (t.minInclusive ? v < t.minWan : v <= t.minWan)) return 'no';
  if (t.maxWan !== null && (t.maxInclusive ? v > t.maxWan : v >= t.maxWan)) return 'no';
  return 'yes';
}

const listVerdict = <T>(named: readonly T[], picked: T | null | undefined): Verdict => {
  if (picked === null || picked === undefined || named.length === 0) return 'unknown';
  return named.includes(picked) ? 'yes' : 'no';
};

export function matchProvision(eligibility: Eligibility | undefined, sel: Selection): Match {
  const e = eligibility ?? EMPTY_ELIGIBILITY;
  const stage = listVerdict(e.stages, sel.stage);
  const product: Verdict =
    !sel.products.length || !e.products.length
      ? 'unknown'
      : productsOverlap(e.products, impliedKinds(sel.products))
        ? 'yes'
        : 'no';
  const beneficiary = listVerdict(e.beneficiaries, sel.beneficiary);
  const thresholds = e.thresholds.map((t) => thresholdVerdict(t, sel.amounts));
  const reasons: string[] = [];
  if (stage === 'no') reasons.push(`原文所涉阶段为${e.stages.join('、')}`);
  if (product === 'no') reasons.push(`原文限于${e.products.join('、')}`);
  if (beneficiary === 'no') reasons.push(`原文支持对象为${e.beneficiaries.join('、')}`);
  e.thresholds.forEach((t, i) => {
    if (thresholds[i] === 'no') reasons.push(`原文要求${t.basis}${thresholdText(t)}`);
  });
  let level: Match['level'];
  if (reasons.length) level = 'excluded';
  else if (sel.stage || sel.products.length) level = stage === 'yes' || product === 'yes' ? 'match' : 'related';
  else if (sel.beneficiary) level = beneficiary === 'yes' ? 'match' : 'related';
  else level = 'match';
  return { level, stage, product, beneficiary, thresholds, reasons };
}

/** A provision that states a rule for combining support (就高不重复, 叠加上限 across a document or region) rather than paying anything itself. */
export const isStackingRule = (e: Eligibility | undefined) => Boolean(e?.stacking && e.stacking.scope !== '本条款');
