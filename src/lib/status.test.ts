import { describe, expect, it } from 'vitest';
import {
  asOfDate,
  corpusNotice,
  formatPeriod,
  isCalendarDate,
  isLapsed,
  policyStatus,
  statusNote,
  type StatusCode,
  type StatusInput,
} from './status.ts';

const undated: StatusInput = { validUntil: null, period: null };
const valid = (validUntil: string): StatusInput => ({ validUntil, period: null });
const plan = (start: number | null, end: number): StatusInput => ({ validUntil: null, period: { start, end } });

describe('policyStatus: a policy that states no date', () => {
  it('is 未载明, not 实施中 or 有效, whatever the as-of date', () => {
    for (const asOf of ['2000-01-01', '2026-11-23', '2099-12-31'])
      expect(policyStatus(undated, asOf)).toEqual({
        code: 'unknown',
        label: '未载明',
        basis: '文中未载明有效期或规划期',
      });
  });
  it('is 未载明 when supersededBy is empty', () => {
    expect(policyStatus({ ...undated, supersededBy: null }, '2026-11-23').code).toBe('unknown');
    expect(policyStatus({ ...undated, supersededBy: '' }, '2026-11-23').code).toBe('unknown');
  });
});

describe('policyStatus: 有效期至', () => {
  const until = valid('2025-12-31');
  it('is 有效 up to and including the last day', () => {
    expect(policyStatus(until, '2024-01-01')).toEqual({
      code: 'in-force',
      label: '有效',
      basis: '有效期至 2025-12-31',
    });
    expect(policyStatus(until, '2025-12-31').code).toBe('in-force');
  });
  it('is 已失效 from the next day on', () => {
    expect(policyStatus(until, '2026-01-01')).toEqual({
      code: 'expired',
      label: '已失效',
      basis: '有效期至 2025-12-31',
    });
    expect(policyStatus(valid('2025-06-30'), '2025-07-01').code).toBe('expired');
  });
  it('compares whole dates, not only the year', () => {
    expect(policyStatus(valid('2025-06-30'), '2025-06-29').code).toBe('in-force');
    expect(policyStatus(valid('2025-06-30'), '2025-12-01').code).toBe('expired');
  });
  it('decides before the planning period when the text states both', () => {
    const both: StatusInput = { validUntil: '2025-12-31', period: { start: 2021, end: 2023 } };
    expect(policyStatus(both, '2024-06-01')).toMatchObject({ code: 'in-force', basis: '有效期至 2025-12-31' });
    expect(policyStatus(both, '2026-06-01')).toMatchObject({ code: 'expired', basis: '有效期至 2025-12-31' });
  });
});

describe('policyStatus: 规划期', () => {
  const period = plan(2021, 2023);
  it('is 实施中 through the whole of its first and its last year', () => {
    expect(policyStatus(period, '2021-01-01')).toEqual({ code: 'ongoing', label: '实施中', basis: '规划期 2021—2023' });
    expect(policyStatus(period, '2022-07-15').code).toBe('ongoing');
    expect(policyStatus(period, '2023-12-31').code).toBe('ongoing');
  });
  it('is 已结束 from the year after its last', () => {
    expect(policyStatus(period, '2024-01-01')).toEqual({ code: 'ended', label: '已结束', basis: '规划期 2021—2023' });
  });
  it('is 未开始 before its first year', () => {
    expect(policyStatus(period, '2020-12-31')).toEqual({
      code: 'not-started',
      label: '未开始',
      basis: '规划期 2021—2023',
    });
  });
  it('with only a target year, runs until the end of that year and never 未开始', () => {
    const to2025 = plan(null, 2025);
    expect(policyStatus(to2025, '1990-01-01')).toEqual({ code: 'ongoing', label: '实施中', basis: '规划期 至2025年' });
    expect(policyStatus(to2025, '2025-12-31').code).toBe('ongoing');
    expect(policyStatus(to2025, '2026-01-01').code).toBe('ended');
  });
  it('a one-year period runs that year only', () => {
    const one = plan(2024, 2024);
    expect(policyStatus(one, '2023-12-31').code).toBe('not-started');
    expect(policyStatus(one, '2024-06-01').code).toBe('ongoing');
    expect(policyStatus(one, '2025-01-01').code).toBe('ended');
  });
});

describe('policyStatus: superseded', () => {
  it('is 已被取代 once a successor is named, whatever the dates say', () => {
    const expected = { code: 'superseded', label: '已被取代', basis: '已有后续文件' };
    expect(policyStatus({ ...valid('2099-12-31'), supersededBy: 'new-policy' }, '2026-11-23')).toEqual(expected);
    expect(policyStatus({ ...plan(2021, 2030), supersededBy: 'new-policy' }, '2026-11-23')).toEqual(expected);
    expect(policyStatus({ ...undated, supersededBy: 'new-policy' }, '2026-11-23')).toEqual(expected);
  });
});

describe('policyStatus: the as-of date', () => {
  it.each(['2026-1-5', '20261105', '2026-11-05T00:00', ' 2026-11-05', '2026-11-05 ', 'x2026-11-05', '2026-02-30', ''])(
    'refuses %j, naming it',
    (asOf) => {
      expect(() => policyStatus(undated, asOf)).toThrow(`"${asOf}"`);
    },
  );
  it('gives every status a label of its own', () => {
    const cases: [StatusInput, string][] = [
      [valid('2025-12-31'), '2025-01-01'],
      [valid('2025-12-31'), '2026-01-01'],
      [plan(2021, 2023), '2022-01-01'],
      [plan(2021, 2023), '2024-01-01'],
      [plan(2021, 2023), '2020-01-01'],
      [{ ...undated, supersededBy: 'x' }, '2022-01-01'],
      [undated, '2022-01-01'],
    ];
    const statuses = cases.map(([input, asOf]) => policyStatus(input, asOf));
    expect(new Set(statuses.map((s) => s.code)).size).toBe(7);
    expect(new Set(statuses.map((s) => s.label)).size).toBe(7);
  });
});

describe('formatPeriod', () => {
  it('writes a full period with a dash and a target year alone as 至N年', () => {
    expect(formatPeriod({ start: 2021, end: 2023 })).toBe('2021—2023');
    expect(formatPeriod({ start: null, end: 2025 })).toBe('至2025年');
  });
});

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isCalendarDate('2026-11-23')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-12-31')).toBe(true);
  });
  it('refuses days that do not exist and other shapes', () => {
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-11-23x',
      '26-11-23',
      '2026/11/23',
      '2026-11',
      '2026',
      '+002026-11-23',
    ])
      expect(isCalendarDate(text), text).toBe(false);
  });
});

describe('asOfDate', () => {
  const now = new Date('2026-11-23T20:30:00-05:00'); // already 24 November in UTC
  it('takes POLICY_AS_OF when it is set', () => {
    expect(asOfDate({ POLICY_AS_OF: '2024-01-01' }, now)).toBe('2024-01-01');
  });
  it('is the build day in UTC otherwise (an empty POLICY_AS_OF counts as unset)', () => {
    expect(asOfDate({}, now)).toBe('2026-11-24');
    expect(asOfDate({ POLICY_AS_OF: '' }, now)).toBe('2026-11-24');
  });
  it('refuses a POLICY_AS_OF that is not a date, saying how to write it', () => {
    expect(() => asOfDate({ POLICY_AS_OF: '2024-1-1' }, now)).toThrow(/POLICY_AS_OF="2024-1-1".*YYYY-MM-DD/);
    expect(() => asOfDate({ POLICY_AS_OF: '2024-02-30' }, now)).toThrow(/POLICY_AS_OF="2024-02-30"/);
    expect(() => asOfDate({ POLICY_AS_OF: 'today' }, now)).toThrow(/POLICY_AS_OF="today"/);
  });
  it('reads process.env by default', () => {
    const saved = process.env.POLICY_AS_OF;
    process.env.POLICY_AS_OF = '2023-03-03';
    try {
      expect(asOfDate()).toBe('2023-03-03');
    } finally {
      if (saved === undefined) delete process.env.POLICY_AS_OF;
      else process.env.POLICY_AS_OF = saved;
    }
  });
});

describe('statusNote: the status with the date it turns on', () => {
  it('writes 已失效 with the last day of validity, from the day after it (无锡市, 有效期至2025-12-31)', () => {
    expect(statusNote(valid('2025-12-31'), '2026-11-23')).toBe('已失效（有效期至2025-12-31）');
    expect(statusNote(valid('2025-12-31'), '2026-01-01')).toBe('已失效（有效期至2025-12-31）');
    expect(statusNote(valid('2025-12-31'), '2025-12-31')).toBe('有效（有效期至2025-12-31）');
  });
  it('writes a planning period as the text states it: both years, or only the end (太仓市 2025)', () => {
    expect(statusNote(plan(2021, 2023), '2026-11-23')).toBe('规划期已结束（2021—2023）');
    expect(statusNote(plan(null, 2025), '2026-01-01')).toBe('规划期已结束（至2025年）');
    expect(statusNote(plan(2021, 2023), '2023-12-31')).toBe('规划期内（2021—2023）');
    expect(statusNote(plan(2027, 2029), '2026-11-23')).toBe('规划期未开始（2027—2029）');
  });
  it('says 未载明有效期 when the text states neither, and 已被取代 when a successor is named', () => {
    expect(statusNote(undated, '2026-11-23')).toBe('未载明有效期');
    expect(statusNote({ ...valid('2030-01-01'), supersededBy: 'x' }, '2026-11-23')).toBe('已被取代');
  });
});

describe('isLapsed', () => {
  it('is true for 已失效, 已结束 and 已被取代 only', () => {
    expect(['expired', 'ended', 'superseded'].every((c) => isLapsed(c as StatusCode))).toBe(true);
    expect(['in-force', 'ongoing', 'not-started', 'unknown'].some((c) => isLapsed(c as StatusCode))).toBe(false);
  });
});

describe('corpusNotice: the site-wide notice', () => {
  it('on the build date of the five texts: four lapsed, Kunshan states no period', () => {
    expect(corpusNotice(['ended', 'ended', 'ended', 'unknown', 'expired'], '2026-11-23')).toBe(
      '截至2026-11-23，本站收录的五份政策无一确知仍在有效期内：四份已失效或规划期已结束，一份未载明有效期。其条款是否仍在执行，请向主管部门核实。',
    );
  });
  it('when every text has lapsed', () => {
    expect(corpusNotice(['expired', 'ended'], '2026-11-23')).toBe(
      '截至2026-11-23，本站收录的两份政策均已失效或规划期已结束，其条款是否仍在执行，请向主管部门核实。',
    );
    expect(corpusNotice(Array(12).fill('expired'), '2026-11-23')).toContain('12 份政策均已失效');
  });
  it('says nothing while one text is in force, ongoing or yet to start, or none has lapsed', () => {
    expect(corpusNotice(['expired', 'in-force'], '2026-11-23')).toBeNull();
    expect(corpusNotice(['ended', 'ongoing'], '2026-11-23')).toBeNull();
    expect(corpusNotice(['ended', 'not-started'], '2026-11-23')).toBeNull();
    expect(corpusNotice(['unknown', 'unknown'], '2026-11-23')).toBeNull();
    expect(corpusNotice([], '2026-11-23')).toBeNull();
  });
  it('refuses an as-of date that is not a calendar day', () => {
    expect(() => corpusNotice(['expired'], '2026-02-30')).toThrow(/2026-02-30/);
  });
});
