/**
 * The vocabulary entries an import adds so that a fresh import builds untouched: a new region
 * named on the command line (`--region changzhou --region-name 常州市 --region-parent jiangsu`),
 * and a draft department (待审核) for every responsible unit that matches none. Entries are
 * appended to regions.yaml / departments.yaml as lines in the files' own style, so the
 * maintainer's comments and order stay as they are.
 */
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import type { RegionEntry } from '../model.ts';
import { qualifiedName, relativeLevel, type DepartmentEntry, type RegionRef } from '../responsible-units.ts';

/** A stop of the import: the message says what to pass or correct, and nothing is written. */
export class ImportStop extends Error {}

export const LEVELS = ['province', 'city', 'county', 'district'] as const;
export type RegionLevel = (typeof LEVELS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The administrative level of a new region from its name and its parent's level: under a
 * province a city; under a city a district for …区, else a county-level city or county (…市, …县).
 */
export function inferLevel(name: string, parentLevel: string | null): RegionLevel {
  const base = name.replace(/[（(].*$/, '');
  if (parentLevel === null) return base.endsWith('省') ? 'province' : 'city';
  if (parentLevel === 'province') return 'city';
  return base.endsWith('区') ? 'district' : 'county';
}

export interface RegionRequest {
  id: string;
  name: string;
  parent: string;
  level?: string | undefined;
}

/**
 * The entry of a region that is not in the vocabulary yet, checked against it: a slug ID, a
 * parent that exists, a level the schema knows; `order` puts it after every region there is.
 */
export function newRegion(request: RegionRequest, regions: RegionEntry[]): RegionEntry {
  const { id, parent } = request;
  const name = request.name.trim();
  if (!SLUG.test(id))
    throw new ImportStop(`--region "${id}" is not a lower-case ASCII slug — use pinyin, e.g. --region changzhou`);
  if (!name) throw new ImportStop(`--region-name is empty — give the region's name as the texts write it, e.g. 常州市`);
  if (regions.some((r) => r.id === id)) throw new ImportStop(`region "${id}" exists already`);
  const clash = regions.find((r) => r.name === name);
  if (clash)
    throw new ImportStop(
      `a region named ${name} exists already with id "${clash.id}" — pass --region ${clash.id} without --region-name`,
    );
  const up = regions.find((r) => r.id === parent);
  if (!up)
    throw new ImportStop(
      `--region-parent "${parent}" is not in src/content/vocab/regions.yaml — use one of: ${regions.map((r) => r.id).join(', ')}`,
    );
  const level = request.level ?? inferLevel(name, up.level);
  if (!(LEVELS as readonly string[]).includes(level))
    throw new ImportStop(`--region-level "${level}" is not one of ${LEVELS.join(', ')}`);
  const order = Math.max(0, ...regions.map((r) => r.order)) + 1;
  return { id, name, parent, level, order };
}

/** A scalar as YAML 1.1 writes it (quoted where 1.1 would read it as something else: yes, 2024, [x]). */
const scalar = (value: string | number | boolean) => stringify(value, { version: '1.1', lineWidth: 0 }).trimEnd();

/** A region as a line of regions.yaml. */
export function regionLine(r: RegionEntry): string {
  const parent = r.parent === null ? 'null' : scalar(r.parent);
  return `- { id: ${scalar(r.id)}, name: ${scalar(r.name)}, parent: ${parent}, level: ${scalar(r.level)}, order: ${r.order} }`;
}

/** A department as a line of departments.yaml. */
export function departmentLine(d: DepartmentEntry): string {
  const aliases = `[${d.aliases.map(scalar).join(', ')}]`;
  return `- { id: ${scalar(d.id)}, name: ${scalar(d.name)}, region: ${scalar(d.region)}, aliases: ${aliases}${d.draft ? ', draft: true' : ''} }`;
}

/** A vocabulary file with entry lines appended under a comment heading, its own text left as it is. */
export function appendEntries(text: string, heading: string, lines: string[]): string {
  if (!lines.length) return text;
  const base = text.endsWith('\n') ? text : `${text}\n`;
  return `${base}\n# ── ${heading} ──\n${lines.join('\n')}\n`;
}

/**
 * Initials of a unit's name for its ID, as the vocabulary's IDs are made (科技局 → kjj,
 * 市市场监管局 → scjgj): without the level word its wording is relative to and without the
 * names of the regions of `chain`; Latin letters and digits kept; at most 12 characters.
 */
export function unitInitials(wording: string, chain: RegionRef[]): string {
  let short = wording;
  if (relativeLevel(short)) short = short.slice(1);
  for (const r of chain) {
    const base = r.name.replace(/[（(].*$/, '');
    for (const name of [base, base.slice(0, -1)]) if (name.length >= 2) short = short.split(name).join('');
  }
  const letters = pinyin(short, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return letters.slice(0, 12) || 'unit';
}

/** `<region>-<initials>`, with -2, -3 … when the ID is taken. */
export function departmentId(region: string, wording: string, chain: RegionRef[], taken: Set<string>): string {
  const base = `${region}-${unitInitials(wording, chain)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Draft departments for the units of a policy that match no department: one per unit, named with
 * its region (市科技局 in a text of 常州市 → 常州市科技局), wordings that name the same unit
 * (市科技局, 科技局) merged as its aliases, in the order the text names them. The region of each
 * is the policy's own, as for every department the vocabulary lists ("the region whose texts
 * name the unit").
 */
export function draftDepartments(
  wordings: string[],
  chain: RegionRef[],
  departments: DepartmentEntry[],
): DepartmentEntry[] {
  const own = chain[0];
  if (!own) return [];
  const taken = new Set(departments.map((d) => d.id));
  const byName = new Map<string, DepartmentEntry>();
  for (const wording of wordings) {
    const name = qualifiedName(wording, chain);
    const known = byName.get(name);
    if (known) {
      if (!known.aliases.includes(wording)) known.aliases.push(wording);
      continue;
    }
    const id = departmentId(own.id, wording, chain, taken);
    taken.add(id);
    byName.set(name, { id, name, region: own.id, aliases: [wording], draft: true });
  }
  return [...byName.values()];
}
