/**
 * Builds the clause tree of a policy text: numbered units (一、 （一） 1. （1） 一是 专栏 附件),
 * table groups and rows, and the unnumbered paragraphs around them. IDs follow docs/ids.md.
 */
import { toBlocks, type Block } from './lines.ts';
import { findRuns, matchBareAnnex, matchMarker, matchTitledAnnex, type Marker } from './numbering.ts';
import { parseTable, type ParsedTable } from './table.ts';
import type { ClauseKind } from '../clauses/ids.ts';

export type { ClauseKind };

export interface RunRef {
  id: string;
  n: number;
  /** Index in the paragraph text where the run starts. */
  index: number;
}

export interface ParaNode {
  type: 'para';
  text: string;
  runs: RunRef[];
  line: number;
}

export interface TableNode {
  type: 'table';
  table: ParsedTable;
  /** Clause ID of each row of `table.rows`; null for a repeated header. */
  rowIds: (string | null)[];
  /** Group clause IDs with the indexes (into `table.rows`) of their rows. */
  groups: { id: string; rows: number[] }[];
  line: number;
}

export interface ClauseNode {
  type: 'clause';
  id: string;
  kind: ClauseKind;
  /** Number as the text gives it (一 → 1). */
  n: number;
  /** Heading line (marker included) when the marker stands on a line of its own. */
  heading: string | null;
  children: BodyNode[];
  line: number;
}

export type BodyNode = ClauseNode | ParaNode | TableNode;

export interface ParsedDocument {
  children: BodyNode[];
  /** Things that look incomplete or odd; the import still succeeds. */
  warnings: string[];
  /** Whether （n） numbers run on across sections instead of restarting. */
  numbering: 'nested' | 'running';
}

/** A marker line counts as a heading (not an inline-titled paragraph) when its text is this short. */
const HEADING_MAX = 25;
/** Closing provisions of the whole document, not of the last numbered unit. */
const CLOSING = /^本(?:政策|意见|办法|计划|行动计划|通知|规定|细则|方案|措施)(?:自|由|适用|扶持|所称|与|有效)/;

const PARENTS: Record<Marker['kind'], ClauseKind[]> = {
  section: [],
  article: [],
  item: ['section', 'article', 'annex'],
  box: ['item', 'section', 'article', 'annex'],
  point: ['item', 'section', 'article', 'box', 'annex'],
  subpoint: ['point', 'boxItem', 'item', 'section', 'article', 'box', 'annex'],
  annex: [],
};

export class ImportError extends Error {}

export function parsePolicy(source: string): ParsedDocument {
  const blocks = toBlocks(source);
  const root: BodyNode[] = [];
  const stack: ClauseNode[] = [];
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  const nextRun = new Map<string, number>();
  let paragraphs = 0;
  let bodyStarted = false;

  const top = () => stack[stack.length - 1];
  const children = () => top()?.children ?? root;
  const register = (id: string, line: number) => {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError(
        `line ${line}: clause ID "${id}" is already used by line ${first} — the numbering repeats under one parent; check the source text at both lines`,
      );
    }
    seen.set(id, line);
  };
  const open = (node: ClauseNode) => {
    register(node.id, node.line);
    children().push(node);
    stack.push(node);
  };
  /** Numbers seen per parent and kind, checked for gaps once the numbering style is known. */
  const sequences = new Map<string, { n: number; line: number }[]>();
  const record = (scope: string, kind: string, n: number, line: number) => {
    const key = `${scope}/${kind}`;
    if (!sequences.has(key)) sequences.set(key, []);
    sequences.get(key)!.push({ n, line });
  };
  const addParagraph = (text: string, line: number) => {
    let owner = top();
    if (!owner) {
      paragraphs += 1;
      owner = { type: 'clause', id: `p${paragraphs}`, kind: 'paragraph', n: paragraphs, heading: null, children: [], line };
      register(owner.id, line);
      root.push(owner);
    }
    const expect = nextRun.get(owner.id) ?? 1;
    const runs = findRuns(text, expect).map((r) => ({ id: `${owner.id}-r${r.n}`, n: r.n, index: r.index }));
    for (const r of runs) register(r.id, line);
    if (runs.length) nextRun.set(owner.id, runs[runs.length - 1]!.n + 1);
    owner.children.push({ type: 'para', text, runs, line });
  };
  const laterBareAnnex = (from: number) => blocks.slice(from + 1).some((b) => b.type === 'text' && matchBareAnnex(b.text));
  const laterMarker = (from: number) => blocks.slice(from + 1).some((b) => b.type === 'text' && matchMarker(b.text));
  const annexPrefix = () => stack.find((c) => c.kind === 'annex')?.id;

  blocks.forEach((block: Block, index) => {
    if (block.type === 'table') {
      bodyStarted = true;
      // A table attaches to the innermost open unit: an annex, or the document itself.
      children().push(buildTable(block.lines, annexPrefix(), block.line, register));
      return;
    }
    const { text, line } = block;
    const bare = matchBareAnnex(text);
    const titled = bare ? null : matchTitledAnnex(text);
    if ((bare && bodyStarted) || (titled && !laterBareAnnex(index))) {
      const n = bare?.n ?? titled!.n;
      stack.length = 0;
      open({ type: 'clause', id: `annex${n}`, kind: 'annex', n, heading: text, children: [], line });
      return;
    }
    if (bare || titled) {
      stack.length = 0;
      addParagraph(text, line);
      return;
    }
    const marker = matchMarker(text);
    if (marker) {
      bodyStarted = true;
      const allowed = PARENTS[marker.kind];
      while (stack.length && !allowed.includes(top()!.kind)) stack.pop();
      const parent = top();
      const heading = marker.rest.length <= HEADING_MAX && !/[。；;]/.test(marker.rest) ? text : null;
      let id: string;
      let kind: ClauseKind = marker.kind;
      if (marker.kind === 'section') id = `s${marker.n}`;
      else if (marker.kind === 'article') id = `a${marker.n}`;
      else if (marker.kind === 'box') id = `box${marker.n}`;
      else if (marker.kind === 'point' && parent?.kind === 'box') {
        kind = 'boxItem';
        id = `${parent.id}-${marker.n}`;
      } else {
        const letter = marker.kind === 'item' ? 'c' : marker.kind === 'point' ? 'i' : 'n';
        id = parent ? `${parent.id}-${letter}${marker.n}` : `${letter}${marker.n}`;
      }
      record(parent?.id ?? '', kind, marker.n, line);
      open({ type: 'clause', id, kind, n: marker.n, heading, children: [], line });
      if (!heading) addParagraph(text, line);
      return;
    }
    if (CLOSING.test(text) && !laterMarker(index)) stack.length = 0;
    addParagraph(text, line);
  });

  // Under each parent numbers count up from 1 — or run on from the previous parent's last number
  // (Wuxi's （一）–（三十）, the High-tech Zone's 1–11, Suzhou's 专栏1–10).
  let itemsRunOn = 0;
  let itemsRestart = 0;
  const kinds = new Set([...sequences.keys()].map((k) => k.split('/')[1]!));
  for (const kind of kinds) {
    const perParent = [...sequences].filter(([k]) => k.endsWith(`/${kind}`)).sort((a, b) => a[1][0]!.line - b[1][0]!.line);
    let previous = 0;
    for (const [key, seq] of perParent) {
      const scope = key.split('/')[0] || 'the document';
      const first = seq[0]!.n;
      if (first !== 1 && first !== previous + 1) warnings.push(`line ${seq[0]!.line}: ${kind} ${first} starts the numbering under ${scope}, where 1 or ${previous + 1} was expected — the numbering has a gap`);
      if (kind === 'item' && previous > 0) first === 1 ? (itemsRestart += 1) : (itemsRunOn += 1);
      seq.slice(1).forEach(({ n, line }, i) => {
        if (n !== seq[i]!.n + 1) warnings.push(`line ${line}: ${kind} ${n} follows ${seq[i]!.n} under ${scope} — the numbering has a gap or repeats`);
      });
      previous = seq[seq.length - 1]!.n;
    }
  }
  const numbering = itemsRunOn > 0 && itemsRestart === 0 ? 'running' : 'nested';
  if (!blocks.length) warnings.push('the text is empty');
  else if (!seen.size) warnings.push('no numbered clause was found');
  return { children: root, warnings, numbering };
}

function buildTable(
  lines: string[],
  prefix: string | undefined,
  line: number,
  register: (id: string, line: number) => void,
): TableNode {
  let table: ParsedTable;
  try {
    table = parseTable(lines);
  } catch (error) {
    throw new ImportError(`line ${line}: ${(error as Error).message}`);
  }
  const p = prefix ? `${prefix}-` : '';
  const rowIds: (string | null)[] = [];
  const groups: { id: string; rows: number[] }[] = [];
  let position = 0;
  table.rows.forEach((row, i) => {
    if (row.repeatHeader) {
      rowIds.push(null);
      groups[groups.length - 1]?.rows.push(i);
      return;
    }
    position += 1;
    const n = table.serialColumn >= 0 ? Number(row.cells[table.serialColumn]) : position;
    const id = `${p}row${n}`;
    register(id, line);
    rowIds.push(id);
    if (table.groupColumn >= 0) {
      if (row.cells[table.groupColumn] !== '' || groups.length === 0) {
        const gid = `${p}g${groups.length + 1}`;
        register(gid, line);
        groups.push({ id: gid, rows: [] });
      }
      groups[groups.length - 1]!.rows.push(i);
    }
  });
  return { type: 'table', table, rowIds, groups, line };
}

export interface FlatClause {
  id: string;
  kind: ClauseKind;
  parent: string | null;
}

/** Every clause of a parsed document in document order, with its parent's ID. */
export function flattenClauses(doc: ParsedDocument): FlatClause[] {
  const out: FlatClause[] = [];
  const walk = (nodes: BodyNode[], parent: string | null) => {
    for (const node of nodes) {
      if (node.type === 'clause') {
        out.push({ id: node.id, kind: node.kind, parent });
        walk(node.children, node.id);
      } else if (node.type === 'para') {
        for (const r of node.runs) out.push({ id: r.id, kind: 'run', parent });
      } else {
        const groupStart = new Map(node.groups.map((g) => [g.rows[0]!, g.id]));
        let group: string | null = null;
        node.rowIds.forEach((id, i) => {
          const g = groupStart.get(i);
          if (g) {
            group = g;
            out.push({ id: g, kind: 'group', parent });
          }
          if (id) out.push({ id, kind: 'row', parent: group ?? parent });
        });
      }
    }
  };
  walk(doc.children, null);
  return out;
}
