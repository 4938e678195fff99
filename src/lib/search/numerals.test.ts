import { describe, expect, it } from 'vitest';
import { numeralForms } from './numerals.ts';

describe('numeralForms', () => {
  it('writes amounts and counts in digits, as the texts do', () => {
    expect(numeralForms('一亿元')).toEqual(['一亿元', '1亿元']);
    expect(numeralForms('五百万元研发资助')).toEqual(['五百万元研发资助', '500万元研发资助']);
    expect(numeralForms('三千五百万元')).toEqual(['三千五百万元', '3500万元']);
    expect(numeralForms('两亿元')).toEqual(['两亿元', '2亿元']);
    // Spoken amounts: 一个亿 is written 1亿, 3个亿 3亿.
    expect(numeralForms('一个亿')).toEqual(['一个亿', '一亿', '1亿']);
    expect(numeralForms('投资3个亿')).toEqual(['投资3个亿', '投资3亿']);
    expect(numeralForms('十亿企业')).toEqual(['十亿企业', '10亿企业']);
    expect(numeralForms('到二〇二五年')).toEqual(['到二〇二五年', '到2025年']);
    expect(numeralForms('百分之二十五')).toEqual(['百分之二十五', '25%']);
    // A rate said in words: 一半 / 减半 is 50%, 三成 is 30%.
    expect(numeralForms('补一半保费')).toEqual(['补一半保费', '补50%保费']);
    expect(numeralForms('减半')).toEqual(['减半', '50%']);
    expect(numeralForms('三成')).toEqual(['三成', '30%']);
    expect(numeralForms('补贴3成')).toEqual(['补贴3成', '补贴30%']);
    // 成 starting a word of its own, or without a digit word before it, is not a rate.
    expect(numeralForms('三成果')).toEqual(['三成果']);
    expect(numeralForms('形成')).toEqual(['形成']);
    // Digits are already the texts' writing of amounts.
    expect(numeralForms('1亿元')).toEqual(['1亿元']);
  });

  it('writes classes and phases in Chinese, Arabic and Roman numerals', () => {
    expect(numeralForms('三类医疗器械')).toEqual(['三类医疗器械', '3类医疗器械', 'iii类医疗器械']);
    expect(numeralForms('3类医疗器械')).toEqual(['3类医疗器械', '三类医疗器械', 'iii类医疗器械']);
    expect(numeralForms('iii期临床')).toEqual(['iii期临床', '3期临床', '三期临床']);
    expect(numeralForms('第三类医疗器械')).toEqual(['第三类医疗器械', '3类医疗器械', '三类医疗器械', 'iii类医疗器械']);
    expect(numeralForms('十二类')).toEqual(['十二类', '12类']);
    // Roman numerals up to v (五类 is also v类), none beyond.
    expect(numeralForms('五类')).toEqual(['五类', '5类', 'v类']);
    expect(numeralForms('六类')).toEqual(['六类', '6类']);
    // Up to 9999, the largest number written in Chinese here.
    expect(numeralForms('9999类')).toEqual(['9999类', '九千九百九十九类']);
  });

  it('keeps 第 before a count or year written the other way', () => {
    expect(numeralForms('第二十年')).toEqual(['第二十年', '第20年']);
  });

  it('leaves words that only look numeric alone', () => {
    expect(numeralForms('一事一议')).toEqual(['一事一议']);
    expect(numeralForms('十大工程')).toEqual(['十大工程']);
    expect(numeralForms('civ类')).toEqual(['civ类']);
    expect(numeralForms('医疗器械')).toEqual(['医疗器械']);
    // Numbers that are none (十十), zero, or too large, and Roman numerals before a count.
    for (const term of ['百分之十十', '十十类', '0类', '10000类', 'iv年'])
      expect(numeralForms(term), term).toEqual([term]);
  });

  it('writes a count in 万 of land, batches or people in full, as the texts do (两万批 → 20000批; stop 24)', () => {
    expect(numeralForms('两万批')).toEqual(expect.arrayContaining(['20000批', '2万批']));
    expect(numeralForms('1.5万平方米')).toContain('15000平方米');
    expect(numeralForms('五千亩')).toContain('5000亩');
    expect(numeralForms('三千平方米')).toContain('3000平方米');
    // Money stays in 万 (the texts write 500万元), and a number of another kind is left alone.
    expect(numeralForms('两万元')).not.toContain('20000元');
    expect(numeralForms('两万元')).toContain('2万元');
    // With another number before it, each is written in turn.
    expect(numeralForms('七千批到两万批')).toContain('7000批到20000批');
  });

  it('combines several numbers and caps the forms', () => {
    const forms = numeralForms('一类和三类');
    expect(forms[0]).toBe('一类和三类');
    expect(forms).toContain('1类和3类');
    expect(forms.length).toBeLessThanOrEqual(8);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
