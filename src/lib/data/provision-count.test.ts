import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStackingRule } from '../finder/match.ts';
import { policyStatus } from '../status.ts';
import { subsidyRecords } from './comparison-records.ts';
import { loadContent } from './load-content.ts';
import { countProvisions, countSentence } from './provision-count.ts';

const content = loadContent(resolve(import.meta.dirname, '../../..'));
const records = subsidyRecords(
  content.models.map((m) => ({
    ...m,
    status: policyStatus(m.data, '2026-11-23'),
    region: content.regions.find((r) => r.id === m.data.region)!,
  })),
  content.categories,
);
const count = countProvisions(records, (r) => isStackingRule(r.subsidy.eligibility));

describe('countProvisions', () => {
  it('adds up: what the calculator lists plus the combining rules is every provision', () => {
    expect(count.listed + count.rules).toBe(count.total);
    expect(count.total).toBe(content.models.reduce((n, m) => n + m.data.subsidies.length, 0));
    expect(count.withAmount).toBe(records.filter((r) => r.amountWan !== null).length);
  });
  it('the provisions the calculator leaves out are exactly those of 叠加与总额上限, so the stated reason holds', () => {
    // If the calculator starts leaving out anything else, /subsidies/ must say why: this fails first.
    const rules = records.filter((r) => isStackingRule(r.subsidy.eligibility));
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((r) => r.category.id))).toEqual(new Set(['overall-cap']));
    expect(records.filter((r) => r.category.id === 'overall-cap').length).toBe(rules.length);
    expect(count.ruleGroups).toEqual(['叠加与总额上限']);
  });
});

describe('countSentence', () => {
  it('gives both numbers and the reason they differ', () => {
    const text = countSentence({ total: 172, withAmount: 61, rules: 3, listed: 169, ruleGroups: ['叠加与总额上限'] });
    expect(text).toBe(
      '各地政策载明的扶持条款共 172 项（其中 61 项载明金额）。其中 3 项属“叠加与总额上限”，规定多项扶持如何叠加、封顶，本身不发放资金：政策计算器用它们计算上限而不单独列出，所以计算器列出的是其余 169 项。',
    );
  });
  it('says the numbers agree when no provision is a rule', () => {
    expect(countSentence({ total: 5, withAmount: 2, rules: 0, listed: 5, ruleGroups: [] })).toContain(
      '政策计算器列出同样的 5 项',
    );
  });
});
