/** The answer in words, on real answers: headline, schedule, status, why an item is (not) counted, rules, copy text. */
import { describe, expect, it } from 'vitest';
import { answer, type ItemResult, type LocationAnswer } from './answer.ts';
import {
  answerText,
  assumptionTexts,
  excludedText,
  fullHeadline,
  headline,
  headlineStatus,
  itemAmount,
  itemNotes,
  itemStatus,
  omittedText,
  profileText,
  ruleText,
  scheduleLines,
  statusText,
  summaryText,
  totalText,
} from './answer-text.ts';
import { testFinderData, TEST_AS_OF } from './testing.ts';
import type { FinderPolicy } from './types.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';

const WUXI = 'wuxi-biomed-policy-opinions';
const data = testFinderData();
const ask = (patch: Partial<Profile>) => answer(data, { ...EMPTY_PROFILE, ...patch });
const one = (patch: Partial<Profile>) => ask(patch)[0]!;
const find = (a: ReturnType<typeof one>, id: string) => a.items.find((i) => i.key === `${WUXI}#${id}`)!;
const names = (id: string) => ({ wuxi: '无锡市', snd: '苏州高新区（虎丘区）' })[id] ?? id;

describe('the total', () => {
  it('in 万元, with 亿元 beside it from 1亿 up', () => {
    expect(totalText(2600)).toBe('2600 万元');
    expect(totalText(75.05)).toBe('75.05 万元');
    expect(totalText(0)).toBe('0 万元');
    expect(totalText(10000)).toBe('10000 万元（约 1 亿元）');
    expect(totalText(10200)).toBe('10200 万元（约 1.02 亿元）');
    expect(totalText(9999.99)).toBe('9999.99 万元');
  });

  it('headline and schedule: a recurring award counts per year, with its years', () => {
    const a = one({ loc: 'wuxi', who: '企业', stages: ['落户设立'], amounts: { 实收注册资本: 30000 } });
    expect(headline(a)).toBe('最高可申请约 2600 万元');
    expect(scheduleLines(a)).toEqual([
      '“经市认定的总部企业（地方经济社会贡献奖励）”每年计入：2000万元/年 × 3 年（3 年合计最高 6000万元）',
    ]);
    expect(itemAmount(find(a, 'sub45'))).toBe('每年最高 2000万元');
    const talent = one({ loc: 'wuxi', who: '人才团队', amounts: { 年工资薪金: 300 } });
    expect(scheduleLines(talent)).toEqual([
      '“在锡工作的境外（含港澳台）生物医药高端人才和紧缺人才贡献奖励”每年计入：60万元/年（原文按年给予，未写年数）',
    ]);
  });

  it('status: 历史政策 with what each text states; nothing in force with current=1', () => {
    const a = one({ loc: 'wuxi', who: '企业', stages: ['临床III期'], products: ['1类创新药'] });
    expect(statusText(a, TEST_AS_OF)).toBe(
      '历史政策，仅供参考（截至 2026年11月23日：无锡市生物医药产业高质量发展若干政策意见：有效期至 2025-12-31，已失效）。',
    );
    const now = one({ loc: 'wuxi', who: '企业', stages: ['临床III期'], products: ['1类创新药'], current: true });
    expect(statusText(now, TEST_AS_OF)).toBe('所选地区没有现行有效的政策。');
    expect(omittedText(now.omitted)).toBe(
      '已按“只看现行有效”略去：无锡市生物医药产业高质量发展若干政策意见（有效期至 2025-12-31，已失效）。',
    );
    expect(omittedText([])).toBeNull();
    // Nothing shown is no reason to call lapsed texts current.
    const none = one({ loc: 'kunshan', who: '行业组织', stages: ['出海'] });
    expect(none.items.filter((i) => i.group !== 'related')).toEqual([]);
    expect(statusText(none, TEST_AS_OF)).toMatch(
      /^历史政策，仅供参考（截至 2026年11月23日：苏州市强链补链三年行动计划：规划期 2021—2023，已结束；昆山市小核酸集群重点工作清单：文中未载明有效期或规划期）。$/,
    );
  });

  it('the one-line summary: the locations with an amount, then how many have none', () => {
    const all = ask({ who: '企业', stages: ['临床III期'], products: ['1类创新药'], amounts: { 研发投入: 20000 } });
    expect(summaryText(all, TEST_AS_OF)).toBe(
      '无锡市最高可申请约 3500 万元（按已失效政策推算，仅供参考）；苏州高新区（虎丘区）最高可申请约 250 万元（按已失效政策推算，仅供参考）；其他 3 个地区：所填条件下没有载明金额、可计入的条款（状态截至 2026年11月23日，详见下方）。',
    );
    expect(
      summaryText(
        ask({ loc: 'wuxi', who: '企业', stages: ['临床III期'], products: ['1类创新药'], amounts: { 研发投入: 20000 } }),
        TEST_AS_OF,
      ),
    ).toBe('无锡市最高可申请约 3500 万元（按已失效政策推算，仅供参考）（状态截至 2026年11月23日，详见下方）。');
    expect(summaryText(ask({ loc: 'kunshan', who: '企业', stages: ['出海'] }), TEST_AS_OF)).toBe(
      '昆山市：所填条件下没有载明金额、可计入的条款（状态截至 2026年11月23日，详见下方）。',
    );
    // An association is paid for what it is (its stage does not matter): 无锡（二十九）50% of its running costs.
    expect(summaryText(ask({ who: '行业组织', stages: ['出海'], amounts: { 运营费用: 100 } }), TEST_AS_OF)).toBe(
      '无锡市最高可申请约 50 万元（按已失效政策推算，仅供参考）；其他 4 个地区：所填条件下没有载明金额、可计入的条款（状态截至 2026年11月23日，详见下方）。',
    );
    expect(summaryText(ask({ who: '企业', products: ['兽药'] }), TEST_AS_OF)).toBe(
      '5 个地区：所填条件下没有载明金额、可计入的条款（状态截至 2026年11月23日，详见下方）。',
    );
  });
});

describe('the status in the headline', () => {
  const settle: Partial<Profile> = { loc: 'wuxi', who: '企业', stages: ['落户设立'], amounts: { 实收注册资本: 30000 } };
  const at = (asOf: string) => answer(testFinderData(asOf), { ...EMPTY_PROFILE, ...settle })[0]!;
  const restatus = (a: LocationAnswer, pick: (i: ItemResult) => boolean, code: FinderPolicy['status']['code']) => ({
    ...a,
    items: a.items.map((i) =>
      pick(i) ? { ...i, current: false, policy: { ...i.policy, status: { ...i.policy.status, code } } } : i,
    ),
  });

  it('every counted provision from a lapsed policy: the headline says so itself', () => {
    const a = at(TEST_AS_OF);
    expect(a.policies.map((p) => p.status.label)).toEqual(['已失效']);
    expect(headlineStatus(a)).toBe('按已失效政策推算，仅供参考');
    expect(fullHeadline(a)).toBe('最高可申请约 2600 万元（按已失效政策推算，仅供参考）');
  });

  it('all in force (无锡 in 2024, 有效期至 2025-12-31): the bare figure', () => {
    const a = at('2024-06-01');
    expect(headlineStatus(a)).toBeNull();
    expect(fullHeadline(a)).toBe(headline(a));
  });

  it('part of the total from a text not in force: which part', () => {
    const a = at('2024-06-01');
    const hq = a.items.find((i) => i.key === `${WUXI}#sub45`)!;
    expect(hq.counted).toBe(true);
    const part = restatus(a, (i) => i === hq, 'expired');
    expect(headlineStatus(part)).toBe(`其中 ${totalText(hq.countedWan!)}按已失效政策推算，仅供参考`);
    const two = restatus(part, (i) => i.counted && i.key !== hq.key, 'unknown');
    expect(headlineStatus(two)).toBe('按已失效或未载明有效期的政策推算，仅供参考');
    const undated = restatus(a, (i) => i === hq, 'unknown');
    expect(headlineStatus(undated)).toBe(`其中 ${totalText(hq.countedWan!)}按未载明有效期的政策推算，仅供参考`);
  });

  it('昆山: the whole total from 苏州市 (ended) or 昆山 (no period stated) is never called current', () => {
    const k = one({ loc: 'kunshan', who: '企业', stages: ['产业化'], amounts: { 项目总投资: 5000 } });
    expect(k.totalWan).toBeGreaterThan(0);
    expect(headlineStatus(k)).toMatch(/^按(已失效|未载明有效期的|已失效或未载明有效期的)政策推算，仅供参考$/);
  });

  it('nothing counted: no status in the headline (the status line below says what the texts are)', () => {
    const none = one({ loc: 'kunshan', who: '企业', stages: ['出海'] });
    expect(none.totalWan).toBe(0);
    expect(headlineStatus(none)).toBeNull();
  });
});

describe('items', () => {
  it('why an item is or is not in the total', () => {
    const talent = one({ loc: 'wuxi', who: '人才团队' });
    expect(itemStatus(find(talent, 'sub62'), talent)).toBe('计入总额');
    expect(itemStatus(find(talent, 'sub60'), talent)).toBe(
      '与“新引进的生物医药顶尖人才团队”只能得其一，按较高者计，本项未计入',
    );
    expect(itemStatus(find(talent, 'sub59'), talent)).toBe('未载明金额');
    expect(itemAmount(find(talent, 'sub60'))).toBe('（最高 1000万元）');
    const device = one({ loc: 'wuxi', who: '企业', stages: ['注册获证'], products: ['三类医疗器械', '创新医疗器械'] });
    expect(itemStatus(find(device, 'sub7'), device)).toBe(
      '上限再提高 100万元：已计入“首次获得国家医疗器械注册证书的高端医疗器械产品（三类、二类）”',
    );
    expect(itemAmount(find(device, 'sub7'))).toBe('上限再提高 100万元');
    const mah = one({
      loc: 'wuxi',
      who: '企业',
      stages: ['产业化'],
      products: ['1类创新药', '三类医疗器械'],
      amounts: { 交易金额: 40000, 项目总投资: 3000, 设备投资: 200 },
    });
    // 无锡（十二）: the device's own figure is 40000 × 5 % = 2000, capped at 1500; the shared 1500 went to the drug.
    expect(itemStatus(find(mah, 'sub36'), mah)).toBe('共同上限已由其他条款用完（本项单独可得 1500万元），本项未计入');
    expect(itemAmount(find(mah, 'sub36'))).toBe('（最高 1500万元）');
    expect(itemStatus(find(mah, 'sub21'), mah)).toBe('所选阶段、产品或所填金额均不涉及本项');
    // A rate of an amount not typed is asked for, not counted at its maximum (issue 18).
    const cnas = one({ loc: 'wuxi', who: '高校院所' });
    expect(itemStatus(find(cnas, 'sub23'), cnas)).toBe('需填写设备投资后计算，未计入总额');
    expect(itemAmount(find(cnas, 'sub23'))).toBe('需填写设备投资');
    expect(itemNotes(find(mah, 'sub35'), TEST_AS_OF)).toEqual(['原文只支持委托方：未选择委托方/受托方，按委托方计']);
  });

  it('names the alternative that won, wherever it stands in the list', () => {
    // 无锡（十五）: 新增中国企业500强 最高200万元, 进位明显的 最高100万元 — one or the other, the higher.
    const growth = one({ loc: 'wuxi', who: '企业', stages: ['成长壮大'] });
    expect(growth.items[0]!.key).not.toBe(`${WUXI}#sub41`);
    expect(itemStatus(find(growth, 'sub42'), growth)).toBe('与“新增中国企业500强”只能得其一，按较高者计，本项未计入');
  });

  it('a fixed amount reads 定额 (苏州 专栏4: “给予50万元研发经费资助”)', () => {
    const hospital = one({ loc: 'suzhou', who: '医疗机构', stages: ['临床I期'] });
    const sub19 = hospital.items.find((i) => i.key === 'suzhou-biomed-chain-2021-2023#sub19')!;
    expect(sub19.counted).toBe(true);
    expect(itemAmount(sub19)).toBe('定额 50万元');
  });

  it('lists every text left out by 只看现行有效', () => {
    const a = one({ loc: 'kunshan', who: '企业', current: true });
    expect(omittedText(a.omitted)).toBe(
      '已按“只看现行有效”略去：苏州市强链补链三年行动计划（规划期 2021—2023，已结束）；昆山市小核酸集群重点工作清单（文中未载明有效期或规划期）。',
    );
  });

  it('an item without a figure shows why, in its amount column too', () => {
    const talent = one({ loc: 'wuxi', who: '人才团队' });
    expect(itemAmount(find(talent, 'sub59'))).toBe('未载明金额');
  });

  it('lists several reasons or missing amounts (cases the five texts do not hold yet)', () => {
    const item = (patch: object) =>
      ({
        counted: false,
        notCounted: { kind: 'related' },
        match: { open: [] },
        assumedRole: null,
        computation: { needs: [] },
        provision: { eligibility: { payer: null, period: null, roles: [], inference: null } },
        ...patch,
      }) as unknown as ItemResult;
    const a = { items: [] } as unknown as LocationAnswer;
    expect(
      itemStatus(
        item({
          match: {
            open: [
              { kind: 'beneficiary-assumed', named: ['企业'] },
              { kind: 'product-unstated', named: ['1类创新药'] },
            ],
          },
        }),
        a,
      ),
    ).toBe('原文支持对象为企业（未选择主体类型，按企业计）；原文限于1类创新药（未选择产品类别）');
    expect(itemStatus(item({}), a)).toBe('可能同样适用');
    expect(itemNotes(item({ computation: { needs: ['研发投入', '设备投资'] } }), TEST_AS_OF)).toEqual([
      '未填写研发投入、设备投资：按上限计',
    ]);
  });

  it('notes: who pays, the clause’s own period, an inference, a missing base', () => {
    const growth = one({ loc: 'wuxi', who: '企业', stages: ['成长壮大'] });
    expect(itemNotes(find(growth, 'sub50'), TEST_AS_OF)).toEqual([
      '出资：各地区同步配套相应资金（市级按考核结果通过“拨改转”专项转移支付下达各地区）',
    ]);
    expect(itemNotes(find(growth, 'sub41'), TEST_AS_OF)[0]).toMatch(
      /^本站推断：原文对同一榜单并列“新增”和“进位明显”两档/,
    );
    const procurement = one({ loc: 'suzhou', who: '企业', stages: ['市场'] });
    const sub26 = procurement.items.find((i) => i.provision.id === 'sub26')!;
    expect(itemNotes(sub26, TEST_AS_OF)).toEqual(['条款载明的时限：2021—2023 年（已过）']);
    const drug = one({ loc: 'wuxi', who: '企业', stages: ['临床III期'], products: ['1类创新药'] });
    expect(itemNotes(find(drug, 'sub3'), TEST_AS_OF)).toEqual(['未填写研发投入：按上限计']);
  });
});

describe('a shared annual cap, partly used (无锡（十二）: 按年度实际交易金额最高5%, 单个企业每年资助最高不超过1500万元, for 药品 and 医疗器械 together)', () => {
  const entrusting = (交易金额: number) =>
    one({
      loc: 'wuxi',
      who: '企业',
      stages: ['产业化'],
      products: ['1类创新药', '三类医疗器械'],
      role: '委托方',
      amounts: { 交易金额 },
    });

  it('交易金额 2亿元: 5% is 1000万元 each; the second gets what is left of 1500万元', () => {
    const a = entrusting(20000);
    expect(itemStatus(find(a, 'sub35'), a)).toBe('计入总额');
    expect(itemStatus(find(a, 'sub36'), a)).toBe('计入总额 500万元（共同上限只余此数，原为 1000万元）');
    expect(
      ruleText(
        a.rules.find((r) => r.kind === 'shared-cap')!,
        a,
      ),
    ).toMatch(/同受“单个企业每年最高 1500万元”的限制：合计 2000万元，超过上限，按 1500万元 计$/);
  });

  it('交易金额 1亿元: 500万元 each, 1000万元 in all, under the cap', () => {
    const a = entrusting(10000);
    expect(itemStatus(find(a, 'sub36'), a)).toBe('计入总额');
    expect(
      ruleText(
        a.rules.find((r) => r.kind === 'shared-cap')!,
        a,
      ),
    ).toMatch(/同受“单个企业每年最高 1500万元”的限制：合计 1000万元，未超过$/);
  });
});

describe('as of a date the texts were in force', () => {
  const data2024 = testFinderData('2024-06-01');

  it('the status says 现行有效, with each text’s basis', () => {
    const [a] = answer(data2024, { ...EMPTY_PROFILE, loc: 'wuxi', who: '企业', stages: ['临床III期'] });
    expect(a!.historical).toBe(false);
    expect(statusText(a!, '2024-06-01')).toBe(
      '现行有效（截至 2024年6月1日：无锡市生物医药产业高质量发展若干政策意见：有效期至 2025-12-31，有效）。',
    );
  });

  it('a clause’s own period (2021—2023) is past only once 2023 is over', () => {
    const procurement = one({ loc: 'suzhou', who: '企业', stages: ['市场'] });
    const sub26 = procurement.items.find((i) => i.provision.id === 'sub26')!;
    expect(itemNotes(sub26, '2023-12-31')).toEqual(['条款载明的时限：2021—2023 年']);
    expect(itemNotes(sub26, '2024-01-01')).toEqual(['条款载明的时限：2021—2023 年（已过）']);
  });
});

describe('rules, assumptions and the copied text', () => {
  it('each rule in words, with what it did', () => {
    const mah = one({
      loc: 'wuxi',
      who: '企业',
      stages: ['产业化'],
      products: ['1类创新药', '三类医疗器械'],
      role: '委托方',
      amounts: { 交易金额: 40000, 项目总投资: 3000, 设备投资: 200 },
    });
    const texts = mah.rules.map((r) => ruleText(r, mah));
    expect(texts[0]).toBe(
      '“药品上市许可持有人委托无锡市企业生产或对外委托生产并在无锡市实现销售结算（药品）”、“高端医疗器械注册人委托无锡市企业生产或对外委托生产并在无锡市实现销售结算（医疗器械）”同受“单个企业每年最高 1500万元”的限制：合计 3000万元，超过上限，按 1500万元 计',
    );
    expect(texts[1]).toMatch(
      /^无锡市生物医药产业高质量发展若干政策意见与其他政策文件同类或重复的，按就高不重复执行；那些文件本站未收录，未计算。本文件适用于：依法在无锡市区范围内登记注册/,
    );
    const talent = one({ loc: 'wuxi', who: '人才团队' });
    expect(ruleText(talent.rules[0]!, talent)).toMatch(
      /^只能得其一：“新引进创业领军人才（团队）”、“新引进创新领军人才（团队）”、“新引进的生物医药顶尖人才团队”，按较高的 1亿元 计（本站推断：/,
    );
    const snd = one({ loc: 'snd', who: '企业', stages: ['研发', '临床II期'], products: ['1类创新药'] });
    expect(
      ruleText(
        snd.rules.find((r) => r.kind === 'two-tier-cap')!,
        snd,
      ),
    ).toBe(
      '单个企业每年享受本市两级财政政策叠加资助最高 2亿元（苏州市、苏州高新区（虎丘区）两级合计）：计入的 2 项合计 2650万元，未超过',
    );
    const suzhou = one({ loc: 'suzhou', who: '企业', stages: ['市场'] });
    expect(
      ruleText(
        suzhou.rules.find((r) => r.kind === 'shared-funding')!,
        suzhou,
      ),
    ).toBe(
      '“参加国家集中带量采购中标（支持企业培育）”由市、县级市（区）两级财政按比例资助：金额为两级合计，不因两级出资而叠加',
    );
  });

  it('assumptions: the type, the product, and that conditions are taken as met', () => {
    const a = one({ loc: 'wuxi', stages: ['临床III期'] });
    // No product is assumed: a provision for a product not named waits for it.
    expect(assumptionTexts(a)).toEqual([
      '未选择主体类型：按企业计算',
      '各项按满足原文条件计算（择优、认定等由主管部门评审）；每类所选产品按一个品种计',
    ]);
    expect(excludedText(a)).toMatch(/^另有 \d+ 项的原文条件/);
    // Nothing assumed when the type and the product are given.
    expect(assumptionTexts(one({ loc: 'wuxi', who: '企业', products: ['1类创新药'], stages: ['临床III期'] }))).toEqual([
      '各项按满足原文条件计算（择优、认定等由主管部门评审）；每类所选产品按一个品种计',
    ]);
  });

  it('the profile in one line', () => {
    const p: Profile = {
      ...EMPTY_PROFILE,
      loc: 'wuxi',
      who: '企业',
      products: ['1类创新药'],
      stages: ['临床I期', '临床II期'],
      role: '委托方',
      amounts: { 研发投入: 3000 },
      stageAmounts: { 研发投入: { 临床II期: 2000 } },
      current: true,
    };
    expect(profileText(p, names)).toBe(
      '注册地：无锡市；主体：企业；产品：1类创新药；阶段：临床I期、临床II期；角色：委托方；金额：研发投入 3000万元、研发投入（临床II期）2000万元；只看现行有效',
    );
    // What was left open is said, not left out: a printout must show the whole profile.
    expect(profileText(EMPTY_PROFILE, names)).toBe(
      '注册地：不限（比较各地）；主体：未选（按企业计算）；产品：未选；阶段：未选；金额：未填写',
    );
    expect(profileText({ ...EMPTY_PROFILE, products: ['1类创新药', '三类医疗器械'] }, names)).toBe(
      '注册地：不限（比较各地）；主体：未选（按企业计算）；产品：1类创新药、三类医疗器械；阶段：未选；金额：未填写',
    );
    // A talent team has no products: not asked, not listed; a stage it gave is.
    expect(profileText({ ...EMPTY_PROFILE, loc: 'wuxi', who: '人才团队', stages: ['落户设立'] }, names)).toBe(
      '注册地：无锡市；主体：人才团队；阶段：落户设立；金额：未填写',
    );
  });

  it('the whole answer as text: every counted clause cited with its link, the rules, the address', () => {
    const profile: Profile = {
      ...EMPTY_PROFILE,
      loc: 'wuxi',
      who: '企业',
      stages: ['落户设立'],
      amounts: { 实收注册资本: 30000 },
    };
    const text = answerText(answer(data, profile), profile, {
      siteName: '苏锡生物医药政策库',
      origin: 'https://example.org',
      url: 'https://example.org/finder/?loc=wuxi',
      asOf: TEST_AS_OF,
      locationName: names,
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '苏锡生物医药政策库 · 政策计算器',
      '条件：注册地：无锡市；主体：企业；产品：未选；阶段：落户设立；金额：实收注册资本 3亿元',
      '政策状态截至：2026年11月23日',
      '网址：https://example.org/finder/?loc=wuxi',
      '',
      '【无锡市】最高可申请约 2600 万元（按已失效政策推算，仅供参考）',
      '历史政策，仅供参考（截至 2026年11月23日：无锡市生物医药产业高质量发展若干政策意见：有效期至 2025-12-31，已失效）。',
    ]);
    expect(lines).toContain('1. 每年最高 2000万元 经市认定的总部企业（地方经济社会贡献奖励）（计入总额）');
    expect(lines).toContain(
      '   出处：《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（十六）条 https://example.org/policies/wuxi-biomed-policy-opinions/#s4-c16',
    );
    expect(lines).toContain('   · 不超过实收注册资本的 2%：3亿元 × 2% = 600万元');
    expect(lines.some((l) => l.startsWith('未载明金额（2 项）：'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('规则：无锡市生物医药产业高质量发展若干政策意见与其他政策文件同类或重复的')),
    ).toBe(true);
    expect(lines.at(-1)).toBe('网址：https://example.org/finder/?loc=wuxi');
    // Each step under its item; the items without an amount, each cited; the related ones counted.
    expect(lines).toContain('   · 年度上限（原文“单个企业每年最高2000万元”）：2000万元 未超过');
    expect(lines).toContain('2. 最高 600万元 新注册设立或新引进且经认定为总部企业的落户奖励（计入总额）');
    const unstated = lines.indexOf('未载明金额（2 项）：');
    expect(lines[unstated + 1]).toMatch(
      /^ {3}· 大型药品商业物流企业在锡建立生物冷链、智能化、网络化的长三角药品物流中心（一事一议）出处：《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（十七）条 https:\/\/example\.org\/policies\/wuxi-biomed-policy-opinions\/#/,
    );
    const related = answer(data, profile)[0]!.items.filter((i) => i.group === 'related').length;
    expect(related).toBeGreaterThan(0);
    expect(lines).toContain(`可能同样适用：${related} 项（见网页）`);
    expect(lines.slice(-4)).toEqual([
      '假定：各项按满足原文条件计算（择优、认定等由主管部门评审）；每类所选产品按一个品种计',
      '',
      '结果只是按原文推算的上限，不是申报结论；以主管部门的实施细则和评审为准。',
      '网址：https://example.org/finder/?loc=wuxi',
    ]);
  });

  it('the whole answer as text when 只看现行有效 leaves nothing', () => {
    const profile: Profile = { ...EMPTY_PROFILE, loc: 'kunshan', who: '企业', stages: ['出海'], current: true };
    const text = answerText(answer(data, profile), profile, {
      siteName: '苏锡生物医药政策库',
      origin: 'https://example.org',
      url: 'https://example.org/finder/?loc=kunshan',
      asOf: TEST_AS_OF,
      locationName: (id) => ({ kunshan: '昆山市' })[id] ?? id,
    });
    expect(text.split('\n')).toEqual([
      '苏锡生物医药政策库 · 政策计算器',
      '条件：注册地：昆山市；主体：企业；产品：未选；阶段：出海；金额：未填写；只看现行有效',
      '政策状态截至：2026年11月23日',
      '网址：https://example.org/finder/?loc=kunshan',
      '',
      '【昆山市】最高可申请约 0 万元',
      '所选地区没有现行有效的政策。',
      '已按“只看现行有效”略去：苏州市强链补链三年行动计划（规划期 2021—2023，已结束）；昆山市小核酸集群重点工作清单（文中未载明有效期或规划期）。',
      '假定：各项按满足原文条件计算（择优、认定等由主管部门评审）；每类所选产品按一个品种计',
      '',
      '结果只是按原文推算的上限，不是申报结论；以主管部门的实施细则和评审为准。',
      '网址：https://example.org/finder/?loc=kunshan',
    ]);
  });
});
