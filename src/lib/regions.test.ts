import { describe, expect, it } from 'vitest';
import { baseName, levelWord, regionTree, shortName, type RegionNode } from './regions.ts';

// The site's vocabulary, listed out of order on purpose: the tree, not the file, decides the order.
const regions = [
  { id: 'wuxi', parent: 'jiangsu', order: 6 },
  { id: 'snd', parent: 'suzhou', order: 5 },
  { id: 'jiangsu', parent: null, order: 1 },
  { id: 'kunshan', parent: 'suzhou', order: 4 },
  { id: 'suzhou', parent: 'jiangsu', order: 2 },
  { id: 'taicang', parent: 'suzhou', order: 3 },
];

describe('regionTree', () => {
  const tree = regionTree(regions);

  it('orders regions depth-first, siblings by their order', () => {
    expect(tree.ids).toEqual(['jiangsu', 'suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    expect(tree.regions.map((r) => r.id)).toEqual(tree.ids);
  });

  it('gives each region its depth', () => {
    expect(['jiangsu', 'suzhou', 'kunshan', 'wuxi'].map((id) => tree.depth(id))).toEqual([0, 1, 2, 1]);
  });

  it('gives the chain of enclosing regions, innermost first', () => {
    expect(tree.chain('snd')).toEqual(['snd', 'suzhou', 'jiangsu']);
    expect(tree.chain('wuxi')).toEqual(['wuxi', 'jiangsu']);
    expect(tree.chain('jiangsu')).toEqual(['jiangsu']);
  });

  it('gives a region and every region inside it, in display order', () => {
    expect(tree.descendants('jiangsu')).toEqual(tree.ids);
    expect(tree.descendants('suzhou')).toEqual(['suzhou', 'taicang', 'kunshan', 'snd']);
    expect(tree.descendants('kunshan')).toEqual(['kunshan']);
    expect(tree.descendants('wuxi')).toEqual(['wuxi']);
  });

  it('gives the regions directly inside one', () => {
    expect(tree.children('jiangsu').map((r) => r.id)).toEqual(['suzhou', 'wuxi']);
    expect(tree.children('suzhou').map((r) => r.id)).toEqual(['taicang', 'kunshan', 'snd']);
    expect(tree.children('snd')).toEqual([]);
  });

  it('returns the entries it was given', () => {
    expect(tree.get('snd')).toBe(regions[1]);
    expect(tree.get('nowhere')).toBeUndefined();
  });

  it('treats an unknown ID as a region of its own, outside the tree', () => {
    expect(tree.chain('todo')).toEqual(['todo']);
    expect(tree.descendants('todo')).toEqual(['todo']);
    expect(tree.depth('todo')).toBe(0);
    expect(tree.children('todo')).toEqual([]);
  });

  it('hands out copies, so a caller cannot change the tree', () => {
    tree.chain('snd').pop();
    tree.descendants('suzhou').pop();
    tree.children('suzhou').pop();
    expect(tree.chain('snd')).toHaveLength(3);
    expect(tree.descendants('suzhou')).toHaveLength(4);
    expect(tree.children('suzhou')).toHaveLength(3);
  });

  it('is built once per list of regions', () => {
    expect(regionTree(regions)).toBe(tree);
    expect(regionTree([...regions])).not.toBe(tree);
  });

  it('keeps the given order of siblings without an order', () => {
    const unordered: RegionNode[] = [
      { id: 'b', parent: null },
      { id: 'a', parent: null },
      { id: 'b2', parent: 'b' },
      { id: 'b1', parent: 'b' },
    ];
    expect(regionTree(unordered).ids).toEqual(['b', 'b2', 'b1', 'a']);
  });

  it('counts a region whose parent is not listed as top-level', () => {
    const partial = regionTree([
      { id: 'suzhou', parent: 'jiangsu', order: 2 },
      { id: 'snd', parent: 'suzhou', order: 5 },
    ]);
    expect(partial.ids).toEqual(['suzhou', 'snd']);
    expect(partial.chain('snd')).toEqual(['snd', 'suzhou']);
    expect(partial.depth('suzhou')).toBe(0);
  });

  it('refuses regions whose parents form a cycle, naming them', () => {
    expect(() =>
      regionTree([
        { id: 'top', parent: null },
        { id: 'a', parent: 'b' },
        { id: 'b', parent: 'a' },
        { id: 'self', parent: 'self' },
      ]),
    ).toThrow(/regions a, b, self: .*cycle.*regions\.yaml/);
  });
});

describe('region names', () => {
  it('the base name drops the parenthesised alternative', () => {
    expect(baseName('苏州高新区（虎丘区）')).toBe('苏州高新区');
    expect(baseName('苏州高新区(虎丘区)')).toBe('苏州高新区');
    expect(baseName('无锡市')).toBe('无锡市');
  });

  it('the level word is the last character of the base name when it is 省, 市, 区 or 县', () => {
    expect(['江苏省', '苏州市', '苏州高新区（虎丘区）', '沛县', '苏州工业园'].map(levelWord)).toEqual([
      '省',
      '市',
      '区',
      '县',
      null,
    ]);
  });

  it('the short name drops the level word when more than one character is left', () => {
    expect(
      ['江苏省', '苏州市', '太仓市', '苏州高新区（虎丘区）', '虎丘区', '沛县', '苏州工业园'].map(shortName),
    ).toEqual(['江苏', '苏州', '太仓', '苏州高新', '虎丘', '沛县', '苏州工业园']);
  });
});
