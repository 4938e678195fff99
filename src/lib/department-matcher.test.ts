import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './data/load-content.ts';
import { regionChain } from './model.ts';
import { departmentMatcher, matchDepartment, type DepartmentEntry } from './responsible-units.ts';

const { departments, models, regions } = loadContent(resolve(import.meta.dirname, '../..'));

describe('departmentMatcher', () => {
  const match = departmentMatcher(departments);
  it('answers as matchDepartment for every unit the five texts name, and for names of no department', () => {
    const asked = models.flatMap((m) =>
      m.clauses.flatMap((c) => c.units.map((u) => ({ name: u.text, region: m.data.region }))),
    );
    expect(asked.length).toBeGreaterThan(100);
    for (const { name, region } of [
      ...asked,
      { name: '市文旅局', region: 'wuxi' },
      { name: '科技局', region: 'wuxi' },
    ]) {
      const chain = regionChain(region, regions);
      expect(match(name, chain)?.id, `${name} in ${region}`).toBe(matchDepartment(name, chain, departments)?.id);
    }
  });
  it('prefers the innermost region, then the first department listed', () => {
    const list: DepartmentEntry[] = [
      { id: 'city-a', name: '市A局', region: 'city', aliases: ['A局'] },
      { id: 'county-a', name: '县A局', region: 'county', aliases: ['A局'] },
      { id: 'county-b', name: '县B局', region: 'county', aliases: ['A局', 'B局'] },
    ];
    const m = departmentMatcher(list);
    expect(m('A局', ['county', 'city'])?.id).toBe('county-a');
    expect(m('A局', ['city'])?.id).toBe('city-a');
    expect(m('县B局', ['county', 'city'])?.id).toBe('county-b');
    expect(m('C局', ['county', 'city'])).toBeUndefined();
  });
});
