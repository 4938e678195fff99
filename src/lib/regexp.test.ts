import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp.ts';

describe('escapeRegExp', () => {
  it('matches the text literally, special characters included', () => {
    for (const text of ['首台(套)', '1.5万元', 'a+b', '[附件]', 'x|y', '^$', 'c:\\d', '无锡'])
      expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text), text).toBe(true);
    expect(new RegExp(escapeRegExp('1.5'), 'u').test('105')).toBe(false);
  });
});
