import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  contentWords,
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
    // A count asked or stated in a question is phrasing (三个, 几家), a class is not (三类).
    expect(isPhrasing('三个', true)).toBe(true);
    expect(isPhrasing('几家', true)).toBe(true);
    expect(isPhrasing('三类', true)).toBe(false);
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

  it('joins a lone character to the word before it, but keeps one at the start apart (issue 17)', () => {
    expect(contentWords('合成生物学', [], pairs)).toEqual(['合成', '生物学']);
    // 建|市级, 办|学术会议: a verb glued to the next word makes a word no text holds (建市级); alone,
    // a question's lone character is an optional term (plan.ts).
    expect(contentWords('建市级', [], (t) => [t[0]!, t.slice(1)])).toEqual(['建', '市级']);
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
