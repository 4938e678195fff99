/**
 * Reads the clauses out of a policy's MDX body with the same MDX parser Astro renders it with
 * (Sätteri), so clause pages, search records and open data see exactly the page's text.
 */
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { kindOf, type ClauseKind } from './ids.ts';

/** Components that carry a clause ID in the MDX body. */
export const CLAUSE_COMPONENTS = new Set(['Clause', 'Run', 'Group', 'Row']);

export interface ExtractedClause {
  id: string;
  kind: ClauseKind;
  parent: string | null;
  /** Heading text when the clause has a heading line. */
  heading: string | null;
  /**
   * Full text content (children included), whitespace between blocks collapsed to one newline;
   * in a table, a tab between the cells of a row and a newline between rows, as in the source.
   */
  text: string;
  /** Text of the clause itself, without the text of child clauses. */
  ownText: string;
  /** HTML of the clause's content for its own page (IDs removed, tables kept whole). */
  html: string;
  /** Table header cells when the clause is a row or a group. */
  tableHeader: string[] | null;
  /** Cells of a table row, in order (empty for other kinds). */
  cells: string[];
  /**
   * Column headings of a row's or group's table, one per column: a heading spanning two
   * columns (具体内容 over a title and a text) is written for each. Null outside tables.
   */
  columns: string[] | null;
  /**
   * A row's cells one per column, as its own page shows it: with its group's merged cell
   * (任务类别, 重点工作), which the policy page spans from the group's first row. Empty for other kinds.
   */
  rowCells: string[];
}

export class ClauseError extends Error {}

type Node = {
  type: string;
  name?: string;
  tagName?: string;
  value?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  children?: Node[];
  position?: { start: { line: number } };
};

const attr = (node: Node, name: string): unknown => {
  const a = node.attributes?.find((x) => x.name === name);
  if (!a) return undefined;
  const v = a.value as { type?: string; value?: string } | string | undefined;
  if (v && typeof v === 'object' && v.type === 'mdxJsxAttributeValueExpression') return Number(v.value) || v.value;
  return v;
};

const isJsx = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

const ROW_TAGS = new Set(['Row', 'tr']);
const ROWS_TAGS = new Set(['Group', 'ClauseTable', 'thead', 'tbody', 'table']);

/** The text of a node; with `tabular`, table cells are separated by a tab and rows by a newline. */
function textOf(node: Node, skipClauses = false, tabular = false): string {
  if (node.type === 'text') return node.value ?? '';
  if (skipClauses && isJsx(node) && CLAUSE_COMPONENTS.has(node.name ?? '')) return '';
  const children = node.children ?? [];
  const name = node.name ?? node.tagName ?? '';
  if (tabular && ROW_TAGS.has(name))
    return children
      .filter(isCell)
      .map((c) => textOf(c, skipClauses, tabular))
      .join('\t');
  const texts = children.map((c) => textOf(c, skipClauses, tabular));
  return tabular && ROWS_TAGS.has(name) ? texts.filter((t) => t.trim()).join('\n') : texts.join('');
}

const tidy = (s: string) => s.replace(/[ \t]*\n[\s]*/g, '\n').trim();

const TAGS: Record<string, string> = { Clause: 'div', Run: 'span', Group: 'tbody', Row: 'tr', ClauseTable: 'table' };

/**
 * Converts the MDX hast to plain hast: components become elements, IDs are dropped (a clause page
 * must not repeat the policy page's IDs), headings move up by `shift` levels (a clause page's
 * text starts at h2 under its h1), and a lone row's cells span no rows (`lone`).
 */
function toPlain(node: Node, shift = 0, lone = false): Node {
  if (node.type === 'text') return node;
  const children = (node.children ?? []).map((c) => toPlain(c, shift, lone));
  if (isJsx(node)) {
    const name = node.name ?? 'div';
    if (name === 'Heading') {
      const level = Math.min(6, Math.max(2, (Number(attr(node, 'level')) || 3) - shift));
      return { type: 'element', tagName: `h${level}`, properties: {}, children };
    }
    const tagName = TAGS[name] ?? name;
    const properties: Record<string, unknown> = {};
    if (CLAUSE_COMPONENTS.has(name)) properties.className = ['clause', `clause--${kindOf(String(attr(node, 'id')))}`];
    for (const a of node.attributes ?? []) {
      if (a.name === 'id' || a.type !== 'mdxJsxAttribute' || (lone && a.name === 'rowSpan')) continue;
      properties[a.name === 'class' ? 'className' : a.name] = attr(node, a.name);
    }
    return { type: 'element', tagName, properties, children };
  }
  return { ...node, children };
}

/** Extracts every clause of an MDX body, in document order. Throws on duplicate or malformed IDs. */
export function extractClauses(body: string): ExtractedClause[] {
  const tree = mdxToHast(body) as unknown as Node;
  const out: ExtractedClause[] = [];
  const seen = new Map<string, number>();

  const walk = (
    node: Node,
    parent: string | null,
    header: string[] | null,
    columns: string[] | null,
    headerNode: Node | null,
    groupCell: GroupCell | null,
  ) => {
    let currentHeader = header;
    let currentColumns = columns;
    let currentHeaderNode = headerNode;
    let currentGroupCell = groupCell;
    if (isJsx(node) && node.name === 'Group') currentGroupCell = groupCellOf(node);
    if (isJsx(node) && node.name === 'ClauseTable') {
      const thead = node.children?.find((c) => c.name === 'thead' || c.tagName === 'thead') ?? null;
      currentHeaderNode = thead;
      const ths = thead ? collect(thead, (n) => n.name === 'th' || n.tagName === 'th') : [];
      currentHeader = thead ? ths.map((th) => textOf(th)) : null;
      currentColumns = thead
        ? ths.flatMap((th) => Array<string>(Math.max(1, Number(attr(th, 'colSpan')) || 1)).fill(tidy(textOf(th))))
        : null;
    }
    if (isJsx(node) && CLAUSE_COMPONENTS.has(node.name ?? '')) {
      const id = attr(node, 'id');
      const line = node.position?.start.line ?? 0;
      if (typeof id !== 'string' || !id)
        throw new ClauseError(`line ${line}: <${node.name}> has no id — give it id="…" (see docs/ids.md)`);
      const kind = kindOf(id);
      if (!kind)
        throw new ClauseError(
          `line ${line}: clause ID "${id}" does not follow docs/ids.md (e.g. s3-c1, box2-1, annex1-row4)`,
        );
      if (seen.has(id))
        throw new ClauseError(
          `line ${line}: duplicate clause ID "${id}" (first used on line ${seen.get(id)}) — every clause needs its own ID`,
        );
      seen.set(id, line);
      const heading = node.children?.find((c) => isJsx(c) && c.name === 'Heading');
      const inTable = kind === 'row' || kind === 'group';
      const levels = collect(node, (n) => isJsx(n) && n.name === 'Heading').map((h) => Number(attr(h, 'level')) || 3);
      const shift = levels.length ? Math.min(...levels) - 2 : 0;
      let html = toHtml(toPlain(node, shift).children as never);
      if (inTable && currentHeaderNode) {
        const body =
          kind === 'row'
            ? `<tbody>${toHtml(toPlain(withGroupCell(node, currentGroupCell), 0, true) as never)}</tbody>`
            : toHtml(toPlain(node) as never);
        html = `<table>${toHtml(toPlain(currentHeaderNode) as never)}${body}</table>`;
      }
      out.push({
        id,
        kind,
        parent,
        heading: heading ? tidy(textOf(heading)) : null,
        text: tidy(textOf(node, false, true)),
        ownText: tidy((node.children ?? []).map((c) => textOf(c, true)).join('\n')),
        html,
        tableHeader: inTable ? currentHeader : null,
        cells:
          kind === 'row'
            ? (node.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map((c) => tidy(textOf(c)))
            : [],
        columns: inTable ? currentColumns : null,
        rowCells:
          kind === 'row'
            ? (withGroupCell(node, currentGroupCell).children ?? []).filter(isCell).map((c) => tidy(textOf(c)))
            : [],
      });
      parent = id;
    }
    for (const child of node.children ?? [])
      walk(child, parent, currentHeader, currentColumns, currentHeaderNode, currentGroupCell);
  };
  walk(tree, null, null, null, null, null);
  return out;
}

interface GroupCell {
  cell: Node;
  index: number;
}

const isCell = (c: Node) => c.name === 'td' || c.name === 'th';
const spansRows = (c: Node) => isCell(c) && (attr(c, 'rowSpan') !== undefined || attr(c, 'scope') === 'rowgroup');

/** The merged group cell of a group's first row (任务类别, 重点工作 …) and its column. */
function groupCellOf(group: Node): GroupCell | null {
  const first = group.children?.find((c) => c.name === 'Row');
  const cells = first?.children?.filter(isCell) ?? [];
  const index = cells.findIndex(spansRows);
  return index >= 0 ? { cell: cells[index]!, index } : null;
}

/**
 * A row shown on its own page keeps its group's merged cell, which the policy page spans from the
 * group's first row; without it the row's cells would sit under the wrong column headers.
 */
function withGroupCell(row: Node, group: GroupCell | null): Node {
  const cells = row.children?.filter(isCell) ?? [];
  if (!group || cells.some(spansRows)) return row;
  const copy: Node = { ...group.cell, attributes: (group.cell.attributes ?? []).filter((a) => a.name !== 'rowSpan') };
  const children = [...(row.children ?? [])];
  const at = group.index < cells.length ? children.indexOf(cells[group.index]!) : children.length;
  children.splice(at, 0, copy);
  return { ...row, children };
}

function collect(node: Node, test: (n: Node) => boolean): Node[] {
  const found: Node[] = [];
  const visit = (n: Node) => {
    if (test(n)) found.push(n);
    n.children?.forEach(visit);
  };
  visit(node);
  return found;
}
