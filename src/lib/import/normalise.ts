/**
 * Reading numbers as people type them: full-width digits (２０２５年), the full-width percent sign
 * and decimal point (３．５％). The mapping is one UTF-16 unit for one, so an index found in the
 * normalised text is the same index in the original, and quotes can be cut from the original.
 */

/** Full-width digits, ％ ﹪ and ． as their ASCII forms; every other character unchanged, lengths equal. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９％﹪．]/g, (c) => {
    if (c === '％' || c === '﹪') return '%';
    if (c === '．') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}
