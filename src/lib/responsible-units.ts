/**
 * Finds the responsible units a clause names — （责任单位：…）, 〔牵头单位:…;配合单位:…〕, a line
 * of its own "牵头单位：…", a 责任单位 / 牵头单位 / 配合单位 table column with `*` marking the lead
 * unit — and matches them to the departments vocabulary while keeping the text's own wording.
 * Full-width and ASCII punctuation are read alike: colons, brackets and list separators.
 */
import { baseName as regionBaseName, levelWord as regionLevelWord, shortName as regionShortName } from './regions.ts';

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
  /** Drafted by `npm run import` from a text's wording and not yet reviewed (shown as 待审核). */
  draft?: boolean;
}

/** What matching needs to know of a region. */
export interface RegionRef {
  id: string;
  name: string;
}

/** The regions of a chain of IDs (innermost first), by their vocabulary entries; an ID not in it has no name. */
export function regionRefs(chain: string[], regions: RegionRef[]): RegionRef[] {
  return chain.map((id) => regions.find((r) => r.id === id) ?? { id, name: '' });
}

const OPEN = '（(〔[［【';
const CLOSE = '）)〕]］】';

/**
 * The labels a text lists units under. 牵头 (lead) and 主办 lists mark their units as leads; 责任
 * lists mark leads with `*`; 配合 / 协办 / 参与 / 协同 lists name cooperating units.
 */
const ROLES = '责任单位|责任部门|牵头单位|牵头部门|主办单位|配合单位|配合部门|协办单位|参与单位|协同单位';
const LEAD_ROLE = /^(?:牵头|主办)/;
const COLON = '[:：]';
/** A role label with its colon, anywhere in a note. */
const ROLE_LABEL = new RegExp(`(${ROLES})\\s*${COLON}`, 'g');
/** A note's opening: a bracket or the start of a line, then a role label and its colon. */
const NOTE_START = new RegExp(`(?:^|(?<=\\n)|([${OPEN}]))[ \\t\\u3000]*(${ROLES})\\s*${COLON}`, 'g');

/** Whether a role label names lead units. */
export const isLeadRole = (role: string) => LEAD_ROLE.test(role);

/**
 * The pieces of a list that name one unit each: split on 、，,；; and spaces, except where 、
 * lists the levels of one body — 各辖市、区人民政府 (each city's and district's government) is one.
 */
function unitPieces(list: string): string[] {
  const out: string[] = [];
  for (const chunk of list.split(/[，,；;\s]+/)) {
    for (const piece of chunk.split('、')) {
      const last = out.length ? out[out.length - 1]! : '';
      if (/^[*＊]?各[^、]*[市区县镇]$/.test(last) && /^[市区县镇].*(?:人民政府|政府|管委会|办事处)$/.test(piece))
        out[out.length - 1] = `${last}、${piece}`;
      else out.push(piece);
    }
  }
  return out;
}

/** Splits a list of units on 、，,；; and spaces, and reads the `*` lead mark. */
export function splitUnits(list: string, lead = false): UnitMention[] {
  const out: UnitMention[] = [];
  let starred = false;
  for (const raw of unitPieces(list)) {
    // Trailing sentence punctuation belongs to the note, not to the last name: （责任单位：市科技局。）
    const s = raw.replace(/[。.．:：!！?？]+$/, '').trim();
    if (!s) continue;
    if (s === '*' || s === '＊') {
      starred = true; // "* 科创局": the mark stands apart from the name
      continue;
    }
    const mark = /^[*＊]/.test(s);
    const text = mark ? s.slice(1).trim() : s;
    if (text) out.push({ text, lead: lead || mark || starred });
    starred = false;
  }
  return out;
}

/**
 * The units of one note: its opening role's list, then the lists of any further roles it names
 * ("责任单位:市工信局;配合单位:市发改委、市科技局"). A role label never becomes a unit, and an
 * empty list ("配合单位:") names none.
 */
export function noteUnits(role: string, content: string): UnitMention[] {
  const found: UnitMention[] = [];
  let current = role;
  let from = 0;
  for (const m of content.matchAll(ROLE_LABEL)) {
    found.push(...splitUnits(content.slice(from, m.index), isLeadRole(current)));
    current = m[1]!;
    from = m.index + m[0].length;
  }
  found.push(...splitUnits(content.slice(from), isLeadRole(current)));
  return found;
}

/** Where a note that opens at `start` ends: the bracket that balances its opening one (brackets nest: 各市（县）区), else the end of the text. */
function closingBracket(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (OPEN.includes(text[i]!)) depth += 1;
    else if (CLOSE.includes(text[i]!)) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

export interface UnitNote {
  /** Index of the note's first character (its opening bracket, or the label at a line's start). */
  start: number;
  /** Index after its last character (the closing bracket included). */
  end: number;
  units: UnitMention[];
}

/**
 * The 责任单位 notes of a text: bracketed ones — the printed texts mix （）, () and 〔〕, so a note
 * ends at the bracket that balances its opening — and lines that open with a role label
 * ("牵头单位：市科技局", to the end of the line).
 */
export function unitNotes(text: string): UnitNote[] {
  const notes: UnitNote[] = [];
  for (const m of text.matchAll(NOTE_START)) {
    if (notes.length && m.index < notes[notes.length - 1]!.end) continue; // a label inside the previous note
    const bodyStart = m.index + m[0].length;
    let end: number;
    let bodyEnd: number;
    if (m[1]) {
      bodyEnd = closingBracket(text, bodyStart);
      end = Math.min(bodyEnd + 1, text.length);
    } else {
      const eol = text.indexOf('\n', bodyStart);
      bodyEnd = end = eol === -1 ? text.length : eol;
    }
    notes.push({ start: m.index, end, units: noteUnits(m[2]!, text.slice(bodyStart, bodyEnd)) });
  }
  return notes;
}

/** Units named in the 责任单位 / 牵头单位 / 配合单位 notes of a text. */
export function responsibleUnits(text: string): UnitMention[] {
  return unitNotes(text).flatMap((n) => n.units);
}

/** A table header cell that names the units of its column. */
const UNIT_COLUMN = new RegExp(`^\\s*(?:主要)?(${ROLES})\\s*$`);

/**
 * Units in a table row under its 责任单位 / 牵头单位 / 配合单位 columns. Cells align with the
 * header from the right: a group's first cell appears on its first row only.
 */
export function tableUnits(header: string[] | null, cells: string[]): UnitMention[] {
  if (!header || !cells.length) return [];
  const out: UnitMention[] = [];
  header.forEach((h, i) => {
    const role = h.replace(/\s+/g, '').match(UNIT_COLUMN)?.[1];
    if (!role) return;
    const cell = cells[cells.length - (header.length - i)];
    if (cell) out.push(...splitUnits(cell, isLeadRole(role)));
  });
  return out;
}

const baseName = (region: RegionRef) => regionBaseName(region.name);
const levelWord = (region: RegionRef) => regionLevelWord(region.name);
/** The name of a region as a text shortens it: 苏州市 → 苏州, 苏州高新区 → 苏州高新. */
const shortName = (region: RegionRef) => regionShortName(region.name);

/**
 * The level a unit's wording is relative to: 市科技局 → 市 (the city whose text it is), 省药监局
 * → 省, 区科创局 → 区; null for a wording without one (科技局, 市场监管局, 苏州海关).
 */
export function relativeLevel(wording: string): string | null {
  const m = wording.match(/^(省|市(?!场)|区|县)/);
  return m ? m[1]! : null;
}

/**
 * The regions of `chain` (innermost first) a wording may refer to, most likely first: the
 * document's own region always; an enclosing region only when the wording points at it — by its
 * level (市科技局 in a district's text is the city's) or by its name (苏州海关 in the High-tech
 * Zone's text). An unqualified 科技局 in a county's text is the county's own, never the city's.
 */
export function candidateRegions(wording: string, chain: RegionRef[]): RegionRef[] {
  const [own, ...outer] = chain;
  if (!own) return [];
  const out = [own];
  const level = relativeLevel(wording);
  if (level && levelWord(own) !== level) {
    const target = outer.find((r) => levelWord(r) === level);
    if (target) out.push(target);
  }
  for (const r of outer) if (!out.includes(r) && wording.includes(shortName(r))) out.push(r);
  return out;
}

/**
 * The unit's name with its region, as the vocabulary writes names it cannot confirm: 市科技局 in
 * a text of 常熟市 → 常熟市科技局, 科创局 in the High-tech Zone's → 苏州高新区科创局, 省药监局 →
 * 江苏省药监局; a wording that names its region already (苏州海关) stays as it is.
 */
export function qualifiedName(wording: string, chain: RegionRef[]): string {
  const own = chain[0];
  if (!own) return wording;
  if (chain.some((r) => wording.includes(shortName(r)))) return wording;
  const level = relativeLevel(wording);
  if (level) {
    const target = chain.find((r) => levelWord(r) === level);
    return target ? baseName(target) + wording.slice(1) : wording;
  }
  return baseName(own) + wording;
}

/** Departments by region and by every wording (full name and aliases), built once per vocabulary. */
const indexes = new WeakMap<DepartmentEntry[], Map<string, Map<string, DepartmentEntry>>>();
function indexOf(departments: DepartmentEntry[]): Map<string, Map<string, DepartmentEntry>> {
  let index = indexes.get(departments);
  if (!index) {
    index = new Map();
    for (const d of departments) {
      if (!index.has(d.region)) index.set(d.region, new Map());
      const byWording = index.get(d.region)!;
      for (const w of [...d.aliases, d.name]) if (!byWording.has(w)) byWording.set(w, d);
    }
    indexes.set(departments, index);
  }
  return index;
}

/**
 * A region's departments by the qualified form of every wording (科技局 and 市科技局 in texts of
 * 昆山市 are both 昆山市科技局), built once per vocabulary and region; `chain` starts at the region.
 */
const qualifiedIndexes = new WeakMap<DepartmentEntry[], Map<string, Map<string, DepartmentEntry>>>();
function qualifiedIndexOf(departments: DepartmentEntry[], chain: RegionRef[]): Map<string, DepartmentEntry> {
  let perRegion = qualifiedIndexes.get(departments);
  if (!perRegion) {
    perRegion = new Map<string, Map<string, DepartmentEntry>>();
    qualifiedIndexes.set(departments, perRegion);
  }
  const region = chain[0]!;
  let index = perRegion.get(region.id);
  if (!index) {
    index = new Map();
    for (const d of indexOf(departments).get(region.id)?.values() ?? []) {
      for (const w of [...d.aliases, d.name]) {
        const q = qualifiedName(w, chain);
        if (!index.has(q)) index.set(q, d);
      }
    }
    perRegion.set(region.id, index);
  }
  return index;
}

/**
 * The department a unit's wording refers to, among the departments of the regions the wording
 * may mean (`candidateRegions`): one with the wording among its aliases or as its full name, else
 * one whose wordings name the same unit once qualified with their region — 市科技局 in a text of
 * 昆山市 is the 科技局 of its other texts, 市科学技术局 in a text of 无锡市 is 无锡市科学技术局.
 * `chain` is the policy's region and its enclosing ones, innermost first.
 */
export function matchDepartment(
  wording: string,
  chain: RegionRef[],
  departments: DepartmentEntry[],
): DepartmentEntry | undefined {
  const index = indexOf(departments);
  const qualified = qualifiedName(wording, chain);
  for (const region of candidateRegions(wording, chain)) {
    const hit =
      index.get(region.id)?.get(wording) ??
      qualifiedIndexOf(departments, chain.slice(chain.indexOf(region))).get(qualified);
    if (hit) return hit;
  }
  return undefined;
}
