import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  contentWords,
  groupLone,
  intentOf,
  intlSegment,
  isPhrasing,
  isQuestion,
  parseQuestion,
} from './question.ts';

const lexicon = ['临床试验', '医疗器械', '注册证', '一致性评价', '创新药', '首台套'].sort(
  (a, b) => b.length - a.length,
);
/** A stand-in segmenter: two characters at a time (the real one is the runtime's Intl.Segmenter). */
const pairs = (text: string) => text.match(/..?/gu) ?? [text];

describe('intent', () => {
  it('reads support and target words, and 到20XX年', () => {
    expect(intentOf('有什么奖励')).toBe('support');
    expect(intentOf('多少钱')).toBe('support');
    expect(intentOf('产业规模目标')).toBe('target');
    expect(intentOf('人才指标')).toBe('target');
    expect(intentOf('到2025年')).toBe('target');
    expect(intentOf('到2025')).toBeNull();
    expect(intentOf('临床试验')).toBeNull();
  });

  it('tells a question from a phrase', () => {
    expect(isQuestion('创新药临床试验有什么奖励')).toBe(true);
    expect(isQuestion('FDA认证有奖励吗')).toBe(true);
    expect(isQuestion('可以吗')).toBe(true);
    // Which, who, how many (issue 17).
    for (const q of ['三大园区是哪三个', '领导小组组长是谁', '每年筛几家潜力地标企业', '办公室设在哪'])
      expect(isQuestion(q), q).toBe(true);
    expect(isQuestion('潜力地标企业')).toBe(false);
    // How long and when (stop 24).
    for (const q of ['医保目录发布后多久要配进医院', '补贴什么时候拨付', '何时兑现'])
      expect(isQuestion(q), q).toBe(true);
    // 分别 lays out the answer: no word a clause must hold.
    expect(parseQuestion('二类医疗器械注册证的资助分别是多少', lexicon, intlSegment).words).not.toContain('分别');
    // Having, as a question says it, is phrasing.
    expect(isPhrasing('要有', true)).toBe(true);
    // A count asked or stated in a question is phrasing (三个, 几家), a class is not (三类).
    expect(isPhrasing('三个', true)).toBe(true);
    expect(isPhrasing('几家', true)).toBe(true);
    expect(isPhrasing('三类', true)).toBe(false);
    expect(isPhrasing('五大项', true)).toBe(true);
    // A one-character verb with its result (评上, 提到) is how a reader says "got", never a topic.
    for (const w of ['评上', '提到', '拿下', '选上']) expect(isPhrasing(w, false), w).toBe(true);
    // A question's spoken words around what it asks: pointing words, adverbs, aspect and direction.
    for (const w of ['这边会', '很高', '一直在', '批下来', '投了', '刚', '打算'])
      expect(isPhrasing(w, true), w).toBe(true);
    for (const w of ['这边会', '投了']) expect(isPhrasing(w, false), w).toBe(false);
    for (const w of ['很高兴', '医疗器械', '了解']) expect(isPhrasing(w, true), w).toBe(w === '很高兴');
    expect(isPhrasing('评审', false)).toBe(false);
    // Asking for money without a support word: 给钱吗, 能补多少.
    expect(intentOf('新建平台给钱吗')).toBe('support');
    // …or comparing where it pays more: 哪个城市给得多, 补的多.
    expect(intentOf('给得多')).toBe('support');
    expect(intentOf('哪里补的多')).toBe('support');
    expect(intentOf('得多')).toBeNull();
    // Where, asked (哪个城市, 各地): the places are the answer, not words a clause holds.
    for (const w of ['城市', '各地']) expect(isPhrasing(w, false), w).toBe(true);
    expect(isQuestion('临床试验机构')).toBe(false);
    expect(isQuestion('有效期')).toBe(false);
    // 吗 and 呢 make a question only at the end: 吗啡 is a drug.
    expect(isQuestion('吗啡缓释片')).toBe(false);
  });
});

describe('contentWords', () => {
  it('keeps known words whole and cuts the rest with the segmenter', () => {
    expect(contentWords('创新药临床试验', lexicon, pairs)).toEqual(['创新药', '临床试验']);
    expect(contentWords('医疗器械注册证书', lexicon, pairs)).toEqual(['医疗器械', '注册证', '书']);
    expect(contentWords('股权投资损失', lexicon, pairs)).toEqual(['股权', '投资', '损失']);
  });

  it('finds a known word of letters only where the letters run out (CMO is no word of ECMO)', () => {
    const letters = ['cmo', 'ar', '研发', '企业'];
    expect(contentWords('ecmo研发', letters, null)).toEqual(['ecmo', '研发']);
    expect(contentWords('car-t企业', letters, null)).not.toContain('ar');
    expect(contentWords('cmos研发', letters, null)).not.toContain('cmo');
    // Beside Chinese or a space it is a word.
    expect(contentWords('cmo企业', letters, null)).toEqual(['cmo', '企业']);
    expect(contentWords('研发cmo', letters, null)).toEqual(['研发', 'cmo']);
  });

  it('keeps a quantity with its unit, in Chinese numerals or digits (五千亩, 两万批, 3000平方米; stop 24)', () => {
    // A segmenter that cuts the number from its unit, as the runtime's does.
    const apart = (t: string) => t.match(/[一二三四五六七八九十百千万两\d.]+|平方米|./gu) ?? [];
    expect(contentWords('预留五千亩土地', [], apart)).toContain('五千亩');
    expect(contentWords('提升至两万批', [], apart)).toContain('两万批');
    expect(contentWords('孵化面积3000平方米', [], apart)).toContain('3000平方米');
    // A lone numeral before 批 is 一批 (a batch of), grouped as before, never taken with the next word.
    expect(contentWords('一批企业', [], apart)).toEqual(['一批', '企业']);
  });

  it('joins a lone character to the word before it, but keeps one at the start apart (issue 17)', () => {
    expect(contentWords('合成生物学', [], pairs)).toEqual(['合成', '生物学']);
    // 建|市级, 办|学术会议: a verb glued to the next word makes a word no text holds (建市级); alone,
    // a question's lone character is an optional term (plan.ts).
    expect(contentWords('建市级', [], (t) => [t[0]!, t.slice(1)])).toEqual(['建', '市级']);
  });

  it('groups the lone characters a segmenter leaves: pairs, a verb apart, a suffix onto its word (issue 17)', () => {
    // A stand-in for a segmenter that knows few of the field's words.
    expect(groupLone(['药', '企', '搞', '智能', '化', '改造'])).toEqual(['药企', '搞', '智能化', '改造']);
    expect(groupLone(['首次', '评', '上', '单项'])).toEqual(['首次', '评上', '单项']);
    expect(groupLone(['潜力', '地', '标', '企业'])).toEqual(['潜力', '地标', '企业']);
    expect(groupLone(['建', '市', '级', '平台'])).toEqual(['建', '市级', '平台']);
    expect(groupLone(['创业', '大', '赛', '叫'])).toEqual(['创业', '大赛', '叫']);
    expect(groupLone(['服务', '量', '要'])).toEqual(['服务量', '要']);
    expect(groupLone(['持有', '人'])).toEqual(['持有人']);
    expect(groupLone(['专栏', '5'])).toEqual(['专栏5']);
    // A number keeps its units (an amount or a count the reader states); a place stays whole.
    expect(groupLone(['投资', '3', '个', '亿'])).toEqual(['投资', '3个亿']);
    expect(groupLone(['千', '灯'])).toEqual(['千灯']);
    expect(groupLone(['到', '2025', '年', '集群'])).toEqual(['到', '2025年', '集群']);
  });

  it('keeps an amount whole where the segmenter would glue its unit to the next word (60万能拿)', () => {
    expect(contentWords('年薪60万能', [], (t) => [t.slice(0, 2), ...(t.length > 2 ? [t.slice(2)] : [])])).toEqual([
      '年薪',
      '60万',
    ]);
  });

  it('keeps a number with its class or phase word', () => {
    expect(contentWords('临床三期', [], pairs)).toEqual(['临床', '三期']);
    expect(contentWords('一类创新药', lexicon, pairs)).toEqual(['一类', '创新药']);
  });

  it('takes only words of two characters or more from the lexicon, and leaves a lone word alone', () => {
    expect(contentWords('药物研发', ['药'], pairs)).toEqual(['药物', '研发']);
    expect(contentWords('药', [], pairs)).toEqual(['药']);
  });

  it('the runtime segmenter returns words only, no punctuation or spaces', () => {
    expect(intlSegment!('药，药 药')).toEqual(['药', '药', '药']);
  });

  it('drops single-character function words the segmenter finds, and works without a segmenter', () => {
    expect(contentWords('对认证给', [], (t) => [...t])).toEqual(['认证']);
    expect(contentWords('纳米药物', [], null)).toEqual(['纳米药物']);
  });
});

describe('buildLexicon', () => {
  it('normalises words as queries are (GCP → gcp), so a question cuts them out whole', () => {
    const lex = buildLexicon(['GCP', '临床试验', 'ＧＣＰ', '药']);
    expect(lex).toEqual(['临床试验', 'gcp', '药']);
    expect(parseQuestion('GCP每新增一个专业给多少钱', lex, intlSegment).words[0]).toBe('gcp');
  });
});

describe('parseQuestion (with the runtime segmenter)', () => {
  const pairs = intlSegment;
  it('reads a change by its verb and a place word as a border (提升到 → 提升, 培养里做什么; stop 24)', () => {
    const words = (q: string) => parseQuestion(q, lexicon, pairs).words;
    // The texts say 提升至 / 增长至: the verb is what a clause holds, whatever follows it.
    expect(words('药品检验服务能力要从多少批提升到多少批')).toContain('提升');
    expect(words('药品检验服务能力要从多少批提升到多少批')).not.toContain('提升到');
    expect(words('研发投入增长到多少')).not.toContain('到');
    // 里 after a noun is where, not a word with the verb after it (里做).
    expect(words('在生物医药人才培养里做什么').some((w) => w.includes('里'))).toBe(false);
    // A year asked about is phrasing in a question (a table states it in its header), not outside one.
    expect(isPhrasing('2021年', true)).toBe(true);
    expect(isPhrasing('2025年底', true)).toBe(true);
    expect(isPhrasing('2021年', false)).toBe(false);
    expect(isPhrasing('2021年度', true)).toBe(false);
  });

  it('removes function words, takes out the intent and keeps the content', () => {
    expect(parseQuestion('创新药临床试验有什么奖励', lexicon, pairs)).toEqual({
      words: ['创新药', '临床试验'],
      stretches: ['创新药临床试验'],
      intent: 'support',
      intentWords: ['奖励'],
    });
    expect(parseQuestion('如何申请一致性评价奖励', lexicon, pairs)).toMatchObject({
      words: ['一致性评价'],
      stretches: [],
    });
    expect(parseQuestion('对GLP认证给多少钱', lexicon, pairs)).toMatchObject({
      words: ['glp', '认证'],
      intent: 'support',
      intentWords: ['多少钱'],
    });
    expect(parseQuestion('企业数量目标', lexicon, pairs)).toMatchObject({
      words: ['企业', '数量'],
      stretches: ['企业数量'],
      intent: 'target',
      intentWords: ['目标'],
    });
  });

  it('keeps the content after the intent word, and no word without a letter or digit', () => {
    expect(parseQuestion('资助创新药', lexicon, pairs)).toEqual({
      words: ['创新药'],
      stretches: [],
      intent: 'support',
      intentWords: ['资助'],
    });
    expect(parseQuestion('创新药，有什么奖励', lexicon, null).words).toEqual(['创新药']);
  });

  it('treats 比例, 标准 … as asking about support only in a support question', () => {
    expect(parseQuestion('智能化改造补助比例是多少', lexicon, pairs).words).toEqual(['智能化', '改造']);
    expect(parseQuestion('标准厂房有哪些', lexicon, pairs).words).toEqual(['标准', '厂房']);
  });
});
