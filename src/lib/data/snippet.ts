/**
 * Short text of a clause for lists: its title without the numbering the label already shows,
 * and an excerpt around the first keyword that put it in a topic.
 */
import { STRICT_NUMERAL_CHARS as CN } from '../chinese-numerals.ts';

/** Numbering at the start of a clause's text: 二、 （三） (三) 二是 3. 1． 专栏3 — the citation label shows it already. */
const NUMBERING = new RegExp(
  String.raw`^\s*(?:[${CN}]+、|[（(][${CN}\d]+[）)]|[${CN}]+是|\d+\s*[.．、]|专栏\s*\d+)\s*`,
);

export function stripNumbering(text: string): string {
  let out = text;
  for (let i = 0; i < 3 && NUMBERING.test(out); i++) out = out.replace(NUMBERING, '');
  return out.trim();
}

/** A clause's title for a list: its heading, else its first sentence; numbering removed, shortened to `max` characters. */
export function clauseSummary(heading: string | null, text: string, max = 36): string {
  const body = stripNumbering(text);
  const source = stripNumbering(heading ?? '') || (body.split(/[。；\n]/).find((s) => s.trim()) ?? body).trim();
  const chars = [...source.replace(/[。；：:，,]$/, '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** About `radius` characters either side of the first of `keywords` in `text` (whitespace collapsed), or null when none occurs. */
export function excerpt(text: string, keywords: string[], radius = 30): Excerpt | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  let at = -1;
  let word = '';
  for (const k of keywords) {
    const i = flat.indexOf(k);
    if (i >= 0 && (at < 0 || i < at || (i === at && k.length > word.length))) {
      at = i;
      word = k;
    }
  }
  if (at < 0) return null;
  const start = Math.max(0, at - radius);
  const end = Math.min(flat.length, at + word.length + radius);
  return {
    before: `${start > 0 ? '…' : ''}${flat.slice(start, at)}`,
    match: word,
    after: `${flat.slice(at + word.length, end)}${end < flat.length ? '…' : ''}`,
  };
}

/** What a list title needs of a clause. */
export interface TitledClause {
  id: string;
  kind: string;
  parent: string | null;
  order: number;
  heading: string | null;
  ownText: string;
  text: string;
  label: string;
  cells: string[];
  tableHeader: string[] | null;
}

/**
 * The title of a table row: its task or indicator cell. The serial number, the 责任单位 column
 * and, on the first row of a group, the group's merged cell (一、链主引培工程) are left out.
 * `previous` is the clause before the row in the document: the group itself on a group's first row.
 */
export function rowTitle(row: TitledClause, previous: { id: string } | undefined, max = 36): string {
  let cells = [...row.cells];
  const last = row.tableHeader?.[row.tableHeader.length - 1] ?? '';
  if (/责任单位|牵头单位|责任部门/.test(last)) cells = cells.slice(0, -1);
  cells = cells.filter((c) => !/^\s*\d+\s*$/.test(c));
  if (cells.length > 1 && row.parent !== null && previous?.id === row.parent) cells = cells.slice(1);
  return clauseSummary(null, cells[0] ?? row.text, max);
}

/** The title of any clause in a list: a row's task cell, a group's name, else its heading or first sentence. */
export function listTitle(clause: TitledClause, clauses: { id: string }[], max = 36): string {
  if (clause.kind === 'row') return rowTitle(clause, clauses[clause.order - 1], max);
  if (clause.kind === 'group') return clause.label.replace(/^.*“|”$/g, '');
  return clauseSummary(clause.heading, clause.ownText || clause.text, max);
}
