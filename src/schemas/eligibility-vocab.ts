/**
 * Controlled vocabularies of a support provision's structured conditions (`eligibility` in
 * src/schemas/eligibility.ts). The Chinese `name` is what the frontmatter writes, so a maintainer
 * reads the data in the texts' own words; the ASCII `id` is what URLs use (/stages/<id>/,
 * /finder/?stage=<id>), so links stay short and stable if a name is reworded.
 *
 * Plain data with no zod import: the finder's browser script imports it, and zod must not be
 * bundled into the page for a few lists of words.
 */

export interface VocabEntry<N extends string = string> {
  id: string;
  name: N;
  /** What the term covers, shown next to it (title, legend) and published in the JSON Schema. */
  note: string;
}

/**
 * Who receives the support. Every paying provision lists at least one type: those its clause
 * names, or, where the clause names none (只写“项目”“单位”), the types the site reads it as paying,
 * marked `beneficiariesInferred` (本站推断). The calculator counts a provision only for these types.
 */
export const BENEFICIARY_TYPES = [
  { id: 'enterprise', name: '企业', note: '企业（含外包服务、上市许可持有人等企业）' },
  { id: 'hospital', name: '医疗机构', note: '医院等医疗卫生机构' },
  { id: 'academia', name: '高校院所', note: '高校、科研院所、新型研发机构' },
  { id: 'talent', name: '人才团队', note: '个人人才及其团队' },
  { id: 'investor', name: '投资机构', note: '投资管理机构、股权投资基金、私募基金管理人、政府引导基金' },
  { id: 'financial', name: '金融机构', note: '保险机构、银行' },
  { id: 'association', name: '行业组织', note: '行业协会、产业联盟、集群促进机构等专业机构' },
  { id: 'government', name: '地方政府', note: '下级市（县）、区，作为转移支付或考核奖励的对象' },
  {
    id: 'platform',
    name: '平台载体',
    note: '园区、实验室、创新中心、公共服务平台等载体（由其建设、运营单位申请）',
  },
] as const satisfies readonly VocabEntry[];

/**
 * Product kinds. Three are umbrella terms for a text that names only 药品, 新药 or 医疗器械:
 * a provision for 医疗器械 applies to every kind of device. `covers` lists the kinds an umbrella
 * term includes; `implies` the kinds a product of this kind always also is (an innovative device
 * holds a class II or class III registration), so a provision for those may apply to it too.
 */
export const PRODUCT_KINDS = [
  {
    id: 'drug',
    name: '药品',
    note: '原文只写“药品”：各类药品',
    covers: ['1类创新药', '改良型新药', '仿制药', '中药经典名方'],
  },
  { id: 'new-drug', name: '新药', note: '原文只写“新药”：创新药和改良型新药', covers: ['1类创新药', '改良型新药'] },
  { id: 'innovative-drug', name: '1类创新药', note: '1类化学药、1类生物制品、中药创新药等创新药' },
  { id: 'improved-drug', name: '改良型新药', note: '改良型新药（含中药改良型新药、二类改良型新药）' },
  { id: 'generic-drug', name: '仿制药', note: '仿制药（含一致性评价品种）' },
  { id: 'tcm-classic', name: '中药经典名方', note: '古代经典名方中药复方制剂、中医经典名方' },
  {
    id: 'device',
    name: '医疗器械',
    note: '原文只写“医疗器械”：各类医疗器械',
    covers: ['三类医疗器械', '二类医疗器械', '创新医疗器械'],
  },
  { id: 'device-3', name: '三类医疗器械', note: '第三类医疗器械' },
  { id: 'device-2', name: '二类医疗器械', note: '第二类医疗器械' },
  {
    id: 'device-innovative',
    name: '创新医疗器械',
    note: '进入国家或省创新医疗器械特别审查（审批）程序的医疗器械（属二类或三类）',
    implies: ['三类医疗器械', '二类医疗器械'],
  },
  { id: 'special-food', name: '特医食品', note: '特殊医学用途配方食品' },
  {
    id: 'special-food-disease',
    name: '特定疾病特医食品',
    note: '特定疾病状态人群使用的特殊医学用途配方食品（特定全营养配方食品）',
    implies: ['特医食品'],
  },
  { id: 'aesthetics', name: '医美产品', note: '医疗美容药品、医疗美容器械' },
  { id: 'bio-material', name: '生物原料药', note: '生物原料药、生物药用辅料、生物基材料' },
  { id: 'veterinary', name: '兽药', note: '兽药' },
] as const satisfies readonly (VocabEntry & { covers?: readonly string[]; implies?: readonly string[] })[];

/** Stages of a product's and an enterprise's life, in order. Each has a page /stages/<id>/. */
export const LIFECYCLE_STAGES = [
  { id: 'settle', name: '落户设立', note: '新注册设立、新引进落户，设立总部、研发中心或生产基地' },
  { id: 'rd', name: '研发', note: '基础研究、临床前研发、关键核心技术攻关' },
  { id: 'clinical-1', name: '临床I期', note: 'I期临床试验' },
  { id: 'clinical-2', name: '临床II期', note: 'II期临床试验' },
  { id: 'clinical-3', name: '临床III期', note: 'III期临床试验' },
  {
    id: 'registration',
    name: '注册获证',
    note: '取得药品注册证书、医疗器械注册证、特医食品注册证书，通过一致性评价，原辅料登记激活',
  },
  { id: 'industrialization', name: '产业化', note: '在本地实施产业化、投资建设、技术改造、委托生产' },
  { id: 'market', name: '市场', note: '销售、集中带量采购、入院使用、医保目录、首购首用' },
  { id: 'overseas', name: '出海', note: '境外上市资质、国际认证、境外销售' },
  { id: 'growth', name: '成长壮大', note: '企业培育、荣誉称号、规模排名、上市、总部运营' },
] as const satisfies readonly VocabEntry[];

/**
 * What an amount is computed from (…的N%) or what a threshold is measured on (总投资1亿元以上).
 * Each is an input of the finder, in 万元.
 */
export const AMOUNT_BASES = [
  { id: 'rd', name: '研发投入', note: '研发投入、实际投入研发费用、攻关投入' },
  { id: 'equipment', name: '设备投资', note: '技术和设备投资额、新增研发设备及软件投入、购买设备金额' },
  { id: 'investment', name: '项目总投资', note: '项目总投资、项目技术服务产品和设备投入总额' },
  { id: 'transaction', name: '交易金额', note: '委托研发、生产的年度实际交易金额' },
  { id: 'procurement', name: '采购额', note: '集中带量采购中标产品的采购额' },
  { id: 'salary', name: '年工资薪金', note: '个人的年工资薪金' },
  { id: 'capital', name: '实收注册资本', note: '企业核算年度的实收注册资本' },
  { id: 'invested', name: '实际投资额', note: '投资机构对企业的实际投资金额（货币出资）' },
  { id: 'loss', name: '投资损失额', note: '对单个投资项目首轮投资的实际损失额' },
  { id: 'opex', name: '运营费用', note: '机构每年的实际运营费用' },
  { id: 'premium', name: '保费', note: '知识产权保险实际支出的保费' },
  { id: 'rent', name: '租赁费', note: '活动的场地租赁费和设备租赁费' },
] as const satisfies readonly VocabEntry[];

/** Where something must happen for the provision to apply. 本地 is the region of the policy (市、区). */
export const LOCATION_REQUIREMENTS = [
  { id: 'registered', name: '在本地注册', note: '申请人、许可人或企业在本地依法登记注册' },
  { id: 'established', name: '在本地设立', note: '在本地新设立或引进总部、研发中心、机构' },
  { id: 'rd-production', name: '在本地研发生产', note: '产品由本地企业研发或生产' },
  { id: 'industrialized', name: '在本地产业化', note: '在本地实施产业化、落地生产' },
  { id: 'production-sales', name: '在本地生产销售', note: '在本地落地生产并销售' },
  { id: 'settlement', name: '在本地销售结算', note: '在本地进行销售结算' },
  { id: 'transfer', name: '在本地转化', note: '成果或产品在本地转化' },
  { id: 'work-tax', name: '在本地工作纳税', note: '在本地工作并依法缴纳个人所得税' },
] as const satisfies readonly VocabEntry[];

/**
 * The party a provision pays where the text distinguishes them: 委托研发、生产 pays 委托方 (the
 * marketing-authorisation holder who outsources), 受托方 (the CRO/CDMO/CMO doing the work), or both.
 */
export const PARTY_ROLES = [
  { id: 'client', name: '委托方', note: '委托他人研发、生产的一方（如药品上市许可持有人）' },
  { id: 'provider', name: '受托方', note: '接受委托提供研发、生产服务的一方（CRO、CDMO、CMO）' },
] as const satisfies readonly VocabEntry[];

/** Rules a text gives for combining support. */
export const STACKING_RULES = [
  { id: 'highest', name: '就高不重复', note: '同类或重复的支持按最高一项执行，不重复享受' },
  { id: 'combined-cap', name: '叠加上限', note: '多项支持叠加后的总额上限' },
  { id: 'shared-funding', name: '两级财政按比例资助', note: '由市、县级市（区）两级财政按比例共同出资，不另行叠加' },
] as const satisfies readonly VocabEntry[];

/** What a stacking rule governs. */
export const STACKING_SCOPES = [
  { id: 'provision', name: '本条款', note: '只涉及本项扶持' },
  { id: 'document', name: '本文件', note: '本文件各项扶持（与其他政策文件之间）' },
  { id: 'two-tier', name: '本市两级财政', note: '本市市级和所辖县级市（区）财政的全部资助，跨文件合计' },
] as const satisfies readonly VocabEntry[];

export type BeneficiaryType = (typeof BENEFICIARY_TYPES)[number]['name'];
export type ProductKind = (typeof PRODUCT_KINDS)[number]['name'];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number]['name'];
export type AmountBasis = (typeof AMOUNT_BASES)[number]['name'];
export type LocationRequirement = (typeof LOCATION_REQUIREMENTS)[number]['name'];
export type StackingRule = (typeof STACKING_RULES)[number]['name'];
export type StackingScope = (typeof STACKING_SCOPES)[number]['name'];
export type PartyRole = (typeof PARTY_ROLES)[number]['name'];

/** The names of a vocabulary as a non-empty tuple, for z.enum. */
export const names = <T extends readonly { name: string }[]>(list: T) =>
  list.map((e) => e.name) as unknown as [T[number]['name'], ...T[number]['name'][]];

/** "名称：说明；…" — the vocabulary in one line, for a field's description. */
export const legend = (list: readonly VocabEntry[]) => list.map((e) => `${e.name}（${e.note}）`).join('、');
