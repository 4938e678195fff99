/**
 * The clause ID scheme of docs/ids.md, in one table (`CLAUSE_KINDS`): each kind of clause with the
 * prefix its ID segment carries, the code a typed reference is keyed by (src/lib/search/reference.ts),
 * how its number is cited, and what the open data calls it. Writing an ID (the importer), reading
 * one, citation labels (三、（一）二是, 第（三）条第4项, 专栏3第2项) and reference keys all follow from it.
 */
import { writeChineseNumeral } from '../chinese-numerals.ts';

const cn = writeChineseNumeral;

export interface KindSpec {
  /** The ID segment is `<prefix><n>` (`s3`, `box3`, `row12`); a box item's is its bare number (`box3-2`). */
  prefix: string;
  /** Whether an ID may start with this segment, and whether it may follow another. */
  first: boolean;
  next: boolean;
  /** The kinds this one may follow when it cannot follow any (a box item follows its box only). */
  after?: readonly string[];
  /** The kinds a clause of this kind may hold as the next segment, when not every kind (a paragraph holds runs only). */
  holds?: readonly string[];
  /**
   * The letter a typed reference to this kind is keyed by: t for articles (第X条, and running （X）
   * cited 第（X）条), w for table rows by their 序号, x for annexes, i for points and box items alike
   * (第X项) … (src/lib/search/reference.ts).
   */
  ref: string;
  /** How the segment is cited in a label when no option of `clauseLabel` says otherwise. */
  cite: (n: number) => string;
  /** What the open data's `kind` column calls it (/data/clauses.json). */
  written: string;
}

/**
 * Every kind of clause, in the order the open data lists them. Adding a kind here gives it an ID
 * segment, a label, a reference key and a place in the open data's schema; the round-trip tests
 * (ids.test.ts) hold every published ID to it.
 */
// prettier-ignore
export const CLAUSE_KINDS = {
  paragraph: { prefix: 'p',     first: true,  next: false, holds: ['run'],  ref: 'p', cite: (n) => `第${n}段`,     written: '未编号段落' },
  section:   { prefix: 's',     first: true,  next: false, ref: 's', cite: (n) => `${cn(n)}、`,     written: '一、' },
  article:   { prefix: 'a',     first: true,  next: false, ref: 't', cite: (n) => `第${cn(n)}条`,   written: '第X条' },
  item:      { prefix: 'c',     first: true,  next: true,  ref: 'c', cite: (n) => `（${cn(n)}）`,   written: '（一）' },
  point:     { prefix: 'i',     first: true,  next: true,  ref: 'i', cite: (n) => `第${n}项`,       written: '1.' },
  subpoint:  { prefix: 'n',     first: false, next: true,  ref: 'n', cite: (n) => `（${n}）`,       written: '（1）' },
  run:       { prefix: 'r',     first: false, next: true,  ref: 'r', cite: (n) => `${cn(n)}是`,     written: '一是' },
  box:       { prefix: 'box',   first: true,  next: false, ref: 'b', cite: (n) => `专栏${n}`,       written: '专栏' },
  boxItem:   { prefix: '',      first: false, next: false, after: ['box'], ref: 'i', cite: (n) => `第${n}项`, written: '专栏内的项' },
  annex:     { prefix: 'annex', first: true,  next: false, ref: 'x', cite: (n) => `附件${n}`,       written: '附件' },
  group:     { prefix: 'g',     first: true,  next: true,  ref: 'g', cite: (n) => `第${n}组`,       written: '表格行组' },
  row:       { prefix: 'row',   first: true,  next: true,  ref: 'w', cite: (n) => `第${n}行`,       written: '表格行' },
} as const satisfies Record<string, KindSpec>;

export type ClauseKind = keyof typeof CLAUSE_KINDS;

/** Every kind, in the table's order. */
export const CLAUSE_KIND_LIST = Object.keys(CLAUSE_KINDS) as ClauseKind[];

/**
 * The reference code of a table row cited by its position in a table without a 序号 column
 * (第12行): not an ID segment, since a row's ID number is its 序号 when the table has one.
 */
export const ROW_POSITION_REF = 'l';

export interface Segment {
  kind: ClauseKind;
  n: number;
}

const spec = (kind: ClauseKind): KindSpec => CLAUSE_KINDS[kind];

/** One segment of an ID: `s3`, `box3`, the bare `2` of a box item. */
export const formatSegment = (seg: Segment): string => `${spec(seg.kind).prefix}${seg.n}`;

/** An ID from its numbering path: the inverse of `parseClauseId`. */
export const formatClauseId = (segments: readonly Segment[]): string => segments.map(formatSegment).join('-');

/** The ID of a clause of `kind` numbered `n` under `parent` (null at the top: sections, articles, boxes, annexes, paragraphs). */
export const clauseId = (parent: string | null | undefined, kind: ClauseKind, n: number): string =>
  parent ? `${parent}-${formatSegment({ kind, n })}` : formatSegment({ kind, n });

/** The pattern of each kind's segment: its prefix and a number (a box item's bare number). */
const SEGMENT_PATTERNS: [RegExp, ClauseKind][] = CLAUSE_KIND_LIST.map((kind) => [
  new RegExp(`^${spec(kind).prefix}(\\d+)$`),
  kind,
]);

/** Splits an ID into its numbering path; null when it does not follow the scheme. */
export function parseClauseId(id: string): Segment[] | null {
  const segments: Segment[] = [];
  for (const [i, part] of id.split('-').entries()) {
    const prev = segments[segments.length - 1];
    const hit = SEGMENT_PATTERNS.map(([re, kind]) => [part.match(re), kind] as const).find(
      ([m, kind]) => m && fits(kind, i === 0 ? null : prev!.kind),
    );
    if (!hit) return null;
    segments.push({ kind: hit[1], n: Number(hit[0]![1]) });
  }
  return segments.length && segments.every((s) => s.n > 0) ? segments : null;
}

/** Whether a segment of `kind` may come first (`prev` null) or after a segment of kind `prev`. */
function fits(kind: ClauseKind, prev: ClauseKind | null): boolean {
  const k: KindSpec = spec(kind);
  if (prev === null) return k.first;
  const holds = spec(prev).holds;
  if (holds && !holds.includes(kind)) return false;
  return k.next || (k.after?.includes(prev) ?? false);
}

/** The kind of clause an ID names (its last segment), or null for a malformed ID. */
export function kindOf(id: string): ClauseKind | null {
  const segments = parseClauseId(id);
  return segments ? segments[segments.length - 1]!.kind : null;
}

/** The number of a clause within its parent (`annex1-row12` → 12), or NaN for a malformed ID. */
export function clauseNumber(id: string): number {
  const segments = parseClauseId(id);
  return segments ? segments[segments.length - 1]!.n : Number.NaN;
}

export interface LabelOptions {
  /** `running`: （n） is cited as an article (第（三）条) without its section. */
  numbering?: 'nested' | 'running';
  /** How each annex is written in the text, e.g. { 1: '附件' } or { 1: '附件1' }. */
  annexNames?: Record<number, string>;
  /** Names of table row groups by group ID, e.g. { 'annex1-g2': '二、技术攻坚工程' }. */
  groupNames?: Record<string, string>;
  /** Whether a table row's number is the table's own 序号 (cited 序号12) rather than its position (第12行). */
  rowHasSerial?: boolean;
  /**
   * A table row numbered inside its group, as the document prints it (Suzhou's 任务分工表: the
   * 专栏任务 cell "5. 加快市医药服务平台建设" under 三、创新平台工程): cited 附件“三、创新平台工程”第5项
   * instead of by its position in the whole table (附件第12行), a number the document does not show.
   */
  rowItem?: { group: string | null; n: number };
}

/** The citation label of a clause, e.g. 三、（一）二是; the policy title and region are added by src/lib/citation. */
export function clauseLabel(id: string, options: LabelOptions = {}): string {
  const segments = parseClauseId(id);
  if (!segments) throw new Error(`clauseLabel: "${id}" is not a clause ID (see docs/ids.md)`);
  const running = options.numbering === 'running';
  const parts = id.split('-');
  const out: string[] = [];
  segments.forEach((seg, i) => {
    const next = segments[i + 1];
    const cited = spec(seg.kind).cite(seg.n);
    switch (seg.kind) {
      case 'section':
        if (!(running && next?.kind === 'item')) out.push(cited);
        break;
      case 'item':
        out.push(running ? `第（${writeChineseNumeral(seg.n)}）条` : cited);
        break;
      case 'annex':
        out.push(options.annexNames?.[seg.n] ?? cited);
        break;
      case 'group': {
        // Each part of an ID is one segment, so the group's own ID is the ID up to this part.
        const gid = parts.slice(0, i + 1).join('-');
        out.push(options.groupNames?.[gid] ? `“${options.groupNames[gid]}”` : cited);
        break;
      }
      case 'row':
        if (options.rowItem) {
          const { group, n } = options.rowItem;
          out.push(`${group ? `“${group}”` : ''}第${n}项`);
        } else out.push(options.rowHasSerial ? `序号${seg.n}` : cited);
        break;
      default:
        out.push(cited);
    }
  });
  return out.join('');
}
