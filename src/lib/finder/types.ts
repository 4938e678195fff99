/**
 * The data the finder works on: every support provision with its policy, clause and structured
 * conditions, as embedded in /finder/ at build time (island.ts) and read by the browser script.
 */
import type { Eligibility } from '../../schemas/eligibility.ts';
import type { AmountBasis, BeneficiaryType, LifecycleStage, ProductKind } from '../../schemas/eligibility-vocab.ts';
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

/** What the reader's project is, and the amounts it has (万元). */
export interface Inputs {
  stage?: LifecycleStage | null;
  products?: readonly ProductKind[];
  amounts?: Partial<Record<AmountBasis, number>>;
}

export interface Selection extends Inputs {
  stage: LifecycleStage | null;
  products: ProductKind[];
  beneficiary: BeneficiaryType | null;
  amounts: Partial<Record<AmountBasis, number>>;
}

export const EMPTY_SELECTION: Selection = { stage: null, products: [], beneficiary: null, amounts: {} };

export const EMPTY_ELIGIBILITY: Eligibility = {
  beneficiaries: [],
  products: [],
  stages: [],
  basis: null,
  thresholds: [],
  location: [],
  period: null,
  tiers: [],
  sharedCapWith: [],
  raises: null,
  maxCount: null,
  per: null,
  fixedAmount: false,
  stacking: null,
};
