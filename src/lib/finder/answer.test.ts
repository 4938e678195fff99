/**
 * The answer per location: which policies count where, how the texts' rules combine provisions
 * (alternatives, shared caps, 上限再提高, a city's two-tier cap), what is assumed when the profile
 * is silent, and the order of locations — on the real data, and on synthetic data for the rules
 * the five texts never make bind.
 */
import { describe, expect, it } from 'vitest';
import {
  answer,
  answerAt,
  applyStacking,
  asksAnything,
  isCurrent,
  locations,
  STACKING_STEPS,
  type LocationAnswer,
} from './answer.ts';
import { testFinderData, sub, words } from './testing.ts';
import {
  EMPTY_ELIGIBILITY,
  EMPTY_PROFILE,
  type FinderData,
  type FinderPolicy,
  type FinderProvision,
  type Profile,
} from './types.ts';

const WUXI = 'wuxi-biomed-policy-opinions';
const SUZHOU = 'suzhou-biomed-chain-2021-2023';
const SND = 'suzhou-snd-meddevice-biomed-2020-2022';
const TAICANG = 'taicang-biomed-cluster-2025';
const data = testFinderData();
const profile = (patch: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...patch });
const at = (loc: string, patch: Partial<Profile>) => answer(data, profile({ ...patch, loc }))[0]!;
const item = (a: LocationAnswer, key: string) => {
  const found = a.items.find((i) => i.key === key);
  if (!found) throw new Error(`${key} not in the answer for ${a.location.id}`);
  return found;
};
const counted = (a: LocationAnswer) => a.items.filter((i) => i.counted).map((i) => [i.key, i.countedWan]);

describe('locations', () => {
  it('every region with a policy, with the regions above it whose policies also apply', () => {
    expect(locations(data).map((l) => [l.id, l.chain.map((r) => r.id)])).toEqual([
      ['suzhou', ['suzhou']],
      ['taicang', ['suzhou', 'taicang']],
      ['kunshan', ['suzhou', 'kunshan']],
      ['snd', ['suzhou', 'snd']],
      ['wuxi', ['wuxi']],
    ]);
  });

  it('a 昆山 company gets 苏州市’s and 昆山市’s provisions in one answer, and no other district’s', () => {
    const a = at('kunshan', { who: '企业', stages: ['临床II期'], products: ['1类创新药'] });
    const policies = new Set(a.items.map((i) => i.policy.id));
    expect([...policies].sort()).toEqual([SUZHOU, 'kunshan-nucleic-acid-cluster-worklist'].sort());
  });

  it('without a location: one answer per location, best first', () => {
    const all = answer(
      data,
      profile({ who: '企业', stages: ['临床III期'], products: ['1类创新药'], amounts: { 研发投入: 20000 } }),
    );
    expect(all.map((a) => [a.location.id, a.totalWan])).toEqual([
      ['wuxi', 3500],
      ['snd', 250],
      ['suzhou', 0],
      ['taicang', 0],
      ['kunshan', 0],
    ]);
  });

  it('asks anything only when the profile says something about the applicant', () => {
    expect(asksAnything(EMPTY_PROFILE)).toBe(false);
    expect(asksAnything(profile({ loc: 'wuxi', current: true }))).toBe(false);
    for (const patch of [
      { who: '企业' as const },
      { products: ['兽药' as const] },
      { stages: ['市场' as const] },
      { role: '受托方' as const },
      { amounts: { 研发投入: 1 } },
      { stageAmounts: { 研发投入: { 临床I期: 1 } } },
    ])
      expect(asksAnything(profile(patch))).toBe(true);
  });
});

describe('the total follows the texts’ rules', () => {
  it('alternatives: a talent team is one of 创业领军 (1000万元), 创新领军 (500万元) or 顶尖人才团队 (1亿元) — the highest counts', () => {
    const a = at('wuxi', { who: '人才团队' });
    expect(item(a, `${WUXI}#sub62`).counted).toBe(true);
    for (const id of ['sub60', 'sub61'])
      expect(item(a, `${WUXI}#${id}`).notCounted).toEqual({ kind: 'alternative', winner: `${WUXI}#sub62` });
    const rule = a.rules.find((r) => r.kind === 'alternatives')!;
    expect([rule.totalWan, rule.resultWan, rule.members.length]).toEqual([11500, 10000, 3]);
    // 顶尖人才团队 1亿元; 境外人才's 5%~20% of 年工资薪金 waits for the salary (issue 18: not its cap).
    expect(a.totalWan).toBe(10000);
    expect(item(a, `${WUXI}#sub63`).notCounted).toEqual({ kind: 'needs-input', bases: ['年工资薪金'] });
    expect(at('wuxi', { who: '人才团队', amounts: { 年工资薪金: 300 } }).totalWan).toBe(10060);
  });

  it('上限再提高 is counted once, inside the provision it raises (无锡（三）4.)', () => {
    const a = at('wuxi', {
      who: '企业',
      stages: ['注册获证'],
      products: ['三类医疗器械', '创新医疗器械'],
      amounts: { 研发投入: 3000 },
    });
    expect(item(a, `${WUXI}#sub6`).countedWan).toBe(400);
    expect(item(a, `${WUXI}#sub6`).raisedBy).toEqual([`${WUXI}#sub7`]);
    expect(item(a, `${WUXI}#sub7`)).toMatchObject({
      counted: false,
      notCounted: { kind: 'raise', target: `${WUXI}#sub6` },
    });
    expect(a.totalWan).toBe(400);
    // A plain class III device: no raise, and the raise is only “may also apply”.
    const plain = at('wuxi', {
      who: '企业',
      stages: ['注册获证'],
      products: ['三类医疗器械'],
      amounts: { 研发投入: 3000 },
    });
    expect(item(plain, `${WUXI}#sub6`).countedWan).toBe(300);
    expect(item(plain, `${WUXI}#sub7`).group).toBe('related');
  });

  it('one cap shared by several provisions (无锡（十）: 单个企业每年补贴最高1000万元)', () => {
    for (const id of ['sub27', 'sub28', 'sub29', 'sub30'])
      expect(words(sub(WUXI, id))).toContain('单个企业每年补贴最高1000万元');
    const a = at('wuxi', {
      who: '企业',
      stages: ['注册获证'],
      products: ['1类创新药', '改良型新药', '特定疾病特医食品', '兽药'],
    });
    const rule = a.rules.find((r) => r.kind === 'shared-cap' && r.rule.id === 'sub27')!;
    expect(rule.members).toEqual([`${WUXI}#sub27`, `${WUXI}#sub28`, `${WUXI}#sub29`, `${WUXI}#sub30`]);
    expect([rule.totalWan, rule.capWan, rule.resultWan, rule.binding]).toEqual([450, 1000, 450, false]);
  });

  it('a CRO (受托方) gets nothing of the 委托方’s award; the 委托方 gets 5% of its transactions, capped', () => {
    const base = { who: '企业' as const, stages: ['产业化' as const], products: ['1类创新药' as const] };
    const client = at('wuxi', { ...base, role: '委托方', amounts: { 交易金额: 20000 } });
    expect(item(client, `${WUXI}#sub35`).countedWan).toBe(1000);
    const provider = at('wuxi', { ...base, role: '受托方', amounts: { 交易金额: 20000 } });
    expect(provider.items.some((i) => i.key === `${WUXI}#sub35`)).toBe(false);
    const unsaid = at('wuxi', { ...base, amounts: { 交易金额: 20000 } });
    expect(item(unsaid, `${WUXI}#sub35`).assumedRole).toBe('委托方');
  });

  it('a relocating headquarters (实收资本 3亿元) gets the settlement award and the yearly contribution award (issue 11)', () => {
    const a = at('wuxi', { who: '企业', stages: ['落户设立'], amounts: { 实收注册资本: 30000 } });
    expect(counted(a)).toEqual([
      [`${WUXI}#sub45`, 2000],
      [`${WUXI}#sub46`, 600],
    ]);
    expect(item(a, `${WUXI}#sub45`).provision.eligibility.recurring).toEqual({ years: 3 });
    expect(a.totalWan).toBe(2600);
  });

  it('苏州市’s two-tier cap covers 苏州市 and the applicant’s one district, for enterprises only', () => {
    const a = at('snd', { who: '企业', stages: ['研发', '临床II期'], products: ['1类创新药'] });
    const rule = a.rules.find((r) => r.kind === 'two-tier-cap')!;
    expect(rule.rule.id).toBe('sub28');
    expect(rule.members.every((k) => k.startsWith(SND) || k.startsWith(SUZHOU))).toBe(true);
    expect([rule.capWan, rule.binding]).toEqual([20000, false]);
    // A talent team is not “单个企业”: the cap is not applied, and 太仓’s 1亿元 is 太仓’s alone.
    const talent = at('taicang', { who: '人才团队' });
    expect(talent.rules.some((r) => r.kind === 'two-tier-cap')).toBe(false);
    expect(counted(talent)).toEqual([[`${TAICANG}#sub15`, 10000]]);
    expect(talent.totalWan).toBe(10000);
  });

  it('就高不重复 with documents this site does not hold is stated, not computed', () => {
    const a = at('wuxi', { who: '企业', stages: ['临床III期'], products: ['1类创新药'] });
    const rule = a.rules.find((r) => r.kind === 'other-documents')!;
    expect([rule.rule.id, rule.binding, rule.totalWan]).toEqual(['sub75', false, null]);
  });

  it('两级财政按比例资助 is stated with the provision, not paid twice (苏州 四、1.)', () => {
    const a = at('suzhou', { who: '企业', stages: ['市场'], amounts: { 采购额: 5000 } });
    expect(item(a, `${SUZHOU}#sub26`).countedWan).toBe(200);
    expect(a.rules.find((r) => r.kind === 'shared-funding')?.members).toEqual([`${SUZHOU}#sub26`]);
    expect(item(a, `${SUZHOU}#sub26`).periodEnded).toBe(true);
  });
});

describe('assumptions and status', () => {
  it('no product: none is assumed; a provision for a product waits for it (issue 18: adding a product only adds)', () => {
    const rd = { 研发投入: 20000 };
    const a = at('wuxi', { who: '企业', stages: ['临床III期'], amounts: rd });
    expect(a.assumed).toEqual({ who: null });
    expect([item(a, `${WUXI}#sub3`).group, item(a, `${WUXI}#sub3`).match.open]).toEqual([
      'related',
      [{ kind: 'product-unstated', named: ['1类创新药'] }],
    ]);
    expect(at('wuxi', { who: '企业', stages: ['临床III期'], products: ['1类创新药'], amounts: rd }).totalWan).toBe(
      a.totalWan + 3500,
    );
  });

  it('no type: an enterprise, said so; talent and hospital provisions are only “may also apply”', () => {
    const a = at('wuxi', { stages: ['落户设立'], amounts: { 实收注册资本: 30000 } });
    expect(a.assumed.who).toBe('企业');
    expect(a.totalWan).toBe(2600);
    expect(item(a, `${WUXI}#sub62`).group).toBe('related');
  });

  it('every text has lapsed or states no period: the answer is historical; current=1 counts none of them', () => {
    expect(data.policies.filter(isCurrent)).toEqual([]);
    const a = at('wuxi', { who: '企业', stages: ['临床III期'], products: ['1类创新药'] });
    expect(a.historical).toBe(true);
    const now = at('wuxi', { who: '企业', stages: ['临床III期'], products: ['1类创新药'], current: true });
    expect([now.totalWan, now.items, now.policies, now.omitted.map((p) => p.id)]).toEqual([0, [], [], [WUXI]]);
  });

  it('a profile nothing applies to: no amount anywhere', () => {
    const all = answer(data, profile({ who: '地方政府', stages: ['出海'] }));
    expect(all.map((a) => a.totalWan)).toEqual([0, 0, 0, 0, 0]);
    expect(all.flatMap((a) => a.items.filter((i) => i.counted || i.countedWan !== null))).toEqual([]);
  });
});

/** A city and one of its districts with made-up provisions, for the rules the texts never make bind. */
describe('synthetic: caps at and around their boundaries', () => {
  const status = (code: 'in-force' | 'expired') =>
    code === 'in-force'
      ? { code, label: '有效', basis: '有效期至 2099-12-31' }
      : { code, label: '已失效', basis: '有效期至 2020-12-31' };
  const policy = (id: string, region: string, code: 'in-force' | 'expired' = 'in-force'): FinderPolicy => ({
    id,
    title: id,
    shortTitle: id,
    region,
    status: status(code),
    period: null,
    validUntil: null,
    href: `/policies/${id}/`,
  });
  const provision = (
    policyId: string,
    region: string,
    id: string,
    patch: Partial<FinderProvision>,
  ): FinderProvision => ({
    id,
    clause: `c-${id}`,
    what: id,
    category: 'other',
    categoryName: '其他',
    beneficiary: '企业',
    kind: '资助',
    maxAmountWan: null,
    ratePct: null,
    rateBase: null,
    tiers: [],
    annualCapWan: null,
    raisedMaxWan: null,
    raiseByWan: null,
    conditions: null,
    quote: '（合成）',
    eligibility: { ...EMPTY_ELIGIBILITY, beneficiaries: ['企业'], stages: ['研发'] },
    policy: policyId,
    region,
    label: id,
    href: `/policies/${policyId}/#c-${id}`,
    ...patch,
  });
  const world = (
    cap: number,
    extra: FinderProvision[] = [],
    districtStatus: 'in-force' | 'expired' = 'in-force',
  ): FinderData => ({
    asOf: '2026-01-01',
    regions: [
      { id: 'city', name: '市', parent: null },
      { id: 'district', name: '区', parent: 'city' },
      { id: 'other', name: '另一区', parent: 'city' },
    ],
    policies: [policy('pc', 'city'), policy('pd', 'district', districtStatus), policy('po', 'other')],
    provisions: [
      provision('pc', 'city', 'rule', {
        kind: '叠加上限',
        maxAmountWan: cap,
        annualCapWan: cap,
        eligibility: {
          ...EMPTY_ELIGIBILITY,
          beneficiaries: ['企业'],
          stacking: { rule: '叠加上限', scope: '本市两级财政' },
        },
      }),
      provision('pc', 'city', 'a', { maxAmountWan: 700 }),
      provision('pd', 'district', 'b', { maxAmountWan: 500 }),
      provision('po', 'other', 'c', { maxAmountWan: 900 }),
      ...extra,
    ],
  });
  const enterprise = profile({ loc: 'district', who: '企业', stages: ['研发'] });
  const total = (d: FinderData, p: Profile = enterprise) => answer(d, p)[0]!;

  it('under, at and over the two-tier cap: 700 + 500 against 1300, 1200 and 1000', () => {
    expect(total(world(1300)).totalWan).toBe(1200);
    expect(total(world(1200)).rules.find((r) => r.kind === 'two-tier-cap')?.binding).toBe(false);
    expect(total(world(1200)).totalWan).toBe(1200);
    expect(total(world(1199.99)).totalWan).toBe(1199.99);
    const over = total(world(1000));
    expect(over.totalWan).toBe(1000);
    // The larger provision keeps its amount; the smaller takes what is left.
    expect(over.items.map((i) => [i.key, i.countedWan, i.counted])).toEqual([
      ['pc#a', 700, true],
      ['pd#b', 300, true],
    ]);
    expect(over.items.find((i) => i.key === 'pd#b')!.cuts).toEqual([{ rule: 'pc#rule', fromWan: 500, toWan: 300 }]);
    // Its own amount stays what the clause pays on its own; only the counted amount is cut.
    expect(over.items.find((i) => i.key === 'pd#b')!.ownWan).toBe(500);
    const spent = total(world(700));
    expect(spent.items.find((i) => i.key === 'pd#b')).toMatchObject({
      counted: false,
      ownWan: 500,
      countedWan: 0,
      notCounted: { kind: 'cap', rule: 'pc#rule' },
    });
  });

  it('the city’s cap covers the one district the applicant is in, not the others, and only enterprises', () => {
    expect(total(world(1000), profile({ loc: 'other', who: '企业', stages: ['研发'] })).totalWan).toBe(1000);
    expect(total(world(1000), profile({ loc: 'city', who: '企业', stages: ['研发'] })).totalWan).toBe(700);
    const talent = world(1000).provisions.map((p) =>
      p.id === 'rule' ? p : { ...p, eligibility: { ...p.eligibility, beneficiaries: ['人才团队' as const] } },
    );
    const t = total(
      { ...world(1000), provisions: talent },
      profile({ loc: 'district', who: '人才团队', stages: ['研发'] }),
    );
    expect([t.totalWan, t.rules.map((r) => r.kind)]).toEqual([1200, []]);
  });

  it('shared annual caps at and over their figure', () => {
    const shared = (cap: number) =>
      world(99999, [
        provision('pd', 'district', 'x', {
          maxAmountWan: 600,
          annualCapWan: cap,
          eligibility: { ...EMPTY_ELIGIBILITY, beneficiaries: ['企业'], stages: ['研发'], sharedCapWith: ['y'] },
        }),
        provision('pd', 'district', 'y', {
          maxAmountWan: 600,
          annualCapWan: cap,
          eligibility: { ...EMPTY_ELIGIBILITY, beneficiaries: ['企业'], stages: ['研发'], sharedCapWith: ['x'] },
        }),
      ]);
    const sum = (cap: number) => {
      const a = total(shared(cap));
      return a.items
        .filter((i) => i.key === 'pd#x' || i.key === 'pd#y')
        .reduce((s, i) => s + (i.counted ? i.countedWan! : 0), 0);
    };
    expect([sum(1300), sum(1200), sum(1000), sum(600)]).toEqual([1200, 1200, 1000, 600]);
    expect(total(shared(1000)).rules.find((r) => r.kind === 'shared-cap')).toMatchObject({
      totalWan: 1200,
      capWan: 1000,
      resultWan: 1000,
      binding: true,
    });
  });

  it('current=1 leaves out a policy not in force, and says which', () => {
    const d = world(99999, [], 'expired');
    expect(total(d).totalWan).toBe(1200);
    const now = total(d, { ...enterprise, current: true });
    expect([now.totalWan, now.omitted.map((p) => p.id), now.historical]).toEqual([700, ['pd'], false]);
    expect(total(d).historical).toBe(true);
  });

  it('answerAt without products assumes none: a provision for a product counts once the product is named', () => {
    const d = world(99999, [
      provision('pd', 'district', 'p', {
        maxAmountWan: 50,
        eligibility: { ...EMPTY_ELIGIBILITY, stages: ['研发'], products: ['兽药'] },
      }),
    ]);
    const loc = locations(d).find((l) => l.id === 'district')!;
    const a = answerAt(d, loc, enterprise);
    expect([a.totalWan, a.items.find((i) => i.provision.id === 'p')?.group]).toEqual([1200, 'related']);
    expect(answerAt(d, loc, { ...enterprise, products: ['兽药'] }).totalWan).toBe(1250);
  });
});

describe('the stacking steps', () => {
  it('run in a fixed order: alternatives, then the caps of one text, then the city’s two-tier cap, then the rules only stated', () => {
    expect(STACKING_STEPS.map((s) => s.kind)).toEqual([
      'alternatives',
      'shared-cap',
      'two-tier-cap',
      'shared-funding',
      'other-documents',
    ]);
  });

  it('are pure: a step returns new items and leaves the ones it was given as they were', () => {
    // 无锡（十二）: drug and device outsourcing, 40000 × 5% = 2000 each but at most 1500 each, share
    // 1500万元 a year: one keeps 1500, the other is cut to nothing.
    const a = at('wuxi', {
      who: '企业',
      stages: ['产业化'],
      products: ['1类创新药', '三类医疗器械'],
      amounts: { 交易金额: 40000 },
    });
    const uncut = a.items.map((i) => ({
      ...i,
      countedWan: i.ownWan,
      cuts: [],
      counted: i.ownWan !== null && i.group === 'counted',
      notCounted: null,
    }));
    const before = structuredClone(uncut);
    const ctx = {
      own: data.provisions.filter((p) => p.policy === WUXI),
      regionIds: new Set(['wuxi']),
      who: '企业' as const,
    };
    const shared = STACKING_STEPS.find((s) => s.kind === 'shared-cap')!.apply(uncut, ctx);
    expect(uncut).toEqual(before);
    expect(shared.rules.map((r) => [r.kind, r.totalWan, r.capWan, r.binding])).toEqual([
      ['shared-cap', 3000, 1500, true],
    ]);
    const members = shared.items.filter((i) => shared.rules[0]!.members.includes(i.key));
    expect(members.map((i) => [i.ownWan, i.countedWan]).sort()).toEqual([
      [1500, 0],
      [1500, 1500],
    ]);
    // All the steps over the uncut items give the answer's own result.
    const stacked = applyStacking(uncut, ctx);
    expect(stacked.rules).toEqual(a.rules);
    expect(new Set(stacked.items.filter((i) => i.counted).map((i) => i.key))).toEqual(
      new Set(a.items.filter((i) => i.counted).map((i) => i.key)),
    );
  });
});

describe('the order of items and the rules stated', () => {
  const profiles: Partial<Profile>[] = [
    { loc: 'wuxi', who: '企业', stages: ['落户设立'], amounts: { 实收注册资本: 30000 } },
    { loc: 'snd', who: '企业', stages: ['研发', '临床II期', '注册获证'], products: ['1类创新药', '三类医疗器械'] },
    { loc: 'wuxi', who: '人才团队' },
  ];

  it('lists counted items first, the larger amount first, then those without an amount, then the related', () => {
    const group = { counted: 0, unstated: 1, related: 2 };
    for (const p of profiles) {
      const a = answer(data, profile(p))[0]!;
      expect(a.items.some((i) => i.group === 'counted')).toBe(true);
      a.items.slice(1).forEach((b, k) => {
        const prev = a.items[k]!;
        expect(group[prev.group]).toBeLessThanOrEqual(group[b.group]);
        if (prev.group !== b.group) return;
        // Within a group: counted before not counted, then the larger amount.
        expect(Number(prev.counted)).toBeGreaterThanOrEqual(Number(b.counted));
        if (prev.counted === b.counted) expect(prev.countedWan ?? -1).toBeGreaterThanOrEqual(b.countedWan ?? -1);
      });
    }
  });

  it('states each text’s 就高不重复 rule with the counted items of that text as its members', () => {
    for (const p of profiles) {
      const a = answer(data, profile(p))[0]!;
      const rules = a.rules.filter((r) => r.kind === 'other-documents');
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules)
        expect(r.members).toEqual(a.items.filter((i) => i.policy.id === r.rule.policy && i.counted).map((i) => i.key));
    }
  });
});

describe('per item: the role assumed, and whether its own period has ended', () => {
  it('assumes 委托方 only when the clause names roles and the applicant chose none', () => {
    const base = { who: '企业' as const, stages: ['产业化' as const], products: ['1类创新药' as const] };
    const client = at('wuxi', { ...base, role: '委托方', amounts: { 交易金额: 20000 } });
    expect(item(client, `${WUXI}#sub35`).assumedRole).toBeNull();
    const unsaid = at('wuxi', { ...base, amounts: { 交易金额: 20000 } });
    expect(unsaid.items.filter((i) => i.assumedRole !== null).map((i) => i.key)).toEqual(
      unsaid.items.filter((i) => i.provision.eligibility.roles.length > 0).map((i) => i.key),
    );
    expect(unsaid.items.some((i) => i.provision.eligibility.roles.length === 0)).toBe(true);
  });

  it('苏州 四、1. (项目认定时限 2021—2023 年) has ended only once 2023 is over, and is current only until then', () => {
    const as = (asOf: string) =>
      answer(
        testFinderData(asOf),
        profile({ loc: 'suzhou', who: '企业', stages: ['市场'], amounts: { 采购额: 5000 } }),
      )[0]!;
    const during = item(as('2023-06-01'), `${SUZHOU}#sub26`);
    expect([during.periodEnded, during.current]).toEqual([false, true]);
    const after = item(as('2024-01-01'), `${SUZHOU}#sub26`);
    expect([after.periodEnded, after.current]).toEqual([true, false]);
  });
});
