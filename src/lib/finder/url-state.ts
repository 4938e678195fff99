/**
 * The profile in the query string (contract 5, docs/finder.md), so an answer can be bookmarked,
 * shared and driven by outside checks: /finder/?loc=wuxi&who=enterprise&product=innovative-drug
 * &stage=clinical-2&rd.clinical-2=3000&current=1. Vocabulary IDs, not names, keep the address short
 * and stable; amounts are in 万元 and read with the same parser as the form (3000, 3000万, 0.3亿).
 *
 * Nothing is dropped silently: an amount that cannot be read is reported with its message (and
 * written back as typed, so the address keeps the mistake for the reader to fix), and a parameter
 * this build does not know is reported as ignored. Writing is canonical — one order, no empty
 * keys — so reading what was written gives the same profile and the same address.
 */
import {
  AMOUNT_BASES,
  LIFECYCLE_STAGES,
  PRODUCT_KINDS,
  type AmountBasis,
  type LifecycleStage,
  type ProductKind,
} from '../../schemas/eligibility-vocab.ts';
import { parseAmount } from './input.ts';
import { EMPTY_PROFILE, type Amounts, type Profile, type StageAmounts } from './types.ts';
import { BENEFICIARY_ALIASES, bases, beneficiaries, products, roles, stages } from './vocab.ts';

/** The query keys of contract 5 other than the amounts (`<basis-id>` and `<basis-id>.<stage-id>`). */
export const KEYS = {
  loc: 'loc',
  who: 'who',
  product: 'product',
  stage: 'stage',
  role: 'role',
  current: 'current',
} as const;

/** `rd` or `rd.clinical-2`: the key of an amount, for one stage or for all. */
export const amountKey = (basis: AmountBasis, stage?: LifecycleStage) =>
  stage ? `${bases.id(basis)}.${stages.id(stage)}` : bases.id(basis);

export interface ReadProfile {
  profile: Profile;
  /** Amounts that could not be read, by key (rd, rd.clinical-2), with the message for the field. */
  errors: Record<string, { raw: string; message: string }>;
  /** Parameters this build does not understand, as `key=value`. */
  ignored: string[];
}

/** Reads the profile from a query string. `locations` are the region IDs an applicant can be registered in. */
export function readProfile(params: URLSearchParams, locations: readonly string[]): ReadProfile {
  const errors: ReadProfile['errors'] = {};
  const ignored: string[] = [];
  const amounts: Amounts = {};
  const stageAmounts: StageAmounts = {};
  let loc: string | null = null;
  let who: Profile['who'] = null;
  let role: Profile['role'] = null;
  let current = false;
  const picked = new Set<ProductKind>();
  const reached = new Set<LifecycleStage>();

  for (const [key, value] of params) {
    const skip = () => ignored.push(`${key}=${value}`);
    if (key === KEYS.loc) {
      if (locations.includes(value)) loc = value;
      else skip();
    } else if (key === KEYS.who) {
      const b = beneficiaries.fromId(BENEFICIARY_ALIASES[value.toLowerCase()] ?? value);
      if (b) who = b.name;
      else skip();
    } else if (key === KEYS.product) {
      // Every product ID of the vocabulary, umbrella terms too (product=drug: a drug of a kind not said).
      const p = products.fromId(value);
      if (p) picked.add(p.name);
      else skip();
    } else if (key === KEYS.stage) {
      const s = stages.fromId(value);
      if (s) reached.add(s.name);
      else skip();
    } else if (key === KEYS.role) {
      const r = roles.fromId(value);
      if (r) role = r.name;
      else skip();
    } else if (key === KEYS.current) {
      if (value === '1') current = true;
      else if (value !== '0' && value !== '') skip();
    } else {
      const [basisId, stageId, extra] = key.split('.');
      const basis = bases.fromId(basisId ?? '');
      const stage = stageId === undefined ? undefined : stages.fromId(stageId);
      if (!basis || extra !== undefined || (stageId !== undefined && !stage)) {
        skip();
        continue;
      }
      const read = parseAmount(value);
      if (read.kind === 'error') errors[key] = { raw: value, message: read.message };
      else if (read.kind === 'ok') {
        if (stage) (stageAmounts[basis.name] ??= {})[stage.name] = read.wan;
        else amounts[basis.name] = read.wan;
      }
    }
  }
  return {
    profile: {
      ...EMPTY_PROFILE,
      loc,
      who,
      // Vocabulary order, so the same profile gives the same address whatever order the link had.
      products: PRODUCT_KINDS.map((p) => p.name).filter((n) => picked.has(n)),
      stages: LIFECYCLE_STAGES.map((s) => s.name).filter((n) => reached.has(n)),
      amounts,
      stageAmounts,
      role,
      current,
    },
    errors,
    ignored,
  };
}

/** The canonical query string of a profile; `typed` keeps amounts that could not be read, as typed. */
export function writeProfile(profile: Profile, typed: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (profile.loc) params.set(KEYS.loc, profile.loc);
  if (profile.who) params.set(KEYS.who, beneficiaries.id(profile.who));
  for (const p of PRODUCT_KINDS) if (profile.products.includes(p.name)) params.append(KEYS.product, p.id);
  for (const s of LIFECYCLE_STAGES) if (profile.stages.includes(s.name)) params.append(KEYS.stage, s.id);
  if (profile.role) params.set(KEYS.role, roles.id(profile.role));
  const amount = (key: string, v: number | undefined) => {
    if (v !== undefined && Number.isFinite(v) && v >= 0) params.set(key, String(v));
    else if (typed[key]) params.set(key, typed[key]);
  };
  for (const b of AMOUNT_BASES) amount(b.id, profile.amounts[b.name]);
  for (const b of AMOUNT_BASES)
    for (const s of LIFECYCLE_STAGES) amount(`${b.id}.${s.id}`, profile.stageAmounts[b.name]?.[s.name]);
  if (profile.current) params.set(KEYS.current, '1');
  return params;
}
