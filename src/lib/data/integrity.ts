/**
 * Checks the hand-typed targets and subsidies of a policy against its own text: every quote
 * is in the clause it cites, and every figure (amount, rate, cap, target, baseline) is written
 * in that quote as the data says — in the quote, not just somewhere in the clause, so a figure
 * taken from a neighbouring provision ("百亿企业 3 家以上、50 亿企业 4 家以上") is caught. For a
 * table row the figures are read from the row's cells, each in the column of its year. A figure
 * typed from the wrong sentence, converted wrongly between 万元 and 亿元, or cited to the wrong
 * clause shows up here with the field that is wrong.
 */
import type { PolicyData, Subsidy, Target } from '../../schemas/policy.ts';
import {
  amountAppears,
  figureInCells,
  findAmount,
  findRate,
  inOrder,
  normalizeText,
  rateAppears,
  valueAppears,
  type Figure,
} from '../amounts.ts';

/** What the checks need of a clause: its text and, for a table row, its cells and the table's header. */
export interface ClauseText {
  id: string;
  kind: string;
  text: string;
  cells: string[];
  tableHeader?: string[] | null;
}

/**
 * Whether a row writes `value` in the column headed by `year` (e.g. "2025年"). Rows inside a
 * group lack the merged first cell, so cells are aligned with the header from the right. Falls
 * back to any cell when no column is headed by the year.
 */
export function figureInColumn(row: ClauseText, year: number | null, value: Figure, unit: string): boolean {
  const header = row.tableHeader ?? [];
  const col = year === null ? -1 : header.findIndex((h) => normalizeText(h).includes(String(year)));
  if (col < 0) return figureInCells(row.cells, value, unit);
  const cell = row.cells[col - (header.length - row.cells.length)];
  return cell !== undefined && figureInCells([cell], value, unit);
}

/** Quotes are compared without whitespace: the printed texts break lines and space figures arbitrarily. */
export const squash = (s: string) => normalizeText(s);

/**
 * Whether the clause states the target's year: in its text (到2025年, 2020年：) or, for a row
 * of an indicator table, in a column heading (2025年). "三年内", "每年" and "力争5年内" state
 * none, so a year read from them is an inference and must be marked as one.
 */
export function yearStated(year: number, clause: Pick<ClauseText, 'text' | 'tableHeader'>): boolean {
  const y = String(year);
  return squash(clause.text).includes(y) || (clause.tableHeader ?? []).some((h) => squash(h).includes(y));
}

/**
 * Where one mention calls the figure an increase (新增 50人) while the primary clause gives a
 * level with a baseline (8 → 50人), the two disagree unless the baseline is zero: the increase
 * would be 42. Returns the clauses of the mentions that say so.
 */
export function incrementVersusLevel(t: Pick<Target, 'baselineValue' | 'targetValue' | 'alsoIn'>): string[] {
  if (t.baselineValue === null || t.baselineValue === 0) return [];
  return t.alsoIn.filter((m) => /新增/.test(m.quote)).map((m) => m.clause);
}

/** Problems with one policy's targets and subsidies, each naming the entry, the field and what is wrong. */
export function checkFigures(
  policyId: string,
  data: Pick<PolicyData, 'targets' | 'subsidies'>,
  clauses: Map<string, ClauseText>,
): string[] {
  const problems: string[] = [];
  const say = (where: string, message: string) => problems.push(`${policyId}: ${where}: ${message}`);

  const check = (where: string, entry: Target | Subsidy) => {
    const clause = clauses.get(entry.clause);
    if (!clause) {
      say(where, `clause "${entry.clause}" does not exist`);
      return null;
    }
    if (!squash(clause.text).includes(squash(entry.quote)))
      say(`${where}.quote`, `not in the text of clause ${entry.clause}: "${entry.quote}"`);
    return clause;
  };
  data.targets.forEach((t, i) => {
    const where = `targets[${i}] (${t.id})`;
    const clause = check(where, t);
    if (!clause) return;
    const quote = squash(t.quote);
    const appears = (value: Figure, year: number | null) =>
      clause.kind === 'row'
        ? figureInColumn(clause, year, value, t.unit)
        : valueAppears(quote, value, t.unit, { normalized: true });
    const place = (year: number | null) =>
      clause.kind === 'row' ? `the ${year ?? '(no year)'} column of row ${t.clause}` : 'its quote';
    if (!appears(t.targetValue, t.targetYear))
      say(
        `${where}.targetValue`,
        `${JSON.stringify(t.targetValue)} ${t.unit} is not written in ${place(t.targetYear)}`,
      );
    if (t.baselineValue !== null && !appears(t.baselineValue, t.baselineYear))
      say(`${where}.baselineValue`, `${t.baselineValue} ${t.unit} is not written in ${place(t.baselineYear)}`);
    // The same indicator stated elsewhere: each mention must quote its clause and write the target figure.
    t.alsoIn.forEach((m, j) => {
      const at = `${where}.alsoIn[${j}]`;
      const other = clauses.get(m.clause);
      if (!other) {
        say(at, `clause "${m.clause}" does not exist`);
        return;
      }
      if (m.clause === t.clause)
        say(at, `repeats the target's own clause ${t.clause} — cite another clause or drop it`);
      if (!squash(other.text).includes(squash(m.quote)))
        say(`${at}.quote`, `not in the text of clause ${m.clause}: "${m.quote}"`);
      const written =
        other.kind === 'row'
          ? figureInColumn(other, t.targetYear, t.targetValue, t.unit)
          : valueAppears(squash(m.quote), t.targetValue, t.unit, { normalized: true });
      if (!written)
        say(
          `${at}.quote`,
          `the target ${JSON.stringify(t.targetValue)} ${t.unit} is not written there — is it the same indicator?`,
        );
    });
    const cited = [clause, ...t.alsoIn.map((m) => clauses.get(m.clause))].filter((c): c is ClauseText => Boolean(c));
    if (t.targetYear !== null && !t.targetYearInferred && !cited.some((c) => yearStated(t.targetYear!, c)))
      say(
        `${where}.targetYear`,
        `${t.targetYear} is not written in clause ${t.clause} — if the year is inferred (三年内, 每年, 力争5年内), set targetYearInferred: true and say how in targetYearBasis`,
      );
    if (t.targetYearInferred && !t.targetYearBasis)
      say(
        `${where}.targetYearBasis`,
        'an inferred year needs its basis, e.g. 原文为“力争三年内”；按规划期末年2022年计',
      );
    const increments = incrementVersusLevel(t);
    if (increments.length && !t.discrepancy)
      say(
        `${where}.discrepancy`,
        `clause ${increments.join(', ')} calls ${JSON.stringify(t.targetValue)} ${t.unit} an increase (新增), clause ${t.clause} a level from ${t.baselineValue} — say how they differ in discrepancy`,
      );
  });

  data.subsidies.forEach((s, i) => {
    const where = `subsidies[${i}] (${s.id})`;
    const clause = check(where, s);
    if (!clause) return;
    const t = squash(s.quote);
    const amount = (field: string, wan: number | null) => {
      if (wan !== null && !amountAppears(t, wan, { normalized: true }))
        say(
          `${where}.${field}`,
          `${wan} 万元 is not written in its quote (as ${wan}万元${wan >= 10000 ? ` or ${wan / 10000}亿元` : ''})`,
        );
    };
    const rate = (field: string, pct: Figure | null) => {
      if (pct !== null && !rateAppears(t, pct, { normalized: true }))
        say(`${where}.${field}`, `${JSON.stringify(pct)} % is not written in its quote`);
    };
    amount('maxAmountWan', s.maxAmountWan);
    amount('annualCapWan', s.annualCapWan);
    amount('raisedMaxWan', s.raisedMaxWan);
    amount('raiseByWan', s.raiseByWan);
    rate('ratePct', s.ratePct);
    s.tiers.forEach((tier, j) => {
      amount(`tiers[${j}].maxAmountWan`, tier.maxAmountWan);
      rate(`tiers[${j}].ratePct`, tier.ratePct);
    });
    // Tiers follow the text's order, so their figures must be written in that order too.
    const amounts = s.tiers.map((x) => x.maxAmountWan).filter((x): x is number => x !== null);
    if (!inOrder(amounts.map((x) => findAmount(t, x, { normalized: true }))))
      say(`${where}.tiers`, `amounts ${amounts.join(', ')} are not written in this order in its quote`);
    const rates = s.tiers.map((x) => x.ratePct).filter((x): x is Figure => x !== null);
    if (!inOrder(rates.map((x) => findRate(t, x, { normalized: true }))))
      say(
        `${where}.tiers`,
        `rates ${rates.map((r) => JSON.stringify(r)).join(', ')} are not written in this order in its quote`,
      );
  });
  return problems;
}
