/**
 * The calculator's answer: for each location an applicant can be registered in, the most it can
 * receive there for its profile — every provision of that location's policies (its own and its
 * enclosing city's) matched and computed, then the texts' rules for combining them applied:
 * alternatives (only one of them), shared annual caps, 上限再提高 carried into the provision it
 * raises, and a city's two-tier cap across the city and the one district the applicant is in,
 * for the beneficiaries it names. Returns data; explain.ts and answer-text.ts word it.
 */
import type { AmountBasis, BeneficiaryType, PartyRole } from '../../schemas/eligibility-vocab.ts';
import { compute, roundWan, type Computation } from './compute.ts';
import { asksAnything, isStackingRule, matchProvision, type Match } from './match.ts';

export { asksAnything };
import type { FinderData, FinderPolicy, FinderProvision, FinderRegion, Profile } from './types.ts';

/** Where an applicant can be registered: a region with policies, and the regions whose policies also cover it. */
export interface Location {
  id: string;
  name: string;
  /** The regions whose policies apply there, outermost first (苏州市, 太仓市). */
  chain: FinderRegion[];
}

/** Why a provision shown is not part of the total. */
export type NotCounted =
  /** Only one of alternatives counts (exclusiveWith): another paid more. */
  | { kind: 'alternative'; winner: string }
  /** A shared cap was used up by provisions that paid more. */
  | { kind: 'cap'; rule: string }
  /** 上限再提高: its increase is inside the provision it raises. */
  | { kind: 'raise'; target: string }
  /** The clause states no amount (一事一议, 未载明). */
  | { kind: 'no-amount' }
  /** Its amount is computed from (or its tier chosen by) an amount the applicant did not type. */
  | { kind: 'needs-input'; bases: AmountBasis[] }
  /** Nothing rules it out, but the clause does not name the applicant's stage or product, or narrows further. */
  | { kind: 'related' };

export interface ItemResult {
  /** `<policy>#<subsidy>`. */
  key: string;
  provision: FinderProvision;
  policy: FinderPolicy;
  /** counted: the clause names the applicant's stage or product (or type) and an amount; unstated: the same without an amount; related: may also apply. */
  group: 'counted' | 'unstated' | 'related';
  match: Match;
  computation: Computation;
  /** In the total: its contribution after every rule; otherwise what it would pay on its own (null: no amount). */
  amountWan: number | null;
  counted: boolean;
  notCounted: NotCounted | null;
  /** Reductions by rules across provisions (shared caps, the two-tier cap), in order. */
  cuts: { rule: string; fromWan: number; toWan: number }[];
  /** Keys of provisions whose 上限再提高 is inside this one's amount. */
  raisedBy: string[];
  /** Where the clause pays only one party (委托方) and the applicant did not say which it is. */
  assumedRole: PartyRole | null;
  /** Its policy is in force and its own period (项目认定时限) has not passed. */
  current: boolean;
  /** The clause's own period has passed by the as-of date. */
  periodEnded: boolean;
}

export type RuleKind = 'alternatives' | 'shared-cap' | 'two-tier-cap' | 'other-documents' | 'shared-funding';

export interface RuleResult {
  kind: RuleKind;
  /** The provision whose clause states the rule (its clause is cited). */
  rule: FinderProvision;
  /** Keys of the provisions it covered. */
  members: string[];
  /** What the members paid together before the rule, and the cap (万元); null for rules without arithmetic. */
  totalWan: number | null;
  capWan: number | null;
  /** What they pay together after it. */
  resultWan: number | null;
  /** The rule changed the total. */
  binding: boolean;
}

export interface LocationAnswer {
  location: Location;
  /** The most the applicant can receive there (per year for recurring awards), in 万元. */
  totalWan: number;
  /** Counted provisions by contribution, then those without an amount, then those that may also apply. */
  items: ItemResult[];
  rules: RuleResult[];
  /** The policies counted here (current=1 leaves out those not in force). */
  policies: FinderPolicy[];
  /** Policies of the location left out because they are not in force (current=1). */
  omitted: FinderPolicy[];
  /** Provisions whose stated conditions the profile does not meet. */
  excluded: number;
  /** Some policy of this location has lapsed, ended or states no period (current=1 leaves those out). */
  historical: boolean;
  /** What the answer assumed because the profile did not say. */
  assumed: { who: BeneficiaryType | null };
}

const IN_FORCE = new Set(['in-force', 'ongoing']);
export const isCurrent = (p: Pick<FinderPolicy, 'status'>) => IN_FORCE.has(p.status.code);

/** The applicant's type when it gives none: the texts' support is mostly for enterprises. */
export const DEFAULT_WHO: BeneficiaryType = '企业';

/** Every location with a policy of its own, in region order, with the regions above it that have policies. */
export function locations(
  data: Pick<FinderData, 'regions'> & { policies: readonly Pick<FinderPolicy, 'region'>[] },
): Location[] {
  const byId = new Map(data.regions.map((r) => [r.id, r]));
  const hasPolicy = (id: string) => data.policies.some((p) => p.region === id);
  return data.regions
    .filter((r) => hasPolicy(r.id))
    .map((r) => {
      const chain: FinderRegion[] = [];
      for (let x: FinderRegion | undefined = r; x; x = x.parent ? byId.get(x.parent) : undefined)
        if (hasPolicy(x.id)) chain.unshift(x);
      return { id: r.id, name: r.name, chain };
    });
}

/** Gives `cap` to `members` largest first; returns each one's share. */
function allocate(members: ItemResult[], cap: number): Map<ItemResult, number> {
  let left = cap;
  const out = new Map<ItemResult, number>();
  for (const m of [...members].sort((a, b) => b.amountWan! - a.amountWan!)) {
    const share = Math.min(m.amountWan!, Math.max(left, 0));
    out.set(m, roundWan(share));
    left -= share;
  }
  return out;
}

/** Applies a cap shared by `members` (counted items with an amount): cuts what exceeds it. */
function applyCap(kind: RuleKind, rule: FinderProvision, members: ItemResult[], cap: number): RuleResult {
  const total = roundWan(members.reduce((sum, m) => sum + m.amountWan!, 0));
  if (total > cap) {
    for (const [m, share] of allocate(members, cap)) {
      if (share === m.amountWan) continue;
      m.cuts.push({ rule: `${rule.policy}#${rule.id}`, fromWan: m.amountWan!, toWan: share });
      m.amountWan = share;
      if (share === 0) {
        m.counted = false;
        m.notCounted = { kind: 'cap', rule: `${rule.policy}#${rule.id}` };
      }
    }
  }
  return {
    kind,
    rule,
    members: members.map((m) => m.key),
    totalWan: total,
    capWan: cap,
    resultWan: Math.min(total, cap),
    binding: total > cap,
  };
}

/** Groups of provisions linked by a relation (sharedCapWith, exclusiveWith), each group once. */
function groupsOf(items: ItemResult[], links: (p: FinderProvision) => string[]): ItemResult[][] {
  const seen = new Set<ItemResult>();
  const out: ItemResult[][] = [];
  for (const item of items) {
    if (seen.has(item) || !links(item.provision).length) continue;
    const group = items.filter(
      (o) =>
        o.policy.id === item.policy.id &&
        (o === item ||
          links(item.provision).includes(o.provision.id) ||
          links(o.provision).includes(item.provision.id)),
    );
    group.forEach((g) => seen.add(g));
    if (group.length > 1) out.push(group);
  }
  return out;
}

/** Each policy's provisions, in data order — built once per data set, so an answer reads only its location's. */
const byPolicyCache = new WeakMap<FinderData, Map<string, FinderProvision[]>>();
function provisionsOf(data: FinderData, policy: string): FinderProvision[] {
  let index = byPolicyCache.get(data);
  if (!index) {
    index = new Map();
    for (const p of data.provisions) index.set(p.policy, [...(index.get(p.policy) ?? []), p]);
    byPolicyCache.set(data, index);
  }
  return index.get(policy) ?? [];
}

function evaluate(data: FinderData, location: Location, profile: Profile): LocationAnswer {
  const year = Number(data.asOf.slice(0, 4));
  const regionIds = new Set(location.chain.map((r) => r.id));
  const all = data.policies.filter((p) => regionIds.has(p.region));
  const policies = profile.current ? all.filter(isCurrent) : all;
  const omitted = profile.current ? all.filter((p) => !isCurrent(p)) : [];
  const own = policies.flatMap((p) => provisionsOf(data, p.id));
  const payers = own.filter((p) => !isStackingRule(p.eligibility));
  const policyOf = new Map(policies.map((p) => [p.id, p]));
  const assumedWho = profile.who ? null : DEFAULT_WHO;
  const key = (p: FinderProvision) => `${p.policy}#${p.id}`;

  const matches = new Map(payers.map((p) => [p, matchProvision(p.eligibility, profile, { assumedWho })]));
  const applies = (p: FinderProvision | undefined) => p !== undefined && matches.get(p)?.level === 'match';
  const byKey = new Map(payers.map((p) => [key(p), p]));
  // 上限再提高: the provisions raising each one's maximum.
  const raisersOf = new Map<string, FinderProvision[]>();
  for (const r of payers)
    if (r.eligibility.raises && r.raiseByWan !== null) {
      const target = `${r.policy}#${r.eligibility.raises}`;
      raisersOf.set(target, [...(raisersOf.get(target) ?? []), r]);
    }

  const items: ItemResult[] = [];
  let excluded = 0;
  for (const p of payers) {
    const match = matches.get(p)!;
    if (match.level === 'excluded') {
      excluded++;
      continue;
    }
    const e = p.eligibility;
    // 上限再提高: a provision raising another's maximum is applied inside that one's computation.
    const raisers = (raisersOf.get(key(p)) ?? []).filter(applies);
    const raise = raisers.length
      ? {
          byWan: raisers.reduce((sum, r) => sum + r.raiseByWan!, 0),
          label: raisers.map((r) => r.what).join('；'),
          products: raisers.flatMap((r) => r.eligibility.products),
        }
      : null;
    const target = e.raises ? byKey.get(`${p.policy}#${e.raises}`) : undefined;
    const computation = target && p.raiseByWan !== null ? raiseOnly() : compute(p, profile, { raise });
    const policy = policyOf.get(p.policy)!;
    const periodEnded = e.period !== null && year > e.period.end;
    const positive = match.level === 'match';
    const amount = computation.amountWan;
    const group = !positive ? 'related' : amount === null && !(target && applies(target)) ? 'unstated' : 'counted';
    const counted = group === 'counted' && amount !== null;
    items.push({
      key: key(p),
      provision: p,
      policy,
      group,
      match,
      computation,
      amountWan: amount,
      counted,
      notCounted: counted
        ? null
        : target && p.raiseByWan !== null && group === 'counted'
          ? { kind: 'raise', target: key(target) }
          : group === 'related'
            ? { kind: 'related' }
            : computation.needs.length
              ? { kind: 'needs-input', bases: computation.needs }
              : { kind: 'no-amount' },
      cuts: [],
      raisedBy: raisers.map(key),
      assumedRole: e.roles.length && !profile.role && !e.roles.includes('受托方') ? e.roles[0]! : null,
      current: isCurrent(policy) && !periodEnded,
      periodEnded,
    });
  }

  const rules: RuleResult[] = [];
  const counted = () => items.filter((i) => i.counted);

  // Alternatives (exclusiveWith): one of them, the one that pays most.
  for (const group of groupsOf(counted(), (p) => p.eligibility.exclusiveWith)) {
    const winner = group.reduce((a, b) => (b.amountWan! > a.amountWan! ? b : a));
    for (const m of group)
      if (m !== winner) {
        m.counted = false;
        m.notCounted = { kind: 'alternative', winner: winner.key };
      }
    const total = roundWan(group.reduce((sum, m) => sum + m.amountWan!, 0));
    rules.push({
      kind: 'alternatives',
      rule: winner.provision,
      members: group.map((m) => m.key),
      totalWan: total,
      capWan: null,
      resultWan: winner.amountWan,
      binding: true,
    });
  }

  // One annual cap shared by several provisions of a text (sharedCapWith).
  for (const group of groupsOf(counted(), (p) => p.eligibility.sharedCapWith)) {
    const rule = group[0]!.provision;
    rules.push(applyCap('shared-cap', rule, group, rule.annualCapWan!));
  }

  // A city's cap across its own and its districts' support (本市两级财政), for the beneficiaries it names.
  const who = profile.who ?? DEFAULT_WHO;
  for (const rule of own.filter(
    (p) =>
      p.eligibility.stacking?.scope === '本市两级财政' &&
      p.annualCapWan !== null &&
      (!p.eligibility.beneficiaries.length || p.eligibility.beneficiaries.includes(who)),
  )) {
    const members = counted().filter((i) => regionIds.has(i.provision.region));
    if (members.length) rules.push(applyCap('two-tier-cap', rule, members, rule.annualCapWan!));
  }

  // 两级财政按比例资助: the city and the district share one amount; it is not paid twice.
  for (const item of counted())
    if (item.provision.eligibility.stacking?.rule === '两级财政按比例资助')
      rules.push({
        kind: 'shared-funding',
        rule: item.provision,
        members: [item.key],
        totalWan: null,
        capWan: null,
        resultWan: null,
        binding: false,
      });

  // 就高不重复 against documents this site does not hold: stated, not computed.
  for (const rule of own.filter((p) => isStackingRule(p.eligibility) && p.eligibility.stacking!.scope === '本文件'))
    if (items.some((i) => i.policy.id === rule.policy))
      rules.push({
        kind: 'other-documents',
        rule,
        members: items.filter((i) => i.policy.id === rule.policy && i.counted).map((i) => i.key),
        totalWan: null,
        capWan: null,
        resultWan: null,
        binding: false,
      });

  const order = new Map(own.map((p, i) => [p, i]));
  const rank = { counted: 0, unstated: 1, related: 2 };
  items.sort(
    (a, b) =>
      rank[a.group] - rank[b.group] ||
      Number(b.counted) - Number(a.counted) ||
      (b.amountWan ?? -1) - (a.amountWan ?? -1) ||
      order.get(a.provision)! - order.get(b.provision)!,
  );
  const totalWan = roundWan(counted().reduce((sum, i) => sum + i.amountWan!, 0));
  return {
    location,
    totalWan,
    items,
    rules,
    policies,
    omitted,
    excluded,
    historical: policies.some((p) => !isCurrent(p)),
    assumed: { who: profile.who ? null : DEFAULT_WHO },
  };
}

/** A provision that only raises another's maximum pays nothing of its own. */
function raiseOnly(): Computation {
  return { amountWan: null, raisedWan: null, units: [], steps: [], needs: [] };
}

/**
 * The answer for one location. Nothing is assumed about products: a provision for a product the
 * applicant did not name waits for it (related), so naming a product can only add to the answer.
 */
export const answerAt = (data: FinderData, location: Location, profile: Profile): LocationAnswer =>
  evaluate(data, location, profile);

/** One answer per location — the profile's location, or every location best first. */
export function answer(data: FinderData, profile: Profile): LocationAnswer[] {
  const all = locations(data);
  const asked = profile.loc ? all.filter((l) => l.id === profile.loc) : all;
  const order = new Map(all.map((l, i) => [l.id, i]));
  return asked
    .map((l) => answerAt(data, l, profile))
    .sort((a, b) => b.totalWan - a.totalWan || order.get(a.location.id)! - order.get(b.location.id)!);
}
