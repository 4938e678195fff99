/**
 * The calculator's wording: every sentence the finder and the stage pages show or copy, made from
 * the data the decision modules return (compute.ts steps, match.ts verdicts, answer.ts rules and
 * totals). No decision is taken here, and no sentence is built anywhere else.
 */
import type { AmountBasis } from '../../schemas/eligibility-vocab.ts';
import { formatDate, formatPct, formatWan } from '../format.ts';
import { formatPeriod } from '../status.ts';
import { roundWan, topRate, type Computation, type Rate, type Step, type Unit } from './compute.ts';
import { thresholdText, type Exclusion, type Openness } from './match.ts';
import type { FinderPolicy, FinderProvision } from './types.ts';

/** 3500 → "3500万元", 10000 → "1亿元", 750.005 → "750.01万元". */
export const wanText = (wan: number) => formatWan(roundWan(wan));

const quoted = (list: readonly string[]) => list.map((x) => `“${x}”`).join('、');
const rateWords = (rate: Rate) =>
  Array.isArray(rate) ? `${formatPct(rate)}（按最高 ${topRate(rate)}% 计）` : formatPct(rate);

/** What a unit of a provision is called in its steps: its tier, or the product it is for. */
export function unitLabel(unit: Unit | undefined, index: number): string {
  if (!unit) return `第${index + 1}项`;
  if (unit.tier) return unit.tier.label;
  if (unit.product) return unit.product[0]!;
  return `第${index + 1}项`;
}

/** One step of a computation in words, figures as the texts write them (万元, 亿元, %). */
export function stepText(step: Step, c?: Pick<Computation, 'units'>): string {
  const many = (c?.units.length ?? 0) > 1;
  const prefix = (unit: number) => (many ? `${unitLabel(c!.units[unit], unit)}：` : '');
  switch (step.kind) {
    case 'threshold': {
      const range = `${step.threshold.basis}${thresholdText(step.threshold)}`;
      return step.value === null
        ? `条件：${range}（未填写${step.threshold.basis}）`
        : `条件：${range}；所填 ${wanText(step.value)}${step.verdict === 'yes' ? '，符合' : '，不符合'}`;
    }
    case 'tier':
      if (step.how === 'assessed')
        return `档次由评审或认定结果决定：${quoted(step.among)}，按可得最高的“${step.label}”档计`;
      if (step.how === 'may-fit' && step.among.length > 1)
        return `${prefix(step.unit)}所选条件可能属于${quoted(step.among)}，按可得最高的“${step.label}”档计`;
      return `档次：“${step.label}”`;
    case 'no-tier':
      return `所选条件不属于原文所列任何一档（${step.labels.join('、')}）`;
    case 'fixed':
      return `${prefix(step.unit)}${step.per ?? ''}定额 ${wanText(step.wan)}`;
    case 'max':
      return step.tier
        ? `“${step.tier}”档${step.per ?? ''}最高 ${wanText(step.wan)}`
        : `${prefix(step.unit)}${step.per ?? ''}最高 ${wanText(step.wan)}`;
    case 'overall-max':
      return `${prefix(step.unit)}全项最高 ${wanText(step.wan)}`;
    case 'raise':
      return `${prefix(step.unit)}${step.label}：上限再提高 ${wanText(step.byWan)}，即最高 ${wanText(step.wan)}`;
    case 'rate': {
      const whose = step.source === 'stage' ? step.stages.join('、') : '';
      const base = step.source === 'split' ? `分得 ${wanText(step.base)}` : wanText(step.base);
      return `${prefix(step.unit)}不超过${whose}${step.baseName}的 ${rateWords(step.rate)}：${base} × ${topRate(step.rate)}% = ${wanText(step.value)}`;
    }
    case 'rate-unknown': {
      const fill = step.basis ? `填写${step.basis}后按比例计算` : '原文未写明比例的基数，无法计算';
      return step.cap !== null
        ? `${prefix(step.unit)}另不超过${step.baseName}的 ${rateWords(step.rate)}：${fill}（最高 ${wanText(step.cap)}）；${step.basis ? '未填写，' : ''}未计入总额`
        : `${prefix(step.unit)}按${step.baseName}的 ${rateWords(step.rate)}：${fill}`;
    }
    case 'needs-amount':
      return `原文按${step.bases.join('、')}确定能否享受或享受哪一档：需填写${step.bases.join('、')}后计算，未计入总额`;
    case 'basis-no-rate':
      return `${prefix(step.unit)}原文写明按${step.baseName}给予，未写比例：按上限计`;
    case 'min':
      return step.value > step.cap
        ? `${prefix(step.unit)}${wanText(step.value)} 超过上限 ${wanText(step.cap)}，取 ${wanText(step.cap)}`
        : `${prefix(step.unit)}${wanText(step.value)} 未超过上限 ${wanText(step.cap)}，取 ${wanText(step.value)}`;
    case 'split':
      return `${step.basis}只填了合计，未按各项分别填写：${wanText(step.total)} 按最有利的方式分配（${step.shares
        .map((s) => `${unitLabel(c?.units[s.unit], s.unit)} ${wanText(s.base)}`)
        .join('，')}）`;
    case 'overdrawn':
      return `各阶段所填${step.basis}合计 ${wanText(step.stages)}，超过所填总额 ${wanText(step.total)}：总额不再分给其他阶段`;
    case 'sum':
      return `合计：${step.parts.map((p) => `${unitLabel(c?.units[p.unit], p.unit)} ${wanText(p.wan)}`).join(' + ')} = ${wanText(step.wan)}`;
    case 'count':
      return step.units > step.max
        ? `每个主体最多申报 ${step.max} 项：所选 ${step.units} 项，按金额最高的 ${step.max} 项计`
        : `每个主体最多申报 ${step.max} 项：所选 ${step.units} 项，未超过`;
    case 'annual-cap': {
      const words = step.words ?? `每年最高${formatWan(step.cap)}`;
      if (step.before !== null && step.after !== null && step.after < step.before)
        return `年度上限（原文“${words}”）：${wanText(step.before)} 超过，取 ${wanText(step.after)}`;
      return `年度上限（原文“${words}”）${step.before !== null ? `：${wanText(step.before)} 未超过` : ''}`;
    }
    case 'raised':
      return `${step.words ? `原文：“${step.words}”` : `可上浮至 ${wanText(step.wan)}`}——条件由评审认定，未计入上面的金额`;
    case 'none':
      return step.reason === '一事一议' ? '一事一议：原文未载明金额' : '原文未载明金额';
  }
}

export const stepTexts = (c: Computation) => c.steps.map((s) => stepText(s, c));

/** 最高 750万元 · 定额 50万元 · 一事一议 · 未载明金额 · 按比例（需研发投入）. */
export function amountSummary(c: Computation, p: Pick<FinderProvision, 'kind' | 'eligibility' | 'raiseByWan'>): string {
  if (c.amountWan !== null) return `${p.eligibility.fixedAmount ? '定额' : '最高'} ${wanText(c.amountWan)}`;
  if (p.eligibility.raises && p.raiseByWan !== null) return `上限再提高 ${wanText(p.raiseByWan)}`;
  if (c.needs.length) return `需填写${c.needs.join('、')}`;
  return p.kind === '一事一议' ? '一事一议' : '未载明金额';
}

/** Why a provision does not apply, one phrase per condition. */
export function exclusionText(x: Exclusion): string {
  switch (x.kind) {
    case 'stage':
      return `原文所涉阶段为${x.named.join('、')}`;
    case 'product':
      return `原文限于${x.named.join('、')}`;
    case 'beneficiary':
      return `原文支持对象为${x.named.join('、')}`;
    case 'role':
      return `原文只支持${x.named.join('、')}`;
    case 'threshold':
      return `原文要求${x.threshold.basis}${thresholdText(x.threshold)}`;
  }
}

/** Why a provision is only “may also apply”. */
export function opennessText(x: Openness): string {
  switch (x.kind) {
    case 'not-named':
      return '所选阶段、产品或所填金额均不涉及本项';
    case 'narrower':
      return `原文限于${x.named.join('、')}（若所选产品属于此类则适用）`;
    case 'product-unstated':
      return `原文限于${x.named.join('、')}（未选择产品类别）`;
    case 'stage-unstated':
      return `原文限于${x.named.join('、')}阶段（未选择阶段）`;
    case 'beneficiary-assumed':
      return `原文支持对象为${x.named.join('、')}（未选择主体类型，按企业计）`;
    case 'nothing-asked':
      return '未选择主体类型、阶段或产品';
  }
}

const need = (bases: readonly AmountBasis[]) => bases.join('、');
/** “填写研发投入可按比例计算”: the amounts a figure is waiting for. */
export const needsText = (bases: readonly AmountBasis[]) => `需填写${need(bases)}后计算，未计入总额`;

const ENDED = new Set(['expired', 'ended', 'superseded']);

/** 规划期 2021—2023，已结束 — the status in words, with what it rests on. */
export const statusLine = (policy: Pick<FinderPolicy, 'status'>) =>
  policy.status.code === 'unknown' ? policy.status.basis : `${policy.status.basis}，${policy.status.label}`;

/**
 * The plain warning for a document whose period or validity has ended by the as-of date; null
 * while it runs. 未载明 gets its own sentence: nobody can say it still applies.
 */
export function endedWarning(
  policy: Pick<FinderPolicy, 'status' | 'period' | 'validUntil'>,
  asOf: string,
): string | null {
  const when = `（截至 ${formatDate(asOf)}）`;
  if (ENDED.has(policy.status.code)) {
    const what = policy.validUntil
      ? `有效期至 ${formatDate(policy.validUntil)}，已失效`
      : policy.period
        ? `规划期 ${formatPeriod(policy.period)} 已结束`
        : policy.status.label;
    return `本文件${what}${when}。以下条款仅说明文件当时的规定，是否仍在执行、有无后续政策，请向主管部门核实。`;
  }
  if (policy.status.code === 'unknown') return `本文件未载明有效期或规划期${when}：是否仍在执行，请向主管部门核实。`;
  return null;
}

/** The clause's own period, when it has one: 项目认定时限 2021—2023 年（已过）. */
export function periodLine(p: Pick<FinderProvision, 'eligibility'>, asOf: string): string | null {
  const period = p.eligibility.period;
  if (!period) return null;
  const past = Number(asOf.slice(0, 4)) > period.end;
  return `条款载明的时限：${period.start}—${period.end} 年${past ? '（已过）' : ''}`;
}
