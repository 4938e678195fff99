import { describe, expect, it } from 'vitest';
import { headline, shortName, type NamedClause } from './titles.ts';

const clause = (c: Partial<NamedClause>): NamedClause => ({
  kind: 'item',
  label: '',
  heading: null,
  text: '',
  ownText: '',
  ...c,
});

describe('headline', () => {
  it('does not repeat a number the heading already says (第（十二）条 （十二）…)', () => {
    const wuxi = clause({ label: '第（十二）条', heading: '（十二）支持上市许可持有人（MAH）发展' });
    expect(headline(wuxi)).toEqual({ label: null, title: '（十二）支持上市许可持有人（MAH）发展' });
    expect(headline(clause({ kind: 'section', label: '三、', heading: '三、开展十大工程' }))).toEqual({
      label: null,
      title: '三、开展十大工程',
    });
    expect(headline(clause({ kind: 'box', label: '专栏7', heading: '专栏7 创新人才培育三大模式' })).label).toBeNull();
    expect(headline(clause({ kind: 'annex', label: '附件', heading: '附件：任务分工表' })).label).toBeNull();
    expect(headline(clause({ kind: 'article', label: '第三条', heading: '第三条 支持创新药研发' })).label).toBeNull();
  });

  it('names a clause without a heading by its first sentence, which carries its number', () => {
    const point = clause({
      kind: 'point',
      label: '四、第1项',
      text: '1. 支持企业培育。对参加国家集中带量采购中标的企业…',
    });
    expect(headline(point)).toEqual({ label: null, title: '1. 支持企业培育' });
    const run = clause({ kind: 'run', label: '三、（七）二是', text: '二是加快集聚产业支撑人才。持续扩大…' });
    expect(headline(run)).toEqual({ label: null, title: '二是加快集聚产业支撑人才' });
    const sub = clause({ kind: 'subpoint', label: '一、（三）第4项（2）', text: '（2）无源医疗器械；其他' });
    expect(headline(sub)).toEqual({ label: null, title: '（2）无源医疗器械' });
  });

  it('keeps the label of a paragraph, whose text has no number', () => {
    const p = clause({ kind: 'paragraph', label: '第4段', text: '各县级市（区）党委和人民政府：\n正文' });
    expect(headline(p)).toEqual({ label: '第4段', title: '各县级市（区）党委和人民政府：' });
  });

  it('prefers the own text of a clause with children, and shortens long titles', () => {
    const c = clause({ label: '二、', ownText: '甲'.repeat(50), text: '乙' });
    expect(headline(c, 10)).toEqual({ label: '二、', title: `${'甲'.repeat(10)}…` });
    expect(headline(clause({ label: '二、', text: '乙乙。丙' }))).toEqual({ label: '二、', title: '乙乙' });
  });

  it('names a row by its task, after its label (序号2 加快创新药物研发, not 序号2 2)', () => {
    const row = clause({
      kind: 'row',
      label: '序号2',
      text: '2\n加快创新药物研发\n鼓励…',
      rowName: '加快创新药物研发',
    });
    expect(headline(row)).toEqual({ label: '序号2', title: '加快创新药物研发' });
    const suzhou = clause({ kind: 'row', label: '附件“三、创新平台工程”第5项', rowName: '加快市医药服务平台建设' });
    expect(shortName(suzhou)).toBe('附件“三、创新平台工程”第5项 加快市医药服务平台建设');
    expect(headline(clause({ kind: 'row', label: '第3行', text: '甲。乙' }))).toEqual({ label: '第3行', title: '甲' });
  });

  it('names a group by its label alone', () => {
    expect(headline(clause({ kind: 'group', label: '附件“三、创新平台工程”', text: '…' }))).toEqual({
      label: null,
      title: '附件“三、创新平台工程”',
    });
  });
});

describe('shortName', () => {
  it('is the label and the shortened title on one line', () => {
    expect(shortName(clause({ kind: 'section', label: '三、', heading: '三、开展十大工程' }))).toBe('三、开展十大工程');
    expect(
      shortName(clause({ kind: 'paragraph', label: '第2段', text: '一二三四五六七八九十一二三四五六七八九十' }), 5),
    ).toBe('第2段 一二三四五…');
  });
});
