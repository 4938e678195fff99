/**
 * Lookups over the eligibility vocabularies (src/schemas/eligibility-vocab.ts): names ↔ URL IDs,
 * the lifecycle order, and the product kinds a product term stands for. Browser-safe.
 */
import {
  AMOUNT_BASES,
  BENEFICIARY_TYPES,
  LIFECYCLE_STAGES,
  PARTY_ROLES,
  PRODUCT_KINDS,
  type AmountBasis,
  type BeneficiaryType,
  type LifecycleStage,
  type PartyRole,
  type ProductKind,
} from '../../schemas/eligibility-vocab.ts';

type Entry = { id: string; name: string; note: string };

function index<N extends string>(list: readonly Entry[]) {
  const byId = new Map(list.map((e) => [e.id, e as Entry & { name: N }]));
  const byName = new Map(list.map((e) => [e.name as N, e as Entry & { name: N }]));
  return {
    /** The entry with this URL ID, or undefined for an unknown ID. */
    fromId: (id: string) => byId.get(id),
    /** The entry of a name (every name of the type is in the vocabulary). */
    of: (name: N) => byName.get(name)!,
    id: (name: N) => byName.get(name)!.id,
  };
}

export const stages = index<LifecycleStage>(LIFECYCLE_STAGES);
export const products = index<ProductKind>(PRODUCT_KINDS);
export const beneficiaries = index<BeneficiaryType>(BENEFICIARY_TYPES);
export const bases = index<AmountBasis>(AMOUNT_BASES);
export const roles = index<PartyRole>(PARTY_ROLES);

/** Product kinds the form offers: the specific ones, not the umbrella terms 药品, 新药, 医疗器械. */
export const PICKABLE_PRODUCTS = PRODUCT_KINDS.filter((p) => !('covers' in p)).map<ProductKind>((p) => p.name);

/**
 * Other IDs people write for an applicant type in an address (`who=insurer`), read as the
 * vocabulary's own ID. Contract 5 names the vocabulary's IDs; these only keep a hand-written link
 * from being ignored.
 */
export const BENEFICIARY_ALIASES: Readonly<Record<string, string>> = {
  company: 'enterprise',
  firm: 'enterprise',
  cro: 'enterprise',
  cdmo: 'enterprise',
  medical: 'hospital',
  'medical-institution': 'hospital',
  university: 'academia',
  institute: 'academia',
  research: 'academia',
  team: 'talent',
  person: 'talent',
  fund: 'investor',
  vc: 'investor',
  insurer: 'financial',
  insurance: 'financial',
  bank: 'financial',
  finance: 'financial',
  alliance: 'association',
  industry: 'association',
  park: 'platform',
  lab: 'platform',
  laboratory: 'platform',
  district: 'government',
};

/** The specific kinds a term of the data stands for: 医疗器械 → 三类, 二类, 创新医疗器械; 三类医疗器械 → itself. */
function coveredKinds(kind: ProductKind): ProductKind[] {
  const entry = PRODUCT_KINDS.find((p) => p.name === kind)!;
  return 'covers' in entry ? [...(entry.covers as readonly ProductKind[])] : [kind];
}

/** What a kind always also is (创新医疗器械 → 三类 or 二类; 特定疾病特医食品 → 特医食品). */
const impliesOf = (kind: ProductKind): readonly ProductKind[] => {
  const entry = PRODUCT_KINDS.find((p) => p.name === kind)!;
  return 'implies' in entry ? entry.implies : [];
};

/** The kinds a reader's product is, counting what its kind implies: 创新医疗器械 is also a 三类 or 二类 device. */
export function impliedKinds(picked: readonly ProductKind[]): Set<ProductKind> {
  const out = new Set<ProductKind>();
  for (const kind of picked) {
    out.add(kind);
    for (const k of impliesOf(kind)) out.add(k);
  }
  return out;
}

/** Whether the data's term covers everything the reader's kind may be (药品 covers a picked 新药, and itself). */
const covers = (term: ProductKind, kind: ProductKind) => {
  const mine = coveredKinds(kind);
  const its = coveredKinds(term);
  return term === kind || mine.every((k) => its.includes(k));
};

/**
 * Whether a list of product terms from the data names any of the reader's kinds. A reader may pick
 * an umbrella term (药品: a drug of a kind not said): a clause for 药品 names it, one for 1类创新药
 * may or may not (narrowerThanPicked).
 */
export function productsOverlap(terms: readonly ProductKind[], picked: Set<ProductKind>): boolean {
  return terms.some((t) => [...picked].some((k) => covers(t, k)));
}

/**
 * Whether a provision's terms name only a narrower kind than the reader's: the clause is for
 * 创新医疗器械 and the reader picked 三类医疗器械, or for 特定疾病特医食品 and the reader picked
 * 特医食品. The reader's product may be of that narrower kind, so the provision may apply.
 */
export function narrowerThanPicked(terms: readonly ProductKind[], picked: Set<ProductKind>): boolean {
  const umbrellas = [...picked].filter((k) => coveredKinds(k)[0] !== k);
  return terms.some((t) =>
    coveredKinds(t).some(
      (k) => impliesOf(k).some((i) => picked.has(i)) || umbrellas.some((u) => coveredKinds(u).includes(k)),
    ),
  );
}

/**
 * The reader's products: each picked kind is one product, except a kind another picked kind
 * implies, which describes that same product (三类医疗器械 + 创新医疗器械 is one innovative class
 * III device; 特医食品 + 特定疾病特医食品 one food). Each product lists the kinds it was picked as.
 */
export function productUnits(picked: readonly ProductKind[]): ProductKind[][] {
  const heads = picked.filter((k) => !picked.some((o) => o !== k && impliesOf(o).includes(k)));
  return heads.map((h) => [h, ...picked.filter((k) => k !== h && impliesOf(h).includes(k))]);
}
