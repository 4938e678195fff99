/**
 * The eligibility data against the texts: every provision has it, its cross-references hold,
 * and every condition it states is written in the provision's quote or clause — a product kind,
 * a stage, a local requirement, a threshold, a fixed amount ("给予20万元", no "最高").
 */
import { describe, expect, it } from 'vitest';
import type { ProductKind, LifecycleStage, LocationRequirement } from '../../schemas/eligibility-vocab.ts';
import { normalizeText } from '../amounts.ts';
import { impliesBeneficiary, namesBeneficiary } from './beneficiary-cues.ts';
import { eligibilityProblems } from './eligibility-consistency.ts';
import { onDisk, sub } from './testing.ts';

const { models } = onDisk();
const all = models.flatMap((m) =>
  m.data.subsidies.map((s) => {
    const clause = m.byId.get(s.clause)!;
    // A clause's enclosing clauses state what applies to all of it (苏州 四、: 项目认定时限为 2021—2023 年).
    const context = [...clause.ancestors.map((id) => m.byId.get(id)!.text), clause.text].join('\n');
    return { policy: m.id, s, clause, context };
  }),
);
const cases = (pick: (x: (typeof all)[number]) => boolean) =>
  all.filter(pick).map((x) => [`${x.policy}#${x.s.id}`, x] as const);

/** Words that show a kind, stage or requirement is the clause's and not a guess. */
const PRODUCT_WORDS: Record<ProductKind, RegExp> = {
  药品: /药品|药物/,
  新药: /新药/,
  '1类创新药': /1类|一类|创新药/,
  改良型新药: /改良型/,
  仿制药: /仿制药|一致性评价/,
  中药经典名方: /经典名方/,
  医疗器械: /医疗器械|医用耗材|医疗设备|器械/,
  三类医疗器械: /三类|第三类/,
  二类医疗器械: /二类|第二类|二、三类|第二、三类/,
  创新医疗器械: /创新医疗器械/,
  特医食品: /特殊医学用途配方食品|特医食品/,
  特定疾病特医食品: /特定疾病/,
  医美产品: /医疗美容/,
  生物原料药: /生物原料药|药用辅料|生物基材料/,
  兽药: /兽药/,
};
const STAGE_WORDS: Record<LifecycleStage, RegExp> = {
  落户设立: /引进|设立|落户|招引|引入|新注册|建立/,
  研发: /研发|研究|攻关|科研|创新券|加计扣除|中试|技术熟化/,
  临床I期: /临床/,
  临床II期: /临床/,
  临床III期: /临床/,
  注册获证: /注册|获批|批件|一致性评价|登记|审查程序/,
  产业化: /产业化|生产|技术改造|智能制造|用地|转化|投资|委托|批量|排污|固定资产|车间/,
  市场: /采购|集中带量|医保|销售|首购|首台|三首|目录|责任保险/,
  出海: /境外|FDA|海外|CAP|CLIA/,
  成长壮大: /培育|上市|500强|称号|独角兽|冠军|小巨人|专精特新|总部企业|链主|做大|雏鹰|瞪羚|科技型中小企业|并购|做强/,
};
const LOCATION_WORDS: Record<LocationRequirement, RegExp> = {
  在本地注册: /无锡市注册|注册许可人|登记注册|我区|本市|我市/,
  在本地设立: /设立|建立|落户|新引进/,
  在本地研发生产: /研发生产|企业生产/,
  在本地产业化: /实施产业化|进行产业化|大市范围内实施产业化/,
  在本地生产销售: /生产销售/,
  在本地销售结算: /销售结算/,
  在本地转化: /转化/,
  在本地工作纳税: /缴纳个人所得税/,
};

describe('eligibility data', () => {
  it('every subsidy of every policy has its eligibility filled in', () => {
    expect(all.filter((x) => !x.s.eligibility).map((x) => `${x.policy}#${x.s.id}`)).toEqual([]);
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(models.map((m) => [m.id, m] as const))('%s: references, shared caps and tiers are consistent', (_id, m) => {
    expect(eligibilityProblems(m.data.subsidies)).toEqual([]);
  });

  it('the consistency check catches a one-way shared cap, a missing raise target and misaligned tiers', () => {
    const a = sub('wuxi-biomed-policy-opinions', 'sub6');
    const b = sub('wuxi-biomed-policy-opinions', 'sub7');
    const broken = [
      { ...a, eligibility: { ...a.eligibility!, tiers: [a.eligibility!.tiers[0]!] } },
      { ...b, eligibility: { ...b.eligibility!, sharedCapWith: [], raises: 'sub99' } },
    ];
    expect(eligibilityProblems(broken).map((p) => `${p.index} ${p.path.join('.')}`)).toEqual([
      '0 tiers',
      '0 sharedCapWith.0',
      '1 raises',
    ]);
  });

  it('the consistency check catches one-way alternatives, alternatives without a reason, a per-stage base without stage tiers, roles off 交易金额', () => {
    const a = sub('wuxi-biomed-policy-opinions', 'sub41');
    const b = sub('wuxi-biomed-policy-opinions', 'sub42');
    const c = sub('wuxi-biomed-policy-opinions', 'sub5');
    const broken = [
      { ...a, eligibility: { ...a.eligibility!, inference: null } },
      { ...b, eligibility: { ...b.eligibility!, exclusiveWith: ['sub41', 'sub99'] } },
      { ...c, eligibility: { ...c.eligibility!, basisPerStage: true, roles: ['委托方' as const] } },
    ];
    expect(eligibilityProblems(broken).map((p) => `${p.index} ${p.path.join('.')}`)).toEqual([
      '0 inference',
      '1 exclusiveWith.1',
      '2 basisPerStage',
      '2 roles',
    ]);
  });

  it.each(cases((x) => x.s.eligibility!.roles.length > 0))(
    '%s: each party it pays is named in the quote (委托方, 受托方)',
    (_id, { s }) => {
      expect(s.eligibility!.roles.filter((r) => !normalizeText(s.quote).includes(r))).toEqual([]);
    },
  );

  // Who is paid decides what the calculator counts (issue 18): the data's beneficiaries are held to the clause.
  it.each(cases((x) => x.s.eligibility!.beneficiaries.length > 0 && !x.s.eligibility!.beneficiariesInferred))(
    '%s: each beneficiary type it names is named in its clause',
    (_id, { s, context }) => {
      const text = normalizeText(`${s.quote}\n${context}`);
      expect(s.eligibility!.beneficiaries.filter((b) => !namesBeneficiary(text, b))).toEqual([]);
    },
  );

  it.each(cases((x) => x.s.eligibility!.beneficiariesInferred))(
    '%s: each beneficiary type the site infers is implied by its clause (本站推断)',
    (_id, { s, context }) => {
      const text = normalizeText(`${s.quote}\n${context}`);
      expect(s.eligibility!.beneficiaries.filter((b) => !impliesBeneficiary(text, b))).toEqual([]);
    },
  );

  it('the cues tell types apart: a clause for an insurer does not name a hospital, “项目” implies a company', () => {
    expect(namesBeneficiary('支持对依规开发生物医药领域专业险种并实质开展业务的保险机构', '金融机构')).toBe(true);
    expect(namesBeneficiary('支持对依规开发生物医药领域专业险种并实质开展业务的保险机构', '医疗机构')).toBe(false);
    expect(namesBeneficiary('对技术含量高的科研项目给予资助', '企业')).toBe(false);
    expect(impliesBeneficiary('对技术含量高的科研项目给予资助', '企业')).toBe(true);
    expect(impliesBeneficiary('对技术含量高的科研项目给予资助', '人才团队')).toBe(false);
  });

  it('every provision that pays says whom (the calculator counts nothing for an applicant it does not pay)', () => {
    const silent = all.filter(
      (x) => !x.s.eligibility!.beneficiaries.length && x.s.eligibility!.stacking?.scope !== '本文件',
    );
    expect(silent.map((x) => `${x.policy}#${x.s.id}`)).toEqual([]);
  });

  it.each(cases((x) => x.s.eligibility!.recurring !== null))(
    '%s: an award given every year says so (每年, 连续N年)',
    (_id, { s, clause }) => {
      const { years } = s.eligibility!.recurring!;
      const t = normalizeText(`${s.quote}\n${clause.text}`);
      expect(t).toMatch(/每年/);
      if (years !== null) expect(t).toContain(`连续${years}年`);
    },
  );

  it.each(cases((x) => x.s.eligibility!.payer !== null))(
    '%s: another payer is written in the clause (各地区同步配套)',
    (_id, { s, clause }) => {
      expect(normalizeText(clause.text)).toContain('同步配套相应资金');
      expect(s.eligibility!.payer).toContain('同步配套相应资金');
    },
  );

  it.each(cases((x) => x.s.eligibility!.basisPerStage))(
    '%s: a base per stage is read from “按照不同……阶段” with one tier per stage',
    (_id, { s, clause }) => {
      expect(normalizeText(`${s.quote}${clause.text}`)).toMatch(/不同临床试验阶段|分档择优给予不超过研发投入/);
      expect(s.eligibility!.tiers.every((t) => t.stages.length === 1)).toBe(true);
    },
  );

  it('the issue-12 corrections hold: 特定疾病, districts paying, insurers paid nothing, an inference marked', () => {
    expect(sub('wuxi-biomed-policy-opinions', 'sub29').eligibility!.products).toEqual(['特定疾病特医食品']);
    expect(sub('wuxi-biomed-policy-opinions', 'sub29').conditions).toContain('特定疾病');
    expect(sub('wuxi-biomed-policy-opinions', 'sub51').eligibility!.payer).toMatch(/^各地区同步配套相应资金/);
    expect(sub('wuxi-biomed-policy-opinions', 'sub51').conditions).toContain('各地区同步配套');
    const insurers = sub('suzhou-biomed-chain-2021-2023', 'sub32');
    expect([insurers.eligibility!.beneficiaries, insurers.maxAmountWan, insurers.beneficiary]).toEqual([
      ['金融机构'],
      null,
      '各类在苏保险机构',
    ]);
    expect(sub('suzhou-snd-meddevice-biomed-2020-2022', 'sub11').eligibility!.inference).toContain('研究');
  });

  it.each(cases((x) => x.s.eligibility!.products.length > 0))(
    '%s: each product kind is named in the quote (or its clause, when the quote is the tail of a sentence naming none)',
    (_id, { s, clause }) => {
      const q = normalizeText(s.quote);
      const namesAny = Object.values(PRODUCT_WORDS).some((re) => re.test(q));
      const t = namesAny ? q : normalizeText(clause.text);
      expect(s.eligibility!.products.filter((p) => !PRODUCT_WORDS[p].test(t))).toEqual([]);
    },
  );

  it.each(cases((x) => x.s.eligibility!.stages.length > 0))(
    '%s: each stage is named in the quote or its clause',
    (_id, { s, clause }) => {
      const t = normalizeText(`${s.quote}\n${clause.heading ?? ''}\n${clause.text}`);
      expect(s.eligibility!.stages.filter((st) => !STAGE_WORDS[st].test(t))).toEqual([]);
    },
  );

  it.each(cases((x) => x.s.eligibility!.location.length > 0))(
    '%s: each local requirement is written in the quote or its clause',
    (_id, { s, clause }) => {
      const t = normalizeText(`${s.quote}\n${clause.text}`);
      expect(s.eligibility!.location.filter((l) => !LOCATION_WORDS[l].test(t))).toEqual([]);
    },
  );

  it.each(
    cases((x) => x.s.eligibility!.thresholds.length > 0 || x.s.eligibility!.tiers.some((t) => t.thresholds.length > 0)),
  )('%s: each threshold figure is written in the quote', (_id, { s }) => {
    const q = normalizeText(s.quote);
    const figures = [...s.eligibility!.thresholds, ...s.eligibility!.tiers.flatMap((t) => t.thresholds)]
      .flatMap((t) => [t.minWan, t.maxWan])
      .filter((x): x is number => x !== null);
    const written = (wan: number) => new RegExp(`(?<![\\d.])(${wan}万元|${wan / 10000}亿元)`).test(q);
    expect(figures.filter((f) => !written(f))).toEqual([]);
  });

  it('“超过” excludes its figure, “以上”“（含）”“及以上” include it', () => {
    for (const { s } of all) {
      for (const t of s.eligibility!.thresholds) {
        const q = normalizeText(s.quote);
        if (t.minWan !== null && !t.minInclusive) expect(q, `${s.id}`).toMatch(new RegExp(`超过${t.minWan}万元`));
      }
    }
  });

  it.each(cases((x) => x.s.maxAmountWan !== null && x.s.kind !== '叠加上限'))(
    '%s: a fixed amount has no “最高”, a maximum has one',
    (_id, { s }) => {
      const q = normalizeText(s.quote);
      if (s.eligibility!.fixedAmount) expect(q).not.toMatch(/最高|不超过|上限|不高于/);
      else expect(q).toMatch(/最高|不超过|上限|不高于/);
    },
  );

  it.each(cases((x) => x.s.eligibility!.period !== null))(
    '%s: the clause (or the section it belongs to) states its own period',
    (_id, { s, context }) => {
      const { start, end } = s.eligibility!.period!;
      expect(normalizeText(context)).toContain(`项目认定时限为${start}—${end}年`);
    },
  );

  it.each(cases((x) => x.s.eligibility!.tiers.some((t) => t.stages.length > 0 || t.products.length > 0)))(
    '%s: a tier’s stage or product is the one its label names',
    (_id, { s }) => {
      const bad = s.eligibility!.tiers.flatMap((cond, i) => {
        const label = s.tiers[i]!.label.replace(/Ⅰ/g, 'I').replace(/Ⅱ/g, 'II').replace(/Ⅲ/g, 'III');
        const stageOk = cond.stages.every((st) =>
          st.startsWith('临床')
            ? new RegExp(`(^|[^I])${st.slice(2)}`).test(label) || cond.stages.length === 3
            : STAGE_WORDS[st].test(label),
        );
        const productOk = cond.products.every((p) => PRODUCT_WORDS[p].test(label));
        return stageOk && productOk ? [] : [label];
      });
      expect(bad).toEqual([]);
    },
  );

  it('a rate, a shared cap or a raise is read from the clause, and those are all the kinds of rule the data holds', () => {
    const kinds = new Set<string>();
    for (const { s } of all) {
      const e = s.eligibility!;
      if (e.fixedAmount) kinds.add('fixed');
      else if (s.maxAmountWan !== null && s.ratePct === null && !s.tiers.length) kinds.add('maximum');
      if (s.ratePct !== null) kinds.add('rate');
      if (s.tiers.length) kinds.add('tiers');
      if (s.annualCapWan !== null) kinds.add('annual cap');
      if (e.sharedCapWith.length) kinds.add('shared cap');
      if (s.raisedMaxWan !== null) kinds.add('raised maximum');
      if (s.raiseByWan !== null) kinds.add('raise by');
      if (e.thresholds.length) kinds.add('threshold');
      if (e.maxCount !== null) kinds.add('count');
      if (e.stacking) kinds.add(`stacking ${e.stacking.rule}`);
      if (e.exclusiveWith.length) kinds.add('alternatives');
      if (e.recurring) kinds.add('recurring');
      if (e.roles.length) kinds.add('roles');
      if (e.basisPerStage) kinds.add('base per stage');
      if (e.payer) kinds.add('payer');
    }
    // compute.test.ts, answer.test.ts and answer-text.test.ts have a case for each of these.
    expect([...kinds].sort()).toEqual(
      [
        'alternatives',
        'annual cap',
        'base per stage',
        'count',
        'payer',
        'recurring',
        'roles',
        'fixed',
        'maximum',
        'raise by',
        'raised maximum',
        'rate',
        'shared cap',
        'stacking 两级财政按比例资助',
        'stacking 叠加上限',
        'stacking 就高不重复',
        'threshold',
        'tiers',
      ].sort(),
    );
  });
});
