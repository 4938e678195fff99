/**
 * The one full-width folding (src/lib/fold.ts): what each strength folds, and that the narrow one
 * folds as the wide one does, so the importer, the figure checks and the search agree on a figure.
 */
import { describe, expect, it } from 'vitest';
import { foldCompat, halfWidth } from './fold.ts';

describe('halfWidth', () => {
  it('folds what numbers are written with, one unit for one', () => {
    expect(halfWidth('２０２４年６月１８日')).toBe('2024年6月18日');
    expect(halfWidth('３．５％')).toBe('3.5%');
    expect(halfWidth('5﹪')).toBe('5%');
    const text = '（一）给予最高５００万元，（２）';
    expect(halfWidth(text)).toBe('（一）给予最高500万元，（2）');
    expect(halfWidth(text)).toHaveLength(text.length);
  });
});

describe('foldCompat', () => {
  it('folds every compatibility form and case', () => {
    expect(foldCompat('（２）ＡＢ　ｃ')).toBe('(2)ab c');
    expect(foldCompat('RMB３，０００')).toBe('rmb3,000');
  });

  it('folds every character halfWidth folds, the same way', () => {
    const chars = [...'０１２３４５６７８９％﹪．'];
    for (const c of chars) expect(foldCompat(c), c).toBe(halfWidth(c));
    // And halfWidth leaves alone what the importer must cut quotes from as printed.
    for (const c of [...'（）：，；　Ａ']) expect(halfWidth(c), c).toBe(c);
  });
});
