import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../bench/lib/corpus.ts';
import { ROOT } from '../../../tests/helpers/paths.ts';
import { normalize, occurrences } from './normalize.ts';
import { buildVocabulary, MAX_VOCABULARY_FORMS, vocabularyForms } from './vocabulary.ts';
import { loadVocabulary } from './vocabulary-file.ts';

const vocabulary = buildVocabulary([
  { id: 'vp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
  { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
  { id: 'cro', kind: 'synonym', forms: ['CRO', '合同研究组织'] },
]);

describe('vocabularyForms', () => {
  it('rewrites a term with the other writings of an entry it contains', () => {
    expect(vocabularyForms('集采', vocabulary)).toEqual([
      { text: '集中带量采购', origin: { kind: 'synonym', writing: '集中带量采购', entry: 'vp' } },
    ]);
    expect(vocabularyForms('集采中标', vocabulary).map((f) => f.text)).toEqual(['集中带量采购中标']);
    expect(vocabularyForms('药物临床实验机构', vocabulary).map((f) => f.text)).toEqual(['药物临床试验机构']);
  });

  it('tries an entry’s longest writing first, so a longer writing is replaced whole', () => {
    const cgt = buildVocabulary([{ id: 'cgt', kind: 'synonym', forms: ['细胞治疗', '基因与细胞治疗', '细胞治疗'] }]);
    expect(cgt.entries[0]!.forms).toEqual(['基因与细胞治疗', '细胞治疗']);
    expect(vocabularyForms('基因与细胞治疗产品', cgt)).toEqual([
      { text: '细胞治疗产品', origin: { kind: 'synonym', writing: '细胞治疗', entry: 'cgt' } },
    ]);
  });

  it('lists each rewriting once, variants first, the rest in entry order', () => {
    const twice = buildVocabulary([
      { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
      { id: 'ct2', kind: 'synonym', forms: ['临床试验', '临床实验'] },
    ]);
    expect(vocabularyForms('临床试验', twice)).toEqual([
      { text: '临床实验', origin: { kind: 'variant', writing: '临床实验', entry: 'ct' } },
    ]);
    const three = buildVocabulary([
      { id: 'vp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
      { id: 'cro', kind: 'synonym', forms: ['CRO', '合同研究组织'] },
      { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
    ]);
    expect(vocabularyForms('集采cro临床试验', three).map((f) => f.origin.entry)).toEqual(['ct', 'vp', 'cro']);
  });

  it('puts variants before synonyms, respects letter runs and leaves unknown terms alone', () => {
    const forms = vocabularyForms('集采临床试验', vocabulary);
    expect(forms.map((f) => f.origin.kind)).toEqual(['variant', 'synonym']);
    expect(vocabularyForms('cro', vocabulary).map((f) => f.text)).toEqual(['合同研究组织']);
    expect(vocabularyForms('micro', vocabulary)).toEqual([]);
    expect(vocabularyForms('小核酸', vocabulary)).toEqual([]);
  });

  it('caps the forms of a term', () => {
    const many = buildVocabulary([
      { id: 'x', kind: 'synonym', forms: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'] },
    ]);
    expect(vocabularyForms('甲', many)).toHaveLength(MAX_VOCABULARY_FORMS);
  });
});

describe('src/content/vocab/synonyms.yaml', () => {
  const entries = loadVocabulary(ROOT);
  const texts = buildCorpus(ROOT, 1).records.map((r) => normalize(r.content));

  it('is a list of valid entries with unique IDs', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(loadVocabulary(ROOT).map((e) => [e.id, e] as const))('%s matches some clause of the texts', (_id, entry) => {
    const found = entry.forms.filter((f) => texts.some((t) => occurrences(t, normalize(f)).length > 0));
    expect(found.length, `no writing of ${entry.forms.join(' / ')} occurs in any clause`).toBeGreaterThan(0);
  });
});
