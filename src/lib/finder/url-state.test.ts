/** Contract 5's query string: read, written canonically, round-tripped, nothing dropped silently. */
import { describe, expect, it } from 'vitest';
import { amountKey, readProfile, writeProfile } from './url-state.ts';
import { EMPTY_PROFILE, type Profile } from './types.ts';

const LOCS = ['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi'];
const read = (q: string) => readProfile(new URLSearchParams(q), LOCS);
const round = (p: Profile) => read(writeProfile(p).toString()).profile;

describe('the profile in the query string', () => {
  const full: Profile = {
    loc: 'wuxi',
    who: '企业',
    products: ['1类创新药', '创新医疗器械'],
    stages: ['临床I期', '临床II期'],
    amounts: { 研发投入: 3000, 设备投资: 12.5 },
    stageAmounts: { 研发投入: { 临床I期: 1000, 临床II期: 2000 } },
    role: '委托方',
    current: true,
  };

  it('writes every part in one order and reads it back to the same profile', () => {
    expect(writeProfile(full).toString()).toBe(
      'loc=wuxi&who=enterprise&product=innovative-drug&product=device-innovative&stage=clinical-1&stage=clinical-2&role=client&rd=3000&equipment=12.5&rd.clinical-1=1000&rd.clinical-2=2000&current=1',
    );
    expect(round(full)).toEqual(full);
    expect(read(writeProfile(full).toString())).toEqual({ profile: full, errors: {}, ignored: [] });
  });

  it('an empty profile is an empty query, and reads back empty', () => {
    expect(writeProfile(EMPTY_PROFILE).toString()).toBe('');
    expect(read('')).toEqual({ profile: EMPTY_PROFILE, errors: {}, ignored: [] });
  });

  it('canonical: products and stages in vocabulary order, whatever order the link had', () => {
    const a = read('stage=market&product=device-innovative&stage=clinical-3&product=device-3').profile;
    expect([a.products, a.stages]).toEqual([
      ['三类医疗器械', '创新医疗器械'],
      ['临床III期', '市场'],
    ]);
    expect(writeProfile(a).toString()).toBe('product=device-3&product=device-innovative&stage=clinical-3&stage=market');
  });

  it('reads amounts as people type them, and writes them back as numbers of 万元', () => {
    const r = read(`rd=${encodeURIComponent('0.3亿')}&capital=${encodeURIComponent('３，０００')}&rd.clinical-2=3千万`);
    expect(r.profile.amounts).toEqual({ 研发投入: 3000, 实收注册资本: 3000 });
    expect(r.profile.stageAmounts).toEqual({ 研发投入: { 临床II期: 3000 } });
    expect(writeProfile(r.profile).toString()).toBe('rd=3000&capital=3000&rd.clinical-2=3000');
  });

  it('an amount it cannot read is reported for its field and kept as typed in the address', () => {
    const r = read('rd=abc&capital=-5&salary=80&rd.clinical-1=1e5');
    expect(r.profile.amounts).toEqual({ 年工资薪金: 80 });
    expect(Object.keys(r.errors).sort()).toEqual(['capital', 'rd', 'rd.clinical-1']);
    expect(r.errors.capital).toEqual({ raw: '-5', message: '金额不能为负数' });
    expect(r.errors.rd!.message).toMatch(/^无法识别/);
    const typed = Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k, v.raw]));
    expect(writeProfile(r.profile, typed).toString()).toBe('rd=abc&salary=80&capital=-5&rd.clinical-1=1e5');
  });

  it('reports what it does not know instead of dropping it silently', () => {
    const r = read(
      'loc=shanghai&stage=nope&product=device&product=xx&product=device-2&who=alien&role=both&current=yes&x=1&rd.nope=5&rd.clinical-1.x=5&nope.clinical-1=5',
    );
    expect(r.profile).toEqual({ ...EMPTY_PROFILE, products: ['医疗器械', '二类医疗器械'] });
    expect(r.ignored).toEqual([
      'loc=shanghai',
      'stage=nope',
      'product=xx',
      'who=alien',
      'role=both',
      'current=yes',
      'x=1',
      'rd.nope=5',
      'rd.clinical-1.x=5',
      'nope.clinical-1=5',
    ]);
  });

  it('reads other IDs people write for an applicant type (who=insurer), and umbrella product terms', () => {
    expect(['insurer', 'Bank', 'fund', 'university', 'park'].map((w) => read(`who=${w}`).profile.who)).toEqual([
      '金融机构',
      '金融机构',
      '投资机构',
      '高校院所',
      '平台载体',
    ]);
    expect(read('who=insurer').ignored).toEqual([]);
    // The canonical address uses the vocabulary's own ID.
    expect(writeProfile(read('who=insurer&product=drug').profile).toString()).toBe('who=financial&product=drug');
  });

  it('keeps a zero amount (a real answer), drops an empty one; current=0 is the default', () => {
    const r = read('rd=0&equipment=&current=0');
    expect([r.profile.amounts, r.profile.current, r.errors, r.ignored]).toEqual([{ 研发投入: 0 }, false, {}, []]);
    expect(writeProfile(r.profile).toString()).toBe('rd=0');
  });

  it('writes no amount that is not a number of 万元 (negative, not finite), and keeps a typed mistake only where there is no number', () => {
    const p: Profile = {
      ...EMPTY_PROFILE,
      amounts: { 研发投入: -1, 设备投资: Number.NaN, 项目总投资: Infinity, 采购额: 5 },
    };
    expect(writeProfile(p).toString()).toBe('procurement=5');
    expect(writeProfile(p, { procurement: 'x', rd: 'abc' }).toString()).toBe('rd=abc&procurement=5');
    expect(writeProfile({ ...EMPTY_PROFILE, stageAmounts: { 研发投入: { 临床III期: 7 } } }).toString()).toBe(
      'rd.clinical-3=7',
    );
  });

  it('the last of repeated single values wins; repeated products and stages are kept once', () => {
    const r = read('who=enterprise&who=talent&product=device-3&product=device-3&stage=rd&stage=rd&loc=wuxi&loc=snd');
    expect([r.profile.who, r.profile.products, r.profile.stages, r.profile.loc]).toEqual([
      '人才团队',
      ['三类医疗器械'],
      ['研发'],
      'snd',
    ]);
  });

  it('names the keys of amounts the way the contract does', () => {
    expect(amountKey('研发投入')).toBe('rd');
    expect(amountKey('研发投入', '临床II期')).toBe('rd.clinical-2');
    expect(amountKey('交易金额')).toBe('transaction');
  });
});
