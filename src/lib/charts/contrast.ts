/**
 * WCAG 2 contrast of two colours, for checking that chart bars stand out from the page and from
 * each other (3:1 for graphics, WCAG 1.4.11) and text from its background (4.5:1, 1.4.3) in both
 * colour schemes. Colours as CSS writes them: #rgb, #rrggbb or rgb(r, g, b).
 */

/** [r, g, b] in 0–255 from #rgb, #rrggbb, rgb() or rgba() (alpha ignored: chart fills are opaque). */
export function parseColor(css: string): [number, number, number] {
  const s = css.trim().toLowerCase();
  const hex = s.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = s.match(/^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`parseColor: cannot read "${css}" — write it as #rrggbb or rgb(r, g, b)`);
}

/** Relative luminance (WCAG 2): 0 for black, 1 for white. */
export function luminance(css: string): number {
  const [r, g, b] = parseColor(css).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
