import { describe, expect, it } from 'vitest';
import { documentsNamed, numberCode, numberKey, type DocumentInfo } from './documents.ts';

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

  it('names the documents numbered with an issuing office’s code, alone or with its year (stop 24)', () => {
    for (const typed of ['苏委办发', '苏委办发〔2021〕', '苏委办发2021'])
      expect(documentsNamed(typed, docs, [])?.ids, typed).toEqual(['sz']);
    // Another year, a shorter code or a code no document has: not named so.
    for (const typed of ['苏委办发〔2022〕', '苏委', '锡政发'])
      expect(documentsNamed(typed, docs, []), typed).toBeNull();
    expect(numberCode('苏委办发〔2021〕14号')).toBe('苏委办发');
    expect(numberCode('〔2021〕14号')).toBeNull();
  });

  it('names a document by words of its title in order, with words of the title left out (issue 17)', () => {
    // A third of its character pairs are not in the title (酸产, 业集, 群重): its words are, in order.
    const ks: DocumentInfo = {
      id: 'ks',
      title: '昆山市小核酸及生物医药产业创新集群建设重点工作清单',
      shortTitle: '昆山市小核酸集群重点工作清单',
      regions: ['kunshan'],
      kind: '清单',
    };
    expect(documentsNamed('核酸产业集群重点工作', [...docs, ks], [])?.ids).toEqual(['ks']);
    // Pieces of one character (苏生医强补) or words the title does not hold: not its title.
    expect(documentsNamed('苏生医强补', [...docs, ks], [])).toBeNull();
    expect(documentsNamed('苏州健康产业五年规划', [...docs, ks], [])).toBeNull();
  });

  it('keys a 文号 by its characters alone', () => {
    expect(numberKey('苏委办发〔2021〕14号')).toBe(numberKey('苏委办发(2021)14号'));
    expect(numberKey('苏委办发〔2021〕14号')).not.toBe(numberKey('苏委办发〔2021〕4号'));
  });
});
