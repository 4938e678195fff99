/**
 * What the home page says about each policy: who issued it, its number and dates as the text
 * states them (未载明 otherwise), and how many citable units it has — broken down so that the
 * parts add up to the total, whatever kinds a new text brings.
 */
import type { ClauseKind } from '../clauses/ids.ts';
import { formatDate, UNSTATED } from '../format.ts';
import type { PolicyData } from '../../schemas/policy.ts';

/** The parts of a policy's citable units, in the order the home page lists them. */
export const CLAUSE_PARTS: { label: string; kinds: ClauseKind[] }[] = [
  { label: '编号条款', kinds: ['section', 'article', 'item', 'point', 'subpoint', 'box', 'boxItem'] },
  { label: '“一是”“二是”分项', kinds: ['run'] },
  { label: '表格行', kinds: ['row'] },
  { label: '表格行组', kinds: ['group'] },
  { label: '附件', kinds: ['annex'] },
  { label: '未编号段落', kinds: ['paragraph'] },
];

export interface CountPart {
  label: string;
  count: number;
}

/**
 * The policy's citable units by part, leaving out parts it has none of. Every kind belongs to
 * exactly one part, so the counts always add up to the number of clauses; a kind no part names
 * is an error here, not a unit silently left out of the sum.
 */
export function clauseCountParts(clauses: { kind: ClauseKind }[]): CountPart[] {
  const part = new Map(CLAUSE_PARTS.flatMap((p) => p.kinds.map((k) => [k, p.label] as const)));
  const counts = new Map<string, number>();
  for (const c of clauses) {
    const label = part.get(c.kind);
    if (!label)
      throw new Error(`clauseCountParts: no part counts clauses of kind "${c.kind}" — add it to CLAUSE_PARTS`);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return CLAUSE_PARTS.filter((p) => counts.has(p.label)).map((p) => ({ label: p.label, count: counts.get(p.label)! }));
}

/** 172 个可引用单元：编号条款 69 · “一是”“二是”分项 42 · … — the parts add up to the total. */
export function clauseCountText(clauses: { kind: ClauseKind }[]): string {
  const parts = clauseCountParts(clauses);
  return `${clauses.length} 个可引用单元：${parts.map((p) => `${p.label} ${p.count}`).join(' · ')}`;
}

/** 中共苏州市委办公室、苏州市人民政府办公室, or 未载明. */
export const issuersText = (d: Pick<PolicyData, 'issuers'>) => (d.issuers.length ? d.issuers.join('、') : UNSTATED);

/** 苏委办发〔2021〕14号, or 未载明. */
export const docNumberText = (d: Pick<PolicyData, 'docNumber'>) => d.docNumber ?? UNSTATED;

/** 成文 2021年4月17日 · 印发 …; one date when both are the same day; 未载明 when the text states neither. */
export function datesText(d: Pick<PolicyData, 'dateWritten' | 'datePublished'>): string {
  if (d.dateWritten && d.dateWritten === d.datePublished) return `${formatDate(d.dateWritten)}（成文、印发）`;
  const parts = [
    d.dateWritten ? `成文 ${formatDate(d.dateWritten)}` : null,
    d.datePublished ? `印发 ${formatDate(d.datePublished)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : UNSTATED;
}
