import { describe, expect, it } from 'vitest';
import { onDisk } from '../finder/testing.ts';
import { factQuestion, statedFacts, type Fact } from './doc-facts.ts';

describe('factQuestion', () => {
  it('reads the fact asked and leaves what names the document', () => {
    expect(factQuestion('无锡政策什么时候失效')).toEqual({ fact: 'validity', rest: '无锡政策' });
    expect(factQuestion('苏州行动计划的发文字号是多少？')).toEqual({ fact: 'number', rest: '苏州行动计划' });
    expect(factQuestion('高新区政策哪年发布的')).toEqual({ fact: 'date', rest: '高新区政策' });
    expect(factQuestion('太仓文件谁发布的')).toEqual({ fact: 'issuer', rest: '太仓文件' });
    // Time words relative to today are not part of a document's name.
    expect(factQuestion('无锡的意见现在还能申请吗')).toEqual({ fact: 'validity', rest: '无锡意见' });
    expect(factQuestion('这个太仓行动计划目前还有效吗')).toEqual({ fact: 'validity', rest: '太仓行动计划' });
    // Who leads the work is not who issued the text.
    expect(factQuestion('苏州行动计划谁牵头')).toEqual({ fact: 'lead', rest: '苏州行动计划' });
    expect(factQuestion('高新区行动计划 牵头部门')?.fact).toBe('lead');
    expect(factQuestion('高新区三年行动计划 执行期限')).toEqual({ fact: 'validity', rest: '高新区三年行动计划' });
    expect(factQuestion('无锡若干政策意见哪天印发的')).toEqual({ fact: 'date', rest: '无锡若干政策意见' });
    expect(factQuestion('临床试验 资助')).toBeNull();
  });
});

describe('statedFacts on the published texts', () => {
  const { models } = onDisk();
  const stating = (policy: string, fact: Fact) => {
    const m = models.find((x) => x.id === policy)!;
    return m.clauses.filter((c) => c.ownText && statedFacts(c.ownText, m.data).includes(fact)).map((c) => c.id);
  };
  it('finds the clause that states each fact the metadata records, and none where the text is silent', () => {
    expect(stating('suzhou-biomed-chain-2021-2023', 'number')).toEqual(['p2']);
    expect(stating('suzhou-biomed-chain-2021-2023', 'date')).toEqual(['p8']);
    expect(stating('suzhou-biomed-chain-2021-2023', 'validity')).toContain('p12');
    expect(stating('wuxi-biomed-policy-opinions', 'validity')).toEqual(['p5']);
    expect(stating('suzhou-snd-meddevice-biomed-2020-2022', 'date').length).toBeGreaterThan(0);
    // 太仓 states no validity, number or issuer; 昆山 no date.
    expect(stating('taicang-biomed-cluster-2025', 'validity')).toEqual([]);
    expect(stating('taicang-biomed-cluster-2025', 'number')).toEqual([]);
    expect(stating('kunshan-nucleic-acid-cluster-worklist', 'date')).toEqual([]);
  });

  it('reads a title line holding the period as stating it, and the clause setting up who leads as the lead', () => {
    // 三年行动计划（2020-2022年）: the title line of the high-tech zone's plan.
    expect(stating('suzhou-snd-meddevice-biomed-2020-2022', 'validity')).toContain('p8');
    // 成立太仓市生物医药产业创新集群工作领导小组.
    expect(stating('taicang-biomed-cluster-2025', 'lead')).toEqual(['s3-c1']);
    // The 分工表's rows name each task's 牵头单位: none of them is the document's lead.
    expect(stating('kunshan-nucleic-acid-cluster-worklist', 'lead')).toEqual([]);
  });
});
