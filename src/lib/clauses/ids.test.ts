/**
 * The clause ID scheme (docs/ids.md): every kind of clause, parsed and labelled, against
 * hand-written expectations taken from the five texts' own numbering.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../data/load-content.ts';
import { parseReference, refWord } from '../search/reference.ts';
import { parseClauseLink } from '../links.ts';
import { buildSearchRecords } from '../search/index-records.ts';
import { normalize } from '../search/normalize.ts';
import { clauseId, clauseLabel, formatClauseId, kindOf, parseClauseId } from './ids.ts';

describe('parseClauseId', () => {
  it('reads each kind of segment with its number', () => {
    expect(parseClauseId('p4')).toEqual([{ kind: 'paragraph', n: 4 }]);
    expect(parseClauseId('s3')).toEqual([{ kind: 'section', n: 3 }]);
    expect(parseClauseId('a12')).toEqual([{ kind: 'article', n: 12 }]);
    expect(parseClauseId('c7')).toEqual([{ kind: 'item', n: 7 }]);
    expect(parseClauseId('i2')).toEqual([{ kind: 'point', n: 2 }]);
    expect(parseClauseId('box10')).toEqual([{ kind: 'box', n: 10 }]);
    expect(parseClauseId('annex2')).toEqual([{ kind: 'annex', n: 2 }]);
    expect(parseClauseId('g5')).toEqual([{ kind: 'group', n: 5 }]);
    expect(parseClauseId('row22')).toEqual([{ kind: 'row', n: 22 }]);
  });

  it('reads a numbering path, outermost first', () => {
    expect(parseClauseId('s1-c3-i4-n2')).toEqual([
      { kind: 'section', n: 1 },
      { kind: 'item', n: 3 },
      { kind: 'point', n: 4 },
      { kind: 'subpoint', n: 2 },
    ]);
    expect(parseClauseId('s3-c1-r2')).toEqual([
      { kind: 'section', n: 3 },
      { kind: 'item', n: 1 },
      { kind: 'run', n: 2 },
    ]);
    expect(parseClauseId('a4-c2-i2')).toEqual([
      { kind: 'article', n: 4 },
      { kind: 'item', n: 2 },
      { kind: 'point', n: 2 },
    ]);
    expect(parseClauseId('annex1-g3')).toEqual([
      { kind: 'annex', n: 1 },
      { kind: 'group', n: 3 },
    ]);
    expect(parseClauseId('annex1-row12')).toEqual([
      { kind: 'annex', n: 1 },
      { kind: 'row', n: 12 },
    ]);
    expect(parseClauseId('annex1-c2')).toEqual([
      { kind: 'annex', n: 1 },
      { kind: 'item', n: 2 },
    ]);
  });

  it('reads numbers of several digits in every kind of segment', () => {
    expect(parseClauseId('p12')).toEqual([{ kind: 'paragraph', n: 12 }]);
    expect(parseClauseId('a21')).toEqual([{ kind: 'article', n: 21 }]);
    expect(parseClauseId('c18')).toEqual([{ kind: 'item', n: 18 }]);
    expect(parseClauseId('i12')).toEqual([{ kind: 'point', n: 12 }]);
    expect(parseClauseId('annex10')).toEqual([{ kind: 'annex', n: 10 }]);
    expect(parseClauseId('g12')).toEqual([{ kind: 'group', n: 12 }]);
    expect(parseClauseId('s1-c3-i12-n10')?.map((s) => s.n)).toEqual([1, 3, 12, 10]);
    expect(parseClauseId('s3-c1-r11')?.at(-1)).toEqual({ kind: 'run', n: 11 });
    expect(parseClauseId('annex1-g10')?.at(-1)).toEqual({ kind: 'group', n: 10 });
    expect(parseClauseId('annex1-row38')?.at(-1)).toEqual({ kind: 'row', n: 38 });
    expect(parseClauseId('box10-12')?.at(-1)).toEqual({ kind: 'boxItem', n: 12 });
  });

  it('reads a bare number after a 专栏 as its item', () => {
    expect(parseClauseId('box3-2')).toEqual([
      { kind: 'box', n: 3 },
      { kind: 'boxItem', n: 2 },
    ]);
    expect(parseClauseId('box3-2-n1')).toEqual([
      { kind: 'box', n: 3 },
      { kind: 'boxItem', n: 2 },
      { kind: 'subpoint', n: 1 },
    ]);
  });

  it('lets a paragraph hold runs (第2段一是) and nothing else', () => {
    expect(parseClauseId('p2-r1')).toEqual([
      { kind: 'paragraph', n: 2 },
      { kind: 'run', n: 1 },
    ]);
    expect(parseClauseId('p2-c1')).toBeNull();
    expect(parseClauseId('p2-i1')).toBeNull();
  });

  it('rejects a zero number anywhere in the path', () => {
    expect(parseClauseId('s0')).toBeNull();
    expect(parseClauseId('p0')).toBeNull();
    expect(parseClauseId('s3-c0')).toBeNull();
    expect(parseClauseId('box3-0')).toBeNull();
    expect(parseClauseId('annex1-row0')).toBeNull();
  });

  it('rejects what does not follow the scheme', () => {
    for (const id of [
      '',
      '-',
      's',
      's3-',
      'S3',
      'x1',
      's3-x1',
      's3-s4',
      's3-a1',
      'r1',
      'n1',
      '3',
      's3-2',
      'annex1-2',
    ]) {
      expect(parseClauseId(id), id).toBeNull();
    }
    // Segments only valid first are not valid later, and vice versa.
    expect(parseClauseId('s3-box1')).toBeNull();
    expect(parseClauseId('s3-p1')).toBeNull();
    expect(parseClauseId('s3-annex1')).toBeNull();
    // A segment must be the whole part, not a prefix or suffix of it, in first place …
    for (const first of ['p1', 's3', 'a1', 'c1', 'i1', 'box1', 'annex1', 'g1', 'row1']) {
      expect(parseClauseId(`x${first}`), `x${first}`).toBeNull();
      expect(parseClauseId(`${first}x`), `${first}x`).toBeNull();
    }
    // … and after it.
    for (const next of ['c1', 'i1', 'n1', 'r1', 'g1', 'row1']) {
      expect(parseClauseId(`annex1-x${next}`), `annex1-x${next}`).toBeNull();
      expect(parseClauseId(`annex1-${next}x`), `annex1-${next}x`).toBeNull();
    }
    expect(parseClauseId('box3-2a')).toBeNull();
    expect(parseClauseId('box3-a2')).toBeNull();
  });
});

describe('kindOf', () => {
  it('is the kind of the last segment', () => {
    expect(kindOf('s3')).toBe('section');
    expect(kindOf('s3-c18')).toBe('item');
    expect(kindOf('s1-c3-i4')).toBe('point');
    expect(kindOf('s1-c3-i4-n2')).toBe('subpoint');
    expect(kindOf('s3-c1-r3')).toBe('run');
    expect(kindOf('box3-2')).toBe('boxItem');
    expect(kindOf('annex1-g3')).toBe('group');
    expect(kindOf('annex1-row3')).toBe('row');
    expect(kindOf('p7')).toBe('paragraph');
  });

  it('is the kind of the last of several segments', () => {
    expect(kindOf('annex1-c2')).toBe('item');
    expect(kindOf('a4-c2-i2')).toBe('point');
    expect(kindOf('p2-r1')).toBe('run');
    expect(kindOf('box3-2-n1')).toBe('subpoint');
  });

  it('is null for a malformed ID', () => {
    expect(kindOf('s3-q1')).toBeNull();
    expect(kindOf('s0')).toBeNull();
  });
});

describe('clauseLabel', () => {
  const suzhouAnnex = { annexNames: { 1: '附件' } };

  it('cites sections, items, points and subpoints of a nested text (苏州, 太仓, 高新区)', () => {
    expect(clauseLabel('s3')).toBe('三、');
    expect(clauseLabel('s10')).toBe('十、');
    expect(clauseLabel('s3-c1')).toBe('三、（一）');
    expect(clauseLabel('s3-c18')).toBe('三、（十八）');
    expect(clauseLabel('s1-c3-i4')).toBe('一、（三）第4项');
    expect(clauseLabel('s4-i1')).toBe('四、第1项');
    expect(clauseLabel('s1-c3-i4-n2')).toBe('一、（三）第4项（2）');
    expect(clauseLabel('s3-c1', { numbering: 'nested' })).toBe('三、（一）');
  });

  it('cites （n） of a text numbered through its sections as an article, without the section (无锡)', () => {
    const running = { numbering: 'running' } as const;
    expect(clauseLabel('s4-c18', running)).toBe('第（十八）条');
    expect(clauseLabel('s1-c3-i4', running)).toBe('第（三）条第4项');
    expect(clauseLabel('s2-c12-r2', running)).toBe('第（十二）条二是');
    expect(clauseLabel('s2-c30', running)).toBe('第（三十）条');
    // A section is still cited when it is the clause itself or its child is not an item.
    expect(clauseLabel('s4', running)).toBe('四、');
    expect(clauseLabel('s5-i1', running)).toBe('五、第1项');
  });

  it('cites articles and their items (第X条 texts)', () => {
    expect(clauseLabel('a3')).toBe('第三条');
    expect(clauseLabel('a12')).toBe('第十二条');
    expect(clauseLabel('a4-c2')).toBe('第四条（二）');
    expect(clauseLabel('a4-c2-i2')).toBe('第四条（二）第2项');
    expect(clauseLabel('a21-c1')).toBe('第二十一条（一）');
  });

  it('cites 一是/二是 runs by their own word', () => {
    expect(clauseLabel('s3-c1-r2')).toBe('三、（一）二是');
    expect(clauseLabel('s3-c7-r3')).toBe('三、（七）三是');
    expect(clauseLabel('s3-c1-r10')).toBe('三、（一）十是');
    expect(clauseLabel('p2-r1')).toBe('第2段一是');
    expect(clauseLabel('s2-r1')).toBe('二、一是');
  });

  it('cites unnumbered paragraphs by their position (第N段)', () => {
    expect(clauseLabel('p1')).toBe('第1段');
    expect(clauseLabel('p12')).toBe('第12段');
  });

  it('cites 专栏 and their items', () => {
    expect(clauseLabel('box3')).toBe('专栏3');
    expect(clauseLabel('box10-4')).toBe('专栏10第4项');
    expect(clauseLabel('box3-2-n1')).toBe('专栏3第2项（1）');
  });

  it('cites an annex as the text names it', () => {
    expect(clauseLabel('annex1')).toBe('附件1');
    expect(clauseLabel('annex2')).toBe('附件2');
    expect(clauseLabel('annex1', suzhouAnnex)).toBe('附件');
    expect(clauseLabel('annex2', suzhouAnnex)).toBe('附件2');
    expect(clauseLabel('annex1-c2', suzhouAnnex)).toBe('附件（二）');
  });

  it('cites a group of table rows by its name, else by its position', () => {
    const groupNames = { 'annex1-g3': '三、创新平台工程', g2: '实施产业载体能级跃升计划' };
    expect(clauseLabel('annex1-g3', { ...suzhouAnnex, groupNames })).toBe('附件“三、创新平台工程”');
    expect(clauseLabel('g2', { groupNames })).toBe('“实施产业载体能级跃升计划”');
    // The name is looked up by the group's full ID: g3 of the document is not annex1-g3.
    expect(clauseLabel('g3', { groupNames })).toBe('第3组');
    expect(clauseLabel('annex1-g2', { ...suzhouAnnex, groupNames })).toBe('附件第2组');
    expect(clauseLabel('annex1-g4')).toBe('附件1第4组');
  });

  it('cites a table row by the number the document prints', () => {
    // 序号 column (昆山, 高新区).
    expect(clauseLabel('row2', { rowHasSerial: true })).toBe('序号2');
    expect(clauseLabel('annex1-row12', { ...suzhouAnnex, rowHasSerial: true })).toBe('附件序号12');
    // Numbered inside its group (苏州 任务分工表: 三、创新平台工程 5.).
    expect(clauseLabel('annex1-row12', { ...suzhouAnnex, rowItem: { group: '三、创新平台工程', n: 5 } })).toBe(
      '附件“三、创新平台工程”第5项',
    );
    expect(clauseLabel('row4', { rowItem: { group: null, n: 4 } })).toBe('第4项');
    // No numbering of its own (太仓 指标表): its position among the data rows.
    expect(clauseLabel('annex1-row3', suzhouAnnex)).toBe('附件第3行');
    expect(clauseLabel('row7')).toBe('第7行');
    expect(clauseLabel('row7', { rowHasSerial: false })).toBe('第7行');
  });

  it('refuses an ID that is not one, naming it', () => {
    expect(() => clauseLabel('s3-c0')).toThrow('clauseLabel: "s3-c0" is not a clause ID (see docs/ids.md)');
    expect(() => clauseLabel('')).toThrow(/is not a clause ID/);
  });
});

describe('every published clause ID, against the table of kinds', () => {
  // Built inside the tests, not at collection time (CONTRIBUTING, "Mutation testing").
  const manifest = () =>
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/clause-ids.manifest.json'), 'utf8')) as Record<
      string,
      string[]
    >;

  it('format(parse(id)) gives the ID back, for every ID of the manifest', () => {
    const ids = Object.values(manifest()).flat();
    // The five texts' 424 clauses (docs/ids.md).
    expect(ids.length).toBeGreaterThanOrEqual(424);
    for (const id of ids) {
      const segments = parseClauseId(id);
      expect(segments, id).not.toBeNull();
      expect(formatClauseId(segments!), id).toBe(id);
    }
  });

  it('each ID is the importer’s clauseId of its parent, kind and number', () => {
    for (const ids of Object.values(manifest()))
      for (const id of ids) {
        const segments = parseClauseId(id)!;
        const last = segments[segments.length - 1]!;
        const parent = segments.length > 1 ? formatClauseId(segments.slice(0, -1)) : null;
        expect(clauseId(parent, last.kind, last.n), id).toBe(id);
      }
  });

  it('the label of every clause, typed as a reference with its policy named, finds that clause first', () => {
    const content = loadContent(resolve(import.meta.dirname, '../../..'));
    let checked = 0;
    for (const model of content.models) {
      const records = buildSearchRecords([model], content.regions);
      const refsOf = new Map(
        records.map((r) => [parseClauseLink(r.url)!.clause, new Set(String(r.meta.refs).split(' '))]),
      );
      for (const clause of model.clauses) {
        const where = `${model.id}#${clause.id} (${clause.label})`;
        expect(refsOf.has(clause.id), `${where} has a search record`).toBe(true);
        // As the search reads a reference after a document's name (plan.ts): a pure reference
        // first, then one under a heading.
        const reference =
          parseReference(clause.label, { designated: true }) ??
          parseReference(clause.label, { designated: true, headings: true });
        expect(reference, where).not.toBeNull();
        const words = reference!.keys.map(refWord);
        const found = [...refsOf].filter(([, refs]) => words.some((w) => refs.has(w))).map(([id]) => id);
        expect(found, where).toContain(clause.id);
        // Ranked first: the one clause whose label reads as typed (retrieve.ts, exactLabel).
        const exact = found.filter((id) => normalize(model.byId.get(id)!.label) === reference!.text);
        expect(exact, where).toEqual([clause.id]);
        checked++;
      }
    }
    // Every clause of the manifest, row groups included (a group's record holds its name).
    expect(checked).toBe(Object.values(manifest()).flat().length);
  });
});
