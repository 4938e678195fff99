/** The form in the order people decide, on the real provisions: which amounts, pickers and role it asks. */
import { describe, expect, it } from 'vitest';
import { AMOUNT_BASES, LIFECYCLE_STAGES } from '../../schemas/eligibility-vocab.ts';
import { answer } from './answer.ts';
import { basesOf, formPlan, openProvisions } from './form-fields.ts';
import { provision, sub, testFinderData, words } from './testing.ts';
import { EMPTY_PROFILE, EMPTY_ELIGIBILITY, type Profile } from './types.ts';

const WUXI = 'wuxi-biomed-policy-opinions';
const data = testFinderData();
const plan = (patch: Partial<Profile>, present: string[] = []) =>
  formPlan(data, { ...EMPTY_PROFILE, ...patch }, new Set(present));
const shown = (patch: Partial<Profile>, present: string[] = []) => plan(patch, present).amounts.map((f) => f.key);
const folded = (patch: Partial<Profile>, present: string[] = []) => plan(patch, present).folded.map((f) => f.key);

describe('formPlan: amounts', () => {
  it('asks no amount before the applicant says what it is or does: all twelve are folded, no role', () => {
    const p = plan({});
    expect(p.amounts).toEqual([]);
    expect(p.folded.map((f) => f.key)).toEqual(AMOUNT_BASES.map((b) => b.id));
    expect(p.role).toBe(false);
    // A location alone says nothing about which provisions apply either.
    expect(plan({ loc: 'wuxi' }).amounts).toEqual([]);
  });

  it('a 1类创新药 in clinical trials in 无锡: R&D and R&D per picked phase, not capital, salary or the 委托 amount', () => {
    // 无锡（三）1. computes each phase's award from that phase's R&D.
    expect(words(sub(WUXI, 'sub3'))).toContain('按照不同临床试验阶段，分档择优给予不超过研发投入的25%');
    const keys = shown({ loc: 'wuxi', who: '企业', products: ['1类创新药'], stages: ['临床I期', '临床II期'] });
    expect(keys).toEqual(expect.arrayContaining(['rd', 'rd.clinical-1', 'rd.clinical-2']));
    // Phase III was not picked: its own field is not offered (the total still is).
    expect(keys).not.toContain('rd.clinical-3');
    // 实收注册资本 is 落户设立's (（十六）), 年工资薪金 talent's, 交易金额 产业化's: all excluded by this profile.
    for (const key of ['capital', 'salary', 'transaction', 'invested', 'loss', 'opex']) {
      expect(keys).not.toContain(key);
      expect(folded({ loc: 'wuxi', who: '企业', products: ['1类创新药'], stages: ['临床I期'] })).toContain(key);
    }
    // Each total is followed by its per-stage fields, in lifecycle order.
    expect(keys.indexOf('rd')).toBe(keys.indexOf('rd.clinical-1') - 1);
    expect(keys.indexOf('rd.clinical-1')).toBeLessThan(keys.indexOf('rd.clinical-2'));
  });

  it('a headquarters settling in 无锡 is asked its registered capital (the tiers of （十六）), not its R&D', () => {
    expect(words(sub(WUXI, 'sub46'))).toContain('实收注册资本');
    const keys = shown({ loc: 'wuxi', who: '企业', stages: ['落户设立'] });
    expect(keys).toContain('capital');
    expect(keys).not.toContain('rd');
    // The same profile in 苏州高新区: no text there computes from registered capital.
    expect(shown({ loc: 'snd', who: '企业', stages: ['落户设立'] })).not.toContain('capital');
  });

  it('a talent team is asked its salary; an investor its investment and loss', () => {
    expect(shown({ loc: 'wuxi', who: '人才团队' })).toContain('salary');
    expect(shown({ loc: 'wuxi', who: '人才团队' })).not.toContain('invested');
    expect(shown({ loc: 'wuxi', who: '投资机构' })).toEqual(expect.arrayContaining(['invested', 'loss']));
    expect(shown({ loc: 'wuxi', who: '投资机构' })).not.toContain('salary');
  });

  it('no type chosen is matched as 企业 (the type the answer computes for): no talent salary', () => {
    expect(shown({ stages: ['临床II期'] })).not.toContain('salary');
    expect(shown({ stages: ['临床II期'] })).toEqual(shown({ who: '企业', stages: ['临床II期'] }));
  });

  it('an amount already given stays shown, even where no open provision reads it', () => {
    const profile = {
      loc: 'wuxi',
      who: '企业' as const,
      products: ['1类创新药' as const],
      stages: ['临床II期' as const],
    };
    expect(shown(profile)).not.toContain('salary');
    expect(shown(profile, ['salary'])).toContain('salary');
    expect(folded(profile, ['salary'])).not.toContain('salary');
    // A phase's amount typed for a phase no longer picked.
    expect(shown(profile, ['rd.clinical-3'])).toContain('rd.clinical-3');
  });

  it('every basis is offered exactly once, shown or folded, whatever the profile', () => {
    for (const patch of [{}, { who: '企业' as const }, { loc: 'snd', stages: ['注册获证' as const] }]) {
      const p = plan(patch);
      const totals = [...p.amounts, ...p.folded].filter((f) => f.stage === null).map((f) => f.key);
      expect(totals.sort()).toEqual(AMOUNT_BASES.map((b) => b.id).sort());
      expect(p.folded.every((f) => f.stage === null)).toBe(true);
    }
  });

  it('only policies in force count with current=1: none is in force at the test date, so nothing is asked', () => {
    expect(data.policies.some((p) => ['in-force', 'ongoing'].includes(p.status.code))).toBe(false);
    expect(shown({ loc: 'wuxi', who: '企业', stages: ['落户设立'], current: true })).toEqual([]);
  });

  it('every amount the answer could read for an enterprise at one stage is shown (no field it needs is folded)', () => {
    for (const loc of ['wuxi', 'suzhou', 'taicang', 'kunshan', 'snd'])
      for (const s of LIFECYCLE_STAGES) {
        const profile: Profile = { ...EMPTY_PROFILE, loc, who: '企业', stages: [s.name] };
        const keys = new Set(shown(profile));
        for (const a of answer(data, profile))
          for (const i of a.items)
            for (const b of basesOf(i.provision))
              expect(keys.has(AMOUNT_BASES.find((x) => x.name === b)!.id), `${loc} ${s.id}: ${i.key} reads ${b}`).toBe(
                true,
              );
      }
  });
});

describe('formPlan: pickers and role', () => {
  it('product and stage pickers are for enterprises (or no type yet); other types do not have them', () => {
    expect(plan({}).products && plan({}).stages).toBe(true);
    expect(plan({ who: '企业' }).products).toBe(true);
    for (const who of ['医疗机构', '高校院所', '人才团队', '投资机构', '金融机构', '行业组织', '地方政府'] as const) {
      expect(plan({ who }).products, who).toBe(false);
      expect(plan({ who }).stages, who).toBe(false);
    }
  });

  it('a picker with a value (from the address) or in use stays, so nothing given is hidden', () => {
    const talent = plan({ loc: 'taicang', who: '人才团队', stages: ['落户设立'] });
    expect([talent.stages, talent.products]).toEqual([true, false]);
    expect(plan({ who: '人才团队' }, ['stage']).stages).toBe(true);
    expect(plan({ who: '人才团队', products: ['1类创新药'] }).products).toBe(true);
  });

  it('委托方/受托方 only where an open provision pays one party: 无锡（十二） for outsourced manufacturing', () => {
    expect(words(sub(WUXI, 'sub35'))).toContain('给予委托方');
    expect(provision(data, WUXI, 'sub35').eligibility.roles).toEqual(['委托方']);
    expect(plan({ loc: 'wuxi', who: '企业', products: ['1类创新药'], stages: ['产业化'] }).role).toBe(true);
    // In clinical trials no text of 无锡 distinguishes the parties.
    expect(plan({ loc: 'wuxi', who: '企业', products: ['1类创新药'], stages: ['临床II期'] }).role).toBe(false);
    // A talent team is never a party to outsourced manufacturing.
    expect(plan({ loc: 'wuxi', who: '人才团队' }).role).toBe(false);
    // A role in the address keeps the choice visible.
    expect(plan({ loc: 'wuxi', who: '人才团队' }, ['role']).role).toBe(true);
  });
});

describe('openProvisions and basesOf', () => {
  it('the chosen location and its city only: 太仓 = 苏州市 + 太仓市', () => {
    const regions = new Set(
      openProvisions(data, { ...EMPTY_PROFILE, loc: 'taicang', who: '企业' }).map((p) => p.region),
    );
    expect([...regions].sort()).toEqual(['suzhou', 'taicang']);
    const all = new Set(openProvisions(data, { ...EMPTY_PROFILE, who: '企业' }).map((p) => p.region));
    expect(all.size).toBe(5);
  });

  it('leaves out stacking rules (they pay nothing) and provisions another stage or type excludes', () => {
    const open = openProvisions(data, { ...EMPTY_PROFILE, loc: 'wuxi', who: '企业', stages: ['临床II期'] });
    expect(open.some((p) => p.eligibility.stacking && p.eligibility.stacking.scope !== '本条款')).toBe(false);
    expect(open.map((p) => p.id)).toContain('sub3');
    expect(open.map((p) => p.id)).not.toContain('sub46');
    expect(open.every((p) => !p.eligibility.beneficiaries.length || p.eligibility.beneficiaries.includes('企业'))).toBe(
      true,
    );
  });

  it('reads the basis, the thresholds and the thresholds of tiers', () => {
    const t = (basis: '研发投入' | '实收注册资本' | '项目总投资') => ({
      basis,
      minWan: 1000,
      minInclusive: true,
      maxWan: null,
      maxInclusive: true,
    });
    expect([...basesOf({ eligibility: EMPTY_ELIGIBILITY })]).toEqual([]);
    expect([...basesOf({ eligibility: { ...EMPTY_ELIGIBILITY, basis: '设备投资' } })]).toEqual(['设备投资']);
    expect([...basesOf({ eligibility: { ...EMPTY_ELIGIBILITY, thresholds: [t('项目总投资')] } })]).toEqual([
      '项目总投资',
    ]);
    expect([
      ...basesOf({
        eligibility: {
          ...EMPTY_ELIGIBILITY,
          tiers: [{ stages: [], products: [], thresholds: [t('实收注册资本')] }],
        },
      }),
    ]).toEqual(['实收注册资本']);
  });
});
