/**
 * A policy's status on an "as of" date, from what the text states: 有效期至 (validity),
 * 规划期 (planning period) or nothing (未载明). Computed, never stored, so it cannot go stale.
 */
import { writeCount } from './chinese-numerals.ts';
import { UNSTATED } from '../config/ui.ts';

export type StatusCode = 'in-force' | 'expired' | 'ongoing' | 'ended' | 'not-started' | 'superseded' | 'unknown';

export interface PolicyStatus {
  code: StatusCode;
  /** Short label shown as a badge: 有效, 已失效, 实施中, 已结束, 未开始, 已被取代, 未载明. */
  label: string;
  /** What the status is computed from, e.g. 有效期至 2025-12-31 or 规划期 2021—2023. */
  basis: string;
}

export interface StatusInput {
  validUntil: string | null;
  period: { start: number | null; end: number } | null;
  supersededBy?: string | null;
}

/** The period as the site writes it: 2021—2023, or 至2025年 when only the end year is stated. */
export function formatPeriod(period: { start: number | null; end: number }): string {
  return period.start === null ? `至${period.end}年` : `${period.start}—${period.end}`;
}

/**
 * Whether `text` is a real calendar day written YYYY-MM-DD: it reads back unchanged as a date.
 * A pattern alone lets 2026-02-30 through, and ISO strings compare correctly only when both
 * sides are real dates.
 */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The status on `asOf` (YYYY-MM-DD). A successor decides first; then 有效期至, valid through its
 * last day; then the 规划期, running through the whole of its first and last years; with
 * neither, the status is 未载明 — never guessed as 实施中.
 */
export function policyStatus(input: StatusInput, asOf: string): PolicyStatus {
  if (!isCalendarDate(asOf)) throw new Error(`policyStatus: as-of date "${asOf}" is not a YYYY-MM-DD calendar date`);
  if (input.supersededBy) return { code: 'superseded', label: '已被取代', basis: '已有后续文件' };
  if (input.validUntil) {
    const basis = `有效期至 ${input.validUntil}`;
    return asOf > input.validUntil
      ? { code: 'expired', label: '已失效', basis }
      : { code: 'in-force', label: '有效', basis };
  }
  if (input.period) {
    const year = Number(asOf.slice(0, 4));
    const basis = `规划期 ${formatPeriod(input.period)}`;
    if (year > input.period.end) return { code: 'ended', label: '已结束', basis };
    if (input.period.start !== null && year < input.period.start)
      return { code: 'not-started', label: '未开始', basis };
    return { code: 'ongoing', label: '实施中', basis };
  }
  return { code: 'unknown', label: UNSTATED, basis: '文中未载明有效期或规划期' };
}

/** The as-of date of a build: POLICY_AS_OF when set (tests pin it), else the build day (UTC). */
export function asOfDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const pinned = env.POLICY_AS_OF;
  if (pinned) {
    if (!isCalendarDate(pinned))
      throw new Error(`POLICY_AS_OF="${pinned}" is not a calendar date — write it as YYYY-MM-DD, e.g. 2026-11-23`);
    return pinned;
  }
  return now.toISOString().slice(0, 10);
}

/** Statuses under which a text no longer applies as written: 已失效, 规划期已结束, 已被取代. */
export const isLapsed = (code: StatusCode): boolean => code === 'expired' || code === 'ended' || code === 'superseded';

/**
 * The status as a reader meets it beside a provision, with the date it turns on, the way a
 * legal database states 时效性 first: 已失效（有效期至2025-12-31）, 规划期已结束（2021—2023）,
 * 有效（有效期至2027-12-31）, 规划期内（2024—2026）, 未载明有效期. The date is the text's own
 * (有效期 or 规划期), never the as-of day, which the page states once.
 */
export function statusNote(input: StatusInput, asOf: string): string {
  const status = policyStatus(input, asOf);
  const period = input.period ? `（${formatPeriod(input.period)}）` : '';
  switch (status.code) {
    case 'superseded':
      return '已被取代';
    case 'expired':
      return `已失效（有效期至${input.validUntil}）`;
    case 'in-force':
      return `有效（有效期至${input.validUntil}）`;
    case 'ended':
      return `规划期已结束${period}`;
    case 'not-started':
      return `规划期未开始${period}`;
    case 'ongoing':
      return `规划期内${period}`;
    default:
      return '未载明有效期';
  }
}

const count = (n: number) => writeCount(n, '份');

/**
 * The site-wide notice: when no published text is known to be in force on `asOf` — each has
 * lapsed or states no period — every page says so, since a reader who lands on one clause from
 * a search sees no other warning. Null while at least one text is in force, ongoing or yet to
 * start (each page then states its own status), and for an empty corpus.
 */
export function corpusNotice(codes: StatusCode[], asOf: string): string | null {
  if (!isCalendarDate(asOf)) throw new Error(`corpusNotice: as-of date "${asOf}" is not a YYYY-MM-DD calendar date`);
  const lapsed = codes.filter(isLapsed).length;
  const unknown = codes.filter((c) => c === 'unknown').length;
  if (lapsed === 0 || lapsed + unknown !== codes.length) return null;
  const verify = '其条款是否仍在执行，请向主管部门核实。';
  if (unknown === 0) return `截至${asOf}，本站收录的${count(codes.length)}政策均已失效或规划期已结束，${verify}`;
  return `截至${asOf}，本站收录的${count(codes.length)}政策无一确知仍在有效期内：${count(lapsed)}已失效或规划期已结束，${count(unknown)}未载明有效期。${verify}`;
}
