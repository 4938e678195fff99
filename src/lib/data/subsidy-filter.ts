/**
 * The filtering and sorting of /subsidies/ as pure functions, so the browser script
 * (src/scripts/subsidies.ts) stays a thin layer over the DOM and the rules are unit-tested.
 */

export interface Filter {
  region: string;
  category: string;
  kind: string;
  /** Only provisions that name an amount. */
  amountOnly: boolean;
}

/** What a table row carries in its data attributes. */
export interface RowData {
  region: string;
  /** Position of the region in the display order. */
  regionOrder: number;
  kind: string;
  /** Amount in 万元; null when the text names none. */
  amount: number | null;
  /** Position as served (largest amount first), the tie-breaker that keeps sorting stable. */
  position: number;
}

export type SortKey = 'amount' | 'region' | 'kind';

export function matches(row: RowData, category: string, f: Filter): boolean {
  return (
    (!f.region || row.region === f.region) &&
    (!f.category || category === f.category) &&
    (!f.kind || row.kind === f.kind) &&
    (!f.amountOnly || row.amount !== null)
  );
}

/** Rows without an amount sort last in both directions: "largest first" and "smallest first" both mean among provisions that name one. */
export function compareRows(a: RowData, b: RowData, key: SortKey, direction: 'ascending' | 'descending'): number {
  const sign = direction === 'ascending' ? 1 : -1;
  let d: number;
  if (key === 'amount') {
    if (a.amount === null || b.amount === null) d = a.amount === b.amount ? 0 : a.amount === null ? 1 : -1;
    else d = sign * (a.amount - b.amount);
  } else if (key === 'region') d = sign * (a.regionOrder - b.regionOrder);
  else d = sign * a.kind.localeCompare(b.kind, 'zh-Hans-CN');
  return d || a.position - b.position;
}

/** The order a click on a column header gives: the reverse of the current one; at first, amounts largest first and names and regions A→Z. */
export function nextOrder(current: string | null, key: SortKey): 'ascending' | 'descending' {
  if (current === 'descending') return 'ascending';
  if (current === 'ascending') return 'descending';
  return key === 'amount' ? 'descending' : 'ascending';
}

const KEYS = { region: 'region', category: 'category', kind: 'kind', amountOnly: 'amount' } as const;

/** The filter in a URL query (?region=wuxi&amount=1); unknown or empty parameters mean "all". */
export function readFilter(params: URLSearchParams): Filter {
  return {
    region: params.get(KEYS.region) ?? '',
    category: params.get(KEYS.category) ?? '',
    kind: params.get(KEYS.kind) ?? '',
    amountOnly: params.get(KEYS.amountOnly) === '1',
  };
}

export function writeFilter(f: Filter): URLSearchParams {
  const params = new URLSearchParams();
  if (f.region) params.set(KEYS.region, f.region);
  if (f.category) params.set(KEYS.category, f.category);
  if (f.kind) params.set(KEYS.kind, f.kind);
  if (f.amountOnly) params.set(KEYS.amountOnly, '1');
  return params;
}

/**
 * /subsidies/ is split into pages of whole regions (src/lib/data/pages.ts): a region the reader
 * picks that is on another page is shown there, with the same filter. Returns the address to go
 * to, or null when the region is on this page (or none is picked, or the region is unknown).
 */
export function filterPage(filter: Filter, pageOf: ReadonlyMap<string, string>, here: string): string | null {
  if (!filter.region) return null;
  const page = pageOf.get(filter.region);
  if (page === undefined || page === here) return null;
  const query = writeFilter(filter).toString();
  return `${page}${query ? `?${query}` : ''}`;
}
