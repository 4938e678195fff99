import { describe, expect, it } from 'vitest';
import { heldTerms, isFull, partialSummary, split, statusLine } from './groups.ts';

const hit = (id: string, exact: boolean, citation: unknown = null) => ({
  id,
  citation,
  match: { exact, held: [exact, false] },
});

describe('result groups', () => {
  it('keeps full matches and named clauses in the main list, the rest apart, each in order', () => {
    const list = [
      hit('a', true),
      hit('b', false),
      hit('c', false, { exactLabel: true }),
      hit('d', true),
      hit('e', false),
    ];
    const { full, partial } = split(list);
    expect(full.map((h) => h.id)).toEqual(['a', 'c', 'd']);
    expect(partial.map((h) => h.id)).toEqual(['b', 'e']);
    expect(isFull(hit('x', false, { exactLabel: false }))).toBe(true);
    expect(isFull(hit('x', false))).toBe(false);
  });

  it('names the terms a partial result holds', () => {
    expect(heldTerms([{ text: '临床试验' }, { text: '房租' }], { held: [true, false] })).toEqual(['临床试验']);
    expect(heldTerms([{ text: 'a' }], { held: [] })).toEqual([]);
  });

  it('says how many are folded away, and what the status line reads', () => {
    expect(partialSummary(3)).toBe('另有 3 条只含部分词语');
    expect(statusLine({ full: 25, partial: 3, pending: 0, citation: false })).toBe(
      '找到 25 个包含全部检索词的条款；另有 3 个只含部分词语（已折叠）',
    );
    expect(statusLine({ full: 25, partial: 0, pending: 0, citation: false })).toBe('找到 25 个包含全部检索词的条款');
    expect(statusLine({ full: 0, partial: 4, pending: 0, citation: false })).toBe(
      '没有条款包含全部检索词；另有 4 个只含部分词语（已折叠）',
    );
    expect(statusLine({ full: 1, partial: 0, pending: 0, citation: true })).toBe('条款直达');
    expect(statusLine({ full: 2, partial: 0, pending: 0, citation: true })).toBe('有 2 个条款使用这一编号');
    expect(statusLine({ full: 60, partial: 0, pending: 140, citation: false })).toContain('另有 140 个候选条款待核对');
  });
});
