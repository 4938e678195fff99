/**
 * The words by which a clause names, or lets a reader infer, whom it pays. The calculator counts a
 * provision only for its beneficiary types (issue 18); these cues let a test hold that data to the
 * clause's own words: a type the data says the clause names must be named in it, and a type the
 * site infers (beneficiariesInferred) must at least be implied by it.
 */
import type { BeneficiaryType } from '../../schemas/eligibility-vocab.ts';

/** Words that name the type outright. */
export const NAMING_CUES: Record<BeneficiaryType, RegExp> = {
  企业: /企业|公司|持有人|注册人|许可人|申请人|厂商/,
  医疗机构: /医疗机构|医院|卫生机构|临床试验机构|医务/,
  高校院所: /高校|院所|科研院所|大学|研究院|研发机构|科研机构/,
  人才团队: /人才|团队|专家|人员|博士|学者/,
  投资机构: /投资|基金|创投|风投/,
  金融机构: /金融|保险机构|银行|保险/,
  行业组织: /协会|联盟|促进机构|专业机构|商会|学会/,
  地方政府: /市（县）、区|各地区|县级市|各区|板块/,
  平台载体: /园区|实验室|创新中心|平台|基地|载体|孵化器|加速器|生物港/,
};

/** Wider words from which a type can be read where the clause names none (项目, 产品, 单位, 主体 …). */
export const IMPLYING_CUES: Record<BeneficiaryType, RegExp> = {
  企业: /项目|产品|品种|注册证|批件|药品|器械|产业化|投产|上市|专利|认证|单位|主体|生产/,
  医疗机构: /单位|主体|机构|临床/,
  高校院所: /单位|主体|机构|科研|研发|攻关|揭榜/,
  人才团队: /引进|个人/,
  投资机构: /资本|融资/,
  金融机构: /信贷|贷款|险/,
  行业组织: /单位|主体|机构|主办方|标准|技术转移/,
  地方政府: /配套|市控|区配/,
  平台载体: /中心|平台/,
};

export const namesBeneficiary = (text: string, type: BeneficiaryType) => NAMING_CUES[type].test(text);

export const impliesBeneficiary = (text: string, type: BeneficiaryType) =>
  NAMING_CUES[type].test(text) || IMPLYING_CUES[type].test(text);
