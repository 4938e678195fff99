import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';
import { clauseCountParts, clauseCountText, datesText, docNumberText, issuersText } from './overview.ts';

const content = loadContent(resolve(import.meta.dirname, '../../..'));

describe('clauseCountParts', () => {
  it.each(content.models.map((m) => [m.id, m] as const))('%s: the parts add up to every citable unit', (_id, m) => {
    const parts = clauseCountParts(m.clauses);
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(m.clauses.length);
    expect(parts.every((p) => p.count > 0)).toBe(true);
  });
  it('writes 苏州市’s 172 units with every part labelled (the old text left 65 of them out)', () => {
    const suzhou = content.models.find((m) => m.id === 'suzhou-biomed-chain-2021-2023')!;
    expect(clauseCountText(suzhou.clauses)).toBe(
      '172 个可引用单元：编号条款 69 · “一是”“二是”分项 42 · 表格行 38 · 表格行组 10 · 附件 1 · 未编号段落 12',
    );
  });
  it('refuses a kind no part counts, instead of a sum that does not add up', () => {
    expect(() => clauseCountParts([{ kind: 'table' as never }])).toThrow(/kind "table"/);
  });
});

describe('policy metadata', () => {
  it('writes what the text states and 未载明 for the rest', () => {
    expect(issuersText({ issuers: ['中共苏州市委办公室', '苏州市人民政府办公室'] })).toBe(
      '中共苏州市委办公室、苏州市人民政府办公室',
    );
    expect(issuersText({ issuers: [] })).toBe('未载明');
    expect(docNumberText({ docNumber: '苏委办发〔2021〕14号' })).toBe('苏委办发〔2021〕14号');
    expect(docNumberText({ docNumber: null })).toBe('未载明');
  });
  it('writes the dates the text states, once when written and issued the same day', () => {
    expect(datesText({ dateWritten: '2021-04-17', datePublished: null })).toBe('成文 2021年4月17日');
    expect(datesText({ dateWritten: '2020-05-27', datePublished: '2020-05-27' })).toBe('2020年5月27日（成文、印发）');
    expect(datesText({ dateWritten: '2020-05-20', datePublished: '2020-05-27' })).toBe(
      '成文 2020年5月20日 · 印发 2020年5月27日',
    );
    expect(datesText({ dateWritten: null, datePublished: null })).toBe('未载明');
  });
});
