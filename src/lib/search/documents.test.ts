import { describe, expect, it } from 'vitest';
import { documentsNamed, numberKey, type DocumentInfo } from './documents.ts';

const docs: DocumentInfo[] = [
  {
    id: 'sz',
    title: '苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）',
    shortTitle: '苏州市强链补链三年行动计划',
    regions: ['suzhou'],
    kind: '行动计划',
    number: '苏委办发〔2021〕14号',
  },
  {
    id: 'tc',
    title: '太仓市生物医药产业集群发展计划',
    shortTitle: '太仓集群计划',
    regions: ['taicang'],
    kind: '行动计划',
  },
];

describe('documentsNamed by 文号 (issue 17)', () => {
  it('names the document whose 文号 is typed, in any brackets or none', () => {
    for (const typed of [
      '苏委办发〔2021〕14号',
      '苏委办发[2021]14号',
      '苏委办发（2021）14号',
      '苏委办发【2021】14号',
      '苏委办发 2021 14号',
    ])
      expect(documentsNamed(typed, docs, [])?.ids, typed).toEqual(['sz']);
    expect(documentsNamed('苏委办发〔2021〕15号', docs, [])).toBeNull();
  });

  it('keys a 文号 by its characters alone', () => {
    expect(numberKey('苏委办发〔2021〕14号')).toBe(numberKey('苏委办发(2021)14号'));
    expect(numberKey('苏委办发〔2021〕14号')).not.toBe(numberKey('苏委办发〔2021〕4号'));
  });
});
