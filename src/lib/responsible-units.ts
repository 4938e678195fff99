/**
 * Finds the responsible units a clause names — （责任单位：…）, 〔责任单位：…〕, a 责任单位 or
 * 牵头单位 table column with `*` marking the lead unit — and matches them to the departments
 * vocabulary while keeping the text's own wording.
 */

export interface UnitMention {
  /** The unit as the text writes it (without the `*` mark). */
  text: string;
  /** Marked as the lead unit (`*` in the High-tech Zone's table, or a 牵头单位 list). */
  lead: boolean;
}

export interface DepartmentEntry {
  id: string;
  name: string;
  region: string;
  aliases: string[];
}

const OPEN = '（(〔[［';
const CLOSE = '）)〕]］';

/** Splits a list of units on 、，, and reads the `*` lead mark. */
export function splitUnits(list: string, lead = false): UnitMention[] {
  return list
    .split(/[、，,；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith('*') ? { text: s.slice(1).trim(), lead: true } : { text: s, lead }));
}

/**
 * Units named in bracketed 责任单位/牵头单位 notes of a text. Brackets nest (各市（县）区人民政府),
 * and the printed texts mix （）, () and 〔〕, so the note ends at the bracket that balances its opening.
 */
export function responsibleUnits(text: string): UnitMention[] {
  const found: UnitMention[] = [];
  for (const m of text.matchAll(/[（(〔[［]\s*(责任单位|牵头单位)\s*[:：]/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (OPEN.includes(text[i]!)) depth += 1;
      else if (CLOSE.includes(text[i]!)) depth -= 1;
    }
    const list = text.slice(start, depth === 0 ? i - 1 : i);
    found.push(...splitUnits(list, m[1] === '牵头单位'));
  }
  return found;
}

/** Units in a table row whose header has a 责任单位 / 牵头单位 column. */
export function tableUnits(header: string[] | null, cells: string[]): UnitMention[] {
  if (!header || !cells.length) return [];
  const last = header[header.length - 1] ?? '';
  if (!/责任单位|牵头单位|责任部门/.test(last)) return [];
  return splitUnits(cells[cells.length - 1] ?? '', /牵头/.test(last));
}

/**
 * The department a unit name refers to: an alias (or the full name) of a department of the
 * policy's region, else of an enclosing region (`regions` is ordered innermost first).
 */
export function matchDepartment(
  name: string,
  regions: string[],
  departments: DepartmentEntry[],
): DepartmentEntry | undefined {
  for (const region of regions) {
    const hit = departments.find((d) => d.region === region && (d.name === name || d.aliases.includes(name)));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * matchDepartment with the vocabulary indexed once: a lookup per region and name instead of a
 * scan of every department per unit named (thousands of departments at a thousand policies).
 * Same answers: the first department of `departments` (in order) whose name or alias it is.
 */
export function departmentMatcher(
  departments: DepartmentEntry[],
): (name: string, regions: string[]) => DepartmentEntry | undefined {
  const index = new Map<string, Map<string, DepartmentEntry>>();
  for (const d of departments) {
    if (!index.has(d.region)) index.set(d.region, new Map());
    const names = index.get(d.region)!;
    for (const n of [d.name, ...d.aliases]) if (!names.has(n)) names.set(n, d);
  }
  return (name, regions) => {
    for (const region of regions) {
      const hit = index.get(region)?.get(name);
      if (hit) return hit;
    }
    return undefined;
  };
}
