/**
 * The calculator's answer: for each location an applicant can be registered in, the most it can
 * receive there for its profile — every provision of that location's policies (its own and its
 * enclosing city's) matched and computed, then the texts' rules for combining them applied:
 * alternatives (only one of them), shared annual caps, 上限再提高 carried into the provision it
 * raises, and a city's two-tier cap across the city and the one district the applicant is in,
 * for the beneficiaries it names. Returns data; explain.ts and answer-text.ts word it.
 */
import type { AmountBasis, BeneficiaryType, PartyRole } from '../../schemas/eligibility-vocab.ts';
import { regionTree } from '../regions.ts';
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
  /** What it pays on its own, before any rule across provisions (null: no amount). No rule changes it. */
  ownWan: number | null;
  /**
   * What it pays after the caps across provisions (shared caps, the two-tier cap): `ownWan` unless
   * a cap cut it (0 when a cap used it up). It is part of the total only when `counted`.
   */
  countedWan: number | null;
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
  const tree = regionTree(data.regions);
  const hasPolicy = (id: string) => data.policies.some((p) => p.region === id);
  return data.regions
    .filter((r) => hasPolicy(r.id))
    .map((r) => ({
      id: r.id,
      name: r.name,
      chain: tree
        .chain(r.id)
        .filter(hasPolicy)
        .reverse()
        .map((id) => tree.get(id)!),
    }));
}

/** Gives `cap` to `members` largest first; returns each one's share, by key. */
function allocate(members: ItemResult[], cap: number): Map<string, number> {
  let left = cap;
  const out = new Map<string, number>();
  for (const m of [...members].sort((a, b) => b.countedWan! - a.countedWan!)) {
    const share = Math.min(m.countedWan!, Math.max(left, 0));
    out.set(m.key, roundWan(share));
    left -= share;
  }
  return out;
}

/** What a step of the stacking rules returns: the items as it leaves them, and the rules it applied. */
interface StepResult {
  items: ItemResult[];
  rules: RuleResult[];
}

/** `items` with the members of `changed` replaced by their new versions (matched by key). */
const replace = (items: readonly ItemResult[], changed: readonly ItemResult[]): ItemResult[] => {
  const byKey = new Map(changed.map((c) => [c.key, c]));
  return items.map((i) => byKey.get(i.key) ?? i);
};

const countedOf = (items: readonly ItemResult[]) => items.filter((i) => i.counted);

/** The members of `group` as `items` now hold them (an earlier group of the same step may have changed one). */
const latest = (items: readonly ItemResult[], group: readonly ItemResult[]): ItemResult[] =>
  group.map((m) => items.find((i) => i.key === m.key)!);

/** Applies a cap shared by `members` (counted items with an amount): cuts what exceeds it. */
function applyCap(
  kind: RuleKind,
  rule: FinderProvision,
  members: ItemResult[],
  cap: number,
): { members: ItemResult[]; rule: RuleResult } {
  const total = roundWan(members.reduce((sum, m) => sum + m.countedWan!, 0));
  const ruleKey = `${rule.policy}#${rule.id}`;
  const shares = total > cap ? allocate(members, cap) : new Map<string, number>();
  const cut = (m: ItemResult): ItemResult => {
    const share = shares.get(m.key);
    if (share === undefined || share === m.countedWan) return m;
    return {
      ...m,
      cuts: [...m.cuts, { rule: ruleKey, fromWan: m.countedWan!, toWan: share }],
      countedWan: share,
      ...(share === 0 ? { counted: false, notCounted: { kind: 'cap' as const, rule: ruleKey } } : {}),
    };
  };
  return {
    members: members.map(cut),
    rule: {
      kind,
      rule,
      members: members.map((m) => m.key),
      totalWan: total,
      capWan: cap,
      resultWan: Math.min(total, cap),
      binding: total > cap,
    },
  };
}

/**
 * Applies annual caps one after the other, each to the members it finds among the items as the
 * caps before it left them (a cap with no member is not applied).
 */
function applyCaps(
  items: readonly ItemResult[],
  kind: RuleKind,
  caps: { rule: FinderProvision; membersOf: (items: readonly ItemResult[]) => ItemResult[] }[],
): StepResult {
  const rules: RuleResult[] = [];
  let out = [...items];
  for (const { rule, membersOf } of caps) {
    const members = membersOf(out);
    if (!members.length) continue;
    const capped = applyCap(kind, rule, members, rule.annualCapWan!);
    out = replace(out, capped.members);
    rules.push(capped.rule);
  }
  return { items: out, rules };
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

/** What the stacking rules read besides the items: the location's provisions and the applicant. */
export interface StackingContext {
  /** Every provision of the location's policies (stacking rules included), in data order. */
  own: FinderProvision[];
  /** The regions of the location's chain. */
  regionIds: Set<string>;
  /** The applicant's type (DEFAULT_WHO when the profile gives none). */
  who: BeneficiaryType;
}

/** One of the texts' rules for combining provisions: a pure function of the items the previous step left. */
export interface StackingStep {
  kind: RuleKind;
  /** What the rule does, in one line. */
  does: string;
  apply(items: readonly ItemResult[], ctx: StackingContext): StepResult;
}

/**
 * The texts' rules for combining provisions, in the order they are applied. The order matters:
 * alternatives are settled before any cap (a cap shares its figure among the provisions actually
 * paid), a shared cap of one text before the city's two-tier cap over all of them, and the rules
 * that only state something last, so that they list the members still counted.
 */
export const STACKING_STEPS: readonly StackingStep[] = [
  {
    kind: 'alternatives',
    does: 'Alternatives (exclusiveWith): only the one that pays most counts.',
    apply(items) {
      const rules: RuleResult[] = [];
      let out = [...items];
      for (const found of groupsOf(countedOf(out), (p) => p.eligibility.exclusiveWith)) {
        const group = latest(out, found);
        const winner = group.reduce((a, b) => (b.countedWan! > a.countedWan! ? b : a));
        const losers = group
          .filter((m) => m.key !== winner.key)
          .map((m) => ({ ...m, counted: false, notCounted: { kind: 'alternative' as const, winner: winner.key } }));
        out = replace(out, losers);
        rules.push({
          kind: 'alternatives',
          rule: winner.provision,
          members: group.map((m) => m.key),
          totalWan: roundWan(group.reduce((sum, m) => sum + m.countedWan!, 0)),
          capWan: null,
          resultWan: winner.countedWan,
          binding: true,
        });
      }
      return { items: out, rules };
    },
  },
  {
    kind: 'shared-cap',
    does: 'One annual cap shared by several provisions of a text (sharedCapWith).',
    apply: (items) =>
      applyCaps(
        items,
        'shared-cap',
        groupsOf(countedOf(items), (p) => p.eligibility.sharedCapWith).map((found) => ({
          rule: found[0]!.provision,
          membersOf: (out) => latest(out, found),
        })),
      ),
  },
  {
    kind: 'two-tier-cap',
    does: "A city's cap across its own and its districts' support (本市两级财政), for the beneficiaries it names.",
    apply: (items, { own, regionIds, who }) =>
      applyCaps(
        items,
        'two-tier-cap',
        own
          .filter(
            (p) =>
              p.eligibility.stacking?.scope === '本市两级财政' &&
              p.annualCapWan !== null &&
              (!p.eligibility.beneficiaries.length || p.eligibility.beneficiaries.includes(who)),
          )
          .map((rule) => ({
            rule,
            membersOf: (out) => countedOf(out).filter((i) => regionIds.has(i.provision.region)),
          })),
      ),
  },
  {
    kind: 'shared-funding',
    does: '两级财政按比例资助: the city and the district share one amount; stated, it is not paid twice.',
    apply(items) {
      const rules = countedOf(items)
        .filter((item) => item.provision.eligibility.stacking?.rule === '两级财政按比例资助')
        .map((item): RuleResult => ({
          kind: 'shared-funding',
          rule: item.provision,
          members: [item.key],
          totalWan: null,
          capWan: null,
          resultWan: null,
          binding: false,
        }));
      return { items: [...items], rules };
    },
  },
  {
    kind: 'other-documents',
    does: '就高不重复 against documents this site does not hold: stated, not computed.',
    apply(items, { own }) {
      const rules = own
        .filter((p) => isStackingRule(p.eligibility) && p.eligibility.stacking!.scope === '本文件')
        .filter((rule) => items.some((i) => i.policy.id === rule.policy))
        .map((rule): RuleResult => ({
          kind: 'other-documents',
          rule,
          members: items.filter((i) => i.policy.id === rule.policy && i.counted).map((i) => i.key),
          totalWan: null,
          capWan: null,
          resultWan: null,
          binding: false,
        }));
      return { items: [...items], rules };
    },
  },
];

/** Runs the stacking steps in order, each on the items the previous one left. */
export function applyStacking(items: readonly ItemResult[], ctx: StackingContext): StepResult {
  return STACKING_STEPS.reduce<StepResult>(
    (acc, step) => {
      const next = step.apply(acc.items, ctx);
      return { items: next.items, rules: [...acc.rules, ...next.rules] };
    },
    { items: [...items], rules: [] },
  );
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

const keyOf = (p: FinderProvision) => `${p.policy}#${p.id}`;

/** What an item needs besides its provision: the location's payers, matched against the profile. */
interface ItemContext {
  profile: Profile;
  year: number;
  matches: Map<FinderProvision, Match>;
  byKey: Map<string, FinderProvision>;
  /** 上限再提高: the provisions raising each one's maximum, by the raised provision's key. */
  raisersOf: Map<string, FinderProvision[]>;
  policyOf: Map<string, FinderPolicy>;
}

/** The provisions raising each payer's maximum (上限再提高), by the raised provision's key. */
function raisersByTarget(payers: FinderProvision[]): Map<string, FinderProvision[]> {
  const out = new Map<string, FinderProvision[]>();
  for (const r of payers)
    if (r.eligibility.raises && r.raiseByWan !== null) {
      const target = `${r.policy}#${r.eligibility.raises}`;
      out.set(target, [...(out.get(target) ?? []), r]);
    }
  return out;
}

/** Why an item is not counted, before any rule across provisions; null when it is. */
function notCountedAlone(
  group: ItemResult['group'],
  counted: boolean,
  raisesTarget: FinderProvision | undefined,
  computation: Computation,
): NotCounted | null {
  if (counted) return null;
  if (raisesTarget && group === 'counted') return { kind: 'raise', target: keyOf(raisesTarget) };
  if (group === 'related') return { kind: 'related' };
  if (computation.needs.length) return { kind: 'needs-input', bases: computation.needs };
  return { kind: 'no-amount' };
}

/** One provision, matched (not excluded), computed on its own: its item before the stacking rules. */
function itemOf(p: FinderProvision, ctx: ItemContext): ItemResult {
  const { profile } = ctx;
  const match = ctx.matches.get(p)!;
  const applies = (x: FinderProvision | undefined) => x !== undefined && ctx.matches.get(x)?.level === 'match';
  const e = p.eligibility;
  // 上限再提高: a provision raising another's maximum is applied inside that one's computation.
  const raisers = (ctx.raisersOf.get(keyOf(p)) ?? []).filter(applies);
  const raise = raisers.length
    ? {
        byWan: raisers.reduce((sum, r) => sum + r.raiseByWan!, 0),
        label: raisers.map((r) => r.what).join('；'),
        products: raisers.flatMap((r) => r.eligibility.products),
      }
    : null;
  const target = e.raises ? ctx.byKey.get(`${p.policy}#${e.raises}`) : undefined;
  const raisesOnly = target !== undefined && p.raiseByWan !== null;
  const computation = raisesOnly ? raiseOnly() : compute(p, profile, { raise });
  const policy = ctx.policyOf.get(p.policy)!;
  const periodEnded = e.period !== null && ctx.year > e.period.end;
  const amount = computation.amountWan;
  const group =
    match.level !== 'match' ? 'related' : amount === null && !(target && applies(target)) ? 'unstated' : 'counted';
  const counted = group === 'counted' && amount !== null;
  return {
    key: keyOf(p),
    provision: p,
    policy,
    group,
    match,
    computation,
    ownWan: amount,
    countedWan: amount,
    counted,
    notCounted: notCountedAlone(group, counted, raisesOnly ? target : undefined, computation),
    cuts: [],
    raisedBy: raisers.map(keyOf),
    assumedRole: e.roles.length && !profile.role && !e.roles.includes('受托方') ? e.roles[0]! : null,
    current: isCurrent(policy) && !periodEnded,
    periodEnded,
  };
}

/** Display order: counted provisions by contribution, then those without an amount, then those that may also apply. */
function displayOrder(items: ItemResult[], own: FinderProvision[]): ItemResult[] {
  const order = new Map(own.map((p, i) => [p, i]));
  const rank = { counted: 0, unstated: 1, related: 2 };
  return [...items].sort(
    (a, b) =>
      rank[a.group] - rank[b.group] ||
      Number(b.counted) - Number(a.counted) ||
      (b.countedWan ?? -1) - (a.countedWan ?? -1) ||
      order.get(a.provision)! - order.get(b.provision)!,
  );
}

function evaluate(data: FinderData, location: Location, profile: Profile): LocationAnswer {
  const regionIds = new Set(location.chain.map((r) => r.id));
  const all = data.policies.filter((p) => regionIds.has(p.region));
  const policies = profile.current ? all.filter(isCurrent) : all;
  const omitted = profile.current ? all.filter((p) => !isCurrent(p)) : [];
  const own = policies.flatMap((p) => provisionsOf(data, p.id));
  const payers = own.filter((p) => !isStackingRule(p.eligibility));
  const assumedWho = profile.who ? null : DEFAULT_WHO;
  const ctx: ItemContext = {
    profile,
    year: Number(data.asOf.slice(0, 4)),
    matches: new Map(payers.map((p) => [p, matchProvision(p.eligibility, profile, { assumedWho })])),
    byKey: new Map(payers.map((p) => [keyOf(p), p])),
    raisersOf: raisersByTarget(payers),
    policyOf: new Map(policies.map((p) => [p.id, p])),
  };
  const matched = payers.filter((p) => ctx.matches.get(p)!.level !== 'excluded');
  const stacked = applyStacking(
    matched.map((p) => itemOf(p, ctx)),
    { own, regionIds, who: profile.who ?? DEFAULT_WHO },
  );
  return {
    location,
    totalWan: roundWan(countedOf(stacked.items).reduce((sum, i) => sum + i.countedWan!, 0)),
    items: displayOrder(stacked.items, own),
    rules: stacked.rules,
    policies,
    omitted,
    excluded: payers.length - matched.length,
    historical: policies.some((p) => !isCurrent(p)),
    assumed: { who: assumedWho },
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
