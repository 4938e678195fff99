/**
 * Writes a parsed policy as an MDX body: the verbatim text, every clause wrapped in a
 * component that carries its ID (<Clause>, <Run>, <Group>, <Row>), tables as real tables.
 */
import type { BodyNode, ClauseNode, ParaNode, TableNode } from './parse.ts';

/**
 * Escapes verbatim text for MDX so that no character is read as Markdown or JSX syntax.
 * All escaped characters are ASCII punctuation, which CommonMark un-escapes to themselves.
 */
export function escapeMdx(text: string): string {
  let out = text.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`);
  // GFM turns web addresses and e-mail addresses into links whose text keeps every backslash
  // (zcfg\_1.html would show its "\"): escaping the characters that start such a link keeps them text.
  out = out
    .replace(/@/g, '\\@')
    .replace(/(?<=[A-Za-z]):(?=\/\/)/g, '\\:')
    .replace(/(?<![A-Za-z0-9])(www)\./gi, '$1\\.');
  // Block syntax only matters at the start of a paragraph: "1. " opens a list, "- " a bullet.
  out = out.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  // MDX reads a paragraph opening with import or export as JavaScript (an ES module statement): a
  // character reference for its first letter keeps it text, and renders as the letter itself.
  out = out.replace(/^(?=(?:import|export)(?![\w$]))[ie]/, (c) => `&#${c.charCodeAt(0)};`);
  return out;
}

/** Turns the `**bold**` of a Markdown export into <strong>, escaping everything else. */
export function inlineMdx(text: string): string {
  const parts = text.split(/\*\*(.+?)\*\*/);
  return parts.map((part, i) => (i % 2 === 1 ? `<strong>${escapeMdx(part)}</strong>` : escapeMdx(part))).join('');
}

function paragraph(node: ParaNode): string {
  if (!node.runs.length) return inlineMdx(node.text);
  const cuts = node.runs.map((r) => r.index);
  const pieces = [inlineMdx(node.text.slice(0, cuts[0]))];
  node.runs.forEach((run, i) => {
    const body = node.text.slice(run.index, cuts[i + 1] ?? node.text.length);
    pieces.push(`<Run id="${run.id}">${inlineMdx(body)}</Run>`);
  });
  return pieces.join('');
}

const headingLevel: Partial<Record<ClauseNode['kind'], number>> = {
  section: 2,
  article: 2,
  annex: 2,
  item: 3,
  box: 3,
  point: 4,
  boxItem: 4,
  subpoint: 5,
};

function clause(node: ClauseNode): string {
  const parts = [`<Clause id="${node.id}">`];
  if (node.heading)
    parts.push(`<Heading level={${node.level ?? headingLevel[node.kind] ?? 4}}>${inlineMdx(node.heading)}</Heading>`);
  parts.push(...node.children.map(block));
  parts.push('</Clause>');
  return parts.join('\n\n');
}

const cell = (tag: 'td' | 'th', text: string, attrs = '') => `<${tag}${attrs}>${inlineMdx(text)}</${tag}>`;

/**
 * The header each column's cells are labelled with (data-label), so that a narrow screen can show
 * a row as a card of labelled fields (src/styles/global.css). A header spanning several columns
 * labels the first; whitespace inside a header (类  型) is dropped, and a header that cannot be an
 * attribute value as written labels nothing.
 */
export function columnLabels(header: { text: string; colSpan: number }[]): string[] {
  return header.flatMap((h) => {
    const text = h.text.replace(/\s+/g, '').replace(/\*\*/g, '');
    const label = /^[^"{}<>&\\]+$/.test(text) ? text : '';
    return [label, ...Array<string>(h.colSpan - 1).fill('')];
  });
}

function table(node: TableNode): string {
  const { table: t, rowIds, groups } = node;
  const head = t.header
    .map((h) => cell('th', h.text, `${h.colSpan > 1 ? ` colSpan={${h.colSpan}}` : ''} scope="col"`))
    .join('');
  const lines = ['<ClauseTable>', `<thead><tr>${head}</tr></thead>`];
  const labels = columnLabels(t.header);
  const renderRow = (i: number, span: number | null) => {
    const row = t.rows[i]!;
    const cells = row.cells.map((text, c) => {
      if (c === t.groupColumn) {
        if (span === null) return '';
        const attrs = ` scope="rowgroup"${span > 1 ? ` rowSpan={${span}}` : ''}`;
        return text ? cell('th', text, attrs) : `<td${span > 1 ? ` rowSpan={${span}}` : ''}></td>`;
      }
      return cell('td', text, labels[c] ? ` data-label="${labels[c]}"` : '');
    });
    return `<Row id="${rowIds[i]}">${cells.join('')}</Row>`;
  };
  // A header row repeated after a page break is an artefact of the printed page, not data: it is
  // not rendered (docs/ids.md; the fidelity test names this exception), and a group cell spans
  // its group's rows across the break.
  const isData = (i: number) => !t.rows[i]!.repeatHeader;
  if (!groups.length) {
    const data = t.rows.map((_, i) => i).filter(isData);
    lines.push('<tbody>', ...data.map((i) => renderRow(i, null)), '</tbody>');
  } else {
    for (const g of groups) {
      const data = g.rows.filter(isData);
      lines.push(`<Group id="${g.id}">`, ...data.map((i, k) => renderRow(i, k === 0 ? data.length : null)), '</Group>');
    }
  }
  lines.push('</ClauseTable>');
  return lines.join('\n');
}

function block(node: BodyNode): string {
  if (node.type === 'clause') return clause(node);
  if (node.type === 'para') return paragraph(node);
  return table(node);
}

/** The MDX body (without frontmatter) of a parsed document. */
export function toMdxBody(children: BodyNode[]): string {
  return `${children.map(block).join('\n\n')}\n`;
}
