import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../bench/lib/corpus.ts';
import { ROOT } from '../../../tests/helpers/paths.ts';
import { normalize, occurrences } from './normalize.ts';
import {
  buildVocabulary,
  MAX_VOCABULARY_FORMS,
  vocabularyForms,
  vocabularyFromWire,
  vocabularyToWire,
  vocabularyWords,
  type VocabularyEntry,
} from './vocabulary.ts';
import { loadThesaurus, loadVocabulary, TEXT_SOURCE } from './vocabulary-file.ts';

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

  it('merges a writing with what the term around it repeats of it (博后站 → 博士后工作站, not …站站)', () => {
    const postdoc = buildVocabulary([
      { id: 'pd', kind: 'synonym', forms: ['博士后工作站', '博后'] },
      { id: 'nmpa', kind: 'synonym', forms: ['国家药品监督管理局', '药监局'] },
    ]);
    expect(vocabularyForms('博后站', postdoc).map((f) => f.text)).toEqual(['博士后工作站']);
    expect(vocabularyForms('博后站建设', postdoc).map((f) => f.text)).toEqual(['博士后工作站建设']);
    expect(vocabularyForms('国家药监局', postdoc).map((f) => f.text)).toEqual(['国家药品监督管理局']);
    // Nothing repeated: the writing goes in as it is.
    expect(vocabularyForms('博后公寓', postdoc).map((f) => f.text)).toEqual(['博士后工作站公寓']);
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

describe('broader entries', () => {
  const cxo = buildVocabulary([
    { id: 'cxo', kind: 'broader', forms: ['CXO', '医药外包服务'], narrower: ['CRO', 'CMO', 'CDMO'] },
    { id: 'cro', kind: 'synonym', forms: ['CRO', '合同研究组织'] },
  ]);

  it('rewrites the broad term with its other writings and each narrower term, ranked as synonyms', () => {
    expect(vocabularyForms('cxo企业', cxo)).toEqual([
      { text: '医药外包服务企业', origin: { kind: 'synonym', writing: '医药外包服务', entry: 'cxo' } },
      // The narrower terms are found one way: looser than the broad term's other writing.
      { text: 'cro企业', origin: { kind: 'synonym', writing: 'cro', loose: true, entry: 'cxo' } },
      { text: 'cmo企业', origin: { kind: 'synonym', writing: 'cmo', loose: true, entry: 'cxo' } },
      { text: 'cdmo企业', origin: { kind: 'synonym', writing: 'cdmo', loose: true, entry: 'cxo' } },
    ]);
  });

  it('does not widen a narrower term to the broad one or its siblings', () => {
    expect(vocabularyForms('cro', cxo).map((f) => f.text)).toEqual(['合同研究组织']);
    expect(vocabularyForms('cdmo', cxo)).toEqual([]);
  });
});

describe('related entries', () => {
  const related = buildVocabulary([
    { id: 'car-t', kind: 'synonym', forms: ['嵌合抗原受体T细胞', 'CAR-T'] },
    { id: 'car-t-therapy', kind: 'related', forms: ['CAR-T', 'CAR-T疗法'], finds: ['细胞治疗', '细胞疗法'] },
    { id: 'schooling', kind: 'related', forms: ['孩子上学'], finds: ['子女入学', '子女教育'] },
  ]);

  it('rewrites the reader’s word with each of the texts’ terms it finds, ranked as synonyms', () => {
    expect(vocabularyForms('孩子上学', related)).toEqual([
      { text: '子女入学', origin: { kind: 'synonym', writing: '子女入学', loose: true, entry: 'schooling' } },
      { text: '子女教育', origin: { kind: 'synonym', writing: '子女教育', loose: true, entry: 'schooling' } },
    ]);
    // Inside a longer term, too: 孩子上学补贴 → 子女入学补贴.
    expect(vocabularyForms('孩子上学补贴', related).map((f) => f.text)).toEqual(['子女入学补贴', '子女教育补贴']);
  });

  it('adds its finds to a word a synonym entry also joins, and not its other reader’s words', () => {
    // The synonym's writing is an equivalent; the finds are looser (ranked after it: rank.ts `close`).
    expect(vocabularyForms('car-t', related).map((f) => [f.text, f.origin.entry, f.origin.loose ?? false])).toEqual([
      ['嵌合抗原受体t细胞', 'car-t', false],
      ['细胞治疗', 'car-t-therapy', true],
      ['细胞疗法', 'car-t-therapy', true],
    ]);
    // CAR-T疗法 is a reader's word: typed, it finds the texts' terms, not CAR-T (a part of it does).
    expect(vocabularyForms('car-t疗法', related).map((f) => f.text)).toEqual([
      '细胞治疗',
      '细胞疗法',
      '嵌合抗原受体t细胞疗法',
    ]);
  });

  it('puts the rewrites of the whole term before those of a part, so the cap keeps them', () => {
    const many = buildVocabulary([
      { id: 'mrna', kind: 'synonym', forms: ['mRNA', '信使RNA', '信使核糖核酸', 'mRNA分子'] },
      { id: 'vaccine', kind: 'synonym', forms: ['疫苗', '疫苗制品', '预防用生物制品'] },
      { id: 'mrna-vaccine', kind: 'related', forms: ['mRNA疫苗'], finds: ['新型疫苗', '创新疫苗', '核酸药物'] },
    ]);
    const forms = vocabularyForms('mrna疫苗', many);
    expect(forms).toHaveLength(MAX_VOCABULARY_FORMS);
    expect(forms.slice(0, 3).map((f) => f.text)).toEqual(['新型疫苗', '创新疫苗', '核酸药物']);
    expect(forms.slice(3).every((f) => f.origin.entry !== 'mrna-vaccine')).toBe(true);
  });

  it('is one way: the texts’ terms typed do not find the reader’s word or each other', () => {
    expect(vocabularyForms('细胞治疗', related)).toEqual([]);
    expect(vocabularyForms('子女入学', related)).toEqual([]);
    expect(vocabularyForms('子女教育', related)).toEqual([]);
    // The synonym still joins its writings both ways, without the related entry's finds.
    expect(vocabularyForms('嵌合抗原受体t细胞', related).map((f) => f.text)).toEqual(['car-t']);
  });
});

describe('the search page’s copy of the thesaurus', () => {
  const entries: VocabularyEntry[] = [
    { id: 'ct', kind: 'variant', forms: ['临床试验', '临床实验'] },
    { id: 'vp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
    { id: 'cxo', kind: 'broader', forms: ['CXO'], narrower: ['CRO', 'CMO'] },
    { id: 'schooling', kind: 'related', forms: ['孩子上学', '小孩上学'], finds: ['子女入学'] },
  ];

  it('keeps kinds, writings and order, and drops the ids', () => {
    const wire = vocabularyToWire(entries);
    expect(wire).toEqual([
      ['v', ['临床试验', '临床实验']],
      ['s', ['集中带量采购', '集采']],
      ['b', ['CXO'], ['CRO', 'CMO']],
      ['r', ['孩子上学', '小孩上学'], ['子女入学']],
    ]);
    expect(vocabularyFromWire(JSON.parse(JSON.stringify(wire)))).toEqual(entries.map(({ id: _id, ...e }) => e));
  });

  it('rewrites a term the same way without the ids (the page shows writings, not ids)', () => {
    const page = buildVocabulary(vocabularyFromWire(vocabularyToWire(entries)));
    const strip = (forms: ReturnType<typeof vocabularyForms>) =>
      forms.map(({ text, origin: { entry: _entry, ...origin } }) => ({ text, origin }));
    for (const term of ['集采中标', '临床实验', 'cxo', '小孩上学', '子女入学'])
      expect(vocabularyForms(term, page)).toEqual(strip(vocabularyForms(term, buildVocabulary(entries))));
  });

  it('lists every writing once for the question lexicon, narrower terms and readers’ words included', () => {
    expect(vocabularyWords([...entries, { kind: 'synonym', forms: ['CRO', '合同研究组织'] }])).toEqual([
      '临床试验',
      '临床实验',
      '集中带量采购',
      '集采',
      'CXO',
      'CRO',
      'CMO',
      '孩子上学',
      '小孩上学',
      '合同研究组织',
    ]);
    // A related entry's finds are the texts' plain words, not lexicon words.
    expect(vocabularyWords([{ kind: 'related', forms: ['二类证'], finds: ['二类医疗器械'] }])).toEqual(['二类证']);
  });
});

describe('src/content/vocab/synonyms.yaml', () => {
  const entries = loadThesaurus(ROOT);
  const records = buildCorpus(ROOT, 1).records;
  const texts = records.map((r) => normalize(r.content));
  const holds = (text: string, form: string) => occurrences(text, normalize(form)).length > 0;

  it('is a reviewed thesaurus of the field: hundreds of entries, unique ids, every domain used', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.every((e) => e.reviewed)).toBe(true);
    const domains = new Set(entries.map((e) => e.domain));
    for (const d of ['regulation', 'modality', 'industry', 'finance', 'talent', 'land', 'tax', 'insurance', 'agency'])
      expect(domains, d).toContain(d);
  });

  it('gives the search only ids, kinds and writings, not the review fields', () => {
    const keys = new Set(loadVocabulary(ROOT).flatMap((e) => Object.keys(e)));
    expect([...keys].sort()).toEqual(['finds', 'forms', 'id', 'kind', 'narrower']);
  });

  // An entry mined from a text must be there: its clause holds at least two of its writings
  // (the pair the text states), so a source cannot go stale silently when a text is re-imported.
  it.each(entries.filter((e) => e.source.startsWith('text:')).map((e) => [e.id, e] as const))(
    '%s: the clause it cites states the pair',
    (_id, entry) => {
      const [, policy, clause] = entry.source.match(TEXT_SOURCE)!;
      const record = records.find((r) => r.url === `/policies/${policy}/#${clause}`);
      expect(record, `${entry.source} is not a clause of the texts`).toBeDefined();
      const text = normalize(record!.content);
      const held = [...entry.forms, ...(entry.narrower ?? [])].filter((f) => holds(text, f));
      expect(
        held.length,
        `${entry.source} holds ${held.join(' / ') || 'none'} of ${entry.forms.join(' / ')}`,
      ).toBeGreaterThanOrEqual(2);
    },
  );

  // A related entry exists to take a reader's word to the texts' words: it must reach them.
  const related = entries.filter((e) => e.kind === 'related');
  it.each(related.map((e) => [e.id, e] as const))('%s: finds a term the texts use', (_id, entry) => {
    const held = entry.finds!.filter((f) => texts.some((t) => holds(t, f)));
    expect(held, `none of ${entry.finds!.join(' / ')} is in today's texts`).not.toEqual([]);
  });

  // The search keeps at most MAX_VOCABULARY_FORMS writings per term: each reader's word typed
  // alone must still bring every term its entry finds, whatever other entries match it.
  it('brings every find of a related entry when one of its words is typed alone', () => {
    const vocabulary = buildVocabulary(loadVocabulary(ROOT));
    const missing = related.flatMap((e) =>
      e.forms.flatMap((form) => {
        const got = new Set(vocabularyForms(normalize(form), vocabulary).map((f) => f.text));
        return e.finds!.filter((f) => !got.has(normalize(f))).map((f) => `${e.id}: ${form} → ${f}`);
      }),
    );
    expect(missing).toEqual([]);
    expect(related.length).toBeGreaterThanOrEqual(50);
  });

  it('reports how many entries the texts use (the others wait for texts that will)', () => {
    const used = entries.filter((e) => [...e.forms, ...(e.narrower ?? [])].some((f) => texts.some((t) => holds(t, f))));
    console.info(`synonyms.yaml: ${used.length} of ${entries.length} entries have a writing in today's texts`);
    // The texts' own terms are covered: most of the entries mined or written from them match.
    expect(used.length).toBeGreaterThanOrEqual(100);
  });
});
