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

function table(node: TableNode): string {
  const { table: t, rowIds, groups } = node;
  const head = t.header
    .map((h) => cell('th', h.text, `${h.colSpan > 1 ? ` colSpan={${h.colSpan}}` : ''} scope="col"`))
    .join('');
  const lines = ['<ClauseTable>', `<thead><tr>${head}</tr></thead>`];
  const renderRow = (i: number, span: number | null) => {
    const row = t.rows[i]!;
    if (row.repeatHeader) {
      // A header repeated after a page break is part of the printed text: keep it, marked.
      return `<tr class="repeat-head">${t.header.map((h) => cell('th', h.text, h.colSpan > 1 ? ` colSpan={${h.colSpan}}` : '')).join('')}</tr>`;
    }
    const cells = row.cells.map((text, c) => {
      if (c === t.groupColumn) {
        if (span === null) return '';
        const attrs = ` scope="rowgroup"${span > 1 ? ` rowSpan={${span}}` : ''}`;
        return text ? cell('th', text, attrs) : `<td${span > 1 ? ` rowSpan={${span}}` : ''}></td>`;
      }
      return cell('td', text);
    });
    return `<Row id="${rowIds[i]}">${cells.join('')}</Row>`;
  };
  if (!groups.length) {
    lines.push('<tbody>', ...t.rows.map((_, i) => renderRow(i, null)), '</tbody>');
  } else {
    for (const g of groups) {
      lines.push(`<Group id="${g.id}">`);
      // The group cell spans the group's rows, restarting after a repeated header row.
      let k = 0;
      while (k < g.rows.length) {
        let end = k;
        while (end < g.rows.length && !t.rows[g.rows[end]!]!.repeatHeader) end += 1;
        if (end > k)
          lines.push(renderRow(g.rows[k]!, end - k), ...g.rows.slice(k + 1, end).map((i) => renderRow(i, null)));
        if (end < g.rows.length) lines.push(renderRow(g.rows[end]!, null));
        k = end + 1;
      }
      lines.push('</Group>');
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
