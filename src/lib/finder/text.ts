/**
 * How the finder and the stage pages write a provision's figure and a document's status, the
 * same on the server-rendered pages and in the browser.
 */
import { formatDate, formatWan } from '../format.ts';
import { formatPeriod } from '../status.ts';
import type { Computation } from './compute.ts';
import type { FinderPolicy, FinderProvision } from './types.ts';

/** 最高 750万元 · 定额 50万元 · 一事一议 · 未载明金额 · 按比例（需研发投入）. */
export function amountSummary(c: Computation, p: Pick<FinderProvision, 'kind' | 'eligibility' | 'raiseByWan'>): string {
  if (c.amountWan !== null) return `${p.eligibility.fixedAmount ? '定额' : '最高'} ${formatWan(c.amountWan)}`;
  if (p.eligibility.raises && p.raiseByWan !== null) return `上限再提高 ${formatWan(p.raiseByWan)}`;
  if (c.needs.length) return `按比例（需${c.needs.join('、')}）`;
  return p.kind === '一事一议' ? '一事一议' : '未载明金额';
}

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
