import { describe, expect, it } from 'vitest';
import { findRuns, matchBareAnnex, matchChapter, matchMarker, matchTitledAnnex, runMarkers } from './numbering.ts';

describe('matchMarker', () => {
  it.each([
    ['三、提升技术研发创新水平', 'section', 3, '三、'],
    ['（十八）培育生物医药创新产业集群。', 'item', 18, '（十八）'],
    ['(五) 审批提效工程', 'item', 5, '(五)'],
    ['（ 二 ）完善整链条', 'item', 2, '（ 二 ）'],
    ['1.创新药研发资助。', 'point', 1, '1.'],
    ['5．创新成果转化。', 'point', 5, '5．'],
    ['10. 政策先行先试。', 'point', 10, '10.'],
    ['100. 第一百项任务。', 'point', 100, '100.'],
    ['（120）第一百二十项。', 'subpoint', 120, '（120）'],
    ['（一百）加强组织领导。', 'item', 100, '（一百）'],
    ['一百零一、附则', 'section', 101, '一百零一、'],
    ['2、加强统筹', 'point', 2, '2、'],
    ['（1）有源医疗器械', 'subpoint', 1, '（1）'],
    ['(2)无源医疗器械', 'subpoint', 2, '(2)'],
    ['专栏 3 打造九大产业配套创新平台', 'box', 3, '专栏 3'],
    ['专栏1', 'box', 1, '专栏1'],
    ['第十二条 本办法自印发之日起施行。', 'article', 12, '第十二条'],
    ['**一、总体要求**', 'section', 1, '一、'],
  ])('%s', (line, kind, n, raw) => {
    expect(matchMarker(line)).toMatchObject({ kind, n, raw });
  });

  it('keeps the text after the marker', () => {
    expect(matchMarker('（一）强化前瞻研究布局。健全…')?.rest).toBe('强化前瞻研究布局。健全…');
  });

  it.each([
    ['2025年，太仓生物医药产业规模突破500亿元。'],
    ['3.5亿元的专项资金'],
    ['2020年：力争集聚医疗器械及生物医药企业400家'],
    ['一是加快争取产业化项目落地'],
    ['统一规划'],
    ['（责任单位：市科技局）'],
    ['“一核”：以苏州科技城为核心'],
    ['（0）'],
  ])('%s is not a marker', (line) => expect(matchMarker(line)).toBeNull());
});

describe('chapters and annexes', () => {
  it('reads a chapter heading, not a sentence opening with 第一章', () => {
    expect(matchChapter('第二章 支持措施')).toMatchObject({ n: 2, rest: '支持措施' });
    expect(matchChapter('第一节')).toMatchObject({ n: 1 });
    expect(matchChapter('第一章所列企业，按本办法第三条给予支持。')).toBeNull();
  });

  it('tells a bare annex label from a titled one', () => {
    expect(matchBareAnnex('附件')).toEqual({ n: 1, raw: '附件' });
    expect(matchBareAnnex(' 附件1')).toEqual({ n: 1, raw: '附件1' });
    expect(matchBareAnnex('附件 2')).toMatchObject({ n: 2 });
    expect(matchBareAnnex('附件：任务分工表')).toBeNull();
    expect(matchTitledAnnex('附件：苏州市生物医药及健康产业强链补链三年行动计划任务分工表')).toMatchObject({
      n: 1,
      title: '苏州市生物医药及健康产业强链补链三年行动计划任务分工表',
    });
    expect(matchTitledAnnex('附件2：主要指标')).toMatchObject({ n: 2, title: '主要指标' });
  });
});

describe('findRuns', () => {
  it('finds a sequence at the start and after punctuation', () => {
    const text = '一是加快争取产业化项目落地。对医疗器械产业化项目给予支持。二是加大培育力度；三是推动智能化改造。';
    const runs = findRuns(text);
    expect(runs.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(text.slice(runs[1]!.index, runs[1]!.index + 2)).toBe('二是');
  });

  it('counts 一是 only after punctuation: 统一是 is a word', () => {
    expect(findRuns('统一是指统一规划，二是指…')).toEqual([]);
    expect(findRuns('坚持统一是前提，一是加强领导，二是完善机制。').map((r) => r.n)).toEqual([1, 2]);
  });

  it('needs two members to start a sequence, but one may continue it', () => {
    expect(findRuns('推动集聚发展，一是优化产业空间布局。')).toEqual([]);
    expect(findRuns('三是深化产学研合作。', 3).map((r) => r.n)).toEqual([3]);
  });

  it('stops at a gap: 一是 … 三是 is no sequence', () => {
    expect(findRuns('一是加强领导。三是完善机制。')).toEqual([]);
    expect(findRuns('一是加强领导。二是完善机制。四是强化考核。').map((r) => r.n)).toEqual([1, 2]);
  });

  it('starts a run before its bold mark', () => {
    const text = '一是**加快关键领域核心技术攻关**。二是**推进**。';
    const runs = findRuns(text);
    expect(runs.map((r) => r.index)).toEqual([0, text.indexOf('二是')]);
    expect(findRuns('。**一是**加强；**二是**完善').map((r) => r.n)).toEqual([1, 2]);
  });

  it('runMarkers lists out-of-sequence markers too', () => {
    expect(runMarkers('一是加强领导。三是完善机制。').map((r) => r.n)).toEqual([1, 3]);
  });
});
