import { describe, expect, it } from 'vitest';
import {
  clauseRefKeys,
  lastClauses,
  membersWord,
  parentRefKey,
  parseReference,
  refWord,
  runningPoints,
} from './reference.ts';

const keys = (q: string) => parseReference(q)?.keys ?? null;

describe('parseReference', () => {
  it('reads articles and running items in every writing', () => {
    for (const q of ['第（十二）条', '第十二条', '十二条', '第(十二)条', '第12条', '第（１２）条'])
      expect(keys(q), q).toEqual(['t12']);
  });

  it('reads items, points, subpoints and runs', () => {
    expect(keys('（三）')).toEqual(['c3']);
    expect(keys('(十八)')).toEqual(['c18']);
    expect(keys('（３）')).toEqual(['c3']);
    // 条 names a running article, or the item of a document numbering its items （一）（二）.
    expect(keys('第（三）条第1项')).toEqual(['t3i1', 'c3i1']);
    expect(keys('第三条第一项')).toEqual(['t3i1', 'c3i1']);
    expect(keys('（三）1.')).toEqual(['c3i1']);
    expect(keys('（三）1.（2）')).toEqual(['c3i1n2']);
    expect(keys('三、（一）二是')).toEqual(['s3c1r2']);
    expect(keys('三、（一）第1项一是')).toEqual(['s3c1i1r1']);
    expect(keys('四、第1项')).toEqual(['s4i1']);
    expect(keys('三、')).toEqual(['s3']);
  });

  it('reads boxes, annexes, rows and paragraphs', () => {
    expect(keys('专栏3')).toEqual(['b3']);
    expect(keys('专栏 4')).toEqual(['b4']);
    expect(keys('专栏3第2项')).toEqual(['b3i2']);
    expect(keys('专栏十第6项')).toEqual(['b10i6']);
    expect(keys('序号13')).toEqual(['w13']);
    expect(keys('附件第12行')).toEqual(['x1l12', 'x1w12']);
    expect(keys('附件1第3行')).toEqual(['x1l3', 'x1w3']);
    expect(keys('附件2序号5')).toEqual(['x2w5']);
    expect(keys('附件 三、创新平台工程 第5项')).toEqual(['x1g3i5']);
    expect(keys('附件三')).toEqual(['x3']);
    expect(keys('第5段')).toEqual(['p5']);
  });

  it('reads (n) as a subpoint only right after a point, else as an item', () => {
    expect(keys('三、（一）第1项（2）')).toEqual(['s3c1i1n2']);
    expect(keys('三、（2）')).toEqual(['s3c2']);
  });

  it('reads N、 as a group inside an annex and as a section elsewhere', () => {
    expect(keys('附件1三、')).toEqual(['x1g3']);
    expect(keys('专栏3三、')).toEqual(['b3s3']);
  });

  it('skips a group’s name up to the end, but nothing that is not Han text', () => {
    expect(keys('附件 三、创新平台工程')).toEqual(['x1g3']);
    expect(keys('附件 三、ABC')).toBeNull();
    expect(keys('附件 三、AB工程')).toBeNull();
  });

  it('reads a section numeral without its 、 before an item (二（四）1), and skips a title after the number once a document is named (issue 17)', () => {
    expect(keys('二（四）1')).toEqual(['s2c4i1']);
    expect(keys('三(一)')).toEqual(['s3c1']);
    const designated = (q: string) => parseReference(q, { designated: true })?.keys ?? null;
    expect(designated('二（二）补齐短板')).toEqual(['s2c2']);
    expect(designated('第十二条支持MAH')?.[0]).toBe('t12');
    // Without a document named, text after a number is text (三条主线).
    expect(keys('二（二）补齐短板')).toBeNull();
  });

  it('reads the words readers use for parts and points (第三章, 第5点, 第5款) and a bare numeral after a document (issue 17)', () => {
    // 条 at the end of a part's reference may name its item or its point (第四部分第2条 → 2.).
    expect(keys('第三章第2条')).toEqual(['s3t2', 's3c2', 's3i2']);
    expect(keys('第二部分第三条')).toEqual(['s2t3', 's2c3', 's2i3']);
    const designated = (q: string) => parseReference(q, { designated: true })?.keys ?? null;
    expect(designated('第十二点')?.[0]).toBe('i12');
    expect(designated('第5款')?.[0]).toBe('i5');
    expect(designated('十二')).toContain('c12');
    expect(designated('十二')).toContain('t12');
    // Without a document named, a bare numeral is text.
    expect(keys('十二')).toBeNull();
  });

  it('reads a box’s item however readers count it, a point’s Nth point as its run, the Nth 工程 as an item (issue 17)', () => {
    for (const q of ['专栏9第2条', '专栏九第2项', '专栏9-2', '专栏9.2', '专栏九第二条'])
      expect(keys(q)?.[0], q).toBe('b9i2');
    const designated = (q: string) => parseReference(q, { designated: true })?.keys ?? null;
    expect(designated('第11项第三点')?.[0]).toBe('i11r3');
    expect(designated('第11项第三款')?.[0]).toBe('i11r3');
    expect(keys('第三部分第八个工程')?.[0]).toBe('s3c8');
    // A dash elsewhere is no reference part.
    expect(keys('第三部分-2')).toBeNull();
    // 条 outside a box stays an article.
    expect(keys('第三部分第二条')).toEqual(['s3t2', 's3c2', 's3i2']);
  });

  it('reads a part after the title readers copy with its number (（八）金融助力工程 四是, 二、主攻方向 1．) (issue 17)', () => {
    const designated = (q: string) => parseReference(q, { designated: true })?.keys ?? null;
    expect(designated('（八）金融助力工程 四是')).toEqual(['c8r4']);
    expect(designated('二、主攻方向 1．')).toEqual(['s2i1']);
    expect(designated('11．金融资本支撑 三是')).toEqual(['i11r3']);
    expect(designated('（五）创新生态打造行动 4.')).toEqual(['c5i4']);
    // A bare point number before a run or a subpoint: 三、（一）2 四是.
    expect(keys('三、（一）2 四是')).toEqual(['s3c1i2r4']);
    // The title alone after the number still names the clause; without a document named, it is text.
    expect(designated('（八）金融助力工程')?.[0]).toBe('c8');
    expect(keys('（八）金融助力工程 四是')).toBeNull();
  });

  it('reads a space between two numbers as the dash it stands for (专栏9 2.)', () => {
    expect(keys('专栏9 2.')).toEqual(['b9i2']);
    expect(keys('专栏9-2.')).toEqual(['b9i2']);
  });

  it('rejects a number that is no number (十十, 百百)', () => {
    for (const q of ['第十十条', '第百百条', '（十百）', '专栏十十']) expect(keys(q), q).toBeNull();
  });

  it('keeps the typed reference, normalised, to compare with labels', () => {
    expect(parseReference('第（十二）条')).toEqual({ keys: ['t12'], text: '第(十二)条' });
  });

  it('is not fooled by text', () => {
    for (const q of [
      '临床试验',
      '一是',
      '1.',
      '第1项',
      '三条主线',
      '十大工程',
      '',
      '第十二条 MAH',
      '专栏',
      '序号',
      '附件 三、创新平台工程 第五项目',
    ])
      expect(keys(q), q).toBeNull();
  });
});

describe('clauseRefKeys', () => {
  it('gives every clause the keys a reader can type for it', () => {
    expect(clauseRefKeys({ id: 's3-c12', numbering: 'running' })).toEqual(['s3t12', 's3c12', 't12', 'c12']);
    expect(clauseRefKeys({ id: 's2-c3', numbering: 'nested' })).toEqual(['s2c3', 'c3']);
    expect(clauseRefKeys({ id: 's1-c3-i1', numbering: 'running' })).toEqual(['s1t3i1', 's1c3i1', 't3i1', 'c3i1']);
    expect(clauseRefKeys({ id: 's3-c1-r2', numbering: 'nested' })).toEqual(['s3c1r2', 'c1r2']);
    expect(clauseRefKeys({ id: 'a4-c2-i2', numbering: 'nested' })).toEqual(['t4c2i2']);
    expect(clauseRefKeys({ id: 'box3-2', numbering: 'nested' })).toEqual(['b3i2']);
    expect(clauseRefKeys({ id: 'p5', numbering: 'nested' })).toEqual(['p5']);
    // A point is also cited from its own number on (第5项一是), without its section and item.
    expect(clauseRefKeys({ id: 's3-c2-i5-r1', numbering: 'nested' })).toEqual(['s3c2i5r1', 'c2i5r1', 'i5r1']);
    expect(clauseRefKeys({ id: 's4', numbering: 'nested' })).toEqual(['s4']);
  });

  it('names table rows by 序号, position and place in their group', () => {
    expect(clauseRefKeys({ id: 'row13', numbering: 'nested', serial: true, group: { id: 'g4', position: 1 } })).toEqual(
      ['w13', 'g4i1'],
    );
    expect(clauseRefKeys({ id: 'annex1-row12', numbering: 'nested', group: { id: 'annex1-g3', position: 5 } })).toEqual(
      ['x1l12', 'l12', 'x1g3i5'],
    );
    expect(clauseRefKeys({ id: 'annex1-row13', numbering: 'nested', serial: true })).toEqual(['x1w13', 'w13']);
  });

  it('gives nothing for an ID outside the scheme', () => {
    expect(clauseRefKeys({ id: 'bogus', numbering: 'nested' })).toEqual([]);
  });

  it('matches what readers type to the clauses that carry it', () => {
    const carries = (q: string, id: string, numbering: 'nested' | 'running', extra = {}) =>
      parseReference(q)!.keys.some((k) => clauseRefKeys({ id, numbering, ...extra }).includes(k));
    expect(carries('第（十二）条', 's3-c12', 'running')).toBe(true);
    expect(carries('第（十二）条', 's3-c12', 'nested')).toBe(false);
    expect(carries('（十二）', 's3-c12', 'nested')).toBe(true);
    expect(carries('附件第12行', 'annex1-row12', 'nested', { serial: true })).toBe(true);
    expect(carries('序号12', 'annex1-row12', 'nested')).toBe(false);
  });

  it('reads a run’s ordinal after a heading as the run under it (技术攻坚工程 三是), not as a heading (issue 17)', () => {
    const heads = { headings: ['技术攻坚工程'] };
    for (const q of ['技术攻坚工程三是', '技术攻坚三是', '技术攻坚工程的三是'])
      expect(
        parseReference(q, { headings: true, designated: true })!.keys.some((k) =>
          clauseRefKeys({ id: 's3-c2-r3', numbering: 'nested', ...heads }).includes(k),
        ),
        q,
      ).toBe(true);
    expect(
      parseReference('技术攻坚工程二是', { headings: true, designated: true })!.keys.some((k) =>
        clauseRefKeys({ id: 's3-c2-r3', numbering: 'nested', ...heads }).includes(k),
      ),
    ).toBe(false);
  });

  it('names a heading without the verb it begins with, as readers cite it (卓越产业人才汇聚计划)', () => {
    const heads = { ownHeadings: ['实施卓越产业人才汇聚计划'] };
    const names = (q: string) =>
      parseReference(q, { headings: true, designated: true })?.keys.some((k) =>
        clauseRefKeys({ id: 'g4', numbering: 'nested', ...heads }).includes(k),
      ) ?? false;
    for (const q of ['实施卓越产业人才汇聚计划', '卓越产业人才汇聚计划', '卓越产业人才汇聚'])
      expect(names(q), q).toBe(true);
    // Only before four characters or more: 实施 of a short name stays (强化服务 is not 服务).
    expect(names('人才汇聚计划')).toBe(false);
    const short = { ownHeadings: ['强化服务'] };
    expect(
      parseReference('服务', { headings: true, designated: true })?.keys.some((k) =>
        clauseRefKeys({ id: 'g1', numbering: 'nested', ...short }).includes(k),
      ) ?? false,
    ).toBe(false);
  });

  it('reads a part by its heading and 部分, and a step written with its word after a heading (保障措施第三条)', () => {
    const names = (q: string, info: Parameters<typeof clauseRefKeys>[0]) =>
      parseReference(q, { headings: true, designated: true })?.keys.some((k) => clauseRefKeys(info).includes(k)) ??
      false;
    const part = { id: 's5', numbering: 'running' as const, ownHeadings: ['五、优化产业生态环境'] };
    expect(names('优化产业生态环境部分', part)).toBe(true);
    const under = { id: 's3-c3', numbering: 'nested' as const, headings: ['三、保障措施'] };
    for (const q of ['保障措施第三条', '保障措施（三）']) expect(names(q, under), q).toBe(true);
    expect(names('保障措施第二条', under)).toBe(false);
  });

  it('writes a key as a word no text or query makes', () => {
    expect(refWord('t12')).toBe('__t12_');
  });
});

describe('points numbered across a section (issue 17)', () => {
  it('finds the sections whose items number their points on from each other', () => {
    const ids = ['s2-i1', 's2-i2', 's3-c1-i1', 's3-c1-i2', 's3-c2-i3', 's3-c2-i4', 's4-c1-i1', 's4-c2-i1'];
    // 三、: 1–2 under （一）, 3–4 under （二）. 二、's points stand under the section; 四、 restarts.
    expect([...runningPoints(ids)]).toEqual(['s3-c1-i1', 's3-c1-i2', 's3-c2-i3', 's3-c2-i4']);
    expect(runningPoints(['s3-c1-i1', 's3-c1-i2']).size).toBe(0);
  });

  it('keys such a point by its number alone and as an article (第5项, 第11条); others not', () => {
    const running = clauseRefKeys({ id: 's3-c3-i11', numbering: 'nested', runningPoint: true });
    expect(running).toEqual(expect.arrayContaining(['i11', 't11']));
    const plain = clauseRefKeys({ id: 's3-c3-i11', numbering: 'nested' });
    expect(plain).not.toContain('i11');
    expect(plain).not.toContain('t11');
    // A run under such a point keeps its own keys (第11项一是), not the point's.
    expect(clauseRefKeys({ id: 's3-c3-i11-r2', numbering: 'nested', runningPoint: true })).not.toContain('t11');
  });
});

describe('a bracketed number before 项 (issue 17)', () => {
  it('reads 第（五）项 as the item （五）, as the texts number it', () => {
    expect(parseReference('第(五)项')?.keys[0]).toBe('c5');
    expect(parseReference('第(五)项', { designated: true })?.keys[0]).toBe('c5');
    // Without brackets, 第5项 stays a point.
    expect(parseReference('第5项', { designated: true })?.keys[0]).toBe('i5');
  });
});

describe('the last of a kind and an annex’s numbers (issue 17, stop 24)', () => {
  // A document as the texts number one: paragraphs, sections with items and points, boxes, an annex table.
  const ids = [
    'p1',
    's1',
    's1-c1',
    's1-c2',
    's2',
    's2-c1',
    's2-c1-i1',
    's2-c1-i2',
    's2-c2',
    'box1',
    'box1-1',
    'box1-2',
    'box2',
    'box2-1',
    'box2-2',
    'box2-3',
    'p2',
    'p3',
    'annex1',
    'annex1-g1',
    'annex1-row1',
    'annex1-row2',
    'annex1-g2',
    'annex1-row3',
  ];
  const lasts = lastClauses(ids);

  it('finds the last clause of each kind under each parent, and which of them are the document’s last', () => {
    expect(lasts.get('p3')).toBe('document');
    expect(lasts.get('s2')).toBe('document');
    expect(lasts.get('s2-c2')).toBe('document');
    // The last item of the first section is the last of its siblings only.
    expect(lasts.get('s1-c2')).toBe('sibling');
    expect(lasts.get('s2-c1-i2')).toBe('sibling');
    expect(lasts.get('box1-2')).toBe('sibling');
    expect(lasts.get('box2-3')).toBe('document');
    expect(lasts.get('annex1-row3')).toBe('document');
    for (const id of ['p1', 'p2', 's1', 's1-c1', 's2-c1', 'box1-1', 'annex1-row2'])
      expect(lasts.has(id), id).toBe(false);
  });

  const info = (id: string, numbering: 'nested' | 'running' = 'nested', extra = {}) => ({
    id,
    numbering,
    ...(lasts.has(id) ? { last: lasts.get(id)! } : {}),
    ...extra,
  });
  const names = (q: string, clause: Parameters<typeof clauseRefKeys>[0], designated = true) =>
    parseReference(q, { designated, headings: true })?.keys.some((k) => clauseRefKeys(clause).includes(k)) ?? false;

  it('reads 最后一条, 末段, 最后一项 and 最后一个专栏 as the last of their kind, in a document named before them', () => {
    for (const q of ['最后一条', '最后1条', '最末一条', '末条', '倒数第一条']) {
      expect(names(q, info('s2-c2', 'running')), q).toBe(true);
      expect(names(q, info('s1-c2', 'running')), q).toBe(false);
    }
    for (const q of ['最后一段', '末段', '最后一个段落'.replace('个段落', '段')]) {
      expect(names(q, info('p3')), q).toBe(true);
      expect(names(q, info('p2')), q).toBe(false);
    }
    expect(names('最后一部分', info('s2'))).toBe(true);
    expect(names('最后一部分', info('s1'))).toBe(false);
    expect(names('专栏1最后一项', info('box1-2'))).toBe(true);
    expect(names('专栏1最后一项', info('box2-3'))).toBe(false);
    expect(names('专栏2最后一条', info('box2-3'))).toBe(true);
    expect(names('最后一个专栏', info('box2'))).toBe(true);
    expect(names('最后一个专栏', info('box1'))).toBe(false);
    // A table's last row, of the annex and of a group named by its number.
    expect(names('附件最后一行', info('annex1-row3', 'nested', { serial: true }))).toBe(true);
    expect(names('附件最后一项', info('annex1-row3', 'nested', { serial: true }))).toBe(true);
    const grouped = (id: string, position: number, lastInGroup: boolean) =>
      info(id, 'nested', { serial: true, group: { id: 'annex1-g1', position }, lastInGroup });
    expect(names('附件一、最后一项', grouped('annex1-row2', 2, true))).toBe(true);
    expect(names('附件一、最后一项', grouped('annex1-row1', 1, false))).toBe(false);
  });

  it('does not read 最后 before other words as a reference (最后一公里)', () => {
    expect(parseReference('最后一公里', { designated: true })).toBeNull();
    expect(parseReference('最后')).toBeNull();
  });

  it('reads an annex followed by a number as its table’s row, by 序号 or by position (附件第32项)', () => {
    for (const q of ['附件第32项', '附件第32条', '附件第三十二项', '附件 第32项']) {
      expect(names(q, { id: 'annex1-row32', numbering: 'nested', serial: true }, false), q).toBe(true);
      expect(names(q, { id: 'annex1-row32', numbering: 'nested' }, false), q).toBe(true);
      expect(names(q, { id: 'annex1-row31', numbering: 'nested', serial: true }, false), q).toBe(false);
    }
    // A second annex is its own table.
    expect(names('附件2第3项', { id: 'annex1-row3', numbering: 'nested', serial: true }, false)).toBe(false);
  });
});

describe('parentRefKey', () => {
  it('names the clause a clause is numbered under by the key its record carries for its whole path', () => {
    expect(parentRefKey('s3-c2-i5')).toBe('s3c2');
    expect(parentRefKey('box3-2')).toBe('b3');
    expect(parentRefKey('annex1-row32')).toBe('x1');
    expect(parentRefKey('s3-c12')).toBe('s3');
    // The parent's key is one its own record carries, whatever the document's numbering.
    for (const numbering of ['nested', 'running'] as const)
      expect(clauseRefKeys({ id: 's3-c12', numbering })).toContain(parentRefKey('s3-c12-i1'));
    expect(parentRefKey('p5')).toBeNull();
    expect(parentRefKey('s4')).toBeNull();
  });
});

describe('membersWord', () => {
  it('starts the words of a group’s rows or a box’s items, as their records carry them', () => {
    expect(membersWord('g5')).toBe('__g5i');
    expect(membersWord('annex1-g3')).toBe('__x1g3i');
    expect(membersWord('box3')).toBe('__b3i');
    // A row's key in its group begins with it; another group's does not.
    const row = clauseRefKeys({ id: 'row16', numbering: 'nested', serial: true, group: { id: 'g5', position: 1 } });
    expect(row.some((k) => refWord(k).startsWith(membersWord('g5')!))).toBe(true);
    expect(row.some((k) => refWord(k).startsWith(membersWord('g4')!))).toBe(false);
    for (const id of ['s3', 's3-c2', 'annex1-row3', 'p1']) expect(membersWord(id), id).toBeNull();
  });
});
