import { describe, expect, it } from 'vitest';
import { clauseLink, clausePagePath, parseClauseLink, policyPath } from './links.ts';

describe('links', () => {
  it('writes the three addresses of docs/ids.md', () => {
    expect(policyPath('wuxi-biomed-policy-opinions')).toBe('/policies/wuxi-biomed-policy-opinions/');
    expect(clauseLink('wuxi-biomed-policy-opinions', 's1-c3-i4')).toBe(
      '/policies/wuxi-biomed-policy-opinions/#s1-c3-i4',
    );
    expect(clausePagePath('wuxi-biomed-policy-opinions', 'annex1-row12')).toBe(
      '/policies/wuxi-biomed-policy-opinions/annex1-row12/',
    );
  });

  it('puts a query before the fragment, where the policy page reads it', () => {
    expect(clauseLink('wuxi', 's1', '?q=%E8%8D%AF')).toBe('/policies/wuxi/?q=%E8%8D%AF#s1');
  });

  it('reads a clause link back, with or without a query, and nothing else', () => {
    expect(parseClauseLink('/policies/wuxi/#s1-c3-i4')).toEqual({ policy: 'wuxi', clause: 's1-c3-i4' });
    expect(parseClauseLink('/policies/wuxi/?q=%E8%8D%AF#s1')).toEqual({ policy: 'wuxi', clause: 's1' });
    expect(parseClauseLink('/search/')).toBeNull();
    expect(parseClauseLink('/en/policies/wuxi/#s1')).toBeNull();
    expect(parseClauseLink('/policies/wuxi/s1/')).toBeNull();
  });

  it('round-trips any clause ID, even one that would need encoding', () => {
    for (const clause of ['s1', 'box3-2', 'annex1-row12', 'a b#c']) {
      expect(parseClauseLink(clauseLink('p', clause))).toEqual({ policy: 'p', clause });
      expect(parseClauseLink(clauseLink('p', clause, '?q=x'))).toEqual({ policy: 'p', clause });
    }
  });
});
