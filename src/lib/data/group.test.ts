import { describe, expect, it } from 'vitest';
import { byPosition, groupBy } from './group.ts';

describe('groupBy', () => {
  it('keeps the input order inside each group and the first-seen order of the keys', () => {
    const groups = groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['a', 'b', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
    expect(groups.get('b')).toEqual(['b1', 'b2']);
  });
});

describe('byPosition', () => {
  it('sorts as indexOf in the order would, unknown keys first', () => {
    const order = ['jiangsu', 'suzhou', 'taicang', 'wuxi'];
    const items = ['wuxi', 'x', 'suzhou', 'taicang', 'jiangsu'];
    const byIndexOf = [...items].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect([...items].sort(byPosition(order, (s) => s))).toEqual(byIndexOf);
    expect(byIndexOf[0]).toBe('x');
  });
});
