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

/** One pass over the clauses and provisions (not one per department: thousands of departments at scale). */
export function departmentIndex(
  departments: DepartmentEntry[],
  policies: Pick<PolicyModel, 'id' | 'clauses' | 'data'>[],
): DepartmentIndexEntry[] {
  const hits = new Map<string, DepartmentHit[]>();
  const provisions = new Map<string, { policy: string; id: string }[]>();
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const p of policies) {
    for (const clause of p.clauses) {
      const wordings = new Map<string, { text: string; lead: boolean }[]>();
      for (const u of clause.units) if (u.department) push(wordings, u.department, { text: u.text, lead: u.lead });
      for (const [department, wording] of wordings) push(hits, department, { clause, wording });
    }
    for (const s of p.data.subsidies)
      for (const department of new Set(s.departments)) push(provisions, department, { policy: p.id, id: s.id });
  }
  return departments.map((department) => {
    const clauses = hits.get(department.id) ?? [];
    const wordings = [...new Set(clauses.flatMap((h) => h.wording.map((w) => w.text)))];
    return {
      department,
      clauses,
      leadCount: clauses.filter((h) => h.wording.some((w) => w.lead)).length,
      wordings: wordings.length ? wordings : department.aliases,
      subsidies: provisions.get(department.id) ?? [],
    };
  });
}

/**
 * The wording most clauses use for a unit (市科技局), said once at the top of its page; each
 * clause then notes only a wording that differs. Ties go to the wording used first. Null when
 * no clause writes the unit.
 */
export function commonWording(hits: Pick<DepartmentHit, 'wording'>[]): string | null {
  const counts = new Map<string, number>();
  for (const h of hits)
    for (const text of new Set(h.wording.map((w) => w.text))) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best: string | null = null;
  for (const [text, n] of counts) if (best === null || n > counts.get(best)!) best = text;
  return best;
}

/** The wordings a clause's row still has to show: those other than the common one. */
export function rowWordings<T extends { text: string }>(wording: T[], common: string | null): T[] {
  return wording.filter((w) => w.text !== common);
}
