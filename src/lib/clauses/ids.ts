/**
 * The clause ID scheme of docs/ids.md: parsing an ID into its numbering path, its kind, and
 * the citation label a reader would write (三、（一）二是, 第（三）条第4项, 专栏3第2项).
 */
import { intToCn } from '../import/numbering.ts';

export type ClauseKind =
  | 'paragraph'
  | 'section'
  | 'article'
  | 'item'
  | 'point'
  | 'subpoint'
  | 'run'
  | 'box'
  | 'boxItem'
  | 'annex'
  | 'group'
  | 'row';

export interface Segment {
  kind: ClauseKind;
  n: number;
}

const FIRST: [RegExp, ClauseKind][] = [
  [/^p(\d+)$/, 'paragraph'],
  [/^s(\d+)$/, 'section'],
  [/^a(\d+)$/, 'article'],
  [/^c(\d+)$/, 'item'],
  [/^i(\d+)$/, 'point'],
  [/^box(\d+)$/, 'box'],
  [/^annex(\d+)$/, 'annex'],
  [/^g(\d+)$/, 'group'],
  [/^row(\d+)$/, 'row'],
];
const NEXT: [RegExp, ClauseKind][] = [
  [/^c(\d+)$/, 'item'],
  [/^i(\d+)$/, 'point'],
  [/^n(\d+)$/, 'subpoint'],
  [/^r(\d+)$/, 'run'],
  [/^g(\d+)$/, 'group'],
  [/^row(\d+)$/, 'row'],
];

/** Splits an ID into its numbering path; null when it does not follow the scheme. */
export function parseClauseId(id: string): Segment[] | null {
  const parts = id.split('-');
  const segments: Segment[] = [];
  for (const [i, part] of parts.entries()) {
    const prev = segments[segments.length - 1];
    const table = i === 0 ? FIRST : NEXT;
    if (prev?.kind === 'box' && /^\d+$/.test(part)) {
      segments.push({ kind: 'boxItem', n: Number(part) });
      continue;
    }
    const hit = table.map(([re, kind]) => [part.match(re), kind] as const).find(([m]) => m);
    // A paragraph holds runs (p2-r1) and nothing else.
    if (!hit || (prev?.kind === 'paragraph' && hit[1] !== 'run')) return null;
    segments.push({ kind: hit[1], n: Number(hit[0]![1]) });
  }
  return segments.length && segments.every((s) => s.n > 0) ? segments : null;
}

/** The kind of clause an ID names (its last segment), or null for a malformed ID. */
export function kindOf(id: string): ClauseKind | null {
  const segments = parseClauseId(id);
  return segments ? segments[segments.length - 1]!.kind : null;
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
    switch (seg.kind) {
      case 'paragraph':
        out.push(`第${seg.n}段`);
        break;
      case 'section':
        if (!(running && next?.kind === 'item')) out.push(`${intToCn(seg.n)}、`);
        break;
      case 'article':
        out.push(`第${intToCn(seg.n)}条`);
        break;
      case 'item':
        out.push(running ? `第（${intToCn(seg.n)}）条` : `（${intToCn(seg.n)}）`);
        break;
      case 'point':
      case 'boxItem':
        out.push(`第${seg.n}项`);
        break;
      case 'subpoint':
        out.push(`（${seg.n}）`);
        break;
      case 'run':
        out.push(`${intToCn(seg.n)}是`);
        break;
      case 'box':
        out.push(`专栏${seg.n}`);
        break;
      case 'annex':
        out.push(options.annexNames?.[seg.n] ?? `附件${seg.n}`);
        break;
      case 'group': {
        // Each part of an ID is one segment, so the group's own ID is the ID up to this part.
        const gid = parts.slice(0, i + 1).join('-');
        out.push(options.groupNames?.[gid] ? `“${options.groupNames[gid]}”` : `第${seg.n}组`);
        break;
      }
      case 'row':
        if (options.rowItem) {
          const { group, n } = options.rowItem;
          out.push(`${group ? `“${group}”` : ''}第${n}项`);
        } else out.push(options.rowHasSerial ? `序号${seg.n}` : `第${seg.n}行`);
        break;
    }
  });
  return out.join('');
}
