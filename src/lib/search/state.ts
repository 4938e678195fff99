/**
 * The search page's state and its URL: /search/?q=临床试验&region=wuxi&topic=talent&has=subsidy.
 * The URL is the only state, so any search can be shared or bookmarked.
 */
import { HAS_VALUES } from './index-records.ts';
import { regionTree } from '../regions.ts';
import { effectiveRegions, type PlaceRegion } from './places.ts';

export const SINGLE_FILTERS = ['region', 'policy', 'topic', 'department'] as const;
export type SingleFilter = (typeof SINGLE_FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<SingleFilter, string>>;
  has: string[];
}

/** Filter values are ASCII IDs; anything else in a hand-edited URL is ignored. */
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SINGLE_FILTERS) {
    const value = params.get(key);
    if (value && ID.test(value)) filters[key] = value;
  }
  const has = params
    .getAll('has')
    .filter((v, i, all) => (HAS_VALUES as readonly string[]).includes(v) && all.indexOf(v) === i);
  return { q: params.get('q') ?? '', filters, has };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of SINGLE_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  for (const v of state.has) params.append('has', v);
  return params;
}

/** A filter on one key: a value, `any` of several, or `all` of several and `none` of others. */
export type PagefindFilterValue = string | { any: string[] } | { all: string[]; none?: string[] };

/**
 * Pagefind's filter object: a value per key; `any` of several such objects (the regions that
 * apply at a place with no region of its own, beside other places: see `ownPolicies`).
 */
export type PagefindFilters = Record<string, PagefindFilterValue | { region: PagefindFilterValue }[]>;

/**
 * The policies of a place inside `region` that has no region of its own here (常熟 in 苏州市,
 * 狮山街道 in 苏州高新区: inner-places.ts), as a region filter: `region`'s own policies — in the
 * region, in none of the regions inside it. A clause's region filter holds its policy's region and
 * the enclosing ones, so `region: 苏州` alone would also take 昆山's, 太仓's and 苏州高新区's
 * policies, which do not apply in 常熟. The enclosing regions' policies (江苏省's) apply there too,
 * but a reader naming a district asks for the most local ones (the blind sets' readers graded them
 * so); typing the province finds the rest.
 */
export function ownPolicies(region: string, regions: readonly PlaceRegion[]): PagefindFilterValue {
  const inside = regionTree(regions)
    .descendants(region)
    .filter((d) => d !== region);
  return inside.length ? { all: [region], none: inside } : region;
}

/**
 * What a search runs with: Pagefind's filters — or a conflict, when the places the query names lie
 * outside the region chosen in the filter (无锡 typed, 苏州 chosen), so nothing can match.
 */
export type FilterDecision = { kind: 'filters'; filters: PagefindFilters } | { kind: 'conflict' };

/**
 * The filters for a state and what its query names: the chosen filters; the region narrowed by
 * the typed places (effectiveRegions), any of several; for a place with no region of its own
 * (`inner`: 常熟, whose city's region is given), only that region's own policies (`ownPolicies`);
 * the documents the query names (unless one is chosen); and every `has` value chosen, all of which
 * must hold.
 */
export function pagefindFilters(
  state: SearchState,
  named: { places: readonly string[]; policies: readonly string[]; inner?: readonly string[] },
  regions: readonly PlaceRegion[],
): FilterDecision {
  const filters: PagefindFilters = {};
  for (const key of SINGLE_FILTERS) {
    const value = state.filters[key];
    if (value && key !== 'region') filters[key] = value;
  }
  const explicit = state.filters.region;
  const inner = named.inner ?? [];
  if (!named.places.length && !inner.length) {
    if (explicit) filters.region = explicit;
  } else {
    const typed = named.places.length ? effectiveRegions(explicit, [...named.places], [...regions]) : [];
    const tree = regionTree(regions);
    // An inner place is narrowed by the chosen region as a typed one is (effectiveRegions), but a
    // chosen region inside its city (昆山 chosen, 常熟 typed) leaves nothing that applies there.
    const own = inner.filter((r) => !explicit || tree.chain(r).includes(explicit)).map((r) => ownPolicies(r, regions));
    const values = [...typed, ...own];
    // Nothing typed lies in the chosen region (无锡 typed, 苏州 chosen; 常熟 typed, 昆山 chosen).
    if (!values.length) return { kind: 'conflict' };
    if (values.length === 1) filters.region = values[0]!;
    else if (values.every((v) => typeof v === 'string')) filters.region = { any: values };
    else filters.any = values.map((v) => ({ region: v }));
  }
  if (named.policies.length) filters.policy = state.filters.policy ?? { any: [...named.policies] };
  if (state.has.length) filters.has = { all: [...state.has] };
  return { kind: 'filters', filters };
}

export const hasFilters = (state: SearchState): boolean =>
  Object.keys(state.filters).length > 0 || state.has.length > 0;
