/**
 * The answer in words: the headline total with its schedule and status, why a provision is or is
 * not in the total, each rule applied with what it did, what was assumed — and the whole answer
 * as plain text with clause citations, for the copy button. Wording only (answer.ts decides).
 */
import { AMOUNT_BASES, LIFECYCLE_STAGES } from '../../schemas/eligibility-vocab.ts';
import { formatDate, formatWan } from '../format.ts';
import type { ItemResult, LocationAnswer, RuleResult } from './answer.ts';
import { amountSummary, needsText, opennessText, periodLine, statusLine, stepText, wanText } from './explain.ts';
import { totalStanding, type Standing } from './standing.ts';
import type { FinderPolicy, Profile } from './types.ts';

/** “2600 万元”, and for an amount of 亿 also “（1.02亿元）”. */
export function totalText(wan: number): string {
  const plain = `${Number(wan.toFixed(2))} 万元`;
  return wan >= 10000 ? `${plain}（约 ${Number((wan / 10000).toFixed(4))} 亿元）` : plain;
}

/** 最高可申请约 2600 万元. */
export const headline = (a: LocationAnswer) => `最高可申请约 ${totalText(a.totalWan)}`;

/** How each reason a provision is not current reads before 政策: 按已失效政策推算, 按未载明有效期的政策推算. */
const STANDING_WORDS: Record<Standing, string> = {
  lapsed: '已失效',
  undated: '未载明有效期的',
  'not-started': '尚未施行的',
};
const STANDING_ORDER: Standing[] = ['lapsed', 'undated', 'not-started'];

/**
 * The status the headline itself carries: 按已失效政策推算，仅供参考 when every counted provision
 * is from a policy not in force; 其中 1350 万元按已失效政策推算，仅供参考 when part of it is; null
 * when the whole total rests on policies in force (or nothing is counted).
 */
export function headlineStatus(a: LocationAnswer): string | null {
  const s = totalStanding(a);
  const kinds = STANDING_ORDER.filter((k) => s.notCurrent[k]);
  if (!kinds.length) return null;
  if (s.allNotCurrent) return `按${kinds.map((k) => STANDING_WORDS[k]).join('或')}政策推算，仅供参考`;
  return `其中 ${kinds.map((k) => `${totalText(s.notCurrent[k]!)}按${STANDING_WORDS[k]}政策推算`).join('、')}，仅供参考`;
}

/** The headline with its status, for one line of text: 最高可申请约 750 万元（按已失效政策推算，仅供参考）. */
export function fullHeadline(a: LocationAnswer): string {
  const status = headlineStatus(a);
  return status ? `${headline(a)}（${status}）` : headline(a);
}

/** The awards in the total that are paid every year: “总部企业贡献奖励：2000万元/年 × 3 年”. */
export function scheduleLines(a: LocationAnswer): string[] {
  return a.items
    .filter((i) => i.counted && i.provision.eligibility.recurring)
    .map((i) => {
      const years = i.provision.eligibility.recurring!.years;
      const per = `${wanText(i.countedWan!)}/年`;
      return years
        ? `“${i.provision.what}”每年计入：${per} × ${years} 年（${years} 年合计最高 ${wanText(i.countedWan! * years)}）`
        : `“${i.provision.what}”每年计入：${per}（原文按年给予，未写年数）`;
    });
}

/** The status the total rests on: 历史政策，仅供参考 when any counted text has lapsed or states no period. */
export function statusText(a: LocationAnswer, asOf: string): string {
  const list = a.policies.map((p) => `${p.shortTitle}：${statusLine(p)}`).join('；');
  if (!a.policies.length) return a.omitted.length ? '所选地区没有现行有效的政策。' : '所选地区没有可计入的政策。';
  return a.historical
    ? `历史政策，仅供参考（截至 ${formatDate(asOf)}：${list}）。`
    : `现行有效（截至 ${formatDate(asOf)}：${list}）。`;
}

/** Policies left out by “只看现行有效”. */
export const omittedText = (omitted: FinderPolicy[]) =>
  omitted.length
    ? `已按“只看现行有效”略去：${omitted.map((p) => `${p.shortTitle}（${statusLine(p)}）`).join('；')}。`
    : null;

/** What the item contributes, or why it is not in the total. */
export function itemStatus(i: ItemResult, a: LocationAnswer): string {
  const n = i.notCounted;
  const what = (key: string) => a.items.find((x) => x.key === key)?.provision.what ?? key;
  if (i.counted)
    return i.cuts.length
      ? `计入总额 ${wanText(i.countedWan!)}（共同上限只余此数，原为 ${wanText(i.ownWan!)}）`
      : '计入总额';
  if (!n) return '未计入';
  switch (n.kind) {
    case 'alternative':
      return `与“${what(n.winner)}”只能得其一，按较高者计，本项未计入`;
    case 'cap':
      return i.cuts.length
        ? `共同上限已由其他条款用完（本项单独可得 ${wanText(i.ownWan!)}），本项未计入`
        : '共同上限已用完，本项未计入';
    case 'raise':
      return `上限再提高 ${wanText(i.provision.raiseByWan!)}：已计入“${what(n.target)}”`;
    case 'no-amount':
      return amountSummary(i.computation, i.provision);
    case 'needs-input':
      return needsText(n.bases);
    case 'related':
      return i.match.open.map(opennessText).join('；') || '可能同样适用';
  }
}

/** The amount shown beside an item: its contribution, or its own figure for one not counted. */
export function itemAmount(i: ItemResult): string {
  if (i.notCounted?.kind === 'raise') return `上限再提高 ${wanText(i.provision.raiseByWan!)}`;
  if (i.countedWan === null) return amountSummary(i.computation, i.provision);
  const e = i.provision.eligibility;
  // Cut to nothing by a shared cap: its own figure, in brackets (the status says why it is not counted).
  const figureWan = i.notCounted?.kind === 'cap' ? i.ownWan! : i.countedWan;
  const figure = `${e.recurring ? '每年' : ''}${e.fixedAmount ? '定额' : '最高'} ${wanText(figureWan)}`;
  return i.counted ? figure : `（${figure}）`;
}

/** Notes on an item: who pays, the clause's own period, an inference of this site, an assumed role. */
export function itemNotes(i: ItemResult, asOf: string): string[] {
  const e = i.provision.eligibility;
  const out: string[] = [];
  if (e.payer) out.push(`出资：${e.payer}`);
  const period = periodLine(i.provision, asOf);
  if (period) out.push(period);
  if (i.assumedRole) out.push(`原文只支持${e.roles.join('、')}：未选择委托方/受托方，按${i.assumedRole}计`);
  if (i.computation.needs.length) out.push(`未填写${i.computation.needs.join('、')}：按上限计`);
  if (e.inference) out.push(`本站推断：${e.inference}`);
  return out;
}

const names = (keys: string[], a: LocationAnswer) =>
  keys.map((k) => `“${a.items.find((i) => i.key === k)?.provision.what ?? k}”`).join('、');

/** A rule the answer applied, in words, with what it did. */
export function ruleText(r: RuleResult, a: LocationAnswer): string {
  switch (r.kind) {
    case 'alternatives':
      return `只能得其一：${names(r.members, a)}，按较高的 ${wanText(r.resultWan!)} 计（本站推断：${r.rule.eligibility.inference ?? '原文并列的档次'}）`;
    case 'shared-cap':
      return `${names(r.members, a)}同受“单个企业每年最高 ${formatWan(r.capWan)}”的限制：合计 ${wanText(r.totalWan!)}${r.binding ? `，超过上限，按 ${wanText(r.capWan!)} 计` : '，未超过'}`;
    case 'two-tier-cap':
      return `单个企业每年享受本市两级财政政策叠加资助最高 ${formatWan(r.capWan)}（${a.location.chain.map((c) => c.name).join('、')}两级合计）：计入的 ${r.members.length} 项合计 ${wanText(r.totalWan!)}${r.binding ? `，超过上限，按 ${wanText(r.capWan!)} 计` : '，未超过'}`;
    case 'shared-funding':
      return `“${r.rule.what}”由市、县级市（区）两级财政按比例资助：金额为两级合计，不因两级出资而叠加`;
    case 'other-documents':
      return `${a.policies.find((p) => p.id === r.rule.policy)?.shortTitle ?? r.rule.policy}与其他政策文件同类或重复的，按就高不重复执行；那些文件本站未收录，未计算。本文件适用于：${r.rule.beneficiary}`;
  }
}

/** What the answer assumed because the profile did not say. */
export function assumptionTexts(a: LocationAnswer): string[] {
  const out: string[] = [];
  if (a.assumed.who) out.push(`未选择主体类型：按${a.assumed.who}计算`);
  out.push('各项按满足原文条件计算（择优、认定等由主管部门评审）；每类所选产品按一个品种计');
  return out;
}

/**
 * The profile in one line, every part named even when left open (a printout must say what was
 * not given): 注册地：无锡市；主体：企业；产品：1类创新药；阶段：临床II期；金额：研发投入 3000万元.
 * Products and stages are named when empty only for an enterprise (or no type): other types have none.
 */
export function profileText(p: Profile, locationName: (id: string) => string): string {
  const parts: string[] = [];
  parts.push(`注册地：${p.loc ? locationName(p.loc) : '不限（比较各地）'}`);
  parts.push(`主体：${p.who ?? '未选（按企业计算）'}`);
  const enterprise = p.who === null || p.who === '企业';
  if (p.products.length || enterprise) parts.push(`产品：${p.products.length ? p.products.join('、') : '未选'}`);
  if (p.stages.length || enterprise) parts.push(`阶段：${p.stages.length ? p.stages.join('、') : '未选'}`);
  if (p.role) parts.push(`角色：${p.role}`);
  const amounts: string[] = [];
  for (const b of AMOUNT_BASES) {
    const v = p.amounts[b.name];
    if (v !== undefined) amounts.push(`${b.name} ${wanText(v)}`);
    for (const s of LIFECYCLE_STAGES) {
      const sv = p.stageAmounts[b.name]?.[s.name];
      if (sv !== undefined) amounts.push(`${b.name}（${s.name}）${wanText(sv)}`);
    }
  }
  parts.push(`金额：${amounts.length ? amounts.join('、') : '未填写'}`);
  if (p.current) parts.push('只看现行有效');
  return parts.join('；');
}

/** The as-of date of the statuses, for the copy and the printout. */
export const asOfText = (asOf: string) => `政策状态截至：${formatDate(asOf)}`;

export interface CopyContext {
  siteName: string;
  /** Origin for absolute clause links, e.g. https://example.org. */
  origin: string;
  /** The address of this answer. */
  url: string;
  asOf: string;
  locationName: (id: string) => string;
}

/** The whole answer as plain text with a citation and link for every clause — what the copy button copies. */
export function answerText(answers: LocationAnswer[], profile: Profile, ctx: CopyContext): string {
  const cite = (i: ItemResult) => `《${i.policy.title}》${i.provision.label} ${ctx.origin}${i.provision.href}`;
  const lines = [
    `${ctx.siteName} · 政策计算器`,
    `条件：${profileText(profile, ctx.locationName)}`,
    asOfText(ctx.asOf),
    `网址：${ctx.url}`,
    '',
  ];
  for (const a of answers) {
    lines.push(`【${a.location.name}】${fullHeadline(a)}`);
    lines.push(statusText(a, ctx.asOf));
    for (const s of scheduleLines(a)) lines.push(s);
    const counted = a.items.filter((i) => i.group === 'counted');
    counted.forEach((i, n) => {
      lines.push(`${n + 1}. ${itemAmount(i)} ${i.provision.what}（${itemStatus(i, a)}）`);
      for (const step of i.computation.steps) lines.push(`   · ${stepText(step, i.computation)}`);
      lines.push(`   出处：${cite(i)}`);
    });
    const unstated = a.items.filter((i) => i.group === 'unstated');
    if (unstated.length) {
      lines.push(`未载明金额（${unstated.length} 项）：`);
      for (const i of unstated) lines.push(`   · ${i.provision.what}（${itemAmount(i)}）出处：${cite(i)}`);
    }
    const related = a.items.filter((i) => i.group === 'related');
    if (related.length) lines.push(`可能同样适用：${related.length} 项（见网页）`);
    for (const r of a.rules) lines.push(`规则：${ruleText(r, a)}（${r.rule.label} ${ctx.origin}${r.rule.href}）`);
    const omitted = omittedText(a.omitted);
    if (omitted) lines.push(omitted);
    for (const t of assumptionTexts(a)) lines.push(`假定：${t}`);
    lines.push('');
  }
  lines.push(`结果只是按原文推算的上限，不是申报结论；以主管部门的实施细则和评审为准。`);
  lines.push(`网址：${ctx.url}`);
  return lines.join('\n');
}

/**
 * The answer in one line, for the line above the form: the locations with an amount, best first,
 * and how many have none.
 */
export function summaryText(answers: LocationAnswer[], asOf: string): string {
  const paying = answers.filter((a) => a.totalWan > 0);
  const none = answers.length - paying.length;
  const parts = paying.map((a) => `${a.location.name}${fullHeadline(a)}`);
  if (none)
    parts.push(
      answers.length === 1
        ? `${answers[0]!.location.name}：所填条件下没有载明金额、可计入的条款`
        : `${paying.length ? '其他 ' : ''}${none} 个地区：所填条件下没有载明金额、可计入的条款`,
    );
  return `${parts.join('；')}（状态截至 ${formatDate(asOf)}，详见下方）。`;
}

/** Why provisions were left out, counted (for the summary under an answer). */
export function excludedText(a: LocationAnswer): string | null {
  return a.excluded ? `另有 ${a.excluded} 项的原文条件（对象、产品、阶段、角色或金额门槛）与所填不符，未列出。` : null;
}
