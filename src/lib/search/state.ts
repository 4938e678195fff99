/**
 * The search page's state and its URL: /search/?q=临床试验&region=wuxi&topic=talent&has=subsidy.
 * The URL is the only state, so any search can be shared or bookmarked.
 */
import { HAS_VALUES } from './index-records.ts';

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

/** Pagefind's filter object: one value per key; several `has` values must all hold. */
export function pagefindFilters(state: SearchState): Record<string, string | { all: string[] }> {
  const out: Record<string, string | { all: string[] }> = {};
  for (const key of SINGLE_FILTERS) {
    const value = state.filters[key];
    if (value) out[key] = value;
  }
  if (state.has.length) out.has = { all: [...state.has] };
  return out;
}

export const hasFilters = (state: SearchState): boolean =>
  Object.keys(state.filters).length > 0 || state.has.length > 0;
