import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadThesaurus, loadVocabulary, VOCABULARY_FILE } from './vocabulary-file.ts';

const roots: string[] = [];
/** A project root whose synonyms file holds `yaml`. */
function rootWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'vocab-'));
  roots.push(root);
  mkdirSync(dirname(join(root, VOCABULARY_FILE)), { recursive: true });
  writeFileSync(join(root, VOCABULARY_FILE), yaml);
  return root;
}
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** One entry as a YAML flow map: a valid synonym entry with `fields` replacing or adding fields. */
function entry(fields: Record<string, string> = {}): string {
  const all = {
    id: 'vbp',
    kind: 'synonym',
    domain: 'insurance',
    forms: '[集中带量采购, 集采]',
    source: '医保术语',
    reviewed: 'true',
    ...fields,
  };
  return `- { ${Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }\n`;
}
const load = (yaml: string) => () => loadThesaurus(rootWith(yaml));

describe('loadThesaurus', () => {
  it('reads the entries as written', () => {
    expect(loadThesaurus(rootWith(entry()))).toEqual([
      {
        id: 'vbp',
        kind: 'synonym',
        domain: 'insurance',
        forms: ['集中带量采购', '集采'],
        source: '医保术语',
        reviewed: true,
      },
    ]);
    const broader = entry({
      id: 'cxo',
      kind: 'broader',
      domain: 'industry',
      forms: '[CXO]',
      narrower: '[CRO, CMO, CDMO]',
      source: 'text:suzhou-biomed-chain-2021-2023#s2',
    });
    expect(loadThesaurus(rootWith(broader))[0]).toMatchObject({
      kind: 'broader',
      forms: ['CXO'],
      narrower: ['CRO', 'CMO', 'CDMO'],
      source: 'text:suzhou-biomed-chain-2021-2023#s2',
    });
  });

  it('gives the search only the id, kind and writings (loadVocabulary)', () => {
    expect(loadVocabulary(rootWith(entry()))).toEqual([
      { id: 'vbp', kind: 'synonym', forms: ['集中带量采购', '集采'] },
    ]);
  });

  it('rejects a file that is not a list, naming the file and the expected shape', () => {
    expect(load('id: vbp\n')).toThrow(
      'src/content/vocab/synonyms.yaml: expected a list of entries ({ id, kind, domain, forms, source, reviewed })',
    );
  });

  it('names the entry, its id, the field and the fix of a broken entry', () => {
    expect(load(entry({ id: 'one', kind: 'variant', forms: '[临床试验]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (one): forms: an entry joins at least two writings',
    );
    expect(load(entry({ id: 'ok' }) + entry({ id: 'one', forms: '[集采]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2 (one): forms: an entry joins at least two writings',
    );
    expect(load(entry({ id: 'Bad_ID' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (Bad_ID): id: use lower-case ASCII letters, digits and hyphens',
    );
    expect(load(entry({ kind: 'same' }))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1 \(vbp\): kind: use variant \(the same word written another way\), synonym .*, broader .* or related \(a reader’s word/,
    );
    expect(load(entry({ domain: 'pharma' }))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1 \(vbp\): domain: use one of regulation, clinical, modality, industry, /,
    );
  });

  it('asks where an entry comes from, and for a text source in the form text:<policy>#<clause>', () => {
    expect(load(entry({ source: '' }))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1 \(vbp\): source: say where the entry comes from: text:<policy-id>#<clause-id>/,
    );
    expect(load(entry({ source: 'text:wuxi-biomed-policy-opinions' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): source: a text source is text:<policy-id>#<clause-id>, e.g. text:wuxi-biomed-policy-opinions#s3-c12',
    );
  });

  it('takes only reviewed entries, saying how to get one reviewed', () => {
    for (const reviewed of ['false', '']) {
      expect(load(entry({ reviewed }))).toThrow(
        'src/content/vocab/synonyms.yaml: entry 1 (vbp): reviewed: set reviewed: true once a person has checked the entry (unreviewed candidates stay in the output of npm run vocab:mine)',
      );
    }
  });

  it('rejects an unknown field, naming it and the fields there are', () => {
    expect(load(entry({ from: 'NMPA' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): entry: unknown field from — the fields are id, kind, domain, forms, narrower (broader only), finds (related only), source, reviewed',
    );
  });

  it('asks a broader entry for its narrower terms, and only a broader entry', () => {
    expect(load(entry({ kind: 'broader', forms: '[CXO]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): narrower: a broader entry lists the narrower terms it covers, e.g. narrower: [CRO, CMO, CDMO]',
    );
    expect(load(entry({ narrower: '[集采中标]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): narrower: only a broader entry has narrower terms — use kind: broader, or move them to forms',
    );
  });

  it('reads a related entry: the reader’s words and the texts’ terms they find', () => {
    const related = entry({
      id: 'car-t-therapy',
      kind: 'related',
      domain: 'modality',
      forms: '[CAR-T]',
      finds: '[细胞治疗, 细胞疗法]',
      source: '行业通称（CAR-T 为细胞治疗的一种）',
    });
    expect(loadThesaurus(rootWith(related))[0]).toMatchObject({
      kind: 'related',
      forms: ['CAR-T'],
      finds: ['细胞治疗', '细胞疗法'],
    });
    expect(loadVocabulary(rootWith(related))).toEqual([
      { id: 'car-t-therapy', kind: 'related', forms: ['CAR-T'], finds: ['细胞治疗', '细胞疗法'] },
    ]);
  });

  it('asks a related entry for its finds, and keeps finds to related entries', () => {
    expect(load(entry({ kind: 'related', forms: '[CAR-T]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds: a related entry lists the texts’ terms the reader’s words find, e.g. { kind: related, forms: [CAR-T], finds: [细胞治疗] }',
    );
    expect(load(entry({ kind: 'related', forms: '[CAR-T]', finds: '[]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds: a related entry lists the texts’ terms',
    );
    expect(load(entry({ finds: '[集中采购]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds: only a related entry has finds (a reader’s word finding the texts’ terms one way) — use kind: related, or move them to forms if they are the same word',
    );
    expect(load(entry({ kind: 'variant', finds: '[集中采购]' }))).toThrow(
      /entry 1 \(vbp\): finds: only a related entry/,
    );
    expect(load(entry({ kind: 'broader', forms: '[CXO]', finds: '[CRO]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds: a broader entry lists the terms it covers under narrower, not finds — rename the field',
    );
    expect(load(entry({ kind: 'related', forms: '[CAR-T]', narrower: '[细胞治疗]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): narrower: a related entry lists the texts’ terms it finds under finds, not narrower — rename the field',
    );
  });

  it('keeps a related entry’s writings well-formed and distinct from its finds', () => {
    expect(load(entry({ kind: 'related', forms: '[CAR-T]', finds: '[细胞治疗, 治]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds.1: a form of one character matches too widely',
    );
    expect(load(entry({ kind: 'related', forms: '[CAR-T]', finds: '[细胞治疗, car-t]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): finds.1: "car-t" is the same writing as forms.0',
    );
    expect(
      load(entry({ kind: 'related', forms: '[甲甲, 乙乙, 丙丙]', finds: '[丁丁, 戊戊, 己己, 庚庚, 辛辛]' })),
    ).toThrow('src/content/vocab/synonyms.yaml: entry 1 (vbp): finds: an entry has at most 7 writings');
  });

  it('gives a reader’s word one related entry, which may add finds to a synonym’s writing', () => {
    const first = entry({ id: 'r1', kind: 'related', forms: '[孩子上学]', finds: '[子女入学]' });
    const second = entry({ id: 'r2', kind: 'related', forms: '[小孩上学, 孩子上学]', finds: '[子女教育]' });
    expect(load(first + second)).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2 (r2): forms.1: "孩子上学" is already a reader\'s word of the related entry r1 — add these finds to that entry',
    );
    const carT = entry({ id: 'car-t', forms: '[嵌合抗原受体T细胞, CAR-T]' });
    const therapy = entry({ id: 'car-t-therapy', kind: 'related', forms: '[CAR-T]', finds: '[细胞治疗]' });
    expect(() => loadThesaurus(rootWith(carT + therapy))).not.toThrow();
    // Its finds are other entries' writings by design, like a broader entry's narrower terms.
    const cell = entry({ id: 'cell-therapy', forms: '[细胞治疗, 细胞疗法]' });
    expect(() => loadThesaurus(rootWith(cell + therapy))).not.toThrow();
  });

  it('keeps the writings well-formed: trimmed, two characters or more, each once, not too many', () => {
    expect(load(entry({ forms: '[集中带量采购, " 集采"]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): forms.1: a form has no spaces around it and is not empty — trim it',
    );
    expect(load(entry({ forms: '[集采, ""]' }))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1 \(vbp\): forms\.1: /,
    );
    expect(load(entry({ forms: '[药品, 药]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): forms.1: a form of one character matches too widely — write the whole word (药品, not 药)',
    );
    expect(load(entry({ forms: '[CRO, ｃｒｏ]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): forms.1: "ｃｒｏ" is the same writing as forms.0 (case, width and quotation marks are ignored) — remove it',
    );
    expect(load(entry({ forms: '[甲甲, 乙乙, 丙丙, 丁丁, 戊戊, 己己, 庚庚, 辛辛]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (vbp): forms: an entry has at most 7 writings (the search tries 6 besides the typed one) — split it or keep the writings readers use',
    );
  });

  it('says "entry" when a broken entry has no id, or is not an object', () => {
    expect(load(entry({ id: '' }))).toThrow(/^src\/content\/vocab\/synonyms\.yaml: entry 1: id: /);
    expect(load('- 集采\n')).toThrow(/^src\/content\/vocab\/synonyms\.yaml: entry 1: entry: /);
    expect(load('- ~\n')).toThrow(/^src\/content\/vocab\/synonyms\.yaml: entry 1: entry: /);
  });

  it('rejects an id used twice', () => {
    expect(load(entry() + entry({ kind: 'variant', forms: '[临床试验, 临床实验]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2: id "vbp" is used twice — give each entry its own id',
    );
  });

  it('rejects a writing that two entries join to different words (one entry per meaning)', () => {
    expect(load(entry() + entry({ id: 'vbp2', forms: '[带量采购, 集采]' }))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2 (vbp2): forms.1: "集采" is already a form of vbp — merge the two entries, or keep the writing in the one it means',
    );
    // A broader entry's narrower terms are other entries' writings by design.
    const broader = entry({ id: 'cxo', kind: 'broader', domain: 'industry', forms: '[CXO]', narrower: '[CRO, CMO]' });
    expect(() => loadThesaurus(rootWith(entry({ id: 'cro', forms: '[CRO, 合同研究组织]' }) + broader))).not.toThrow();
  });
});
