import { describe, expect, it } from 'vitest';
import { numberNotations } from './notation.ts';

describe('numberNotations', () => {
  it.each([
    ['0x1F4', 500],
    ['0o17', 15],
    ['017', 15],
    ['0b101', 5],
    ['1e3', 1000],
    ['1.0e+3', 1000],
    ['1_000', 1000],
    ['+500', 500],
    ['.5', 0.5],
    ['5.', 5],
    ['1:30', 90],
    ['.inf', Infinity],
  ])('flags %s (read as %s) with its path', (written, read) => {
    const problems = numberNotations(`subsidies:\n  - id: sub1\n    maxAmountWan: ${written}\n`);
    expect(problems).toEqual([expect.objectContaining({ path: ['subsidies', 0, 'maxAmountWan'], written, read })]);
    expect(problems[0]!.message).toMatch(/is not written as a decimal number .* plain digits/);
  });

  it('accepts plain decimals, quoted text and text that only starts with a digit', () => {
    const yaml = [
      'maxAmountWan: 500',
      'ratePct: 12.5',
      'baselineValue: -3',
      'zero: 0',
      'docNumber: "0x1F4"',
      'period: 2021—2023',
      'dateWritten: "2024-01-01"',
      'tiers: [{ maxAmountWan: 600 }, { maxAmountWan: 1200 }]',
    ].join('\n');
    expect(numberNotations(yaml)).toEqual([]);
  });
});
