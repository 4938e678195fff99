/** Items by key, each list in the order of `items`: one pass, for lookups that would otherwise filter a whole list per page. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A comparator by position in `order` (region display order and the like), without a linear indexOf per comparison; unknown keys sort first. */
export function byPosition<T>(order: readonly string[], keyOf: (item: T) => string): (a: T, b: T) => number {
  const pos = new Map(order.map((k, i) => [k, i]));
  return (a, b) => (pos.get(keyOf(a)) ?? -1) - (pos.get(keyOf(b)) ?? -1);
}
