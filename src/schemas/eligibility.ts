/**
 * Structured conditions of a support provision (`subsidies[].eligibility`): who, which product,
 * at which stage, computed from what, where, and how it combines with other support — what the
 * policy calculator (/finder/) and the stage pages (/stages/) match and compute on.
 *
 * Only what the clause says: a list the clause does not fill stays empty, a value it does not
 * state stays null. The vocabularies are in eligibility-vocab.ts. As in policy.ts, every field's
 * documentation is its `.describe()` text, published with the open data.
 */
import { z } from 'astro/zod';
import {
  AMOUNT_BASES,
  BENEFICIARY_TYPES,
  LIFECYCLE_STAGES,
  LOCATION_REQUIREMENTS,
  PARTY_ROLES,
  PRODUCT_KINDS,
  STACKING_RULES,
  STACKING_SCOPES,
  legend,
  names,
} from './eligibility-vocab.ts';
import { subsidyRef, wan } from './primitives.ts';

const beneficiaryType = z.enum(names(BENEFICIARY_TYPES));
const productKind = z.enum(names(PRODUCT_KINDS));
const lifecycleStage = z.enum(names(LIFECYCLE_STAGES));
const amountBasis = z.enum(names(AMOUNT_BASES));

/** A range an amount must fall in: 总投资1亿元~5亿元, 年度委托金额超过1500万元, 年工资薪金50万元及以上. */
export const thresholdSchema = z.object({
  basis: amountBasis.describe(`门槛所衡量的数额：${legend(AMOUNT_BASES)}。`),
  minWan: wan.nullable().default(null).describe('下限，单位万元；无下限时为 null。'),
  minInclusive: z.boolean().default(true).describe('下限是否含本数：“以上”“（含）”“及以上”为 true，“超过”为 false。'),
  maxWan: wan.nullable().default(null).describe('上限，单位万元；无上限时为 null。'),
  maxInclusive: z
    .boolean()
    .default(true)
    .describe('上限是否含本数：原文写“1亿元~5亿元”时为 true，下一档写“1亿元（含）”时为 false。'),
});

/** Which tier applies: the stage, product or amount range the tier's label names. */
export const tierConditionSchema = z.object({
  stages: z.array(lifecycleStage).default([]).describe('该档对应的阶段；档次不按阶段划分时为空数组。'),
  products: z.array(productKind).default([]).describe('该档对应的产品类别；档次不按产品划分时为空数组。'),
  thresholds: z
    .array(thresholdSchema)
    .default([])
    .describe('该档对应的金额区间（如 实收注册资本1亿元（含）~5亿元）；不按金额划分时为空数组。'),
});

export const stackingSchema = z.object({
  rule: z.enum(names(STACKING_RULES)).describe(`叠加规则：${legend(STACKING_RULES)}。`),
  scope: z.enum(names(STACKING_SCOPES)).describe(`规则的适用范围：${legend(STACKING_SCOPES)}。`),
});

export const eligibilitySchema = z.object({
  beneficiaries: z
    .array(beneficiaryType)
    .default([])
    .describe(
      `获得支持的对象类型：${legend(BENEFICIARY_TYPES)}。原文点名的类型；原文未点名（如只写“项目”“单位”）时为本站按条款推断的类型，并将 beneficiariesInferred 设为 true。只载明叠加规则的条目可为空数组。`,
    ),
  beneficiariesInferred: z
    .boolean()
    .default(false)
    .describe('beneficiaries 为本站推断（原文未点名支持对象类型）时为 true；计算器和页面将其标为“本站推断”。'),
  products: z
    .array(productKind)
    .default([])
    .describe(`原文限定的产品类别：${legend(PRODUCT_KINDS)}。不限产品或与产品无关时为空数组。`),
  stages: z
    .array(lifecycleStage)
    .default([])
    .describe(
      `扶持所在的生命周期阶段：${legend(LIFECYCLE_STAGES)}。未写 I/II/III 期的“临床试验”记为三期全部；与阶段无关（平台、人才计划、金融等）时为空数组。`,
    ),
  basis: amountBasis
    .nullable()
    .default(null)
    .describe(
      `金额的计算依据（ratePct 的基数，或“按研发投入给予”而未写比例时的依据）：${legend(AMOUNT_BASES)}；原文未写时为 null。`,
    ),
  basisPerStage: z
    .boolean()
    .default(false)
    .describe(
      '计算依据按阶段分别计算时为 true：原文按阶段分档、各档比例以该阶段自身的数额为基数（如“按照不同临床试验阶段……给予不超过研发投入的25%”，各期按该期的研发投入计算）。',
    ),
  thresholds: z
    .array(thresholdSchema)
    .default([])
    .describe('原文载明的金额门槛（如 总投资1亿元~5亿元、年度委托金额超过1500万元）；无时为空数组。'),
  roles: z
    .array(z.enum(names(PARTY_ROLES)))
    .default([])
    .describe(`原文区分委托方与受托方时，获得支持的一方：${legend(PARTY_ROLES)}；原文不作区分时为空数组。`),
  location: z
    .array(z.enum(names(LOCATION_REQUIREMENTS)))
    .default([])
    .describe(`原文要求在本地完成的事项：${legend(LOCATION_REQUIREMENTS)}；无此要求时为空数组。`),
  period: z
    .object({ start: z.number().int().describe('起始年份。'), end: z.number().int().describe('结束年份。') })
    .nullable()
    .default(null)
    .describe(
      '条款自身载明的期限（如“项目认定时限为 2021—2023 年”）；未另行载明时为 null，以文件的有效期或规划期为准。',
    ),
  tiers: z
    .array(tierConditionSchema)
    .default([])
    .describe(
      '与 tiers 逐一对应：每一档适用的阶段、产品或金额区间；档次由认定级别等无法事先选择的条件决定时，各档均为空。',
    ),
  sharedCapWith: z
    .array(subsidyRef)
    .default([])
    .describe('与本项共用同一“单个企业每年最高”额度（annualCapWan）的本政策其他扶持编号；不共用时为空数组。'),
  raises: subsidyRef
    .nullable()
    .default(null)
    .describe(
      '本项为另一项扶持的上限提高（raiseByWan，如“单个品种资助上限再提高100万元”）时，被提高的扶持编号；否则为 null。',
    ),
  maxCount: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .describe('每个主体最多可申报的项数（“每家企业最多申报2项”）；无此限制时为 null。'),
  per: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('金额的计算单位，照录原文，如 每个品种、单个项目、每人每年；原文未写时为 null。'),
  fixedAmount: z.boolean().default(false).describe('金额为定额（原文写“给予20万元”而非“最高20万元”）时为 true。'),
  stacking: stackingSchema
    .nullable()
    .default(null)
    .describe('本项载明的叠加规则（就高不重复、叠加上限、两级财政按比例资助）；无时为 null。'),
  exclusiveWith: z
    .array(subsidyRef)
    .default([])
    .describe(
      '与本项只能择一的本政策其他扶持编号（原文并列的档次，同一申请人只能得其一，按较高者计）；无时为空数组。依据写在 inference。',
    ),
  recurring: z
    .object({
      years: z.number().int().positive().nullable().describe('原文载明的年数（如“连续3年”）；只写“每年”时为 null。'),
    })
    .nullable()
    .default(null)
    .describe('按年给予（“每年”“连续3年”）时的期数；一次性或未写明时为 null。金额为每年的数额。'),
  payer: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('出资方与发文机关不同时，照录原文，如“各地区同步配套相应资金”；否则为 null。'),
  inference: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('本站对原文所作的推断（原文未明写、由本站归类的部分），照实说明；无推断时为 null。'),
});

export type Eligibility = z.infer<typeof eligibilitySchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type TierCondition = z.infer<typeof tierConditionSchema>;
