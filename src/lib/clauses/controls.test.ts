import { describe, expect, it } from 'vitest';
import { controlName, hasControl, labelFromControl } from './controls.ts';

describe('hasControl', () => {
  it('leaves masthead lines without a control', () => {
    for (const text of [
      '中共苏州市委办公室文件',
      '苏委办发〔2021〕14号',
      '2021年4月17日',
      '（此件公开发布）',
      '各县级市（区）党委和人民政府：',
      '第一章 总则',
    ])
      expect(hasControl({ kind: 'paragraph', text }), text).toBe(false);
  });

  it('gives a control to paragraphs that say something, and to every numbered clause', () => {
    expect(hasControl({ kind: 'paragraph', text: '本行动计划自发布之日起实施。' })).toBe(true);
    expect(hasControl({ kind: 'paragraph', text: '甲；乙' })).toBe(true);
    expect(hasControl({ kind: 'section', text: '三、开展十大工程' })).toBe(true);
    expect(hasControl({ kind: 'row', text: '2' })).toBe(true);
    expect(hasControl({ kind: 'run', text: '二是加快' })).toBe(true);
  });
});

describe('controlName', () => {
  it('round-trips the label', () => {
    expect(controlName('三、（七）二是')).toBe('三、（七）二是：链接与引用');
    expect(labelFromControl(controlName('附件“三、创新平台工程”第5项'))).toBe('附件“三、创新平台工程”第5项');
  });
});
