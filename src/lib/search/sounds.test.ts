/** Terms typed by sound (issue 17): homophone slips, pinyin and its initials, read as the texts' words. */
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  MAX_SOUND_WORDS,
  mayBeSound,
  parseSounds,
  pinyinWords,
  readingsOf,
  soundAlikes,
  soundTable,
  textWords,
  type Sounds,
} from './sounds.ts';
import { intlSegment } from './question.ts';

/** A table built the way the build builds it (pinyin-pro), for the characters of these words. */
function sounds(words: string[], extra = ''): Sounds {
  const chars = new Set([...words.join(''), ...extra]);
  const table = soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), chars);
  return parseSounds({ syllables: table, words });
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

  it('prefers the word keeping more of the typed characters, then the more frequent', () => {
    // 奖励 keeps the typed 奖, 降利 none of the typed characters; 将来 (lai) does not sound like 历 (li).
    const t = sounds(['降利', '奖励'], '历');
    expect(soundAlikes('奖历', t)).toEqual(['奖励', '降利']);
    const u = sounds(['降利', '奖立'], '将历');
    expect(soundAlikes('将历', u)).toEqual(['降利', '奖立']);
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
    expect(() => parseSounds({ syllables: { Jiang: '奖' }, words: [] }, 'x.json')).toThrow(
      'x.json: syllables["Jiang"] must be a lowercase syllable',
    );
    expect(() => parseSounds({ syllables: {}, words: '奖励' })).toThrow('expected');
  });

  it('lists the texts’ words and neighbouring pairs held by two clauses, most clauses first', () => {
    const words = textWords(['支持医疗器械研发', '医疗器械注册', '医疗服务'], intlSegment);
    expect(words[0]).toBe('医疗');
    expect(words).toContain('医疗器械');
    expect(words).toContain('研发');
    // A pair met in one clause only is not a word of the texts.
    expect(words).not.toContain('器械研发');
    expect(textWords(['甲乙 丙丁', '甲乙'], intlSegment, 2, 1)).toHaveLength(1);
    expect(MAX_SOUND_WORDS).toBeGreaterThan(1000);
  });
});
