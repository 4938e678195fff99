import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { badCharacter, decodeText, EncodingError, MAX_SOURCE_BYTES, readsAsText } from './encoding.ts';
import { readFixture } from './test-support.ts';

const text = readFixture('wuxi-fullwidth');
const bytes = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const refusal = (b: Uint8Array) => {
  try {
    decodeText(b);
  } catch (error) {
    if (error instanceof EncodingError) return error.message;
    throw error;
  }
  throw new Error('decoded');
};

describe('decodeText', () => {
  it('reads UTF-8 as it is, keeping a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', bom: false });
    const withBom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(withBom).toEqual({ text: `\uFEFF${text}`, encoding: 'utf-8', bom: true });
  });

  it.each([
    ['gbk', 'gb18030'],
    ['gb18030', 'gb18030'],
    ['gb2312', 'gb18030'],
  ])('decodes a text saved as %s (CRLF line ends kept) as GB18030', (saved, encoding) => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(decodeText(bytes(crlf, saved))).toMatchObject({ text: crlf, encoding });
  });

  it('decodes GB18030 four-byte characters outside GBK (䶮, 𠀀)', () => {
    const rare = `${text}联系人：王䶮、𠀀\n`;
    expect(decodeText(bytes(rare, 'gb18030'))).toMatchObject({ text: rare, encoding: 'gb18030' });
  });

  it('decodes Big5 (a traditional-character text)', () => {
    const trad =
      '無錫市支持生物醫藥企業創新發展的若干措施\n\n一、支持新藥研發\n（一）對獲得藥品註冊證書的1類創新藥，給予最高500萬元獎勵。\n';
    expect(decodeText(bytes(trad, 'big5'))).toMatchObject({ text: trad, encoding: 'big5' });
  });

  it.each(['utf16le', 'utf16be'] as const)('decodes %s with and without a byte-order mark', (saved) => {
    const encoding = saved === 'utf16le' ? 'utf-16le' : 'utf-16be';
    const bom = saved === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    expect(decodeText(bytes(text, saved))).toMatchObject({ text, encoding, bom: false });
    expect(decodeText(new Uint8Array([...bom, ...bytes(text, saved)]))).toMatchObject({ text, encoding, bom: true });
  });

  it('refuses documents that are not plain text, naming what they are', () => {
    expect(refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toMatch(/a PDF file.*UTF-8/);
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toMatch(/\.docx/);
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toMatch(/Word\/Excel 97–2003/);
  });

  it('refuses a binary file and an encoding it cannot decode with certainty', () => {
    expect(refusal(new Uint8Array([0x81, 0x00, 0xfe, 0x00, 0x9f, 0x13, 0x00]))).toMatch(/zero byte at offset 1/);
    const latin = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 9 === 0 ? 0x0a : 0x80 + ((i * 37) % 120))));
    expect(refusal(latin)).toMatch(/neither UTF-8 nor a Chinese encoding/);
  });

  it('refuses a text over the size limit, and takes one at it', () => {
    const line = new TextEncoder().encode('一'.repeat(99) + '\n'); // 298 bytes
    const atLimit = new Uint8Array(MAX_SOURCE_BYTES).fill(0x20);
    atLimit.set(line);
    expect(decodeText(atLimit).encoding).toBe('utf-8');
    expect(refusal(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x20))).toMatch(
      /the file is 513 KB; the importer takes texts up to 512 KB/,
    );
  });

  it('reads a text as Chinese text only when nearly every character is', () => {
    expect(readsAsText(text)).toBe(true);
    expect(readsAsText(iconv.decode(Buffer.from(iconv.encode(text, 'utf16le')), 'utf16be'))).toBe(false);
    expect(readsAsText('一二三')).toBe(false); // no line break
  });
});

describe('badCharacter', () => {
  it('finds control characters with their line and column', () => {
    expect(badCharacter('一、总则\n（一）企业\u0000应当')).toEqual({ line: 2, column: 6, code: 'U+0000', name: 'NUL' });
    expect(badCharacter('第一页\n\f第二页')).toMatchObject({ line: 2, column: 1, code: 'U+000C' });
    expect(badCharacter('a\u0085b')).toMatchObject({ code: 'U+0085', name: 'a C1 control character' });
    expect(badCharacter('乱码\uFFFD')).toMatchObject({ code: 'U+FFFD' });
    expect(badCharacter('a\rb')).toMatchObject({ name: expect.stringMatching(/carriage return/) });
    expect(badCharacter('a\ud800b')).toMatchObject({ name: 'half of a surrogate pair' });
  });

  it('accepts tabs, CRLF, a byte-order mark and characters outside the BMP', () => {
    expect(badCharacter('\uFEFF序号\t名称\r\n1\t𠀀\n')).toBeNull();
  });
});
