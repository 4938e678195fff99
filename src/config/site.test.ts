import { describe, expect, it } from 'vitest';
import { policyCount } from './site.ts';

describe('policyCount', () => {
  it('writes small counts in Chinese numerals and larger ones in digits', () => {
    expect(policyCount(5)).toBe('五份政策');
    expect(policyCount(10)).toBe('十份政策');
    expect(policyCount(11)).toBe('11 份政策');
    expect(policyCount(200, '文件')).toBe('200 份文件');
  });
});
