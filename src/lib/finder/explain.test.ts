/**
 * The calculator's wording, step by step: each sentence written out by hand from the rule it
 * states (the figures as the texts write them: 万元, 亿元, %). compute.test.ts checks the steps of
 * real provisions; here every kind of step and every branch of its sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Eligibility } from '../../schemas/eligibility.ts';
import type { LifecycleStage } from '../../schemas/eligibility-vocab.ts';
import type { Computation, Step, Unit } from './compute.ts';
import {
  amountSummary,
  endedWarning,
  exclusionText,
  needsText,
  opennessText,
  periodLine,
  statusLine,
  stepText,
  unitLabel,
  wanText,
} from './explain.ts';
import type { FinderPolicy } from './types.ts';

const unit = (index: number, patch: Partial<Unit> = {}): Unit => ({
  index,
  tier: null,
  stages: [],
  product: null,
  wan: null,
  ...patch,
});
/** Two units: sentences about one of them name it. */
const two = { units: [unit(0, { tier: { index: 0, label: '一类' } }), unit(1, { product: ['1类创新药'] })] };
const one = { units: [unit(0)] };
const threshold = { basis: '设备投资', minWan: 300, minInclusive: true, maxWan: null, maxInclusive: true } as const;

describe('wanText and unitLabel', () => {
  it('writes 万元 amounts to the fen, and whole 亿元 as 亿元', () => {
    expect(wanText(3500)).toBe('3500万元');
    expect(wanText(10000)).toBe('1亿元');
    expect(wanText(750.004)).toBe('750万元');
    expect(wanText(12.345678)).toBe('12.35万元');
  });

  it('names a unit by its tier, else its product, else its place (第N项, from 1)', () => {
    expect(unitLabel(unit(0, { tier: { index: 1, label: '二类' }, product: ['1类创新药'] }), 0)).toBe('二类');
    expect(unitLabel(unit(0, { product: ['改良型新药', '1类创新药'] }), 0)).toBe('改良型新药');
    expect(unitLabel(unit(2), 2)).toBe('第3项');
    expect(unitLabel(undefined, 1)).toBe('第2项');
  });
});

describe('stepText', () => {
  const t = (step: Step, c?: Pick<Computation, 'units'>) => stepText(step, c);

  it('a threshold: the condition, what was entered and the verdict, or that nothing was entered', () => {
    expect(t({ kind: 'threshold', threshold, value: 500, verdict: 'yes' })).toBe(
      '条件：设备投资300万元及以上；所填 500万元，符合',
    );
    expect(t({ kind: 'threshold', threshold, value: 200, verdict: 'no' })).toBe(
      '条件：设备投资300万元及以上；所填 200万元，不符合',
    );
    expect(t({ kind: 'threshold', threshold, value: null, verdict: 'unknown' })).toBe(
      '条件：设备投资300万元及以上（未填写设备投资）',
    );
  });

  it('a tier: assessed, possibly one of several, or the one that fits', () => {
    expect(t({ kind: 'tier', unit: 0, label: '国家级', how: 'assessed', among: ['国家级', '省级'] }, two)).toBe(
      '档次由评审或认定结果决定：“国家级”、“省级”，按可得最高的“国家级”档计',
    );
    expect(t({ kind: 'tier', unit: 1, label: '一类', how: 'may-fit', among: ['一类', '二类'] }, two)).toBe(
      '1类创新药：所选条件可能属于“一类”、“二类”，按可得最高的“一类”档计',
    );
    expect(t({ kind: 'tier', unit: 0, label: '一类', how: 'may-fit', among: ['一类', '二类'] }, one)).toBe(
      '所选条件可能属于“一类”、“二类”，按可得最高的“一类”档计',
    );
    expect(t({ kind: 'tier', unit: 0, label: '一类', how: 'may-fit', among: ['一类'] }, one)).toBe('档次：“一类”');
    expect(t({ kind: 'tier', unit: 0, label: '二类', how: 'fits', among: ['二类'] }, one)).toBe('档次：“二类”');
    expect(t({ kind: 'no-tier', labels: ['一类', '二类'] })).toBe('所选条件不属于原文所列任何一档（一类、二类）');
  });

  it('fixed amounts and maximums, per unit when there are several', () => {
    expect(t({ kind: 'fixed', unit: 0, per: null, wan: 20 }, one)).toBe('定额 20万元');
    expect(t({ kind: 'fixed', unit: 1, per: '每个品种', wan: 50 }, two)).toBe('1类创新药：每个品种定额 50万元');
    expect(t({ kind: 'max', unit: 0, per: null, wan: 1000, tier: null })).toBe('最高 1000万元');
    expect(t({ kind: 'max', unit: 0, per: '每个品种', wan: 10000, tier: null }, two)).toBe('一类：每个品种最高 1亿元');
    expect(t({ kind: 'max', unit: 0, per: null, wan: 500, tier: '二类' }, two)).toBe('“二类”档最高 500万元');
    expect(t({ kind: 'max', unit: 0, per: '每家', wan: 500, tier: '二类' }, two)).toBe('“二类”档每家最高 500万元');
    expect(t({ kind: 'overall-max', unit: 0, wan: 2000 }, one)).toBe('全项最高 2000万元');
    expect(t({ kind: 'overall-max', unit: 1, wan: 2000 }, two)).toBe('1类创新药：全项最高 2000万元');
    expect(t({ kind: 'raise', unit: 0, byWan: 100, label: '进入优先审评', wan: 600 }, one)).toBe(
      '进入优先审评：上限再提高 100万元，即最高 600万元',
    );
  });

  it('a rate of a base: whose base, split or not, the top of a range', () => {
    const rate = {
      kind: 'rate',
      unit: 0,
      baseName: '研发投入',
      base: 5000,
      value: 1500,
      stages: [] as LifecycleStage[],
    } as const;
    expect(t({ ...rate, rate: 30, source: 'total' }, one)).toBe('不超过研发投入的 30%：5000万元 × 30% = 1500万元');
    expect(t({ ...rate, rate: [10, 30], source: 'split' }, one)).toBe(
      '不超过研发投入的 10%—30%（按最高 30% 计）：分得 5000万元 × 30% = 1500万元',
    );
    expect(t({ ...rate, rate: 30, source: 'stage', stages: ['临床II期', '临床III期'] }, one)).toBe(
      '不超过临床II期、临床III期研发投入的 30%：5000万元 × 30% = 1500万元',
    );
  });

  it('a rate without its base: what to enter, and the cap used meanwhile', () => {
    const base = { kind: 'rate-unknown', unit: 0, baseName: '研发投入', rate: 20 } as const;
    expect(t({ ...base, basis: '研发投入', cap: 500 }, one)).toBe(
      '另不超过研发投入的 20%：填写研发投入后按比例计算（最高 500万元）；未填写，未计入总额',
    );
    expect(t({ ...base, basis: '研发投入', cap: null }, one)).toBe('按研发投入的 20%：填写研发投入后按比例计算');
    expect(t({ ...base, basis: null, cap: null }, one)).toBe('按研发投入的 20%：原文未写明比例的基数，无法计算');
    expect(t({ kind: 'basis-no-rate', unit: 1, baseName: '研发投入' }, two)).toBe(
      '1类创新药：原文写明按研发投入给予，未写比例：按上限计',
    );
  });

  it('the minimum of a figure and its cap, either way, and an equal figure is not over', () => {
    expect(t({ kind: 'min', unit: 0, value: 2000, cap: 1000, result: 1000 }, one)).toBe(
      '2000万元 超过上限 1000万元，取 1000万元',
    );
    expect(t({ kind: 'min', unit: 0, value: 1000, cap: 1000, result: 1000 }, one)).toBe(
      '1000万元 未超过上限 1000万元，取 1000万元',
    );
    expect(t({ kind: 'min', unit: 0, value: 300, cap: 1000, result: 300 }, one)).toBe(
      '300万元 未超过上限 1000万元，取 300万元',
    );
  });

  it('a split total, an overdrawn total and a sum name the units', () => {
    expect(
      t(
        {
          kind: 'split',
          basis: '研发投入',
          total: 3000,
          shares: [
            { unit: 0, base: 2000 },
            { unit: 1, base: 1000 },
          ],
        },
        two,
      ),
    ).toBe('研发投入只填了合计，未按各项分别填写：3000万元 按最有利的方式分配（一类 2000万元，1类创新药 1000万元）');
    expect(t({ kind: 'overdrawn', basis: '研发投入', total: 1000, stages: 1500 })).toBe(
      '各阶段所填研发投入合计 1500万元，超过所填总额 1000万元：总额不再分给其他阶段',
    );
    expect(
      t(
        {
          kind: 'sum',
          parts: [
            { unit: 0, wan: 500 },
            { unit: 1, wan: 300 },
          ],
          wan: 800,
        },
        two,
      ),
    ).toBe('合计：一类 500万元 + 1类创新药 300万元 = 800万元');
  });

  it('a count limit, over it or not', () => {
    expect(t({ kind: 'count', max: 2, units: 3, wan: 800 })).toBe(
      '每个主体最多申报 2 项：所选 3 项，按金额最高的 2 项计',
    );
    expect(t({ kind: 'count', max: 2, units: 2, wan: 800 })).toBe('每个主体最多申报 2 项：所选 2 项，未超过');
  });

  it('an annual cap quotes the clause, and says whether the figure was cut', () => {
    expect(t({ kind: 'annual-cap', cap: 10000, words: '单个企业每年最高资助1亿元', before: 12000, after: 10000 })).toBe(
      '年度上限（原文“单个企业每年最高资助1亿元”）：1.2亿元 超过，取 1亿元',
    );
    expect(t({ kind: 'annual-cap', cap: 10000, words: null, before: 8000, after: 8000 })).toBe(
      '年度上限（原文“每年最高1亿元”）：8000万元 未超过',
    );
    expect(t({ kind: 'annual-cap', cap: 500, words: null, before: null, after: null })).toBe(
      '年度上限（原文“每年最高500万元”）',
    );
    expect(t({ kind: 'annual-cap', cap: 500, words: null, before: 400, after: null })).toBe(
      '年度上限（原文“每年最高500万元”）：400万元 未超过',
    );
  });

  it('a raised maximum is shown apart; no amount says why', () => {
    expect(t({ kind: 'raised', wan: 3000, words: '特别重大的项目可上浮至3000万元' })).toBe(
      '原文：“特别重大的项目可上浮至3000万元”——条件由评审认定，未计入上面的金额',
    );
    expect(t({ kind: 'raised', wan: 3000, words: null })).toBe('可上浮至 3000万元——条件由评审认定，未计入上面的金额');
    expect(t({ kind: 'none', reason: '一事一议' })).toBe('一事一议：原文未载明金额');
    expect(t({ kind: 'none', reason: '未载明' })).toBe('原文未载明金额');
  });
});

describe('amountSummary', () => {
  const c = (patch: Partial<Computation>): Computation => ({
    amountWan: null,
    raisedWan: null,
    units: [],
    steps: [],
    needs: [],
    ...patch,
  });
  const p = (kind: string, eligibility: Partial<Eligibility>, raiseByWan: number | null = null) =>
    ({ kind, eligibility: { fixedAmount: false, raises: null, ...eligibility }, raiseByWan }) as Parameters<
      typeof amountSummary
    >[1];

  it('a figure is 定额 or 最高', () => {
    expect(amountSummary(c({ amountWan: 50 }), p('资金补助', { fixedAmount: true }))).toBe('定额 50万元');
    expect(amountSummary(c({ amountWan: 10000 }), p('资金补助', {}))).toBe('最高 1亿元');
  });

  it('without a figure: a raise, what a rate needs, 一事一议 or unstated', () => {
    expect(amountSummary(c({}), p('资金补助', { raises: 'sub3' }, 100))).toBe('上限再提高 100万元');
    expect(amountSummary(c({}), p('资金补助', { raises: 'sub3' }, null))).toBe('未载明金额');
    expect(amountSummary(c({ needs: ['研发投入', '设备投资'] }), p('资金补助', {}))).toBe('需填写研发投入、设备投资');
    expect(amountSummary(c({}), p('一事一议', {}))).toBe('一事一议');
    expect(amountSummary(c({}), p('资金补助', {}))).toBe('未载明金额');
  });
});

describe('exclusions and openness', () => {
  it('says why a provision does not apply', () => {
    expect(exclusionText({ kind: 'stage', named: ['临床II期', '临床III期'] })).toBe(
      '原文所涉阶段为临床II期、临床III期',
    );
    expect(exclusionText({ kind: 'role', named: ['委托方'] })).toBe('原文只支持委托方');
    expect(exclusionText({ kind: 'threshold', threshold })).toBe('原文要求设备投资300万元及以上');
  });

  it('says why a provision only may apply', () => {
    expect(opennessText({ kind: 'narrower', named: ['创新医疗器械'] })).toBe(
      '原文限于创新医疗器械（若所选产品属于此类则适用）',
    );
    expect(opennessText({ kind: 'beneficiary-assumed', named: ['人才团队', '医疗机构'] })).toBe(
      '原文支持对象为人才团队、医疗机构（未选择主体类型，按企业计）',
    );
  });

  it('names the amounts a figure waits for', () => {
    expect(needsText(['研发投入', '设备投资'])).toBe('需填写研发投入、设备投资后计算，未计入总额');
  });
});

describe('status wording', () => {
  const status = (code: FinderPolicy['status']['code'], label: string, basis: string) => ({ code, label, basis });
  const policy = (
    s: FinderPolicy['status'],
    period: FinderPolicy['period'] = null,
    validUntil: string | null = null,
  ): Pick<FinderPolicy, 'status' | 'period' | 'validUntil'> => ({ status: s, period, validUntil });

  it('the status line: its basis and label, or the basis alone when unknown', () => {
    expect(statusLine({ status: status('ended', '已结束', '规划期 2021—2023') })).toBe('规划期 2021—2023，已结束');
    expect(statusLine({ status: status('unknown', '未载明', '未载明有效期或规划期') })).toBe('未载明有效期或规划期');
  });

  it('warns of an ended document by its validity, else its period, else its label', () => {
    const tail = '以下条款仅说明文件当时的规定，是否仍在执行、有无后续政策，请向主管部门核实。';
    expect(endedWarning(policy(status('expired', '已失效', 'x'), null, '2025-12-31'), '2026-11-23')).toBe(
      `本文件有效期至 2025年12月31日，已失效（截至 2026年11月23日）。${tail}`,
    );
    expect(endedWarning(policy(status('ended', '已结束', 'x'), { start: 2021, end: 2023 }), '2026-11-23')).toBe(
      `本文件规划期 2021—2023 已结束（截至 2026年11月23日）。${tail}`,
    );
    expect(endedWarning(policy(status('superseded', '已被取代', 'x')), '2026-01-05')).toBe(
      `本文件已被取代（截至 2026年1月5日）。${tail}`,
    );
  });

  it('an unstated validity gets its own warning; a running document none', () => {
    expect(endedWarning(policy(status('unknown', '未载明', 'x')), '2026-11-23')).toBe(
      '本文件未载明有效期或规划期（截至 2026年11月23日）：是否仍在执行，请向主管部门核实。',
    );
    expect(endedWarning(policy(status('in-force', '有效', 'x'), null, '2027-12-31'), '2026-11-23')).toBeNull();
    expect(endedWarning(policy(status('ongoing', '实施中', 'x'), { start: 2025, end: 2027 }), '2026-11-23')).toBeNull();
    expect(
      endedWarning(policy(status('not-started', '未开始', 'x'), { start: 2027, end: 2030 }), '2026-11-23'),
    ).toBeNull();
  });

  it('a clause’s own period, past once its last year is over', () => {
    const p = (period: { start: number; end: number } | null) => ({ eligibility: { period } as Eligibility });
    expect(periodLine(p(null), '2026-11-23')).toBeNull();
    expect(periodLine(p({ start: 2021, end: 2023 }), '2026-11-23')).toBe('条款载明的时限：2021—2023 年（已过）');
    expect(periodLine(p({ start: 2024, end: 2026 }), '2026-11-23')).toBe('条款载明的时限：2024—2026 年');
    expect(periodLine(p({ start: 2024, end: 2026 }), '2027-01-01')).toBe('条款载明的时限：2024—2026 年（已过）');
  });
});
