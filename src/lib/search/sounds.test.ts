/** Terms typed by sound (issue 17): homophone slips, pinyin and its initials, read as the texts' words. */
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  frequentWords,
  mayBeSound,
  parseSoundWords,
  parseSounds,
  pinyinWords,
  readingsOf,
  soundAlikes,
  soundPatterns,
  soundsAlike,
  soundTable,
  type Sounds,
} from './sounds.ts';

/** A table built the way the build builds it (pinyin-pro), for the characters of these words. */
function sounds(words: string[], extra = ''): Sounds {
  const chars = new Set([...words.join(''), ...extra]);
  const table = soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), chars);
  return { readings: parseSounds({ syllables: table }), words };
}

describe('homophone slips', () => {
  const s = sounds(['奖金', '奖励', '将来', '有效期', '孵化器', '医疗器械', '孵化'], '历其气');

  it('reads a Han term as the texts’ words that sound the same, one character different or more', () => {
    expect(soundAlikes('奖历', s)).toEqual(['奖励']);
    expect(soundAlikes('有效其', s)).toEqual(['有效期']);
    expect(soundAlikes('孵化气', s)).toEqual(['孵化器']);
  });

  it('offers nothing for the word itself, another length, or a character without a reading', () => {
    expect(soundAlikes('奖励', s)).toEqual([]);
    expect(soundAlikes('孵化', sounds(['孵化器']))).toEqual([]);
    expect(soundAlikes('奖X', s)).toEqual([]);
    expect(soundAlikes('奖历历历历历历', s)).toEqual([]);
  });

  it('keeps the words’ order (the word list’s), and any number of characters may differ', () => {
    // 将来 (lai) does not sound like 历 (li); 降利 changes both characters and still sounds alike.
    const t = sounds(['降利', '将来', '奖励'], '历');
    expect(soundAlikes('奖历', t)).toEqual(['降利', '奖励']);
  });

  it('tells whether two writings sound alike, place by place', () => {
    const { readings } = sounds(['迈胜', '迈盛', '迈进']);
    expect(soundsAlike('迈盛', '迈胜', readings)).toBe(true);
    expect(soundsAlike('迈盛', '迈进', readings)).toBe(false);
    expect(soundsAlike('迈盛', '迈盛', readings)).toBe(false);
    expect(soundsAlike('迈盛', '迈胜医疗', readings)).toBe(false);
    // Of the writings the texts offer around the slip, only those that sound alike, in their order.
    expect(['迈进', '迈胜'].filter((w) => soundsAlike('迈盛', w, readings))).toEqual(['迈胜']);
  });

  it('finds the places a slip can be, from two characters on', () => {
    expect(soundPatterns('奖历')).toEqual([
      { before: '', after: '历', typed: '奖' },
      { before: '奖', after: '', typed: '历' },
    ]);
    expect(soundPatterns('奖')).toEqual([]);
    expect(soundPatterns('ylqx')).toEqual([]);
    expect(soundPatterns('一二三四五六七')).toEqual([]);
  });

  it('reads every reading of a polyphone (重 is zhong and chong)', () => {
    const t = sounds(['重点', '冲点'], '中');
    expect(soundAlikes('中点', t)).toEqual(['重点']);
    expect(soundAlikes('充点', sounds(['重点'], '充'))).toEqual(['重点']);
    expect(readingsOf('重点', t.readings).map((r) => r.join(' '))).toEqual(
      expect.arrayContaining(['zhong dian', 'chong dian']),
    );
  });
});

describe('pinyin typed for a word', () => {
  const s = sounds(['医疗', '医疗器械', '生物', '孵化器', '一类']);

  it('reads the whole pinyin and, from three letters, the initials', () => {
    expect(pinyinWords('yiliaoqixie', s)).toEqual(['医疗器械']);
    expect(pinyinWords('ylqx', s)).toEqual(['医疗器械']);
    expect(pinyinWords('fuhuaqi', s)).toEqual(['孵化器']);
    expect(pinyinWords('fhq', s)).toEqual(['孵化器']);
  });

  it('does not guess from two initials, nor read capitals or other letters', () => {
    expect(pinyinWords('sw', s)).toEqual([]);
    expect(pinyinWords('YLQX', s)).toEqual([]);
    expect(pinyinWords('xyz', s)).toEqual([]);
  });
});

describe('which terms are tried by sound', () => {
  it('takes Han terms of two to six characters and lowercase letters', () => {
    expect(mayBeSound('奖历')).toBe(true);
    expect(mayBeSound('ylqx')).toBe(true);
    expect(mayBeSound('奖')).toBe(false);
    expect(mayBeSound('知识产权质压融资')).toBe(false);
    expect(mayBeSound('CAR-T')).toBe(false);
    expect(mayBeSound('临床2期')).toBe(false);
  });
});

describe('the sounds file', () => {
  it('builds the table from a library’s readings, toneless and ü as v', () => {
    const table = soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), ['绿', '奖']);
    expect(table.jiang).toBe('奖');
    expect(table.lv).toBe('绿');
  });

  it('names the file and what is wrong with it', () => {
    expect(() => parseSounds(null)).toThrow('/search/sounds.json: expected');
    expect(() => parseSounds({ syllables: { Jiang: '奖' } }, 'x.json')).toThrow(
      'x.json: syllables["Jiang"] must be a lowercase syllable',
    );
    expect(() => parseSounds({ words: [] })).toThrow('expected');
    expect(parseSounds({ syllables: { zhong: '中重', chong: '重' } }).get('重')).toEqual(['zhong', 'chong']);
  });
});

describe('the texts’ words for pinyin (stop 24)', () => {
  const chars = (t: string) => t.match(/[\p{Script=Han}]{2}|./gu) ?? [];
  it('lists the words of two to four Han characters the texts use, most used first, at most a limit', () => {
    const words = frequentWords(['智能制造补助', '智能化改造', '智能制造', 'AI制造', '智能'], chars);
    expect(words.slice(0, 2)).toEqual(['智能', '制造']);
    expect(words).not.toContain('ai');
    expect(frequentWords(['智能制造补助', '智能'], chars, 1)).toEqual(['智能']);
  });

  it('reads the words of the file, and none from a file without them; a malformed list names the file', () => {
    expect(parseSoundWords({ syllables: {}, words: ['智能', '制造'] })).toEqual(['智能', '制造']);
    expect(parseSoundWords({ syllables: {} })).toEqual([]);
    expect(() => parseSoundWords({ syllables: {}, words: ['智能', 3] })).toThrow(/sounds\.json.*words/u);
    expect(() => parseSoundWords({ syllables: {}, words: 'x' })).toThrow(/words/u);
  });
});
