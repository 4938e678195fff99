/**
 * The benchmark's committed query set. Relevance is not labelled here: bench/lib/oracle.ts
 * computes it from the built pages (the clauses whose own text contains every term).
 *
 * kind: the sort of query, as listed in issue 4.
 *   exact    a term as written in the texts
 *   cross    a term that the word segmenter cuts differently in the texts (第三类|医疗器械, 研发费用|加计扣除)
 *   multi    several space-separated terms that must all occur
 *   amount   money written as in the texts
 *   dept     a responsible department
 *   table    text of the Kunshan work list or the High-tech Zone task table
 *   char1    a single character
 *   char2    two characters
 * Every kind but `multi` is an exact-substring query (the recall@10 = 1, MRR ≥ 0.95 goal).
 */
export type QueryKind = 'exact' | 'cross' | 'multi' | 'amount' | 'dept' | 'table' | 'char1' | 'char2';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
}

export const QUERIES: BenchQuery[] = [
  // exact terms
  { q: '揭榜挂帅', kind: 'exact' },
  { q: '一事一议', kind: 'exact' },
  { q: '独角兽', kind: 'exact' },
  { q: '瞪羚企业', kind: 'exact' },
  { q: '太湖人才计划', kind: 'exact' },
  { q: '小核酸', kind: 'exact' },
  { q: '上市许可持有人', kind: 'exact' },
  { q: '一致性评价', kind: 'exact' },
  { q: '吴门医派', kind: 'exact' },
  { q: '特医食品', kind: 'exact' },
  { q: '专精特新', kind: 'exact' },
  { q: '伦理审查', kind: 'exact' },
  { q: '互联网医院', kind: 'exact' },
  { q: 'CDE', kind: 'exact' },
  { q: 'MAH', kind: 'exact' },
  { q: '“1+N”', kind: 'exact' },
  { q: '生物医药产业园', kind: 'exact' },
  { q: '链主企业', kind: 'exact' },
  // terms the segmenter cuts differently
  { q: '三类医疗器械', kind: 'cross' },
  { q: '费用加计', kind: 'cross' },
  { q: '研发费用加计扣除', kind: 'cross' },
  { q: '类医疗器械', kind: 'cross' },
  { q: '医疗器械注册证', kind: 'cross' },
  { q: '创新药临床试验', kind: 'cross' },
  { q: '药物临床试验机构', kind: 'cross' },
  { q: '生物医药企业', kind: 'cross' },
  { q: '新药研发', kind: 'cross' },
  { q: '器械产业园', kind: 'cross' },
  // several terms
  { q: '临床试验 资助', kind: 'multi' },
  { q: '人才 安家', kind: 'multi' },
  { q: '独角兽 瞪羚', kind: 'multi' },
  { q: '医疗器械 注册证 资助', kind: 'multi' },
  { q: '基金 规模', kind: 'multi' },
  { q: '市科技局 市财政局', kind: 'multi' },
  { q: '小核酸 园区', kind: 'multi' },
  { q: '创新药 1亿元', kind: 'multi' },
  // amounts
  { q: '3500万元', kind: 'amount' },
  { q: '1亿元', kind: 'amount' },
  { q: '300万元', kind: 'amount' },
  { q: '50万元', kind: 'amount' },
  { q: '2亿元', kind: 'amount' },
  { q: '1000万元', kind: 'amount' },
  { q: '500万元', kind: 'amount' },
  // departments
  { q: '市科技局', kind: 'dept' },
  { q: '市卫生健康委', kind: 'dept' },
  { q: '市工信局', kind: 'dept' },
  { q: '科创局', kind: 'dept' },
  { q: '经发委', kind: 'dept' },
  { q: '人才办', kind: 'dept' },
  { q: '市场监管局', kind: 'dept' },
  { q: '苏高新金控', kind: 'dept' },
  // table content: Kunshan work list, High-tech Zone task table
  { q: '祖冲之攻关计划', kind: 'table' },
  { q: '头雁人才', kind: 'table' },
  { q: '迈胜质子治疗项目', kind: 'table' },
  { q: '中韩医美生物科技', kind: 'table' },
  { q: '千灯精细材料产业园', kind: 'table' },
  { q: '引进行业旗舰项目', kind: 'table' },
  { q: '科技城管委会', kind: 'table' },
  { q: '生命健康小镇', kind: 'table' },
  { q: '预留5000亩左右土地', kind: 'table' },
  { q: '加紧落实税收优惠支持', kind: 'table' },
  { q: '不断加大“三首”支持力度', kind: 'table' },
  // one character
  { q: '药', kind: 'char1' },
  { q: '械', kind: 'char1' },
  { q: '税', kind: 'char1' },
  { q: '房', kind: 'char1' },
  { q: '兽', kind: 'char1' },
  { q: '锡', kind: 'char1' },
  // two characters
  { q: '基金', kind: 'char2' },
  { q: '专利', kind: 'char2' },
  { q: '医保', kind: 'char2' },
  { q: '集采', kind: 'char2' },
  { q: '孵化', kind: 'char2' },
  { q: '质子', kind: 'char2' },
  { q: '类医', kind: 'char2' },
];

/** Exact-substring queries: every kind but multi. */
export const isExactKind = (kind: QueryKind): boolean => kind !== 'multi';
