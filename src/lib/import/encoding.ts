/**
 * Reading a policy text as it arrives: the bytes of a file, in whatever encoding the government's
 * office saved it. Many Chinese government files still come in GBK/GB18030 (Windows' "ANSI" for
 * Chinese), some in Big5 or UTF-16 (Word's "Unicode text"). The importer publishes UTF-8, so a text
 * in another encoding is decoded — only when the decoding is certain: the detector (chardet) ranks
 * the candidates, and a candidate counts only if iconv-lite decodes the bytes without a
 * replacement character and encodes the result back to the very same bytes. The original bytes
 * are kept beside the UTF-8 copy (`sources/<id>.<encoding>.txt`), so nothing received is lost.
 * Anything else — a binary file, an undecidable encoding, a character that cannot be part of a
 * published text — is refused with what to do instead.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Encodings the importer reads, as written in the name of a kept original: sources/<id>.<encoding>.txt. */
export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The original of a text that was not UTF-8, kept beside its UTF-8 copy: sources/<id>.<encoding>.txt. */
export const ORIGINAL_FILE = /^(.+)\.(gb18030|big5|utf-16le|utf-16be)\.txt$/;

/**
 * Largest text the importer takes. The five published texts are 10–43 KB; a text 20 MB long
 * took 31 s to import and 6 min to build, with a 41 MB clause page. 512 KB is twelve times the
 * longest text published, room for a long plan with its annexes.
 */
export const MAX_SOURCE_BYTES = 512 * 1024;

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** A byte-order mark opened the file (kept in the text for UTF-8, as the file has it). */
  bom: boolean;
}

/** A text the importer cannot read: the message says what is wrong and how to fix it. */
export class EncodingError extends Error {}

const SAVE_AS =
  'save it as plain text in UTF-8 (in Word: 另存为 → 纯文本 → UTF-8; in Notepad: 另存为 → 编码 UTF-8) and import that file';

/** File signatures of documents that are not plain text, to say what the file is. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .xlsx or .wps file is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a Word/Excel 97–2003 file (.doc, .xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Readable size: 20.0 MB, 600 KB. */
export const size = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/** Why a file of `bytes` bytes is refused. */
export const tooLarge = (bytes: number): string =>
  `the file is ${size(bytes)}; the importer takes texts up to ${size(MAX_SOURCE_BYTES)} (the published texts are 10–43 KB) — check that it is one policy text, not a whole gazette, a collection or a binary file, and import each document on its own`;

/**
 * Whether a decoded text reads as a Chinese policy text: it has line breaks, and almost every
 * character is Han, CJK or ASCII punctuation, a full-width form, a digit or a letter. Decoding
 * UTF-16 with the wrong byte order gives characters from all over Unicode instead.
 */
export function readsAsText(text: string): boolean {
  const chars = [...text];
  if (!chars.length || !text.includes('\n')) return false;
  const plain = chars.filter((c) =>
    /[\p{Script=Han}\p{P}\s\u0020-\u007e\u3000-\u303f\uff00-\uffef\u2460-\u24ff]/u.test(c),
  );
  return plain.length >= chars.length * 0.95;
}

/**
 * A UTF-16 text without a byte-order mark (Word's "Unicode text" saved by some tools): decoded
 * losslessly in one byte order only, and reading as text in that order.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const fits = (['utf-16le', 'utf-16be'] as const).flatMap((encoding) => {
    const text = lossless(bytes, encoding);
    return text !== null && readsAsText(text) ? [{ text, encoding }] : [];
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** Whether decoding `bytes` as `encoding` is certain: no replacement character, and the text encodes back to the same bytes. */
function lossless(bytes: Uint8Array, encoding: Encoding): string | null {
  // The byte-order mark stays in the text for the round trip; the caller drops it.
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  if (text.includes('\uFFFD')) return null;
  return Buffer.from(iconv.encode(text, encoding, { addBOM: false })).equals(Buffer.from(bytes)) ? text : null;
}

/** The chardet names of the multi-byte Chinese encodings the importer decodes. */
const DETECTED: Record<string, Encoding> = { GB18030: 'gb18030', Big5: 'big5' };

/**
 * Decodes the bytes of a policy text: UTF-8 (with or without a byte-order mark) as it is; UTF-16
 * with or without a mark; GB18030 (GBK, GB2312) and Big5 when the detector ranks them and they
 * decode losslessly. Throws an EncodingError saying what the file is and how to convert it when
 * none of these fits, or the file is too large.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_SOURCE_BYTES) throw new EncodingError(tooLarge(bytes.length));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (!text.includes('\uFFFD')) return { text: `\uFEFF${text.replace(/^\uFEFF/, '')}`, encoding: 'utf-8', bom: true };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, [...bom])) continue;
    const text = lossless(bytes, encoding);
    if (text !== null) return { text: text.replace(/^\uFEFF/, ''), encoding, bom: true };
    throw new EncodingError(
      `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} — ${SAVE_AS}`,
    );
  }
  for (const [sig, what] of SIGNATURES)
    if (startsWith(bytes, sig)) throw new EncodingError(`this is ${what}, not a plain-text file — ${SAVE_AS}`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: one of the legacy encodings below, or not a text at all.
  }
  const wide = utf16WithoutBom(bytes);
  if (wide) return { ...wide, bom: false };
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new EncodingError(`this is not a text file (a zero byte at offset ${nul}: a binary file) — ${SAVE_AS}`);
  const candidates = chardet
    .analyse(bytes)
    .map((m) => DETECTED[m.name])
    .filter((e): e is Encoding => e !== undefined);
  for (const encoding of candidates) {
    const text = lossless(bytes, encoding);
    if (text !== null) return { text, encoding, bom: false };
  }
  throw new EncodingError(
    `the file is neither UTF-8 nor a Chinese encoding the importer can decode with certainty (GB18030/GBK, Big5, UTF-16) — ${SAVE_AS}`,
  );
}

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed (a page break, as pdftotext writes one)',
  0x1a: 'SUB (an end-of-file mark of old DOS files)',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0xfffd: 'the replacement character: the text was decoded wrongly before it was saved',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

/**
 * A character that cannot be part of a published text: a control character other than tab and
 * line breaks (NUL, a page-break form feed, C1 controls), a carriage return that is not part of a
 * CRLF line break, the replacement character U+FFFD, a noncharacter or half a surrogate pair.
 * Null when there is none; otherwise where the first one is (1-based line and column) and its name.
 */
export function badCharacter(text: string): { line: number; column: number; code: string; name: string } | null {
  let line = 1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === 0 && c === 0xfeff) continue;
    if (c === 0x0a) {
      line += 1;
      column = 0;
      continue;
    }
    column += 1;
    let name: string | null = null;
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) !== 0x0a) name = 'a carriage return without a line feed (old Mac line ends)';
    } else if (c === 0x09) {
      // A tab separates table cells.
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      name = CONTROL_NAMES[c] ?? (c >= 0x80 ? 'a C1 control character' : 'a control character');
    } else if (c === 0xfffd || c === 0xfffe || c === 0xffff) {
      name = CONTROL_NAMES[c]!;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
      else name = 'half of a surrogate pair';
    } else if (c >= 0xdc00 && c <= 0xdfff) name = 'half of a surrogate pair';
    if (name) return { line, column, code: `U+${c.toString(16).toUpperCase().padStart(4, '0')}`, name };
  }
  return null;
}
