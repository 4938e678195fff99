/**
 * The selection in the URL's query string, so a result can be bookmarked and shared:
 * /finder/?stage=clinical-2&product=innovative-drug&who=enterprise&rd=3000. Vocabulary IDs, not
 * names, keep the address short and readable; amounts are in 万元. Reading ignores what it does
 * not know (an old link with a renamed term still opens), and writing is canonical — one order,
 * no empty keys — so reading what was written gives the same selection and the same address.
 */
import { AMOUNT_BASES, PRODUCT_KINDS, type AmountBasis, type ProductKind } from '../../schemas/eligibility-vocab.ts';
import type { Selection } from './types.ts';
import { beneficiaries, bases, PICKABLE_PRODUCTS, products, stages } from './vocab.ts';

/** The query keys: stage, product (repeated), who, and one per amount basis (rd, equipment …). */
export const KEYS = { stage: 'stage', product: 'product', beneficiary: 'who' } as const;

/** A number of 万元 as typed: digits with an optional decimal part; 0 or more. */
function amount(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const t = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function readSelection(params: URLSearchParams): Selection {
  const stage = stages.fromId(params.get(KEYS.stage) ?? '')?.name ?? null;
  const picked = new Set(
    params
      .getAll(KEYS.product)
      .map((id) => products.fromId(id)?.name)
      .filter((n): n is ProductKind => n !== undefined && PICKABLE_PRODUCTS.includes(n)),
  );
  const beneficiary = beneficiaries.fromId(params.get(KEYS.beneficiary) ?? '')?.name ?? null;
  const amounts: Partial<Record<AmountBasis, number>> = {};
  for (const b of AMOUNT_BASES) {
    const v = amount(params.get(b.id));
    if (v !== undefined) amounts[b.name] = v;
  }
  // Vocabulary order, so the same products give the same address whatever order they came in.
  return { stage, products: PRODUCT_KINDS.map((p) => p.name).filter((n) => picked.has(n)), beneficiary, amounts };
}

export function writeSelection(sel: Selection): URLSearchParams {
  const params = new URLSearchParams();
  if (sel.stage) params.set(KEYS.stage, stages.id(sel.stage));
  for (const p of PRODUCT_KINDS) if (sel.products.includes(p.name)) params.append(KEYS.product, p.id);
  if (sel.beneficiary) params.set(KEYS.beneficiary, beneficiaries.id(sel.beneficiary));
  for (const b of AMOUNT_BASES) {
    const v = sel.amounts[b.name];
    if (v !== undefined && Number.isFinite(v) && v >= 0) params.set(bases.id(b.name), String(v));
  }
  return params;
}
