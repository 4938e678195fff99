import { describe, expect, it } from 'vitest';
import { contrast, luminance, parseColor } from './contrast.ts';

describe('contrast', () => {
  it('matches the WCAG extremes and known pairs', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#767676')).toBe(contrast('#767676', '#ffffff'));
  });
  it('reads the forms a browser reports', () => {
    expect(parseColor('rgb(22, 23, 26)')).toEqual([22, 23, 26]);
    expect(parseColor('rgba(255, 0, 0, 0.5)')).toEqual([255, 0, 0]);
    expect(parseColor('#0b5cad')).toEqual([11, 92, 173]);
    expect(luminance('#fff')).toBe(1);
    expect(() => parseColor('blue')).toThrow(/cannot read "blue"/);
  });
});
