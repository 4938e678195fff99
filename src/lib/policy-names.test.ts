import { describe, expect, it } from 'vitest';
import { bareRegion, citedTitle, issuerText, titleRegion } from './policy-names.ts';

describe('titleRegion and citedTitle', () => {
  it('put 无锡市 before 《市政府关于…》, which says 市政府 but not whose', () => {
    expect(titleRegion('市政府关于加快推动生物医药产业高质量发展的若干政策意见', '无锡市')).toBe('无锡市');
    expect(citedTitle('市政府关于加快推动生物医药产业高质量发展的若干政策意见', '无锡市')).toBe(
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》',
    );
  });
  it('add nothing to a title that names its region, a region’s alias in brackets aside', () => {
    expect(citedTitle('苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）', '苏州高新区（虎丘区）')).toBe(
      '《苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）》',
    );
    expect(titleRegion('太仓市推进生物医药产业创新集群发展2025行动计划', '太仓市')).toBe('');
    expect(bareRegion('苏州高新区(虎丘区)')).toBe('苏州高新区');
  });
});

describe('issuerText', () => {
  it('lists the stated issuers', () => {
    expect(issuerText(['中共苏州市委办公室', '苏州市人民政府办公室'], '苏州市')).toBe(
      '中共苏州市委办公室、苏州市人民政府办公室',
    );
  });
  it('falls back to the region, saying that the text names no issuer', () => {
    expect(issuerText([], '昆山市')).toBe('昆山市（发文机关未载明）');
    expect(issuerText([], '苏州高新区（虎丘区）')).toBe('苏州高新区（发文机关未载明）');
  });
});
