import { describe, expect, it } from 'vitest';
import { parseSiteUrl, publicUrl } from './site-url.ts';

describe('parseSiteUrl', () => {
  it('is undefined when SITE_URL is unset or blank', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it('keeps the root of an http(s) address, with or without the final slash', () => {
    expect(parseSiteUrl('https://policies.example.cn')?.href).toBe('https://policies.example.cn/');
    expect(parseSiteUrl(' https://policies.example.cn/ ')?.href).toBe('https://policies.example.cn/');
    expect(parseSiteUrl('http://127.0.0.1:8080')?.href).toBe('http://127.0.0.1:8080/');
  });

  it('refuses what is not the absolute root of a site, saying how to set it', () => {
    expect(() => parseSiteUrl('policies.example.cn')).toThrow(
      /SITE_URL="policies.example.cn" is not an absolute URL.*https:\/\//,
    );
    expect(() => parseSiteUrl('ftp://policies.example.cn')).toThrow(/must start with https:\/\//);
    expect(() => parseSiteUrl('https://example.cn/policies/')).toThrow(/no path.*SITE_URL=https:\/\/example.cn$/);
    expect(() => parseSiteUrl('https://example.cn/?x=1')).toThrow(/root/);
  });
});

describe('publicUrl', () => {
  it('is absolute on the configured host', () => {
    expect(publicUrl('/policies/x/s1/', new URL('https://policies.example.cn/'))).toBe(
      'https://policies.example.cn/policies/x/s1/',
    );
  });

  it('is root-relative without one, so no host is invented', () => {
    expect(publicUrl('/policies/x/#s1', undefined)).toBe('/policies/x/#s1');
  });

  it('takes only root-relative paths', () => {
    expect(() => publicUrl('policies/x/', undefined)).toThrow(/not a root-relative path/);
  });
});
