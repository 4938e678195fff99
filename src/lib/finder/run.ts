/**
 * The finder's answer for one selection: per city (region), every provision that may apply,
 * the most each could pay, and the stacking limits the texts give — shared annual caps,
 * 上限再提高 carried to the provision it raises, the two-tier cap across a city and its
 * districts, and 就高不重复.
 */
import { formatWan } from '../format.ts';
import { regionTree } from '../regions.ts';
import { compute, roundWan, type Computation } from './compute.ts';
import { isStackingRule, matchProvision, type Match } from './match.ts';
import type { FinderData, FinderPolicy, FinderProvision, FinderRegion, Selection } from './types.ts';

export interface Item {
  provision: FinderProvision;
  match: Match;
  computation: Computation;
  /** IDs of provisions that raised this one's maximum (上限再提高), applied in `computation`. */
  raisedBy: string[];
  /** For a provision that only raises another's maximum: the one it raises (its amount is counted there). */
  raises: string | null;
  /** The clause's own period (项目认定时限) has ended by the as-of date. */
  periodEnded: boolean;
}

export interface CapNote {
  kind: 'shared-cap' | 'two-tier-cap' | 'highest' | 'shared-funding';
  /** The provision stating the rule (for its clause link). */
  rule: FinderProvision;
  text: string;
  /** Provisions the rule sums, with the total and the total after the cap (万元). */
  members: string[];
  totalWan: number | null;
  cappedWan: number | null;
}

export interface PolicyResult {
  policy: FinderPolicy;
  /** The document's period or validity has ended (or it was superseded) by the as-of date. */
  ended: boolean;
  matches: Item[];
  related: Item[];
  excludedCount: number;
  notes: CapNote[];
}

export interface CityResult {
  region: FinderRegion;
  policies: PolicyResult[];
  /** Rules of an enclosing region that cover this one (苏州市's two-tier cap in 太仓市). */
  inherited: CapNote[];
}

const ENDED = new Set(['expired', 'ended', 'superseded']);

/** Largest amount first; provisions without one last, in document order (their position in the data). */
const byAmount = (order: Map<FinderProvision, number>) => (a: Item, b: Item) => {
  const x = a.computation.amountWan;
  const y = b.computation.amountWan;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return order.get(a.provision)! - order.get(b.provision)!;
};

/** A region and every region inside it. */
function withDescendants(region: string, regions: FinderRegion[]): Set<string> {
  return new Set(regionTree(regions).descendants(region));
}

export function runFinder(data: FinderData, sel: Selection): CityResult[] {
  const year = Number(data.asOf.slice(0, 4));
  const order = new Map(data.provisions.map((p, i) => [p, i]));
  const sort = byAmount(order);
  const results = new Map<string, PolicyResult>();
  const items = new Map<FinderProvision, Item>();

  for (const policy of data.policies) {
    const own = data.provisions.filter((p) => p.policy === policy.id);
    const payers = own.filter((p) => !isStackingRule(p.eligibility));
    const matched = new Map(payers.map((p) => [p, matchProvision(p.eligibility, sel)]));
    const applies = (p: FinderProvision | undefined) => p !== undefined && matched.get(p)?.level !== 'excluded';
    const byId = new Map(own.map((p) => [p.id, p]));
    const policyItems: Item[] = [];
    for (const p of payers) {
      const match = matched.get(p)!;
      if (match.level === 'excluded') continue;
      // 上限再提高: a provision raising another's maximum is applied inside that one's computation.
      const raisers = payers.filter((r) => r.eligibility.raises === p.id && r.raiseByWan !== null && applies(r));
      const raise = raisers.length
        ? { byWan: raisers.reduce((sum, r) => sum + r.raiseByWan!, 0), label: raisers.map((r) => r.what).join('；') }
        : null;
      const target = p.eligibility.raises ? byId.get(p.eligibility.raises) : undefined;
      let computation: Computation;
      if (target && p.raiseByWan !== null) {
        computation = {
          amountWan: null,
          raisedWan: null,
          tier: null,
          needs: [],
          steps: [
            {
              kind: 'raise',
              text: applies(target)
                ? `上限再提高 ${formatWan(p.raiseByWan)}：已计入“${target.what}”的金额`
                : `上限再提高 ${formatWan(p.raiseByWan)}（在“${target.what}”的基础上；该项与所选条件不符）`,
            },
          ],
        };
      } else {
        computation = compute(p, sel, { raise });
      }
      const item: Item = {
        provision: p,
        match,
        computation,
        raisedBy: raisers.map((r) => r.id),
        raises: target ? target.id : null,
        periodEnded: p.eligibility.period !== null && year > p.eligibility.period.end,
      };
      items.set(p, item);
      policyItems.push(item);
    }

    const notes: CapNote[] = [];
    // Shared annual caps: provisions that name each other in sharedCapWith count against one cap.
    const seen = new Set<string>();
    for (const item of policyItems) {
      const p = item.provision;
      if (seen.has(p.id) || !p.eligibility.sharedCapWith.length || p.annualCapWan === null) continue;
      const group = [p.id, ...p.eligibility.sharedCapWith];
      group.forEach((id) => seen.add(id));
      const members = policyItems.filter((i) => group.includes(i.provision.id) && i.computation.amountWan !== null);
      if (members.length < 2) continue;
      const total = roundWan(members.reduce((sum, i) => sum + i.computation.amountWan!, 0));
      const cap = p.annualCapWan;
      notes.push({
        kind: 'shared-cap',
        rule: p,
        members: members.map((i) => i.provision.id),
        totalWan: total,
        cappedWan: Math.min(total, cap),
        text: `${members.map((i) => `“${i.provision.what}”`).join('与')}同受单个企业每年最高 ${formatWan(cap)} 的限制：合计 ${formatWan(total)}${total > cap ? `，超过上限，按 ${formatWan(cap)} 计` : '，未超过'}`,
      });
    }
    for (const rule of own.filter((p) => p.eligibility.stacking)) {
      const st = rule.eligibility.stacking!;
      if (st.rule === '就高不重复') {
        notes.push({
          kind: 'highest',
          rule,
          members: [],
          totalWan: null,
          cappedWan: null,
          text: `就高不重复：原文“${rule.quote}”`,
        });
      } else if (st.rule === '两级财政按比例资助' && items.has(rule)) {
        notes.push({
          kind: 'shared-funding',
          rule,
          members: [rule.id],
          totalWan: null,
          cappedWan: null,
          text: `“${rule.what}”由市、县级市（区）两级财政按比例资助（原文），金额不因两级出资而叠加`,
        });
      }
    }
    results.set(policy.id, {
      policy,
      ended: ENDED.has(policy.status.code),
      matches: policyItems.filter((i) => i.match.level === 'match').sort(sort),
      related: policyItems.filter((i) => i.match.level === 'related').sort(sort),
      excludedCount: payers.length - policyItems.length,
      notes,
    });
  }

  // Caps across a region and its districts (单个企业每年享受本市两级财政政策叠加资助…).
  const inherited = new Map<string, CapNote[]>();
  for (const rule of data.provisions.filter(
    (p) => p.eligibility.stacking?.scope === '本市两级财政' && p.annualCapWan !== null,
  )) {
    const regions = withDescendants(rule.region, data.regions);
    const counted = [...items.values()].filter(
      (i) => regions.has(i.provision.region) && i.match.level === 'match' && i.computation.amountWan !== null,
    );
    const total = roundWan(counted.reduce((sum, i) => sum + i.computation.amountWan!, 0));
    const cap = rule.annualCapWan!;
    const names = data.regions.filter((r) => regions.has(r.id)).map((r) => r.name);
    const note: CapNote = {
      kind: 'two-tier-cap',
      rule,
      members: counted.map((i) => `${i.provision.policy}#${i.provision.id}`),
      totalWan: total,
      cappedWan: Math.min(total, cap),
      text: `单个企业每年享受本市两级财政政策叠加资助最高 ${formatWan(cap)}（${names.join('、')}）：${counted.length ? `所选条件下，这些地区明确涉及、载明金额的 ${counted.length} 项按上限合计 ${formatWan(total)}${total > cap ? `，超过上限，按 ${formatWan(cap)} 计` : '，未超过'}` : '所选条件下，这些地区没有明确涉及、载明金额的条款'}`,
    };
    results.get(rule.policy)?.notes.push(note);
    for (const r of regions) if (r !== rule.region) inherited.set(r, [...(inherited.get(r) ?? []), note]);
  }

  return data.regions
    .map((region) => ({
      region,
      policies: data.policies.filter((p) => p.region === region.id).map((p) => results.get(p.id)!),
      inherited: inherited.get(region.id) ?? [],
    }))
    .filter((c) => c.policies.length > 0);
}
