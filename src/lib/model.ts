/**
 * Builds the site's model of one policy from its frontmatter and MDX body: clauses with their
 * labels, citations, departments and topics; the documents it names; its status.
 */
import type { PolicyData } from '../schemas/policy.ts';
import { clauseLabel, clauseNumber, type LabelOptions } from './clauses/ids.ts';
import { plainCitation } from './citation/index.ts';
import { extractClauses, type ExtractedClause } from './clauses/extract.ts';
import { regionTree } from './regions.ts';
import { rowFacts } from './clauses/rows.ts';
import {
  matchDepartment,
  regionRefs,
  responsibleUnits,
  tableUnits,
  type DepartmentEntry,
  type UnitMention,
} from './responsible-units.ts';

export interface TopicEntry {
  id: string;
  name: string;
  keywords: string[];
}

export interface RegionEntry {
  id: string;
  name: string;
  parent: string | null;
  level: string;
  order: number;
  /** Other names readers type for it (src/schemas/vocab.ts `aliases`). */
  aliases?: string[];
}

export interface UnitRef extends UnitMention {
  /** Department ID, or null when the name matched none (reported by validation). */
  department: string | null;
}

export interface ClauseRecord extends ExtractedClause {
  policy: string;
  /** Position in the document, from 0. */
  order: number;
  /** IDs of the enclosing clauses, outermost first. */
  ancestors: string[];
  /** Citation label, e.g. 三、（一）二是. */
  label: string;
  /** Full citation: 《title》label, after the issuing region when the title does not name it (无锡市《市政府关于…》第（十二）条). */
  citation: string;
  /** A table row's name: the task or indicator it is called by (src/lib/clauses/rows.ts); null for other kinds. */
  rowName: string | null;
  /** Units the clause itself names as responsible. */
  units: UnitRef[];
  /** Department IDs responsible for the clause: its own, else those of its nearest ancestor naming any. */
  departments: string[];
  /** Topic IDs: keyword matches on the clause's own text plus curated ones. */
  topics: string[];
  /** Whether the clause names units itself (false when `departments` are inherited). */
  ownDepartments: boolean;
}

export interface Reference {
  /** Title as written inside 《》. */
  title: string;
  /** ID of the policy on the site with this title, or null. */
  policy: string | null;
}

export interface PolicyModel {
  id: string;
  data: PolicyData;
  clauses: ClauseRecord[];
  byId: Map<string, ClauseRecord>;
  /** Documents the text names (《…》), in order of first mention, the policy itself excluded. */
  references: Reference[];
  /** Unit names that matched no department (validation reports them). */
  unmatchedUnits: { clause: string; text: string }[];
}

export interface ModelContext {
  departments: DepartmentEntry[];
  topics: TopicEntry[];
  regions: RegionEntry[];
  /** Titles of all policies on the site, for linking references. */
  titles: Map<string, string>;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Region chain innermost first: snd → suzhou → jiangsu. */
export function regionChain(region: string, regions: RegionEntry[]): string[] {
  return regionTree(regions).chain(region);
}

/** 《…》 titles named in a text, unique, in order. */
export function namedDocuments(text: string): string[] {
  const titles: string[] = [];
  for (const m of text.matchAll(/《([^《》\n]{2,80})》/g)) {
    const t = squash(m[1]!);
    if (!titles.includes(t)) titles.push(t);
  }
  return titles;
}

export function buildPolicyModel(id: string, data: PolicyData, body: string, ctx: ModelContext): PolicyModel {
  const extracted = extractClauses(body);
  const byId = new Map<string, ClauseRecord>();
  // The policy's region and the enclosing ones, innermost first, as unit matching reads them.
  const chain = regionRefs(regionChain(data.region, ctx.regions), ctx.regions);
  const unmatchedUnits: { clause: string; text: string }[] = [];
  const regionName = regionTree(ctx.regions).get(data.region)?.name ?? '';

  const annexNames: Record<number, string> = {};
  const groupNames: Record<string, string> = {};
  for (const c of extracted) {
    if (c.kind === 'annex') {
      const m = c.heading?.match(/^附件\s*([0-9０-９]*)/);
      const n = clauseNumber(c.id);
      annexNames[n] = m ? `附件${m[1]}` : `附件${n}`;
    }
  }
  const rowSerial = new Set(
    extracted
      .filter((c) => c.kind === 'row')
      .filter((c) => c.cells.includes(String(clauseNumber(c.id))))
      .map((c) => c.id),
  );
  for (const c of extracted) {
    if (c.kind !== 'group') continue;
    const firstRow = extracted.find((r) => r.parent === c.id && r.kind === 'row');
    // The group's name is the rowgroup cell of its first row: the cell that is not the row's 序号.
    const name = firstRow?.cells.find((cell, i) => i < 2 && cell && !/^\d+$/.test(cell));
    if (name) groupNames[c.id] = name;
  }

  const clauses = extracted.map((c, order): ClauseRecord => {
    const parent = c.parent ? byId.get(c.parent) : undefined;
    const row =
      c.kind === 'row' ? rowFacts(c.cells, clauseNumber(c.id), c.parent ? (groupNames[c.parent] ?? null) : null) : null;
    const options: LabelOptions = {
      numbering: data.numbering,
      annexNames,
      groupNames,
      rowHasSerial: rowSerial.has(c.id),
      // A row numbered inside its group (5. under 三、创新平台工程) is cited by that number.
      ...(row && row.serial === null && row.item !== null
        ? { rowItem: { group: c.parent ? (groupNames[c.parent] ?? null) : null, n: row.item } }
        : {}),
    };
    const label = clauseLabel(c.id, options);
    const mentions = [...responsibleUnits(c.ownText), ...tableUnits(c.tableHeader, c.cells)];
    if (c.kind === 'group' && c.tableHeader?.some((h) => /（牵头单位）|\(牵头单位\)/.test(h))) {
      const lead = groupNames[c.id]?.match(/[（(]([^（）()]+)[）)]$/);
      if (lead) mentions.push({ text: lead[1]!, lead: true });
    }
    const units: UnitRef[] = mentions.map((m) => {
      const dept = matchDepartment(m.text, chain, ctx.departments);
      if (!dept) unmatchedUnits.push({ clause: c.id, text: m.text });
      return { ...m, department: dept?.id ?? null };
    });
    const own = [...new Set(units.map((u) => u.department).filter((d): d is string => Boolean(d)))];
    const topicText = `${c.heading ?? ''}\n${c.ownText}`;
    const topics = ctx.topics.filter((t) => t.keywords.some((k) => topicText.includes(k))).map((t) => t.id);
    for (const t of data.clauses[c.id]?.topics ?? []) if (!topics.includes(t)) topics.push(t);
    const record: ClauseRecord = {
      ...c,
      policy: id,
      order,
      ancestors: parent ? [...parent.ancestors, parent.id] : [],
      label,
      citation: plainCitation({ title: data.title, region: regionName, label }),
      rowName: row?.name ?? null,
      units,
      departments: own.length ? own : (parent?.departments ?? []),
      ownDepartments: own.length > 0,
      topics,
    };
    byId.set(c.id, record);
    return record;
  });

  const self = squash(data.title);
  const references = namedDocuments(
    clauses
      .filter((c) => !c.parent)
      .map((c) => c.text)
      .join('\n'),
  )
    .filter((t) => t !== self)
    .map((title) => ({ title, policy: ctx.titles.get(title) ?? null }));

  return { id, data, clauses, byId, references, unmatchedUnits };
}
