/**
 * The search page's state and its URL: /search/?q=临床试验&region=wuxi&topic=talent&has=subsidy.
 * The URL is the only state, so any search can be shared or bookmarked.
 */
import { HAS_VALUES } from './index-records.ts';
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

/** Pagefind's filter object: one value per key, `any` of several, or `all` of several. */
export type PagefindFilters = Record<string, string | { any: string[] } | { all: string[] }>;

/**
 * What a search runs with: Pagefind's filters — or a conflict, when the places the query names lie
 * outside the region chosen in the filter (无锡 typed, 苏州 chosen), so nothing can match.
 */
export type FilterDecision = { kind: 'filters'; filters: PagefindFilters } | { kind: 'conflict' };

/**
 * The filters for a state and what its query names: the chosen filters; the region narrowed by
 * the typed places (effectiveRegions), any of several; the documents the query names (unless one
 * is chosen); and every `has` value chosen, all of which must hold.
 */
export function pagefindFilters(
  state: SearchState,
  named: { places: readonly string[]; policies: readonly string[] },
  regions: readonly PlaceRegion[],
): FilterDecision {
  const filters: PagefindFilters = {};
  for (const key of SINGLE_FILTERS) {
    const value = state.filters[key];
    if (value && key !== 'region') filters[key] = value;
  }
  const within = effectiveRegions(state.filters.region, [...named.places], [...regions]);
  if ((state.filters.region || named.places.length) && !within.length) return { kind: 'conflict' };
  if (within.length === 1) filters.region = within[0]!;
  else if (within.length > 1) filters.region = { any: within };
  if (named.policies.length) filters.policy = state.filters.policy ?? { any: [...named.policies] };
  if (state.has.length) filters.has = { all: [...state.has] };
  return { kind: 'filters', filters };
}

export const hasFilters = (state: SearchState): boolean =>
  Object.keys(state.filters).length > 0 || state.has.length > 0;
