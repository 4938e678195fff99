/**
 * The graded query set of issue 10: how readers ask, with the clauses they want.
 *
 * Written from the five texts (the policy MDX bodies / sources/*.txt), never from the search's
 * output. Each query lists the clauses a reader wants, graded
 *   2 = the clause to cite (the answer),
 *   1 = useful (on topic, worth seeing on the first page).
 * Any clause not listed is 0. `why` explains grades that are not obvious from the query.
 *
 * Keys are `<policy>#<clause>` with the policy abbreviated (see POLICIES below), so that the set
 * stays readable; `gradedQueries()` expands them. tests/search/graded.test.ts checks that every key
 * names a clause of the built site, so a renamed clause cannot silently turn a grade into a miss.
 *
 * Categories follow issue 10's list:
 *   citation   a clause reference as readers write it (第（十二）条, 序号13, 三、（一）二是, 专栏3第2项 …)
 *   normalize  traditional characters, full-width forms, Chinese numerals for amounts, classes, years
 *   question   a question in plain language (function and question words around the content)
 *   synonym    an abbreviation or another name the texts do not use (集采, 医美, CRO, CGT …)
 *   place      a city or district that narrows the search (无锡 临床试验, 苏州 includes its districts)
 *   intent     support (补贴/奖励/资助 …) or target (目标/指标/到20XX年) words, or none (临床试验)
 *   fallback   queries no clause contains: typos, over-specific phrases (never a blank page)
 */

export type GradedCategory = 'citation' | 'normalize' | 'question' | 'synonym' | 'place' | 'intent' | 'fallback';
export const GRADED_CATEGORIES: GradedCategory[] = [
  'citation',
  'normalize',
  'question',
  'synonym',
  'place',
  'intent',
  'fallback',
];

export interface GradedQuery {
  q: string;
  category: GradedCategory;
  /** policy#clause → grade (2 = the clause to cite, 1 = useful). */
  grades: Record<string, 1 | 2>;
  why?: string;
}

/** Abbreviations used in the keys below. */
export const POLICIES: Record<string, string> = {
  K: 'kunshan-nucleic-acid-cluster-worklist',
  S: 'suzhou-biomed-chain-2021-2023',
  N: 'suzhou-snd-meddevice-biomed-2020-2022',
  T: 'taicang-biomed-cluster-2025',
  W: 'wuxi-biomed-policy-opinions',
};

interface Raw {
  q: string;
  c: GradedCategory;
  two: string[];
  one?: string[];
  why?: string;
}

const g = (c: GradedCategory, q: string, two: string[], one: string[] = [], why?: string): Raw => ({
  q,
  c,
  two,
  one,
  ...(why ? { why } : {}),
});

// Clause lists that several queries share.
/** Every clause whose own text says 临床试验 (24), minus those graded 2 where used. */
const CLINICAL_TRIAL = [
  'K#row2',
  'S#s1-c2',
  'S#box1-4',
  'S#s3-c2-r2',
  'S#s3-c4-r1',
  'S#s3-c4-r2',
  'S#s3-c4-r3',
  'S#s3-c4-r4',
  'S#box4',
  'S#box4-2',
  'S#s3-c7-r3',
  'S#s3-c8-r3',
  'S#annex1-row18',
  'N#s3-c3-i9-r1',
  'N#s3-c3-i9-r2',
  'N#annex1-row34',
  'T#s1-c2',
  'T#s2-c1-i3',
  'T#s2-c3-i2',
  'W#s1-c3-i1',
  'W#s1-c3-i2',
  'W#s2-c7',
  'W#s3-c8',
  'W#s5-c26',
];
/** The clauses that pay for clinical trials of new drugs (the answer to "临床试验" as a money question). */
const TRIAL_SUPPORT = ['W#s1-c3-i1', 'W#s1-c3-i2', 'S#s3-c2-r2', 'T#s2-c3-i2', 'N#s3-c2-i5-r1', 'S#box4-2'];
const without = (list: string[], drop: string[]) => list.filter((k) => !drop.includes(k));
/** Clauses saying 三类医疗器械 (class III devices), in any of the texts' writings. */
const CLASS_III = [
  'S#s1-c2',
  'S#s3-c1-r2',
  'S#box1-3',
  'S#s3-c2-r3',
  'N#s3-c2-i5-r1',
  'T#s2-c3-i2',
  'W#s1-c3-i4',
  'W#s3-c11',
];
const CLASS_III_SUPPORT = ['W#s1-c3-i4', 'N#s3-c2-i5-r1', 'S#s3-c2-r3'];

const RAW: Raw[] = [
  // ── citation ────────────────────────────────────────────────────────────────
  g('citation', '第（十二）条', ['W#s3-c12'], [], 'the form 复制引用 produces; only 无锡 numbers （n） as articles'),
  g('citation', '第十二条', ['W#s3-c12'], [], 'readers drop the brackets of 无锡’s running （十二）'),
  g('citation', '十二条', ['W#s3-c12']),
  g('citation', '第（二十四）条', ['W#s5-c24']),
  g('citation', '第30条', ['W#s5-c30'], [], 'Arabic digits for 第（三十）条'),
  g('citation', '第（３）条', ['W#s1-c3'], [], 'a full-width digit'),
  g('citation', '(十八)', ['W#s4-c18'], [], 'ASCII brackets; no other text has a （十八）'),
  g('citation', '第（三）条第1项', ['W#s1-c3-i1']),
  g('citation', '第三条第一项', ['W#s1-c3-i1'], [], 'all in Chinese numerals'),
  g('citation', '无锡 第二十条', ['W#s4-c20']),
  g('citation', '无锡 （一）', ['W#s1-c1']),
  g(
    'citation',
    '（三）',
    ['W#s1-c3', 'S#s2-c3', 'S#s3-c3', 'N#s3-c3', 'N#s5-c3', 'T#s2-c3', 'T#s3-c3'],
    [],
    'ambiguous: every （三） of every policy is an answer',
  ),
  g('citation', '太仓 （二）', ['T#s1-c2', 'T#s2-c2', 'T#s3-c2'], [], 'the city narrows the ambiguous （二） to 太仓'),
  g('citation', '三、（一）二是', ['S#s3-c1-r2'], [], 'only 苏州 has runs directly under 三、（一）'),
  g('citation', '苏州 三、（四）一是', ['S#s3-c4-r1']),
  g('citation', '三、（一）第1项一是', ['N#s3-c1-i1-r1']),
  g('citation', '四、第1项', ['S#s4-i1']),
  g('citation', '二、第3项', ['N#s2-i3']),
  g('citation', '专栏3', ['S#box3'], ['S#box3-1', 'S#box3-2', 'S#box3-3']),
  g('citation', '专栏3第2项', ['S#box3-2']),
  g('citation', '专栏十第6项', ['S#box10-6']),
  g('citation', '专栏 4', ['S#box4'], ['S#box4-1', 'S#box4-2']),
  g('citation', '序号13', ['K#row13', 'N#annex1-row13'], [], 'both 昆山’s list and 高新区’s annex number their rows'),
  g('citation', '序号 38', ['N#annex1-row38'], [], '昆山’s list stops at 22'),
  g('citation', '昆山 序号5', ['K#row5']),
  g('citation', '高新区 序号21', ['N#annex1-row21']),
  g(
    'citation',
    '附件第12行',
    ['S#annex1-row12'],
    ['N#annex1-row12', 'T#annex1-row12'],
    'the label published for 苏州’s 任务分工表 row 12; the 12th rows of the other annexes are plausible readings',
  ),
  g(
    'citation',
    '苏州 附件第23行',
    ['S#annex1-row23'],
    ['N#annex1-row23'],
    '苏州 includes 高新区, whose annex row 23 is 序号23',
  ),
  g(
    'citation',
    '附件1第3行',
    ['T#annex1-row3'],
    ['S#annex1-row3', 'N#annex1-row3'],
    'only 太仓 names its annex 附件1; the others’ single annex is annex 1 too',
  ),
  g(
    'citation',
    '附件 三、创新平台工程 第5项',
    ['S#annex1-row12'],
    [],
    'the document’s own numbering of the row 附件第12行: item 5 of 三、创新平台工程',
  ),

  // ── normalize ───────────────────────────────────────────────────────────────
  g(
    'normalize',
    '醫療器械注冊證',
    ['W#s1-c3-i4', 'S#s3-c2-r3', 'N#s3-c2-i5-r1'],
    ['W#s3-c11', 'S#s3-c1-r2'],
    'traditional; 2 = the clauses that pay for a new registration certificate',
  ),
  g('normalize', '一致性評價', ['W#s1-c3-i3', 'S#s3-c2-r3', 'T#s2-c3-i2'], ['W#s3-c14']),
  g('normalize', '揭榜掛帥', ['W#s1-c1', 'K#row1', 'S#s3-c2-r1', 'S#box2-1', 'T#s2-c3-i1'], ['S#annex1-row5']),
  g(
    'normalize',
    '獨角獸',
    ['T#s2-c2-i2', 'W#s4-c18', 'K#row8'],
    ['S#box1-2', 'S#box8-1', 'T#s1-c2', 'T#annex1-row4'],
    '2 = clauses that do something for unicorn companies',
  ),
  g('normalize', '專精特新', ['W#s4-c18', 'T#s2-c2-i2'], ['S#box8-1']),
  g('normalize', '研發費用加計扣除', ['K#row11', 'N#s3-c3-i11-r4']),
  g(
    'normalize',
    '臨床試驗機構',
    ['W#s3-c8', 'S#s3-c4-r1', 'S#s3-c4-r4'],
    ['S#s1-c2', 'S#s3-c4-r2', 'T#s1-c2'],
    '2 = clauses about building trial institutions; 1 = targets and a passing mention',
  ),
  g(
    'normalize',
    '兩億元',
    ['W#s2-c4'],
    ['S#s4-i2'],
    '2亿元: 无锡’s award of up to 2亿元; 苏州’s is a raised annual cap',
  ),
  g(
    'normalize',
    '一亿元',
    ['W#s5-c22', 'T#s2-c4-i1', 'W#s1-c3-i1'],
    ['W#s3-c11', 'W#s4-c16', 'N#s3-c1-i2-r1'],
    'the texts write 1亿元; 2 = support of up to 1亿元, 1 = investment thresholds',
  ),
  g('normalize', '五百万元研发资助', ['W#s1-c2'], [], 'the text writes 最高500万元研发资助'),
  g('normalize', '三千五百万元', ['W#s1-c3-i1'], [], 'the text writes 3500万元'),
  g('normalize', '百分之二十五', ['W#s1-c3-i1'], [], 'the text writes 25%'),
  g('normalize', '十亿企业', ['S#s1-c2'], [], 'the text writes 10 亿企业'),
  g('normalize', '5０００亩', ['N#s3-c1-i3-r1', 'N#annex1-row21'], [], 'mixed half- and full-width digits'),
  g('normalize', 'ＣＤＥ', ['K#row2', 'W#s1-c3-i6']),
  g('normalize', 'ＭＡＨ', ['W#s3-c12'], ['S#s3-c10-r1']),
  g(
    'normalize',
    '3类医疗器械',
    CLASS_III_SUPPORT,
    without(CLASS_III, CLASS_III_SUPPORT),
    'the texts write 三类 / 第三类',
  ),
  g('normalize', 'Ⅲ类医疗器械', CLASS_III_SUPPORT, without(CLASS_III, CLASS_III_SUPPORT), 'Roman numeral Ⅲ'),
  g(
    'normalize',
    '第三类医疗器械',
    CLASS_III_SUPPORT,
    without(CLASS_III, CLASS_III_SUPPORT),
    'only 高新区 writes 第三类; the others write 三类 or 二、三类',
  ),
  g(
    'normalize',
    '第二类醫療器械',
    ['W#s1-c3-i4', 'N#s3-c2-i5-r1'],
    ['W#s3-c11', 'S#s1-c2', 'S#s3-c1-r2', 'S#s3-c2-r3', 'T#s2-c3-i2'],
    '2 = the clauses with an amount for class II devices; 1 = 二、三类 lists',
  ),
  g(
    'normalize',
    '一类创新药',
    ['T#s2-c3-i2', 'W#s1-c3-i1'],
    ['W#s5-c26', 'S#box1-3'],
    '无锡 writes 1类化学药、1类生物制品和中药创新药: the same class of drug',
  ),
  g('normalize', '1类新药', ['S#box1-3'], ['W#s1-c3-i1', 'T#s2-c3-i2']),
  g(
    'normalize',
    '三期临床',
    ['W#s1-c3-i1', 'W#s1-c3-i2'],
    ['W#s3-c11', 'T#s2-c3-i2'],
    'the texts write III期临床试验, 临床试验I、Ⅱ、Ⅲ期 and 临床三期',
  ),
  g(
    'normalize',
    '到二〇二五年',
    ['T#s1-c2'],
    ['T#s2-c2-i1', 'T#s2-c2-i2', 'T#s2-c2-i3', 'T#s2-c4-i2'],
    'the texts write 到2025年; 2 = the development targets',
  ),
  g(
    'normalize',
    '专精特新小巨人',
    ['W#s4-c18', 'T#s2-c2-i2'],
    [],
    '太仓 writes 专精特新“小巨人”: quotation marks do not separate words',
  ),

  // ── question ────────────────────────────────────────────────────────────────
  g(
    'question',
    '创新药临床试验有什么奖励',
    ['W#s1-c3-i1', 'T#s2-c3-i2'],
    ['W#s1-c3-i2', 'N#s3-c2-i5-r1', 'S#s3-c2-r2', 'K#row2'],
    'issue 10: 无锡 （三）1 first; 太仓 pays for the same trials; 昆山 row 2 only tilts resources',
  ),
  g(
    'question',
    '医疗器械注册证有哪些补贴',
    ['W#s1-c3-i4', 'N#s3-c2-i5-r1', 'S#s3-c2-r3'],
    ['W#s3-c11', 'T#s2-c3-i2', 'S#s3-c1-r2'],
  ),
  g('question', '人才安家补贴怎么申请', ['T#s2-c4-i2'], ['W#s5-c22'], '无锡 offers 购房补贴 to talent'),
  g('question', '如何申请一致性评价奖励', ['W#s1-c3-i3', 'S#s3-c2-r3'], ['T#s2-c3-i2', 'W#s3-c14']),
  g('question', '独角兽企业有什么支持政策', ['W#s4-c18', 'T#s2-c2-i2'], ['K#row8', 'S#box1-2', 'S#box8-1']),
  g('question', '对GLP认证给多少钱', ['W#s2-c7']),
  g('question', 'CNAS认证资助多少', ['W#s2-c7']),
  g('question', 'FDA认证有奖励吗', ['W#s1-c3-i6', 'W#s3-c13'], ['N#s3-c1-i4-r2', 'K#row12']),
  g('question', '总部企业落户奖励是多少', ['W#s4-c16'], ['T#s2-c2-i2', 'N#s3-c1-i1-r2', 'S#s3-c1-r1']),
  g('question', '股权投资损失可以补贴吗', ['W#s5-c24']),
  g('question', '专利保险有补贴吗', ['W#s5-c27'], [], '知识产权投保 50%, 30万'),
  g('question', '首台套装备怎么奖励', ['N#s3-c2-i5-r3'], ['S#box1-3', 'S#s3-c2-r4']),
  g('question', '集中带量采购中标有奖励吗', ['S#s3-c1-r5', 'S#s4-i1']),
  g('question', '医美产品研发有哪些支持', ['W#s1-c3-i5'], ['K#row4', 'K#row6'], '无锡 writes 医疗美容'),
  g('question', '特医食品注册证书资助多少', ['W#s1-c3-i5', 'W#s3-c10']),
  g('question', '智能化改造补助比例是多少', ['W#s4-c19']),
  g('question', '举办学术会议能补贴吗', ['W#s5-c30'], ['N#s3-c2-i8-r4']),
  g(
    'question',
    '生物医药产业基金规模多大',
    ['W#s5-c24'],
    ['T#s1-c2', 'T#annex1-row12', 'N#s3-c3-i11-r1', 'T#s2-c5-i4'],
  ),
  g(
    'question',
    '临床试验机构建设有什么政策',
    ['W#s3-c8', 'S#s3-c4-r1', 'S#box4-2'],
    ['S#s3-c4-r4', 'N#s3-c3-i9-r2', 'T#s1-c2', 'S#s3-c4-r2'],
  ),
  g('question', '博士后工作站有支持吗', ['S#s3-c7', 'T#s2-c4-i3']),
  g('question', '海外研发机构运营补助多少', ['W#s2-c6']),
  g(
    'question',
    '新药临床试验阶段怎么资助',
    ['S#s3-c2-r2'],
    ['W#s1-c3-i1', 'W#s1-c3-i2', 'N#s3-c2-i5-r1', 'T#s2-c3-i2'],
  ),
  g(
    'question',
    '哪些政策支持合成生物',
    ['W#s1-c2', 'W#s1-c3-i6'],
    ['W#s2-c4', 'S#s2-c3', 'K#row16'],
    '2 = 无锡’s support of synthetic biology research and biomanufacturing',
  ),
  g(
    'question',
    '链主企业培育政策',
    ['S#s3-c1-r3', 'W#s4-c17'],
    ['S#s3-c1', 'W#s4-c15', 'S#s2-c1', 'S#box1'],
    '苏州 and 无锡 write 链主企业 / “链主”企业',
  ),

  // ── synonym ─────────────────────────────────────────────────────────────────
  g(
    'synonym',
    '集采',
    ['S#s3-c1-r5', 'S#s4-i1', 'S#box1-3'],
    [],
    '集采 = 集中带量采购; 专栏1第3项 is the only clause writing 集采',
  ),
  g('synonym', '集采中标', ['S#s3-c1-r5', 'S#s4-i1']),
  g('synonym', '医美', ['K#row4', 'K#row6', 'W#s1-c3-i5'], ['K#row20', 'S#s2'], '医美 = 医疗美容 (无锡)'),
  g('synonym', '医疗美容', ['W#s1-c3-i5'], ['K#row4', 'K#row6', 'K#row20', 'S#s2']),
  g('synonym', '医美器械', ['W#s1-c3-i5'], [], '无锡 writes 二、三类医疗美容器械'),
  g(
    'synonym',
    '临床实验',
    [...TRIAL_SUPPORT],
    without(CLINICAL_TRIAL, TRIAL_SUPPORT),
    '高新区 writes 临床实验 for 临床试验; as for 临床试验, the clauses that pay for trials are the answer',
  ),
  g(
    'synonym',
    'CRO',
    ['S#s2-c2', 'S#s3-c3-r3', 'K#row19', 'T#s2-c1-i3'],
    ['S#s3-c10-r1', 'T#s2-c5-i1', 'T#s2-c2-i3'],
    'CRO = 合同研发组织 / 研发外包',
  ),
  g(
    'synonym',
    '合同研究组织',
    ['S#s2-c2', 'S#s3-c3-r3', 'K#row19', 'T#s2-c1-i3'],
    ['S#s3-c10-r1', 'T#s2-c5-i1', 'T#s2-c2-i3'],
    'the standard Chinese name of a CRO; the texts write CRO or 合同研发组织（CRO）',
  ),
  g('synonym', '研发外包', ['T#s2-c2-i3', 'T#s2-c5-i1', 'T#s2-c1-i3', 'S#s3-c3-r3'], ['S#s2-c2', 'K#row19']),
  g(
    'synonym',
    'MAH',
    ['W#s3-c12', 'N#s3-c1-i2-r4'],
    ['S#s3-c10-r1', 'W#s5-c26'],
    'MAH = 上市许可持有人; 高新区 supports 上市许可持有人 without writing MAH',
  ),
  g(
    'synonym',
    'CGT',
    ['W#s1-c2', 'T#s2-c1-i1', 'N#s2-i3', 'S#s2-c3'],
    ['T#s2-c4-i1'],
    'cell and gene therapy: 细胞与基因治疗 / 基因与细胞治疗 / 基因治疗和细胞治疗',
  ),
  g('synonym', '基因与细胞治疗', ['N#s2-i3', 'W#s1-c2', 'T#s2-c1-i1', 'S#s2-c3'], ['T#s2-c4-i1']),
  g('synonym', 'IVD', ['N#s2-i1', 'T#s2-c1-i2'], ['N#s4', 'T#s2-c5-i1', 'W#s1-c2', 'T#s2-c4-i1'], 'IVD = 体外诊断'),
  g('synonym', '专利合作条约', ['T#s2-c5-i5'], [], '= PCT'),
  g('synonym', '高企', ['T#s2-c2-i1'], ['T#annex1-row3', 'K#row8', 'K#row11', 'N#s3-c3-i11-r4'], '高企 = 高新技术企业'),
  g('synonym', '医保目录', ['W#s3-c14'], ['S#box1-3', 'W#s5-c26'], '无锡 also writes 国家医保药品目录'),
  g('synonym', '特殊医学用途配方食品', ['W#s1-c3-i5', 'W#s3-c10'], ['W#s3-c14', 'W#s3-c9', 'W#s5-c28'], '= 特医食品'),
  g(
    'synonym',
    '仿制药一致性评价',
    ['S#s3-c2-r3', 'W#s1-c3-i3'],
    ['W#s3-c14', 'T#s2-c3-i2'],
    '无锡 writes 仿制药质量与疗效一致性评价',
  ),
  g('synonym', '放射治疗设备', ['T#s2-c1-i2'], ['K#row3', 'S#s2-c3'], '太仓 writes 放疗设备'),

  // ── place ───────────────────────────────────────────────────────────────────
  g('place', '无锡 临床试验', ['W#s1-c3-i1', 'W#s1-c3-i2', 'W#s3-c8'], ['W#s2-c7', 'W#s5-c26']),
  g(
    'place',
    '无锡临床试验补贴',
    ['W#s1-c3-i1', 'W#s1-c3-i2'],
    ['W#s3-c8', 'W#s2-c7', 'W#s5-c26'],
    'no space: the city is still a place, and 补贴 asks for money',
  ),
  g('place', '昆山 人才', ['K#row13', 'K#row14', 'K#row15'], ['K#row20']),
  g('place', '太仓 独角兽', ['T#s2-c2-i2'], ['T#s1-c2', 'T#annex1-row4']),
  g('place', '苏州 集中带量采购', ['S#s3-c1-r5', 'S#s4-i1']),
  g('place', '高新区 医疗器械注册证', ['N#s3-c2-i5-r1']),
  g(
    'place',
    '苏州 人才公寓',
    ['N#s3-c1-i3-r2', 'T#s3-c3'],
    [],
    '苏州 includes 高新区 and 太仓, the two texts that mention 人才公寓',
  ),
  g('place', '太仓 基金', ['T#s2-c5-i4'], ['T#s1-c2', 'T#annex1-row12']),
  g('place', '苏州高新区 税收优惠', ['N#s3-c3-i11-r4'], ['N#annex1-row38']),
  g('place', '无锡 一事一议', ['W#s2-c4', 'W#s3-c11', 'W#s4-c17', 'W#s5-c22']),
  g(
    'place',
    '昆山小核酸',
    ['K#row1', 'K#row2', 'K#row16'],
    ['K#p2', 'K#row5', 'K#row6', 'K#row7', 'K#row9', 'K#row13'],
    '2 = work items on nucleic-acid drugs themselves',
  ),
  g(
    'place',
    '无锡 人才',
    ['W#s5-c22', 'W#s5-c23'],
    ['W#s2-c6', 'W#s3-c9', 'W#s5-c29'],
    '2 = the talent clauses; 1 = passing mentions',
  ),
  g('place', '苏州市 临床试验能力', ['S#s3-c4-r1', 'S#box4-2', 'N#s3-c3-i9-r2'], ['S#annex1-row18', 'N#annex1-row34']),
  g('place', '昆山 CDE', ['K#row2']),
  g('place', '无锡 FDA', ['W#s1-c3-i6', 'W#s3-c13']),
  g('place', '太仓 一站式', ['T#s2-c1-i3'], ['T#s2-c5-i3']),
  g(
    'place',
    '高新区 人才',
    ['N#s3-c2-i6-r1', 'N#s3-c2-i6-r2', 'N#s3-c2-i6-r3'],
    ['N#s3-c1-i3-r2', 'N#annex1-row16', 'N#annex1-row17', 'N#annex1-row18', 'N#s5-c2', 'N#s3-c2-i6'],
  ),
  g('place', '无锡 合成生物', ['W#s1-c2', 'W#s1-c3-i6'], ['W#s2-c4']),
  g('place', '太仓 CRO', ['T#s2-c1-i3', 'T#s2-c5-i1']),
  g('place', '昆山 质子', ['K#row3'], ['K#row5']),
  g('place', '无锡市 总部', ['W#s4-c16']),
  g('place', '苏州 一致性评价', ['S#s3-c2-r3', 'T#s2-c3-i2'], [], '苏州 includes 太仓'),
  g('place', '虎丘区 孵化器', ['N#s3-c1-i3-r1', 'N#s3-c2-i7-r2'], [], '虎丘区 is 苏州高新区'),

  // ── intent ──────────────────────────────────────────────────────────────────
  g(
    'intent',
    '临床试验',
    [...TRIAL_SUPPORT],
    without(CLINICAL_TRIAL, TRIAL_SUPPORT),
    'issue 10: the clauses that pay for trials first (高新区 writes 临床实验); the others mention trials',
  ),
  g(
    'intent',
    '人才 奖励',
    ['W#s5-c23', 'W#s5-c22', 'T#s2-c4-i1', 'T#s2-c4-i2'],
    ['S#s3-c7-r1', 'N#s3-c2-i6-r2', 'S#s3-c7'],
    'support for talent, whatever word the text uses (奖励, 资金支持, 补贴)',
  ),
  g('intent', '医疗器械 资助', ['W#s1-c3-i4', 'N#s3-c2-i5-r1', 'S#s3-c2-r3'], ['W#s3-c11', 'W#s3-c8', 'W#s1-c3-i5']),
  g('intent', '医疗器械注册证 多少钱', ['W#s1-c3-i4', 'N#s3-c2-i5-r1'], ['W#s3-c11', 'S#s3-c2-r3', 'S#s3-c1-r2']),
  g('intent', '发展目标', ['S#s1-c2', 'N#s1-c2', 'T#s1-c2']),
  g('intent', '产业规模目标', ['S#s1-c2', 'N#s1-c2', 'T#s1-c2'], ['N#s1-c1', 'T#annex1-row1']),
  g('intent', '企业数量目标', ['S#s1-c2', 'N#s1-c2', 'T#s1-c2'], ['T#annex1-row2']),
  g('intent', '到2025年 企业数量', ['T#s1-c2'], ['T#annex1-row2']),
  g('intent', '到2023年', ['S#s1-c2']),
  g(
    'intent',
    '人才指标',
    ['T#annex1-row5', 'T#annex1-row6', 'T#s1-c2'],
    ['N#s3-c2-i6-r1', 'T#s2-c4-i2'],
    '太仓’s indicator table counts 领军人才',
  ),
  g('intent', '上市企业 指标', ['T#annex1-row13', 'T#s1-c2', 'S#s1-c2'], ['N#s3-c3-i11-r3']),
  g('intent', '基金 支持', ['W#s5-c24'], ['S#s3-c8-r1', 'T#s2-c5-i4', 'N#s3-c3-i11-r1', 'W#s1-c1', 'K#row22']),
  g('intent', '知识产权 扶持', ['W#s5-c27', 'T#s2-c5-i5'], ['N#s3-c2-i5-r4', 'S#s3-c2-r5', 'S#box2-3', 'K#row21']),
  g('intent', '上市 奖励', ['W#s3-c13', 'W#s3-c10'], ['N#s3-c1-i4-r2']),
  g('intent', 'GCP 资助', ['W#s2-c7']),
  g('intent', '兽药 补贴', ['W#s3-c10']),
  g('intent', '总部 奖励', ['W#s4-c16'], ['T#s2-c2-i2', 'N#s3-c1-i1-r2', 'S#s3-c1-r1']),
  g(
    'intent',
    '新药 补贴',
    ['W#s3-c10', 'W#s1-c3-i1', 'W#s1-c3-i2', 'S#s3-c2-r2', 'N#s3-c2-i5-r1'],
    ['T#s2-c3-i2', 'W#s3-c8'],
  ),
  g('intent', '质子 支持', ['K#row3'], ['K#row5'], '昆山 supports the 迈胜质子 project; no money is named'),

  // ── fallback ────────────────────────────────────────────────────────────────
  g(
    'fallback',
    '免疫细胞治疗',
    ['S#s2-c3', 'W#s1-c2'],
    ['T#s2-c4-i1', 'N#s2-i3', 'T#s2-c1-i1'],
    'no text says it; 苏州 names 免疫诊断 and 细胞治疗, 无锡 抗体免疫学 and 细胞与基因治疗',
  ),
  g(
    'fallback',
    '临床式验机构',
    ['W#s3-c8', 'S#s3-c4-r1', 'S#s3-c4-r4'],
    ['S#s1-c2', 'S#s3-c4-r2', 'T#s1-c2'],
    'typo of 临床试验机构',
  ),
  g('fallback', '一致性评介', ['W#s1-c3-i3', 'S#s3-c2-r3', 'T#s2-c3-i2'], ['W#s3-c14'], 'typo of 一致性评价'),
  g(
    'fallback',
    '揭榜挂师',
    ['W#s1-c1', 'K#row1', 'S#s3-c2-r1', 'S#box2-1', 'T#s2-c3-i1'],
    ['S#annex1-row5'],
    'typo of 揭榜挂帅',
  ),
  g('fallback', '太湖人材计划', ['W#s5-c22'], [], 'typo of 太湖人才计划'),
  g('fallback', '瞪铃企业', ['K#row8'], ['S#box1-2', 'S#box8-1', 'W#s4-c18'], 'typo of 瞪羚企业'),
  g('fallback', '迈盛质子', ['K#row3'], [], 'typo of 迈胜质子'),
  g('fallback', '医疗器戒注册证', ['W#s1-c3-i4', 'S#s3-c2-r3', 'N#s3-c2-i5-r1'], ['W#s3-c11', 'S#s3-c1-r2'], 'typo'),
  g('fallback', '生物医药人才公寓补贴', ['N#s3-c1-i3-r2', 'T#s3-c3'], [], 'no text says it; two name 人才公寓'),
  g('fallback', '纳米药物研发资助', ['K#row2'], [], '昆山 encourages 纳米药物 research'),
  g('fallback', '抗体偶联药物资助', ['T#s2-c1-i1']),
  g('fallback', '手术机器人研发补贴', ['W#s1-c2'], ['N#s2-i1', 'T#s2-c1-i2'], '无锡 pays up to 500万元 for the R&D'),
  g('fallback', '质子治疗中心', ['K#row3'], ['K#row5']),
  g('fallback', '一类创新药临床三期资助金额', ['W#s1-c3-i1'], ['T#s2-c3-i2', 'W#s1-c3-i2']),
  g('fallback', '医疗器械注册人制度', ['W#s3-c12'], [], '无锡 writes 高端医疗器械注册人'),
  g('fallback', '中医药博物馆建设', ['S#box10-6'], ['S#annex1-row38']),
  g('fallback', '远程医疗设备研发', ['W#s4-c20'], ['S#s3-c9-r4']),
  g('fallback', '智能化改造补助标准', ['W#s4-c19'], ['S#s3-c10-r1']),
  g('fallback', '生物医药海外孵化中心补助', ['W#s2-c6']),
  g('fallback', '医工合作创新项目资金', ['W#s3-c8'], ['N#s3-c3-i9-r1']),
];

const expand = (key: string): string => {
  const [alias, clause] = key.split('#');
  const policy = POLICIES[alias!];
  if (!policy || !clause) throw new Error(`bench/queries-graded.ts: bad key ${key}`);
  return `${policy}#${clause}`;
};

/** The graded set with full policy IDs. Throws on a key graded twice (a typo in the set). */
export function gradedQueries(): GradedQuery[] {
  return RAW.map((r) => {
    const grades: Record<string, 1 | 2> = {};
    for (const [grade, keys] of [
      [2, r.two],
      [1, r.one ?? []],
    ] as const) {
      for (const key of keys) {
        const full = expand(key);
        if (grades[full] !== undefined) throw new Error(`bench/queries-graded.ts: ${r.q}: ${key} graded twice`);
        grades[full] = grade;
      }
    }
    return { q: r.q, category: r.c, grades, ...(r.why ? { why: r.why } : {}) };
  });
}
