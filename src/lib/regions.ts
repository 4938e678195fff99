/**
 * The region tree (江苏省 ▸ 苏州市 ▸ 太仓市 …), walked once: display order, depth, the chain of
 * enclosing regions and the regions inside one all come from a single depth-first walk, so pages,
 * search filters, the finder and the importer cannot disagree about what lies inside what. A
 * region's shorter writings (苏州市 → 苏州) are derived here too, for search and the importer alike.
 */

/** What the tree needs of a region: its ID, its parent's ID and, optionally, its place among siblings. */
export interface RegionNode {
  id: string;
  parent: string | null;
  /** Position among siblings; without it, siblings keep the order they are given in. */
  order?: number;
}

export interface RegionTree<R extends RegionNode> {
  /** Every region, depth-first from the top, siblings by `order`: the display order. */
  readonly regions: readonly R[];
  /** The IDs of `regions`, in the same order. */
  readonly ids: readonly string[];
  get(id: string): R | undefined;
  /** 0 for a top-level region, 1 for the regions directly inside one, …; 0 for an unknown ID. */
  depth(id: string): number;
  /** The region and the regions enclosing it, innermost first: snd → suzhou → jiangsu. An unknown ID is its own chain. */
  chain(id: string): string[];
  /** The region and every region inside it, in display order: suzhou → suzhou, taicang, kunshan, snd. */
  descendants(id: string): string[];
  /** The regions directly inside one, in display order. */
  children(id: string): R[];
}

interface Place {
  index: number;
  /** Index just past the region's last descendant: its subtree is ids[index, end). */
  end: number;
  /** IDs of the enclosing regions, outermost first. */
  ancestors: string[];
}

const trees = new WeakMap<readonly RegionNode[], RegionTree<RegionNode>>();

/**
 * The tree of `regions`, built once per array (the data layer loads the regions once). A region
 * whose parent is not in the list counts as top-level; regions whose parents form a cycle are an
 * error, since no walk from the top reaches them.
 */
export function regionTree<R extends RegionNode>(regions: readonly R[]): RegionTree<R> {
  const cached = trees.get(regions);
  if (cached) return cached as unknown as RegionTree<R>;
  const tree = buildTree(regions);
  trees.set(regions, tree);
  return tree;
}

function buildTree<R extends RegionNode>(regions: readonly R[]): RegionTree<R> {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const childrenOf = new Map<string | null, R[]>();
  for (const r of regions) {
    const parent = r.parent !== null && byId.has(r.parent) ? r.parent : null;
    if (!childrenOf.has(parent)) childrenOf.set(parent, []);
    childrenOf.get(parent)!.push(r);
  }
  // A stable sort: siblings without `order` keep their given order.
  for (const list of childrenOf.values()) list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

  const ordered: R[] = [];
  const places = new Map<string, Place>();
  const visit = (parent: string | null, ancestors: string[]) => {
    for (const r of childrenOf.get(parent) ?? []) {
      const place: Place = { index: ordered.length, end: 0, ancestors };
      places.set(r.id, place);
      ordered.push(r);
      visit(r.id, [...ancestors, r.id]);
      place.end = ordered.length;
    }
  };
  visit(null, []);
  const unreached = regions.filter((r) => !places.has(r.id)).map((r) => r.id);
  if (unreached.length)
    throw new Error(
      `regions ${unreached.join(', ')}: their parents form a cycle, so no region encloses them — ` +
        'give the outermost a parent of null or an existing region (src/content/vocab/regions.yaml)',
    );

  const ids = ordered.map((r) => r.id);
  return {
    regions: ordered,
    ids,
    get: (id) => byId.get(id),
    depth: (id) => places.get(id)?.ancestors.length ?? 0,
    chain: (id) => [id, ...[...(places.get(id)?.ancestors ?? [])].reverse()],
    descendants: (id) => {
      const place = places.get(id);
      return place ? ids.slice(place.index, place.end) : [id];
    },
    children: (id) => [...(childrenOf.get(id) ?? [])],
  };
}

/** A region's name without its parenthesised alternative: 苏州高新区（虎丘区） → 苏州高新区. */
export const baseName = (name: string): string => name.replace(/[（(].*$/u, '');

/** The level word a region's name ends with (省, 市, 区, 县), or null. */
export function levelWord(name: string): string | null {
  const last = baseName(name).slice(-1);
  return last && '省市区县'.includes(last) ? last : null;
}

/**
 * The name as texts and readers shorten it: the base name without its level word, when more than
 * one character is left — 苏州市 → 苏州, 苏州高新区 → 苏州高新, 江苏省 → 江苏; 沛县 stays 沛县.
 */
export function shortName(name: string): string {
  const base = baseName(name);
  return levelWord(base) && base.length > 2 ? base.slice(0, -1) : base;
}
