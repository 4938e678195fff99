/**
 * The data the finder works on: every support provision with its policy, clause and structured
 * conditions, as embedded in /finder/ at build time (island.ts) and read by the browser script.
 */
import type { Eligibility } from '../../schemas/eligibility.ts';
import type {
  AmountBasis,
  BeneficiaryType,
  LifecycleStage,
  PartyRole,
  ProductKind,
} from '../../schemas/eligibility-vocab.ts';
import type { Subsidy } from '../../schemas/policy.ts';
import type { PolicyStatus } from '../status.ts';

/** The fields of a subsidy the arithmetic reads (a frontmatter entry satisfies it). */
export type SubsidyLike = Pick<
  Subsidy,
  | 'id'
  | 'kind'
  | 'maxAmountWan'
  | 'ratePct'
  | 'rateBase'
  | 'tiers'
  | 'annualCapWan'
  | 'raisedMaxWan'
  | 'raiseByWan'
  | 'quote'
> & { eligibility?: Eligibility | undefined };

export interface FinderProvision extends Pick<
  Subsidy,
  | 'id'
  | 'clause'
  | 'what'
  | 'category'
  | 'beneficiary'
  | 'kind'
  | 'maxAmountWan'
  | 'ratePct'
  | 'rateBase'
  | 'tiers'
  | 'annualCapWan'
  | 'raisedMaxWan'
  | 'raiseByWan'
  | 'conditions'
  | 'quote'
> {
  eligibility: Eligibility;
  policy: string;
  region: string;
  categoryName: string;
  /** Citation label of the clause, e.g. 第（三）条第1项. */
  label: string;
  /** Where the clause is: /policies/<policy>/#<clause>. */
  href: string;
}

export interface FinderPolicy {
  id: string;
  title: string;
  shortTitle: string;
  region: string;
  status: PolicyStatus;
  period: { start: number | null; end: number } | null;
  validUntil: string | null;
  href: string;
}

export interface FinderRegion {
  id: string;
  name: string;
  parent: string | null;
}

export interface FinderData {
  /** Date the statuses are computed for (YYYY-MM-DD). */
  asOf: string;
  /** Regions in display order. */
  regions: FinderRegion[];
  policies: FinderPolicy[];
  provisions: FinderProvision[];
}

/** Amounts in 万元, by what they measure (研发投入, 实收注册资本 …). */
export type Amounts = Partial<Record<AmountBasis, number>>;
/** Amounts of one stage (rd.clinical-2: R&D spent on the Phase II trial), in 万元. */
export type StageAmounts = Partial<Record<AmountBasis, Partial<Record<LifecycleStage, number>>>>;

/**
 * The applicant (contract 5 in /work/shared/DESIGN.md, docs/finder.md): where it is registered,
 * what it is, its products and stages, the amounts the texts compute from, its role where a
 * text pays only one party, and whether to count only policies in force.
 */
export interface Profile {
  /** Region ID of the location (wuxi, suzhou, taicang, kunshan, snd); null compares every location. */
  loc: string | null;
  who: BeneficiaryType | null;
  /** Product kinds, in vocabulary order. */
  products: ProductKind[];
  /** Stages the applicant is at or reaches, in lifecycle order. */
  stages: LifecycleStage[];
  amounts: Amounts;
  stageAmounts: StageAmounts;
  role: PartyRole | null;
  /** Count only policies in force (current=1). */
  current: boolean;
}

export const EMPTY_PROFILE: Profile = {
  loc: null,
  who: null,
  products: [],
  stages: [],
  amounts: {},
  stageAmounts: {},
  role: null,
  current: false,
};

/** What the arithmetic of one provision reads from the profile. */
export type Inputs = Partial<Pick<Profile, 'stages' | 'products' | 'amounts' | 'stageAmounts'>>;

export const EMPTY_ELIGIBILITY: Eligibility = {
  beneficiaries: [],
  beneficiariesInferred: false,
  products: [],
  stages: [],
  basis: null,
  basisPerStage: false,
  thresholds: [],
  roles: [],
  location: [],
  period: null,
  tiers: [],
  sharedCapWith: [],
  raises: null,
  maxCount: null,
  per: null,
  fixedAmount: false,
  stacking: null,
  exclusiveWith: [],
  recurring: null,
  payer: null,
  inference: null,
};
