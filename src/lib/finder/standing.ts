/**
 * What the total of a location rests on: how much of it comes from provisions whose policy is not
 * in force — lapsed or ended (or the clause's own period has passed), stating no period at all, or
 * not started yet. The headline says so itself (answer-text.ts words it): a reader who sees only
 * “最高可申请约 1350 万元” must not take a figure computed from lapsed texts for a current offer.
 * Reads the answer's items (answer.ts decides what is counted and whether it is current).
 */
import { roundWan } from './compute.ts';
import type { ItemResult, LocationAnswer } from './answer.ts';

export type Standing = 'lapsed' | 'undated' | 'not-started';

const LAPSED = new Set(['expired', 'ended', 'superseded']);

/** Why a counted item is not current, or null when it is. */
export function itemStanding(i: Pick<ItemResult, 'current' | 'periodEnded' | 'policy'>): Standing | null {
  if (i.current) return null;
  if (i.periodEnded || LAPSED.has(i.policy.status.code)) return 'lapsed';
  if (i.policy.status.code === 'not-started') return 'not-started';
  return 'undated';
}

export interface TotalStanding {
  totalWan: number;
  /** The part of the total from provisions not current, by why (万元); kinds with nothing are left out. */
  notCurrent: Partial<Record<Standing, number>>;
  /** Every counted amount is from a provision not current (false when nothing is counted). */
  allNotCurrent: boolean;
}

export function totalStanding(a: Pick<LocationAnswer, 'items' | 'totalWan'>): TotalStanding {
  const notCurrent: Partial<Record<Standing, number>> = {};
  let sum = 0;
  for (const i of a.items) {
    if (!i.counted || i.countedWan === null || i.countedWan <= 0) continue;
    const why = itemStanding(i);
    if (!why) continue;
    notCurrent[why] = roundWan((notCurrent[why] ?? 0) + i.countedWan);
    sum += i.countedWan;
  }
  return { totalWan: a.totalWan, notCurrent, allNotCurrent: a.totalWan > 0 && roundWan(sum) >= a.totalWan };
}
