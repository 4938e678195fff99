/**
 * What each department is responsible for: the clauses whose 责任单位 / 牵头单位 name it, with
 * the text's own wording of the name and whether it is marked the lead unit, and the support
 * provisions that name it. Inherited responsibility (a child clause under a named parent) is not
 * repeated: the parent is listed once.
 */
import type { DepartmentEntry } from '../responsible-units.ts';
import type { ClauseRecord, PolicyModel } from '../model.ts';

export interface DepartmentHit {
  clause: ClauseRecord;
  /** How the clause writes the unit, e.g. 市科技局; lead when marked 牵头 or *. */
  wording: { text: string; lead: boolean }[];
}

export interface DepartmentIndexEntry {
  department: DepartmentEntry;
  clauses: DepartmentHit[];
  /** Clauses where the unit is the lead unit. */
  leadCount: number;
  /** The wordings the texts use for the unit, in order of first use (the vocabulary's aliases when the texts use none). */
  wordings: string[];
  /** Support provisions naming the unit in their own `departments`. */
  subsidies: { policy: string; id: string }[];
}

export function departmentIndex(
  departments: DepartmentEntry[],
  policies: Pick<PolicyModel, 'id' | 'clauses' | 'data'>[],
): DepartmentIndexEntry[] {
  return departments.map((department) => {
    const clauses: DepartmentHit[] = [];
    for (const p of policies) {
      for (const clause of p.clauses) {
        const wording = clause.units
          .filter((u) => u.department === department.id)
          .map((u) => ({ text: u.text, lead: u.lead }));
        if (wording.length) clauses.push({ clause, wording });
      }
    }
    const wordings = [...new Set(clauses.flatMap((h) => h.wording.map((w) => w.text)))];
    const subsidies = policies.flatMap((p) =>
      p.data.subsidies.filter((s) => s.departments.includes(department.id)).map((s) => ({ policy: p.id, id: s.id })),
    );
    return {
      department,
      clauses,
      leadCount: clauses.filter((h) => h.wording.some((w) => w.lead)).length,
      wordings: wordings.length ? wordings : department.aliases,
      subsidies,
    };
  });
}
