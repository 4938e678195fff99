import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadVocabulary, VOCABULARY_FILE } from './vocabulary-file.ts';

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

describe('loadVocabulary', () => {
  it('reads the entries as written', () => {
    const root = rootWith('- id: vbp\n  kind: synonym\n  forms: [集中带量采购, 集采]\n');
    expect(loadVocabulary(root)).toEqual([{ id: 'vbp', kind: 'synonym', forms: ['集中带量采购', '集采'] }]);
  });

  it('rejects a file that is not a list, naming the file and the expected shape', () => {
    expect(() => loadVocabulary(rootWith('id: vbp\n'))).toThrow(
      'src/content/vocab/synonyms.yaml: expected a list of entries ({ id, kind, forms })',
    );
  });

  it('names the entry, its id, the field and the fix of a broken entry', () => {
    const yaml =
      '- id: ok\n  kind: variant\n  forms: [临床试验, 临床实验]\n- id: one\n  kind: synonym\n  forms: [集采]\n';
    expect(() => loadVocabulary(rootWith(yaml))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2 (one): forms: an entry joins at least two writings',
    );
    expect(() => loadVocabulary(rootWith('- id: Bad_ID\n  kind: synonym\n  forms: [a, b]\n'))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 1 (Bad_ID): id: use lower-case ASCII letters, digits and hyphens',
    );
  });

  it('says "entry" when a broken entry has no id, or is not an object', () => {
    expect(() => loadVocabulary(rootWith('- kind: synonym\n  forms: [a, b]\n'))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1: id: /,
    );
    expect(() => loadVocabulary(rootWith('- 集采\n'))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1: entry: /,
    );
    expect(() => loadVocabulary(rootWith('- ~\n'))).toThrow(/^src\/content\/vocab\/synonyms\.yaml: entry 1: entry: /);
  });

  it('names a field inside a list by its place', () => {
    expect(() => loadVocabulary(rootWith('- id: a\n  kind: synonym\n  forms: [集采, ""]\n'))).toThrow(
      /^src\/content\/vocab\/synonyms\.yaml: entry 1 \(a\): forms\.1: /,
    );
  });

  it('rejects an id used twice', () => {
    const yaml = '- id: vbp\n  kind: synonym\n  forms: [a, b]\n- id: vbp\n  kind: variant\n  forms: [c, d]\n';
    expect(() => loadVocabulary(rootWith(yaml))).toThrow(
      'src/content/vocab/synonyms.yaml: entry 2: id "vbp" is used twice — give each entry its own id',
    );
  });
});
