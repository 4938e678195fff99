/**
 * Consistency of the eligibility data across a policy's subsidies, which zod cannot see one
 * entry at a time: references to other subsidies exist, shared caps are shared both ways and
 * are the same cap, tier conditions line up with the tiers, a rate has the base it applies to.
 * src/lib/content/validate.ts reports these with the other content problems (the build fails).
 */
import type { Subsidy } from '../../schemas/policy.ts';

export interface EligibilityProblem {
  /** Position of the subsidy in `subsidies`. */
  index: number;
  /** Path inside `eligibility`, e.g. ['sharedCapWith', 0]. */
  path: (string | number)[];
  message: string;
}

export function eligibilityProblems(
  subsidies: Pick<
    Subsidy,
    'id' | 'tiers' | 'ratePct' | 'annualCapWan' | 'maxAmountWan' | 'raiseByWan' | 'eligibility'
  >[],
): EligibilityProblem[] {
  const out: EligibilityProblem[] = [];
  const byId = new Map(subsidies.map((s) => [s.id, s]));
  subsidies.forEach((s, index) => {
    const e = s.eligibility;
    if (!e) return;
    const say = (path: (string | number)[], message: string) => out.push({ index, path, message });
    // The calculator counts a provision only for the applicants it pays (issue 18): a provision that
    // pays something must say whom, even where the clause leaves it to be read (beneficiariesInferred).
    const statesRuleOnly = e.stacking !== null && e.stacking.scope !== '本条款';
    if (!statesRuleOnly && !e.beneficiaries.length)
      say(
        ['beneficiaries'],
        'names no beneficiary — list the types the clause pays (企业, 医疗机构, 高校院所 …); where the clause names none, the types it is read as paying, with beneficiariesInferred: true',
      );
    if (e.beneficiariesInferred && !e.beneficiaries.length)
      say(['beneficiariesInferred'], 'is true but beneficiaries is empty — list the inferred types');
    if (e.tiers.length && e.tiers.length !== s.tiers.length)
      say(
        ['tiers'],
        `has ${e.tiers.length} entries but the subsidy has ${s.tiers.length} tiers — give one entry per tier, in the same order (empty {} for a tier chosen by assessment)`,
      );
    e.sharedCapWith.forEach((id, j) => {
      const other = byId.get(id);
      if (!other)
        say(
          ['sharedCapWith', j],
          `no subsidy "${id}" in this policy — use the ID of a subsidy that counts against the same annual cap`,
        );
      else if (id === s.id) say(['sharedCapWith', j], 'a subsidy cannot share a cap with itself');
      else {
        if (!other.eligibility?.sharedCapWith.includes(s.id))
          say(
            ['sharedCapWith', j],
            `"${id}" does not list "${s.id}" in its sharedCapWith — a shared cap is shared both ways`,
          );
        if (other.annualCapWan !== s.annualCapWan)
          say(
            ['sharedCapWith', j],
            `"${id}" has annualCapWan ${other.annualCapWan}, this one ${s.annualCapWan} — a shared cap is one figure`,
          );
      }
    });
    e.exclusiveWith.forEach((id, j) => {
      const other = byId.get(id);
      if (!other)
        say(
          ['exclusiveWith', j],
          `no subsidy "${id}" in this policy — use the ID of a subsidy this one is an alternative to`,
        );
      else if (id === s.id) say(['exclusiveWith', j], 'a subsidy cannot be an alternative to itself');
      else if (!other.eligibility?.exclusiveWith.includes(s.id))
        say(
          ['exclusiveWith', j],
          `"${id}" does not list "${s.id}" in its exclusiveWith — alternatives are alternatives both ways`,
        );
    });
    if (e.exclusiveWith.length && e.inference === null)
      say(['inference'], 'names alternatives (exclusiveWith) but no inference — say why only one can be received');
    if (e.basisPerStage && (e.basis === null || !e.tiers.some((t) => t.stages.length > 0)))
      say(
        ['basisPerStage'],
        'a basis per stage needs a basis and tiers that name stages — or set basisPerStage: false',
      );
    if (e.roles.length && e.basis !== '交易金额')
      say(
        ['roles'],
        'roles (委托方/受托方) belong to a provision computed on 交易金额 — set basis: 交易金额 or remove roles',
      );
    if (e.sharedCapWith.length && s.annualCapWan === null)
      say(['sharedCapWith'], 'names a shared cap but annualCapWan is null');
    if (e.raises !== null) {
      if (!byId.has(e.raises)) say(['raises'], `no subsidy "${e.raises}" in this policy`);
      if (s.raiseByWan === null)
        say(['raises'], 'names the subsidy it raises but raiseByWan is null — write the increase there');
    }
    if (s.ratePct !== null && e.basis === null)
      say(
        ['basis'],
        'the subsidy has a rate (ratePct) but no basis — name what the rate applies to (研发投入, 设备投资 …)',
      );
    if (s.tiers.some((t) => t.ratePct !== null) && e.basis === null)
      say(['basis'], 'a tier has a rate but no basis is named — name what the rate applies to');
    if (e.fixedAmount && s.maxAmountWan === null)
      say(['fixedAmount'], 'a fixed amount needs maxAmountWan (the amount)');
    if (e.stacking?.scope === '本市两级财政' && s.annualCapWan === null)
      say(['stacking'], 'a cap across the city and its districts needs annualCapWan (the cap)');
    const ranges = [
      ...e.thresholds.map((t, j) => [['thresholds', j], t] as const),
      ...e.tiers.flatMap((c, j) => c.thresholds.map((t, k) => [['tiers', j, 'thresholds', k], t] as const)),
    ];
    for (const [path, t] of ranges)
      if (t.minWan !== null && t.maxWan !== null && t.minWan > t.maxWan)
        say([...path], `minWan ${t.minWan} is above maxWan ${t.maxWan}`);
  });
  return out;
}
