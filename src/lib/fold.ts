/**
 * Full-width folding, in one place. People type and texts print numbers in full-width forms
 * (２０２５年, ３．５％, （１）); every reader folds them here, in one of two strengths:
 *
 * - `halfWidth`: only what numbers are written with (digits, ％ ﹪, ．), one UTF-16 unit for one,
 *   so an index found in the folded text is the same index in the original and a quote can be cut
 *   from it as printed (the importer, the figure checks of src/lib/amounts.ts).
 * - `foldCompat`: every compatibility form (Unicode NFKC: full-width letters and brackets too) and
 *   lower case, for matching what a reader typed (the search, the calculator's amount fields).
 *
 * `halfWidth` folds a subset of what `foldCompat` folds, the same way (fold.test.ts holds them to it).
 */

/** Full-width digits, ％ ﹪ and ． as their ASCII forms; every other character unchanged, lengths equal. */
export function halfWidth(text: string): string {
  return text.replace(/[０-９％﹪．]/gu, (c) => {
    if (c === '％' || c === '﹪') return '%';
    if (c === '．') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** Every compatibility form folded (NFKC) and lower-cased: ＡＢ１（ → ab1(. */
export const foldCompat = (text: string): string => text.normalize('NFKC').toLowerCase();
