import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonWording, departmentIndex, rowWordings } from './department-duties.ts';
import { loadContent } from './load-content.ts';

const content = loadContent(resolve(import.meta.dirname, '../../..'));
const index = departmentIndex(content.departments, content.models);
const entry = (id: string) => index.find((e) => e.department.id === id)!;

describe('departmentIndex', () => {
  it('lists the clauses whose 责任单位 name the unit, in the text’s wording', () => {
    const kjj = entry('suzhou-kjj');
    expect(kjj.clauses.length).toBeGreaterThan(3);
    expect(kjj.wordings).toContain('市科技局');
    expect(kjj.clauses.every((h) => h.wording.every((w) => ['市科技局', '科技局'].includes(w.text)))).toBe(true);
  });
  it('counts the clauses where the unit leads (* or a 牵头单位 column)', () => {
    const kcj = entry('snd-kcj');
    expect(kcj.leadCount).toBeGreaterThan(5);
    expect(kcj.clauses.some((h) => h.wording.some((w) => w.lead))).toBe(true);
  });
  it('includes provisions that name the unit themselves', () => {
    expect(entry('suzhou-yycyb').subsidies).toEqual([{ policy: 'suzhou-biomed-chain-2021-2023', id: 'sub3' }]);
  });
  it('gives every department of the vocabulary an entry with at least one clause or provision', () => {
    expect(index.length).toBe(content.departments.length);
    expect(index.filter((e) => e.clauses.length + e.subsidies.length === 0).map((e) => e.department.id)).toEqual([]);
  });
});

describe('commonWording and rowWordings: 原文作 said once', () => {
  const hit = (...texts: string[]) => ({ wording: texts.map((text) => ({ text, lead: false })) });
  it('picks the wording most clauses use, the first used on a tie', () => {
    expect(commonWording([hit('市科技局'), hit('科技局'), hit('市科技局')])).toBe('市科技局');
    expect(commonWording([hit('科技局'), hit('市科技局')])).toBe('科技局');
    // A clause writing the unit twice the same way counts once.
    expect(commonWording([hit('科技局', '科技局'), hit('市科技局'), hit('市科技局')])).toBe('市科技局');
    expect(commonWording([])).toBeNull();
  });
  it('leaves a row only the wordings that differ from the common one', () => {
    const w = [
      { text: '市科技局', lead: true },
      { text: '科技局', lead: false },
    ];
    expect(rowWordings(w, '市科技局')).toEqual([{ text: '科技局', lead: false }]);
    expect(rowWordings(w, null)).toEqual(w);
  });
});
