/**
 * The arithmetic of one support provision: the most it could pay one applicant for one item
 * (product, project, person…), from the figures its clause states — a fixed amount, a maximum,
 * a rate of a base capped by a maximum, the tier that fits the project, a raised maximum, and
 * the per-entity annual cap — with every step written out so a reader can check it against
 * the clause. Nothing is assumed that the clause does not say: without the base a rate applies
 * to, the figure is the maximum, and the step says so.
 */
import type { TierCondition } from '../../schemas/eligibility.ts';
import type { AmountBasis } from '../../schemas/eligibility-vocab.ts';
import type { Tier } from '../../schemas/policy.ts';
import { formatPct, formatWan } from '../format.ts';
import { thresholdText, thresholdVerdict, type Verdict } from './match.ts';
import { EMPTY_ELIGIBILITY, type Inputs, type SubsidyLike } from './types.ts';
import { impliedKinds, productsOverlap } from './vocab.ts';

export type StepKind =
  'threshold' | 'tier' | 'fixed' | 'max' | 'raise' | 'rate' | 'min' | 'annual-cap' | 'count' | 'raised' | 'none';

export interface Step {
  kind: StepKind;
  /** The step in words, figures as the text writes them (万元, 亿元, %). */
  text: string;
  /** The running amount after this step, in 万元, when the step sets one. */
  wan?: number;
}

export interface Computation {
  /** Most the provision could pay for one item, in 万元; null when the clause names no amount (一事一议) or a rate without its base. */
  amountWan: number | null;
  /** A higher maximum the clause allows under a condition the finder cannot judge (特别重大的项目可上浮至…), in 万元; null otherwise. */
  raisedWan: number | null;
  /** The tier used, by position and label; null for an untiered provision. */
  tier: { index: number; label: string } | null;
  steps: Step[];
  /** Amounts the reader left empty that the figure depends on. */
  needs: AmountBasis[];
}

export interface ComputeContext {
  /** 上限再提高…: an increase of this provision's maximum granted by another provision that also applies. */
  raise?: { byWan: number; label: string } | null;
}

/** Rounded to 0.01 万元 (100 元): rates of real amounts give long decimals that mean nothing. */
export const roundWan = (x: number) => Math.round(x * 100) / 100;

const amountText = (wan: number) => formatWan(roundWan(wan));

/** The sentence of the quote that states a figure ("单个企业每年最高资助1亿元"), so a step cites the clause's own words. */
export function phraseWith(quote: string, ...patterns: RegExp[]): string | null {
  for (const part of quote.split(/[，。；;,]/)) {
    const squashed = part.replace(/\s+/g, '');
    if (patterns.every((p) => p.test(squashed))) return squashed;
  }
  return null;
}

const wanPattern = (wan: number) => {
  const yi = wan / 10000;
  return new RegExp(`(?<![\\d.])(${wan}万元|${yi}亿元)`);
};

function tierVerdict(cond: TierCondition | undefined, inputs: Inputs): Verdict {
  if (!cond) return 'unknown';
  const verdicts: Verdict[] = [];
  if (cond.stages.length && inputs.stage) verdicts.push(cond.stages.includes(inputs.stage) ? 'yes' : 'no');
  if (cond.products.length && inputs.products?.length) {
    // A kind the reader picked fits the tier; one their kind only implies (an innovative device is class II or III) may.
    if (productsOverlap(cond.products, new Set(inputs.products))) verdicts.push('yes');
    else verdicts.push(productsOverlap(cond.products, impliedKinds(inputs.products)) ? 'unknown' : 'no');
  }
  for (const t of cond.thresholds) verdicts.push(thresholdVerdict(t, inputs.amounts));
  if (verdicts.includes('no')) return 'no';
  return verdicts.includes('yes') ? 'yes' : 'unknown';
}

interface Evaluated {
  amountWan: number | null;
  steps: Step[];
  needs: AmountBasis[];
}

/** A provision's maximum, rate and raise applied for one tier (or none). */
function evaluate(s: SubsidyLike, tier: Tier | null, inputs: Inputs, ctx: ComputeContext): Evaluated {
  const e = s.eligibility ?? EMPTY_ELIGIBILITY;
  const steps: Step[] = [];
  const needs: AmountBasis[] = [];
  const per = e.per ?? '';
  let cap: number | null = null;
  if (tier?.maxAmountWan != null) {
    cap = tier.maxAmountWan;
    steps.push({ kind: 'max', text: `“${tier.label}”档${per}最高 ${amountText(cap)}`, wan: cap });
    if (s.maxAmountWan !== null && s.maxAmountWan < cap) {
      cap = s.maxAmountWan;
      steps.push({ kind: 'max', text: `全项最高 ${amountText(cap)}`, wan: cap });
    }
  } else if (s.maxAmountWan !== null) {
    cap = s.maxAmountWan;
    steps.push(
      e.fixedAmount
        ? { kind: 'fixed', text: `${per}定额 ${amountText(cap)}`, wan: cap }
        : { kind: 'max', text: `${per}最高 ${amountText(cap)}`, wan: cap },
    );
  }
  if (ctx.raise && cap !== null) {
    cap += ctx.raise.byWan;
    steps.push({
      kind: 'raise',
      text: `${ctx.raise.label}：上限再提高 ${amountText(ctx.raise.byWan)}，即最高 ${amountText(cap)}`,
      wan: cap,
    });
  }
  const rate = tier?.ratePct ?? s.ratePct;
  let amount = cap;
  if (rate !== null) {
    const top = Array.isArray(rate) ? rate[1] : rate;
    const rateWords = Array.isArray(rate) ? `${formatPct(rate)}（按最高 ${top}% 计）` : formatPct(rate);
    const baseName = s.rateBase ?? e.basis ?? '基数';
    const base = e.basis ? inputs.amounts?.[e.basis] : undefined;
    if (e.basis && base !== undefined) {
      const v = roundWan((base * top) / 100);
      steps.push({
        kind: 'rate',
        text: `不超过${baseName}的 ${rateWords}：${amountText(base)} × ${top}% = ${amountText(v)}`,
        wan: v,
      });
      if (cap === null) amount = v;
      else if (v > cap) {
        amount = cap;
        steps.push({
          kind: 'min',
          text: `${amountText(v)} 超过上限 ${amountText(cap)}，取 ${amountText(cap)}`,
          wan: cap,
        });
      } else {
        amount = v;
        steps.push({
          kind: 'min',
          text: `${amountText(v)} 未超过上限 ${amountText(cap)}，取 ${amountText(v)}`,
          wan: v,
        });
      }
    } else {
      if (e.basis) needs.push(e.basis);
      const fill = e.basis ? `填写${e.basis}后按比例计算` : '原文未写明比例的基数，无法计算';
      if (cap !== null)
        steps.push({
          kind: 'rate',
          text: `另不超过${baseName}的 ${rateWords}：${fill}；此处按上限 ${amountText(cap)} 计`,
          wan: cap,
        });
      else steps.push({ kind: 'rate', text: `按${baseName}的 ${rateWords}：${fill}` });
    }
  } else if (e.basis && cap !== null && !e.fixedAmount) {
    steps.push({ kind: 'rate', text: `原文写明按${s.rateBase ?? e.basis}给予，未写比例：按上限计` });
  }
  return { amountWan: amount, steps, needs };
}

/** The largest amount a provision could pay one applicant for one item, and how it is reached. */
export function compute(s: SubsidyLike, inputs: Inputs = {}, ctx: ComputeContext = {}): Computation {
  const e = s.eligibility ?? EMPTY_ELIGIBILITY;
  const steps: Step[] = [];
  for (const t of e.thresholds) {
    const v = inputs.amounts?.[t.basis];
    const verdict = thresholdVerdict(t, inputs.amounts);
    const range = `${t.basis}${thresholdText(t)}`;
    steps.push({
      kind: 'threshold',
      text:
        v === undefined
          ? `条件：${range}（未填写${t.basis}）`
          : `条件：${range}；所填 ${amountText(v)}${verdict === 'yes' ? '，符合' : '，不符合'}`,
    });
  }

  let tier: Computation['tier'] = null;
  let best: Evaluated;
  if (s.tiers.length) {
    const verdicts = s.tiers.map((_, i) => tierVerdict(e.tiers[i], inputs));
    const yes = verdicts.flatMap((v, i) => (v === 'yes' ? [i] : []));
    const open = verdicts.flatMap((v, i) => (v === 'unknown' ? [i] : []));
    const candidates = yes.length ? yes : open;
    if (!candidates.length) {
      steps.push({ kind: 'none', text: `所选条件不属于原文所列任何一档（${s.tiers.map((t) => t.label).join('、')}）` });
      return { amountWan: null, raisedWan: null, tier: null, steps, needs: [] };
    }
    const options = candidates.map((i) => ({ i, r: evaluate(s, s.tiers[i]!, inputs, ctx) }));
    const pick = options.reduce((a, b) => ((b.r.amountWan ?? -1) > (a.r.amountWan ?? -1) ? b : a));
    tier = { index: pick.i, label: s.tiers[pick.i]!.label };
    if (candidates.length > 1) {
      const names = candidates.map((i) => `“${s.tiers[i]!.label}”`).join('、');
      const why =
        e.tiers[pick.i] &&
        (e.tiers[pick.i]!.stages.length || e.tiers[pick.i]!.products.length || e.tiers[pick.i]!.thresholds.length)
          ? '所选条件可能属于'
          : '档次由评审或认定结果决定：';
      steps.push({ kind: 'tier', text: `${why}${names}，按可得最高的“${tier.label}”档计` });
    } else {
      steps.push({ kind: 'tier', text: `档次：“${tier.label}”` });
    }
    best = pick.r;
  } else {
    best = evaluate(s, null, inputs, ctx);
  }
  steps.push(...best.steps);
  let amount = best.amountWan;

  let raised: number | null = null;
  if (s.raisedMaxWan !== null) {
    raised = s.raisedMaxWan;
    const words = phraseWith(s.quote, wanPattern(s.raisedMaxWan));
    steps.push({
      kind: 'raised',
      text: `${words ? `原文：“${words}”` : `可上浮至 ${amountText(raised)}`}——条件由评审认定，未计入上面的金额`,
    });
  }

  if (s.annualCapWan !== null) {
    const words = phraseWith(s.quote, /每年/, wanPattern(s.annualCapWan)) ?? `每年最高${formatWan(s.annualCapWan)}`;
    if (amount !== null && amount > s.annualCapWan) {
      amount = s.annualCapWan;
      steps.push({ kind: 'annual-cap', text: `年度上限（原文“${words}”）：取 ${amountText(amount)}`, wan: amount });
    } else {
      steps.push({
        kind: 'annual-cap',
        text: `年度上限（原文“${words}”）${amount !== null ? `：${amountText(amount)} 未超过` : ''}`,
      });
    }
    if (raised !== null) raised = Math.min(raised, s.annualCapWan);
  }

  if (e.maxCount !== null) {
    steps.push({
      kind: 'count',
      text: `每个主体最多申报 ${e.maxCount} 项${amount !== null ? `：合计最高 ${amountText(amount * e.maxCount)}` : ''}`,
    });
  }

  if (amount === null && !best.needs.length) {
    steps.push({ kind: 'none', text: s.kind === '一事一议' ? '一事一议：原文未载明金额' : '原文未载明金额' });
  }
  return { amountWan: amount === null ? null : roundWan(amount), raisedWan: raised, tier, steps, needs: best.needs };
}
