/**
 * The wording of generated policies: support provisions with their figures (and the structured
 * data a maintainer would type from them), development targets, and the task sentences, headings
 * and closing provisions that make up the rest of a biomedical industry policy. Modelled on the
 * five texts in sources/ and the fixtures in tests/fixtures/import/.
 */
import type { Eligibility } from '../../src/schemas/eligibility.ts';
import type { Subsidy, Target } from '../../src/schemas/policy.ts';
import type { Random } from './generate-random.ts';

/** A subsidy as the generator plants it: the sentence, and the data of it (clause, id, quote and departments are added later). */
export type SubsidyData = Pick<Subsidy, 'what' | 'category' | 'beneficiary' | 'kind'> &
  Partial<Omit<Subsidy, 'id' | 'clause' | 'quote' | 'departments' | 'eligibility'>> & {
    eligibility?: Partial<Eligibility>;
  };

export interface Provision {
  text: string;
  data: SubsidyData;
}

/** A target as the generator states it: a year it writes, one place (the schema's defaults for the rest). */
export type TargetData = Omit<
  Target,
  'id' | 'clause' | 'quote' | 'targetYearInferred' | 'targetYearBasis' | 'alsoIn' | 'discrepancy'
>;

export interface TargetPhrase {
  /** The words of the target, quoted in the data. */
  text: string;
  data: TargetData;
}

const LADDER = [5, 10, 20, 30, 50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000];

/** An amount in 万元 between min and max, from the round figures the texts use. */
export function amount(rng: Random, min: number, max: number): number {
  return rng.pick(LADDER.filter((x) => x >= min && x <= max));
}

/** `n` increasing amounts between min and max. */
export function ladder(rng: Random, n: number, min: number, max: number): number[] {
  const steps = LADDER.filter((x) => x >= min && x <= max);
  const start = rng.int(0, Math.max(0, steps.length - n));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(steps[Math.min(steps.length - 1, start + i * (rng.chance(0.5) ? 1 : 2))]!);
  return [...new Set(out)].length === n ? out : steps.slice(0, n);
}

/** 3000万元, 1亿元. */
export const wan = (w: number) => (w >= 10000 && w % 10000 === 0 ? `${w / 10000}亿元` : `${w}万元`);

/** Support provisions: each returns its sentence and the data a maintainer reads from it. `here` is 本市/本区. */
export const PROVISIONS: ((rng: Random, here: string) => Provision)[] = [
  (rng) => {
    const [a, b, c] = ladder(rng, 3, 100, 5000) as [number, number, number];
    const cap = amount(rng, c, 5000) === c ? c * 2 : amount(rng, c, 5000);
    return {
      text: `对在国内开展I、II、III期临床试验的1类创新药，分别给予最高${a}万元、${b}万元、${c}万元资助，单个企业每年最高资助${cap}万元。`,
      data: {
        what: '1类创新药 I、II、III期临床试验',
        category: 'drug-clinical-trial',
        beneficiary: '企业',
        kind: '资助',
        maxAmountWan: c,
        annualCapWan: cap,
        tiers: [
          { label: 'I期临床试验', maxAmountWan: a, ratePct: null },
          { label: 'II期临床试验', maxAmountWan: b, ratePct: null },
          { label: 'III期临床试验', maxAmountWan: c, ratePct: null },
        ],
        eligibility: {
          beneficiaries: ['企业'],
          products: ['1类创新药'],
          stages: ['临床I期', '临床II期', '临床III期'],
          tiers: [
            { stages: ['临床I期'], products: [], thresholds: [] },
            { stages: ['临床II期'], products: [], thresholds: [] },
            { stages: ['临床III期'], products: [], thresholds: [] },
          ],
        },
      },
    };
  },
  (rng, here) => {
    const p = rng.pick([10, 15, 20, 25, 30]);
    const [a, b] = ladder(rng, 2, 200, 3000) as [number, number];
    return {
      text: `对在${here}完成II期、III期临床试验的改良型新药，按照不超过研发投入的${p}%，分别给予最高${a}万元、${b}万元资助。`,
      data: {
        what: '改良型新药 II期、III期临床试验',
        category: 'improved-new-drug',
        beneficiary: '企业',
        kind: '资助',
        maxAmountWan: b,
        ratePct: p,
        rateBase: '研发投入',
        tiers: [
          { label: 'II期临床试验', maxAmountWan: a, ratePct: null },
          { label: 'III期临床试验', maxAmountWan: b, ratePct: null },
        ],
        eligibility: {
          beneficiaries: ['企业'],
          products: ['改良型新药'],
          stages: ['临床II期', '临床III期'],
          basis: '研发投入',
          location: ['在本地注册'],
          tiers: [
            { stages: ['临床II期'], products: [], thresholds: [] },
            { stages: ['临床III期'], products: [], thresholds: [] },
          ],
        },
      },
    };
  },
  (rng) => {
    const [b, a] = ladder(rng, 2, 20, 1000) as [number, number];
    return {
      text: `对首次取得第三类医疗器械注册证的产品，每个给予最高${a}万元资助；对首次取得第二类医疗器械注册证的产品，每个给予最高${b}万元资助。`,
      data: {
        what: '首次取得第三类、第二类医疗器械注册证',
        category: 'device-registration',
        beneficiary: '企业',
        kind: '资助',
        maxAmountWan: a,
        tiers: [
          { label: '第三类医疗器械', maxAmountWan: a, ratePct: null },
          { label: '第二类医疗器械', maxAmountWan: b, ratePct: null },
        ],
        eligibility: {
          beneficiaries: ['企业'],
          products: ['三类医疗器械', '二类医疗器械'],
          stages: ['注册获证'],
          per: '每个产品',
          tiers: [
            { stages: [], products: ['三类医疗器械'], thresholds: [] },
            { stages: [], products: ['二类医疗器械'], thresholds: [] },
          ],
        },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 50, 500);
    return {
      text: `对进入国家创新医疗器械特别审查程序并获批上市的产品，给予一次性奖励${a}万元。`,
      data: {
        what: '创新医疗器械获批上市',
        category: 'device-registration',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { beneficiaries: ['企业'], products: ['创新医疗器械'], stages: ['注册获证'], fixedAmount: true },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 30, 300);
    return {
      text: `对通过仿制药质量和疗效一致性评价的品种，每个给予最高${a}万元奖励。`,
      data: {
        what: '仿制药一致性评价',
        category: 'generic-consistency',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { products: ['仿制药'], stages: ['注册获证'], per: '每个品种' },
      },
    };
  },
  (rng, here) => {
    const a = amount(rng, 200, 3000);
    return {
      text: `对取得药品注册证书并在${here}实现产业化的1类创新药，每个品种给予最高${a}万元奖励。`,
      data: {
        what: '1类创新药获批上市并产业化',
        category: 'drug-approval',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: {
          products: ['1类创新药'],
          stages: ['注册获证'],
          location: ['在本地产业化'],
          per: '每个品种',
        },
      },
    };
  },
  (rng) => {
    const [b, a] = ladder(rng, 2, 100, 2000) as [number, number];
    return {
      text: `对新认定的国家级、省级生物医药公共服务平台，分别给予最高${a}万元、${b}万元资助。`,
      data: {
        what: '国家级、省级生物医药公共服务平台',
        category: 'platform',
        beneficiary: '平台运营单位',
        kind: '资助',
        maxAmountWan: a,
        tiers: [
          { label: '国家级', maxAmountWan: a, ratePct: null },
          { label: '省级', maxAmountWan: b, ratePct: null },
        ],
        eligibility: { stages: ['研发'], tiers: [{}, {}] as Eligibility['tiers'] },
      },
    };
  },
  (rng) => {
    const p = rng.pick([5, 8, 10, 15, 20]);
    const a = amount(rng, 300, 3000);
    const inv = rng.pick([5000, 10000, 20000]);
    return {
      text: `对总投资${wan(inv)}以上的生物医药产业化项目，按不超过设备投资额的${p}%给予补助，最高${a}万元。`,
      data: {
        what: '生物医药产业化项目设备投资',
        category: 'industrialization',
        beneficiary: '企业',
        kind: '补助',
        maxAmountWan: a,
        ratePct: p,
        rateBase: '设备投资额',
        conditions: `项目总投资${wan(inv)}以上`,
        eligibility: {
          beneficiaries: ['企业'],
          stages: ['产业化'],
          basis: '设备投资',
          thresholds: [{ basis: '项目总投资', minWan: inv, minInclusive: true, maxWan: null, maxInclusive: true }],
        },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 100, 1000);
    return {
      text: `对新引进的生物医药领军人才团队，经评审给予最高${a}万元项目资助。`,
      data: {
        what: '新引进的生物医药领军人才团队',
        category: 'talent',
        beneficiary: '人才团队',
        kind: '资助',
        maxAmountWan: a,
        eligibility: { beneficiaries: ['人才团队'] },
      },
    };
  },
  (rng) => {
    const top = rng.pick([5000, 10000, 10000, 20000]);
    return {
      text: `对带技术、带项目、带资本来${rng.pick(['本地', '我市', '我区'])}创新创业的顶尖人才团队，给予最高${wan(top)}综合资助。`,
      data: {
        what: '顶尖人才团队创新创业',
        category: 'talent',
        beneficiary: '人才团队',
        kind: '资助',
        maxAmountWan: top,
        eligibility: { beneficiaries: ['人才团队'] },
      },
    };
  },
  (rng) => {
    const p = rng.pick([5, 10, 15, 20]);
    const cap = amount(rng, 100, 1000);
    return {
      text: `对投资本地生物医药初创企业的创业投资机构，按实际投资额的${p}%给予奖励，单个机构每年最高${cap}万元。`,
      data: {
        what: '创业投资机构投资本地生物医药初创企业',
        category: 'fund',
        beneficiary: '投资机构',
        kind: '奖励',
        ratePct: p,
        rateBase: '实际投资额',
        annualCapWan: cap,
        eligibility: { beneficiaries: ['投资机构'], basis: '实际投资额' },
      },
    };
  },
  (rng) => {
    const p = rng.pick([30, 50]);
    const cap = amount(rng, 50, 300);
    return {
      text: `对生物医药企业获得的银行贷款，按实际支付利息的${p}%给予贴息，单个企业每年最高${cap}万元。`,
      data: {
        what: '生物医药企业银行贷款贴息',
        category: 'finance',
        beneficiary: '企业',
        kind: '贴息',
        ratePct: p,
        rateBase: '实际支付利息',
        annualCapWan: cap,
      },
    };
  },
  (rng) => {
    const a = amount(rng, 5, 50);
    const cap = amount(rng, 50, 300);
    return {
      text: `对获得PCT国际专利授权的企业，每件给予${a}万元奖励，单个企业每年最高${cap}万元。`,
      data: {
        what: 'PCT国际专利授权',
        category: 'ip',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        annualCapWan: cap,
        eligibility: { beneficiaries: ['企业'], per: '每件', fixedAmount: true },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 50, 500);
    return {
      text: `对通过美国FDA、欧盟EMA等国际认证并实现境外销售的药品和医疗器械，每个产品给予最高${a}万元奖励。`,
      data: {
        what: '药品和医疗器械通过国际认证并境外销售',
        category: 'overseas',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { products: ['药品', '医疗器械'], stages: ['出海'], per: '每个产品' },
      },
    };
  },
  (rng) => {
    const p = rng.pick([5, 10, 20]);
    const cap = amount(rng, 100, 1000);
    return {
      text: `对委托本地企业开展研发生产的药品上市许可持有人（MAH），按年度实际交易金额的${p}%给予补贴，单个企业每年最高${cap}万元。`,
      data: {
        what: '药品上市许可持有人委托本地企业研发生产',
        category: 'cmo-mah',
        beneficiary: '企业',
        kind: '补贴',
        ratePct: p,
        rateBase: '年度实际交易金额',
        annualCapWan: cap,
        eligibility: { beneficiaries: ['企业'], stages: ['产业化'], basis: '交易金额' },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 20, 200);
    return {
      text: `对首次入选国家级专精特新“小巨人”的生物医药企业，给予一次性奖励${a}万元。`,
      data: {
        what: '首次入选国家级专精特新“小巨人”',
        category: 'enterprise-growth',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { beneficiaries: ['企业'], stages: ['成长壮大'], fixedAmount: true },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 200, 2000);
    const c = rng.pick([5000, 10000, 20000]);
    return {
      text: `对新引进的生物医药企业总部，实收注册资本${wan(c)}以上的，给予最高${a}万元落户奖励。`,
      data: {
        what: '新引进的生物医药企业总部',
        category: 'headquarters',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        conditions: `实收注册资本${wan(c)}以上`,
        eligibility: {
          beneficiaries: ['企业'],
          stages: ['落户设立'],
          thresholds: [{ basis: '实收注册资本', minWan: c, minInclusive: true, maxWan: null, maxInclusive: true }],
        },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 50, 500);
    return {
      text: `对新获批的药物临床试验机构和医疗器械临床试验机构，给予一次性奖励${a}万元。`,
      data: {
        what: '新获批的药物、医疗器械临床试验机构',
        category: 'clinical-institution',
        beneficiary: '医疗机构',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { beneficiaries: ['医疗机构'], fixedAmount: true },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 30, 300);
    return {
      text: `对取得特殊医学用途配方食品注册证书的产品，每个给予最高${a}万元奖励。`,
      data: {
        what: '特殊医学用途配方食品注册证书',
        category: 'special-food-aesthetics',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { products: ['特医食品'], stages: ['注册获证'], per: '每个产品' },
      },
    };
  },
  (rng) => {
    const p = rng.pick([1, 2, 3, 5]);
    const a = amount(rng, 50, 500);
    return {
      text: `对纳入国家集中带量采购的本地生产品种，按当年采购额的${p}%给予奖励，每个品种最高${a}万元。`,
      data: {
        what: '纳入国家集中带量采购的本地生产品种',
        category: 'procurement',
        beneficiary: '企业',
        kind: '奖励',
        maxAmountWan: a,
        ratePct: p,
        rateBase: '当年采购额',
        eligibility: { stages: ['市场'], basis: '采购额', location: ['在本地研发生产'], per: '每个品种' },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 100, 1000);
    return {
      text: `对新建成并投入运营的生物医药专业孵化器、加速器，经认定给予最高${a}万元建设补贴。`,
      data: {
        what: '生物医药专业孵化器、加速器',
        category: 'park-land',
        beneficiary: '载体运营单位',
        kind: '补贴',
        maxAmountWan: a,
      },
    };
  },
  () => ({
    text: '对具有重大带动作用的生物医药产业化项目，采取“一事一议”方式给予综合支持。',
    data: {
      what: '重大生物医药产业化项目',
      category: 'industrialization',
      beneficiary: '企业',
      kind: '一事一议',
      eligibility: { stages: ['产业化'] },
    },
  }),
  (rng) => {
    const p = rng.pick([10, 20, 30]);
    const a = amount(rng, 50, 500);
    return {
      text: `对建设互联网医院和智慧医疗应用场景的项目，按不超过项目总投资的${p}%给予资助，最高${a}万元。`,
      data: {
        what: '互联网医院和智慧医疗应用场景项目',
        category: 'digital-health',
        beneficiary: '医疗机构、企业',
        kind: '资助',
        maxAmountWan: a,
        ratePct: p,
        rateBase: '项目总投资',
        eligibility: { beneficiaries: ['医疗机构', '企业'], basis: '项目总投资' },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 100, 1000);
    return {
      text: `对合成生物、生物制造领域的关键技术攻关项目，择优给予最高${a}万元资助。`,
      data: {
        what: '合成生物、生物制造关键技术攻关项目',
        category: 'biomanufacturing',
        beneficiary: '企业、高校院所',
        kind: '资助',
        maxAmountWan: a,
        eligibility: { beneficiaries: ['企业', '高校院所'], stages: ['研发'] },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 100, 2000);
    const raised = a * 2;
    return {
      text: `对技术含量高、产业带动性强的生物医药核心技术攻关项目，分档择优给予单个项目最高${a}万元研发资助，特别重大的项目可上浮至${raised}万元。`,
      data: {
        what: '生物医药核心技术攻关项目',
        category: 'key-technology',
        beneficiary: '科研项目承担单位',
        kind: '资助',
        maxAmountWan: a,
        raisedMaxWan: raised,
        conditions: '分档择优；特别重大的项目可上浮',
        eligibility: { stages: ['研发'], per: '单个项目' },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 20, 200);
    return {
      text: `对首次通过GLP认证或国际AAALAC认证的机构，给予一次性奖励${a}万元。`,
      data: {
        what: '首次通过GLP、AAALAC认证',
        category: 'certification',
        beneficiary: '企业、机构',
        kind: '奖励',
        maxAmountWan: a,
        eligibility: { stages: ['研发'], fixedAmount: true },
      },
    };
  },
  (rng) => {
    const a = amount(rng, 10, 100);
    return {
      text: `对在本地举办的国际性、全国性生物医药专业会议和创新创业大赛，按实际发生费用给予最高${a}万元补贴。`,
      data: {
        what: '生物医药专业会议和创新创业大赛',
        category: 'events',
        beneficiary: '主办单位',
        kind: '补贴',
        maxAmountWan: a,
      },
    };
  },
  () => ({
    text: '同一企业同一项目符合本政策多项扶持条件的，按照“就高不重复”原则执行。',
    data: {
      what: '同一项目多项扶持就高不重复',
      category: 'overall-cap',
      beneficiary: '企业',
      kind: '叠加上限',
      eligibility: { stacking: { rule: '就高不重复', scope: '本文件' } },
    },
  }),
];

/** Development targets: the words of one indicator and its data. `scope` is 全市/全区. */
export const TARGETS: ((rng: Random, scope: string, year: number, baseYear: number) => TargetPhrase)[] = [
  (rng, scope, year) => {
    const v = rng.pick([100, 200, 300, 500, 800, 1000, 1200, 1500, 2000]);
    return {
      text: `${scope}生物医药产业规模突破${v}亿元`,
      data: t('生物医药产业规模', '产业规模', '亿元', '突破', year, v),
    };
  },
  (rng, _scope, year, baseYear) => {
    const base = rng.pick([100, 150, 200, 260, 300]);
    const v = base * rng.pick([2, 3]);
    return {
      text: `生物医药产业营业收入由${baseYear}年的${base}亿元增长到${v}亿元`,
      data: {
        ...t('生物医药产业营业收入', '产业规模', '亿元', null, year, v),
        baselineYear: baseYear,
        baselineValue: base,
      },
    };
  },
  (rng, _scope, year) => {
    const v = rng.pick([50, 80, 100, 150, 200, 300, 500]);
    return { text: `规上生物医药企业超${v}家`, data: t('规上生物医药企业', '企业', '家', '超', year, v) };
  },
  (rng, _scope, year) => {
    const v = rng.pick([2, 3, 5, 8, 10]);
    return { text: `新增上市企业${v}家以上`, data: t('新增上市企业', '企业', '家', '以上', year, v) };
  },
  (rng, _scope, year) => {
    const v = rng.pick([10, 20, 30, 50]);
    return { text: `引进培育领军人才团队${v}个`, data: t('引进培育领军人才团队', '人才', '个', null, year, v) };
  },
  (rng, _scope, year) => {
    const a = rng.int(1, 3);
    const b = a + rng.int(1, 3);
    return {
      text: `建成省级以上生物医药创新平台${a}-${b}个`,
      data: t('省级以上生物医药创新平台', '平台', '个', null, year, [a, b]),
    };
  },
  (rng, _scope, year) => {
    const v = rng.pick([10, 20, 30, 50, 100]);
    return {
      text: `累计获批三类医疗器械注册证${v}件以上`,
      data: t('累计获批三类医疗器械注册证', '创新成果', '件', '以上', year, v),
    };
  },
  (rng, _scope, year) => {
    const v = rng.pick([20, 30, 50, 80, 100]);
    return { text: `新建专业载体${v}万平方米`, data: t('新建专业载体', '载体', '万平方米', null, year, v) };
  },
  (rng, _scope, year) => {
    const v = rng.pick([50, 100, 200, 300]);
    return {
      text: `生物医药产业基金规模达到${v}亿元`,
      data: t('生物医药产业基金规模', '资本', '亿元', '达到', year, v),
    };
  },
  (rng, _scope, year) => {
    const v = rng.pick([3, 5, 8, 10, 15]);
    return { text: `建成药物临床试验机构${v}家`, data: t('药物临床试验机构', '临床', '家', null, year, v) };
  },
];

function t(
  indicator: string,
  theme: Target['theme'],
  unit: string,
  comparator: string | null,
  targetYear: number,
  targetValue: Target['targetValue'],
): TargetData {
  return { indicator, theme, unit, comparator, baselineYear: null, baselineValue: null, targetYear, targetValue };
}

/** Indicator-table rows: name（unit）, baseline, target. */
export const INDICATOR_ROWS: [string, string, Target['theme'], [number, number]][] = [
  ['生物医药产业营业收入', '亿元', '产业规模', [100, 600]],
  ['生物医药企业总数', '家', '企业', [100, 800]],
  ['规上工业企业数', '家', '企业', [20, 200]],
  ['科技型中小企业和高企数', '家', '企业', [30, 400]],
  ['上市企业累计数', '家', '企业', [2, 20]],
  ['省级以上研发机构数', '个', '平台', [5, 60]],
  ['三类医疗器械注册证累计数', '件', '创新成果', [10, 120]],
  ['一类新药临床批件累计数', '个', '创新成果', [5, 60]],
  ['高层次人才团队数', '个', '人才', [10, 150]],
  ['专业载体面积', '万平方米', '载体', [20, 300]],
];

/** Task sentences with no figures, by the topic words they carry. */
export const TASKS: string[] = [
  '聚焦创新药、高端医疗器械、生物技术等重点领域，组织实施一批关键核心技术攻关项目。',
  '支持企业建设研发中心，推动高校院所与企业共建联合实验室和新型研发机构。',
  '完善“揭榜挂帅”工作机制，支持龙头企业牵头组建创新联合体。',
  '鼓励企业开展抗体药物、细胞治疗、基因治疗和核酸药物研发，加快推进创新药临床试验。',
  '支持体外诊断、医学影像、植介入器械和手术机器人等高端医疗器械研发及产业化。',
  '推动研究型医院和研究型病房建设，提升临床研究能力和临床试验承接能力。',
  '建立伦理审查结果互认机制，缩短临床试验启动时间。',
  '加强与国家药监局药品审评中心、医疗器械技术审评中心的沟通对接，提供注册申报前置服务。',
  '建立重点产品审评审批服务清单，对创新产品实行专人对接、全程跟踪。',
  '实施生物医药人才引育计划，集聚一批科学家、企业家和高技能人才。',
  '完善人才安家补贴、子女入学、医疗保障等服务，营造良好的人才发展环境。',
  '推进产教融合，支持高校和职业院校开设生物医药相关专业，建设实训基地。',
  '发挥政府引导基金作用，吸引社会资本设立生物医药产业基金。',
  '鼓励银行、保险机构开发知识产权质押融资、研发费用损失保险等金融产品。',
  '支持符合条件的生物医药企业在科创板、创业板等资本市场上市融资。',
  '规划建设生物医药产业园，完善标准厂房、研发楼宇和配套设施。',
  '统筹用地保障，优先支持生物医药重大项目供地。',
  '建设药物安全性评价、检验检测、中试放大等公共服务平台。',
  '加强知识产权创造、运用和保护，培育一批高价值专利。',
  '推动人工智能、大数据与生物医药深度融合，发展智慧医疗和数字化研发。',
  '推进中医药传承创新发展，支持经典名方和中药新药研发。',
  '实施企业梯队培育计划，培育一批瞪羚企业、独角兽企业和专精特新企业。',
  '支持企业开拓国际市场，开展国际认证和海外注册。',
  '深化国际合作，吸引外资生物医药企业设立研发中心和区域总部。',
  '推动创新药械进入医保目录和集中带量采购，支持创新产品入院使用。',
  '完善首购首用机制，将本地创新产品纳入创新产品推荐目录。',
  '支持CRO、CDMO等医药外包服务企业发展，推动上市许可持有人制度落地。',
  '加快发展合成生物和生物制造，建设生物原料和培养基生产基地。',
  '开展精准招商，围绕产业链关键环节招引一批重大项目。',
  '支持医美和特医食品产业发展，规范医疗美容服务。',
  '优化特殊物品通关流程，为研发用物品进口提供便利。',
  '建立生物医药产业运行监测和统计分析制度，定期发布产业发展报告。',
  '加强生物安全管理，完善危险废物处置和环境保护措施。',
  '培育一批行业协会和产业联盟，发挥专业服务机构作用。',
  '举办高水平生物医药专业会议和创新创业大赛，打造产业交流合作平台。',
  '支持企业开展仿制药一致性评价，提升原料药和制剂质量水平。',
];

/** Headings of the units of a plan. */
export const SECTION_HEADINGS = {
  opening: ['总体要求', '发展目标', '主要目标', '指导思想和发展目标'],
  tasks: ['重点任务', '主要任务', '重点工作', '支持政策', '政策措施'],
  closing: ['保障措施', '组织保障', '实施保障', '附则'],
};

export const ITEM_HEADINGS: string[] = [
  '强化前瞻研究布局',
  '支持关键核心技术攻关',
  '加快创新药研发',
  '推动高端医疗器械发展',
  '提升临床研究能力',
  '优化审评审批服务',
  '加强人才引育',
  '强化金融支持',
  '完善产业载体',
  '建设公共服务平台',
  '加强知识产权保护',
  '推动数字化转型',
  '促进中医药传承创新',
  '培育壮大市场主体',
  '拓展国际市场',
  '推动创新产品应用',
  '发展医药外包服务',
  '培育合成生物产业',
  '加大招商引资力度',
  '优化产业发展生态',
];

export const CLOSING_ITEMS: string[] = [
  '加强组织领导。成立生物医药产业发展工作领导小组，统筹推进各项工作。',
  '强化政策协同。加强各部门政策衔接，形成工作合力。',
  '加大资金保障。统筹安排专项资金，确保各项政策落实到位。',
  '加强督查考核。将重点任务纳入年度考核，定期通报工作进展。',
  '营造良好氛围。加强政策宣传解读，及时总结推广典型经验。',
];

export const BOX_TITLES: string[] = [
  '创新平台建设重点',
  '企业梯度培育行动',
  '重大项目清单',
  '重点产品攻关方向',
  '载体建设重点',
];
export const BOX_ITEMS: string[] = [
  '国家高性能医疗器械创新中心分中心。',
  '生物医药中试服务平台。',
  '药物安全性评价中心。',
  '龙头企业培育行动。',
  '专精特新企业培育行动。',
  '独角兽企业培育行动。',
  '细胞和基因治疗产业化基地。',
  '高端医疗器械产业园。',
  '合成生物创新中心。',
  '临床研究协同创新中心。',
];

/** Words for the local, specific sentences every real text has: its parks, companies, products and technologies. */
export const PRODUCTS = [
  '抗体偶联药物',
  '双特异性抗体',
  'mRNA疫苗',
  '重组蛋白药物',
  '小核酸药物',
  '细胞治疗产品',
  '基因治疗载体',
  '多肽药物',
  '放射性药物',
  '中药创新药',
  '高端影像设备',
  '质子治疗系统',
  '手术机器人',
  '血管介入器械',
  '骨科植入物',
  '体外诊断试剂',
  '分子诊断设备',
  '可穿戴医疗设备',
  '康复辅助器具',
  '医用高分子材料',
  '眼科医疗器械',
  '口腔医疗器械',
  '高端制剂',
  '特色原料药',
  '生物药用辅料',
  '细胞培养基',
  '合成生物材料',
  '宠物疫苗',
  '医美填充材料',
  '数字疗法产品',
];
export const TECHNOLOGIES = [
  '抗体筛选',
  '连续流制造',
  '高通量测序',
  '类器官',
  'AI辅助药物设计',
  '蛋白质工程',
  '病毒载体制备',
  '冻干制剂',
  '微流控',
  '医学图像识别',
  '精准放疗',
  '生物3D打印',
  '酶催化合成',
  '发酵工艺优化',
  '质量源于设计',
  '真实世界研究',
];
export const PLATFORMS = [
  '中试基地',
  '公共技术服务平台',
  '动物实验中心',
  '临床研究中心',
  '检验检测中心',
  '概念验证中心',
  '成果转化中心',
  '生物样本库',
  '医疗器械注册人服务站',
  '知识产权运营中心',
];
export const PARK_NAMES = ['生命健康产业园', '生物医药产业园', '医疗器械产业园', '生物港', '药谷', '健康城', '科创园'];
const BRAND_FIRST = [...'华康恒瑞迈信泽博德金永安晟和禾诺益元天中圣正创新合同科'];
const BRAND_SECOND = [...'源达生健明华宇医恒泰瑞辰盛康凯祥泽维诺宁'];
const BRAND_KIND = ['生物', '医药', '医疗', '制药', '基因', '生命科学'];

/** A company name as the texts cite their local leaders: 康泽生物. */
export const company = (rng: Random) => `${rng.pick(BRAND_FIRST)}${rng.pick(BRAND_SECOND)}${rng.pick(BRAND_KIND)}`;

/** Sentences naming the region's own parks, companies, products and technologies. */
export const LOCAL_TASKS: ((rng: Random, place: string) => string)[] = [
  (rng, place) =>
    `依托${place}${rng.pick(PARK_NAMES)}，重点发展${rng.pick(PRODUCTS)}、${rng.pick(PRODUCTS)}等领域，打造特色产业集群。`,
  (rng) =>
    `支持${company(rng)}、${company(rng)}等龙头企业建设${rng.pick(PLATFORMS)}，开展${rng.pick(TECHNOLOGIES)}技术研发。`,
  (rng) => `围绕${rng.pick(PRODUCTS)}产业链，引进培育一批上下游配套企业，提升本地配套率。`,
  (rng, place) => `推动${place}${rng.pick(PLATFORMS)}建设，面向中小企业提供${rng.pick(TECHNOLOGIES)}等技术服务。`,
  (rng) => `加快${company(rng)}${rng.pick(PRODUCTS)}产业化项目建设，力争早日投产达效。`,
  (rng) => `鼓励企业与高校院所合作开展${rng.pick(TECHNOLOGIES)}和${rng.pick(TECHNOLOGIES)}攻关，突破一批关键技术。`,
  (rng, place) => `在${place}布局建设${rng.pick(PRODUCTS)}生产基地，完善危化品仓储、污水处理等配套设施。`,
  (rng) => `推广${rng.pick(PRODUCTS)}在本地医疗机构的示范应用，支持${company(rng)}产品进入采购目录。`,
];
