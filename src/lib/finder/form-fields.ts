/**
 * Which parts of the calculator's form to show for the profile chosen so far. People decide in
 * this order: where they are registered, what they are, their products and stages; only then do
 * the amounts matter, and only those the provisions still open to them compute from or set a
 * threshold on. Asking all twelve amounts up front (研发投入 … 租赁费) buries the two that count.
 *
 * The plan reads the provisions of the chosen location(s) that the applicant's type, products and
 * stages do not exclude (match.ts, read-only) — amounts and role are left out of that match, so a
 * typed amount or a picked role never hides the field it came from. Whatever already has a value
 * (in the address, or typed) is always shown: nothing the reader gave is put out of sight.
 * Browser-safe: the form script calls it on every choice.
 */
import {
  AMOUNT_BASES,
  LIFECYCLE_STAGES,
  type AmountBasis,
  type BeneficiaryType,
  type LifecycleStage,
} from '../../schemas/eligibility-vocab.ts';
import { DEFAULT_WHO, isCurrent, locations } from './answer.ts';
import { isStackingRule, matchProvision } from './match.ts';
import type { FinderData, FinderProvision, Profile } from './types.ts';
import { amountKey, KEYS } from './url-state.ts';

/** Applicant types that have products and go through the lifecycle stages (an unchosen type is computed as 企业). */
const WITH_PRODUCTS: readonly (BeneficiaryType | null)[] = ['企业', null];

export interface AmountField {
  /** The query key: `rd` or `rd.clinical-2`. */
  key: string;
  basis: AmountBasis;
  stage: LifecycleStage | null;
}

export interface FormPlan {
  /** The product and stage pickers: only enterprises have products and stages (or a value is already given). */
  products: boolean;
  stages: boolean;
  /** 委托方/受托方: only when a provision still open pays one party (or a role is already given). */
  role: boolean;
  /** Amount fields shown, in vocabulary order (each total followed by its per-stage fields). */
  amounts: AmountField[];
  /** Totals folded under 其他金额（可选）, in vocabulary order. Per-stage fields not shown are not offered. */
  folded: AmountField[];
}

/** The bases a provision computes from or measures a threshold on (its own, and its tiers'). */
export function basesOf(p: Pick<FinderProvision, 'eligibility'>): Set<AmountBasis> {
  const e = p.eligibility;
  const out = new Set<AmountBasis>();
  if (e.basis) out.add(e.basis);
  for (const t of e.thresholds) out.add(t.basis);
  for (const tier of e.tiers) for (const t of tier.thresholds) out.add(t.basis);
  return out;
}

/**
 * The provisions the form asks for: those of the chosen location (its own and its city's, or
 * every location), of policies in force when only those count, that pay something and that the
 * applicant's type, products and stages do not exclude. An applicant that chose no type is
 * matched as 企业, the type the answer computes for: fields for 人才团队 or 投资机构 would only
 * feed provisions the answer lists as “may also apply”.
 */
export function openProvisions(
  data: FinderData,
  profile: Pick<Profile, 'loc' | 'who' | 'products' | 'stages' | 'current'>,
): FinderProvision[] {
  const place = profile.loc ? locations(data).find((l) => l.id === profile.loc) : undefined;
  const regions = place ? new Set(place.chain.map((r) => r.id)) : null;
  const policies = new Set(
    data.policies
      .filter((p) => (!regions || regions.has(p.region)) && (!profile.current || isCurrent(p)))
      .map((p) => p.id),
  );
  const asked: Profile = {
    loc: profile.loc,
    who: profile.who ?? DEFAULT_WHO,
    products: profile.products,
    stages: profile.stages,
    amounts: {},
    stageAmounts: {},
    role: null,
    current: profile.current,
  };
  return data.provisions.filter(
    (p) =>
      policies.has(p.policy) &&
      !isStackingRule(p.eligibility) &&
      matchProvision(p.eligibility, asked).level !== 'excluded',
  );
}

/**
 * The form for a profile. `present` holds the query keys that already have a value (`rd`,
 * `rd.clinical-2`, `product`, `stage`, `role`), or whose picker the reader is using: those stay shown.
 * A profile that names no type, product or stage yet asks no amount up front: every amount is folded.
 */
export function formPlan(
  data: FinderData,
  profile: Pick<Profile, 'loc' | 'who' | 'products' | 'stages' | 'current'>,
  present: ReadonlySet<string> = new Set(),
): FormPlan {
  const started = Boolean(profile.who || profile.products.length || profile.stages.length);
  const open = started ? openProvisions(data, profile) : [];
  const wanted = new Set<string>();
  for (const p of open) {
    for (const b of basesOf(p)) wanted.add(amountKey(b));
    const e = p.eligibility;
    // A text that computes from each stage's own amount: a field per picked stage it has a tier for.
    if (e.basisPerStage && e.basis)
      for (const tier of e.tiers)
        for (const st of tier.stages) if (profile.stages.includes(st)) wanted.add(amountKey(e.basis, st));
  }
  const shown = (key: string) => wanted.has(key) || present.has(key);
  const amounts: AmountField[] = [];
  const folded: AmountField[] = [];
  for (const b of AMOUNT_BASES) {
    const total: AmountField = { key: b.id, basis: b.name, stage: null };
    (shown(total.key) ? amounts : folded).push(total);
    for (const s of LIFECYCLE_STAGES) {
      const key = amountKey(b.name, s.name);
      if (shown(key)) amounts.push({ key, basis: b.name, stage: s.name });
    }
  }
  const forProducts = WITH_PRODUCTS.includes(profile.who);
  return {
    products: forProducts || profile.products.length > 0 || present.has(KEYS.product),
    stages: forProducts || profile.stages.length > 0 || present.has(KEYS.stage),
    role: open.some((p) => p.eligibility.roles.length > 0) || present.has(KEYS.role),
    amounts,
    folded,
  };
}
