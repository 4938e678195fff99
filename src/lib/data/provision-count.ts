/**
 * How many support provisions /subsidies/ lists and how that number relates to /finder/'s. The
 * calculator leaves out the provisions that state a rule for combining support (叠加上限,
 * 就高不重复): they pay nothing themselves but cap what the others add up to. Both pages count
 * from the same data; this says why their numbers differ, instead of two unexplained totals.
 */

export interface CountedProvision {
  amountWan: number | null;
  category: { id: string; name: string };
}

export interface ProvisionCount {
  /** Every provision of every policy. */
  total: number;
  /** Those that name an amount. */
  withAmount: number;
  /** Rules for combining support (the calculator applies them as caps instead of listing them). */
  rules: number;
  /** What the calculator lists: total − rules. */
  listed: number;
  /** Comparison groups the rules belong to, by name, in first-seen order. */
  ruleGroups: string[];
}

export function countProvisions<T extends CountedProvision>(
  records: T[],
  isRule: (record: T) => boolean,
): ProvisionCount {
  const rules = records.filter(isRule);
  return {
    total: records.length,
    withAmount: records.filter((r) => r.amountWan !== null).length,
    rules: rules.length,
    listed: records.length - rules.length,
    ruleGroups: [...new Set(rules.map((r) => r.category.name))],
  };
}

/** The sentence under /subsidies/' title: the total, and why the calculator shows fewer. */
export function countSentence(c: ProvisionCount): string {
  const head = `各地政策载明的扶持条款共 ${c.total} 项（其中 ${c.withAmount} 项载明金额）。`;
  if (!c.rules) return `${head}政策计算器列出同样的 ${c.total} 项。`;
  return (
    `${head}其中 ${c.rules} 项属“${c.ruleGroups.join('”“')}”，规定多项扶持如何叠加、封顶，本身不发放资金：` +
    `政策计算器用它们计算上限而不单独列出，所以计算器列出的是其余 ${c.listed} 项。`
  );
}
