import { describe, expect, it } from 'vitest';
import { lineAlign, type MastheadMeta } from './masthead.ts';

const suzhou: MastheadMeta = {
  title: '苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）',
  docNumber: '苏委办发〔2021〕14号',
  issuers: ['中共苏州市委办公室', '苏州市人民政府办公室'],
};
const wuxi: MastheadMeta = {
  title: '市政府关于加快推动生物医药产业高质量发展的若干政策意见',
  docNumber: null,
  issuers: ['无锡市人民政府'],
};
const p = (text: string) => ({ kind: 'paragraph', text });

describe('lineAlign: the 红头 of 苏州市’s notice', () => {
  it('sets the 文件 line and the 文号 apart', () => {
    expect(lineAlign(p('中共苏州市委办公室文件'), suzhou)).toBe('masthead');
    expect(lineAlign(p('苏委办发〔2021〕14号'), suzhou)).toBe('masthead');
    // A 文号 the metadata does not state is still recognised by its shape.
    expect(lineAlign(p('锡政发〔2023〕12号'), wuxi)).toBe('masthead');
  });
  it('centres the notice title and the plan title, also when the text breaks it with a space', () => {
    expect(
      lineAlign(
        p('市委办公室 市政府办公室 关于印发《苏州市生物医药及健康产业强链补链 三年行动计划（2021—2023）》的通知'),
        suzhou,
      ),
    ).toBe('title');
    expect(lineAlign(p('苏州市生物医药及健康产业强链补链 三年行动计划（2021—2023）'), suzhou)).toBe('title');
  });
  it('sets the signatures and the date to the end', () => {
    expect(lineAlign(p('中共苏州市委办公室'), suzhou)).toBe('signature');
    expect(lineAlign(p('苏州市人民政府办公室'), suzhou)).toBe('signature');
    expect(lineAlign(p('2021年4月17日'), suzhou)).toBe('signature');
    expect(lineAlign(p('二〇二一年四月十七日'), suzhou)).toBe('signature');
  });
  it('leaves addressees, （此件公开发布） and every sentence as they are', () => {
    expect(
      lineAlign(
        p('各县级市（区）党委和人民政府，苏州工业园区、苏州高新区、太仓港口党工委和管委会；市各有关部门和单位：'),
        suzhou,
      ),
    ).toBeNull();
    expect(lineAlign(p('（此件公开发布）'), suzhou)).toBeNull();
    expect(lineAlign(p('本行动计划自发布之日起实施。'), suzhou)).toBeNull();
    expect(lineAlign(p('附件'), suzhou)).toBeNull();
  });
});

describe('lineAlign: 无锡市’s title broken over two lines', () => {
  it('centres both halves and sets the signature to the end', () => {
    expect(lineAlign(p('市政府关于加快推动生物医药产业'), wuxi)).toBe('title');
    expect(lineAlign(p('高质量发展的若干政策意见'), wuxi)).toBe('title');
    expect(lineAlign(p('无锡市人民政府'), wuxi)).toBe('signature');
  });
  it('never centres a numbered clause, nor a line of two or three characters the title happens to contain', () => {
    expect(lineAlign({ kind: 'section', text: '一、提升技术研发创新水平' }, wuxi)).toBeNull();
    expect(lineAlign(p('意见'), wuxi)).toBeNull();
  });
});
