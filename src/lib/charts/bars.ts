/**
 * Horizontal bar charts as static SVG, written at build time: no chart script runs in the
 * browser. Bar lengths and positions are percentages of the chart's width (no viewBox), so the
 * chart fills any column while its text keeps the page's font size and stays legible on a
 * phone; each row is a label line above its bar, and the value follows the bar's end, so every
 * piece of text sits on the page's own background and keeps its contrast in light and dark.
 */

export interface Bar {
  /** Row label, e.g. 太仓市 2025 生物医药产业营业收入; shortened to fit (the data table next to the chart has it whole). */
  label: string;
  value: number;
  /** A baseline drawn inside the bar (基期 → 目标); null or absent when none. */
  baseline?: number | null;
  /** Text at the end of the bar, e.g. 200 → 500亿元. */
  valueLabel: string;
}

export interface BarChartOptions {
  /** Unique prefix for the title and description IDs. */
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** Accessible description, e.g. what the bars and the darker part mean. */
  description: string;
  /** Labels longer than this many characters are cut with …. */
  maxLabelChars?: number;
}

const ROW = 46;
const BAR_Y = 21;
const BAR_H = 16;
const LEGEND = 26;
/** Share of the width bars may take: the rest keeps room for the value written after the longest bar. */
const SPAN = 70;

/** Escapes text for SVG content and attributes. */
export function escapeSvg(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Cuts a label to `max` characters, ending with … when cut. */
export function fitLabel(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/** Percentage of the width for a value: 0 → a hairline, max → SPAN. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0.4;
  return Math.max(0.4, (value / max) * SPAN);
}

const pct = (n: number) => `${Number(n.toFixed(2))}%`;

/** The SVG markup of a horizontal bar chart. */
export function barChart(bars: Bar[], options: BarChartOptions): string {
  const { id, title, description, maxLabelChars = 24 } = options;
  const max = Math.max(0, ...bars.map((b) => Math.max(b.value, b.baseline ?? 0)));
  const hasBaseline = bars.some((b) => b.baseline !== null && b.baseline !== undefined);
  const top = hasBaseline ? LEGEND : 0;
  const height = top + bars.length * ROW;
  const rows = bars.map((b, i) => {
    const y = top + i * ROW;
    const w = barPercent(b.value, max);
    const parts = [
      `<text class="chart-label" x="0" y="${y + 14}">${escapeSvg(fitLabel(b.label, maxLabelChars))}</text>`,
      `<rect class="chart-bar${hasBaseline ? ' chart-bar--target' : ''}" x="0" y="${y + BAR_Y}" width="${pct(w)}" height="${BAR_H}" rx="2"/>`,
    ];
    if (b.baseline !== null && b.baseline !== undefined) {
      parts.push(
        `<rect class="chart-bar chart-bar--baseline" x="0" y="${y + BAR_Y}" width="${pct(barPercent(b.baseline, max))}" height="${BAR_H}" rx="2"/>`,
      );
    }
    parts.push(
      `<text class="chart-value" x="${pct(w)}" dx="6" y="${y + BAR_Y + 12.5}">${escapeSvg(b.valueLabel)}</text>`,
    );
    return `<g>${parts.join('')}</g>`;
  });
  const legend = hasBaseline
    ? `<g class="chart-legend" aria-hidden="true"><rect class="chart-bar chart-bar--baseline" x="0" y="4" width="14" height="12" rx="2"/><text x="20" y="15">基期</text><rect class="chart-bar chart-bar--target" x="64" y="4" width="14" height="12" rx="2"/><text x="84" y="15">目标</text></g>`
    : '';
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeSvg(title)}</title><desc id="${id}-desc">${escapeSvg(description)}</desc>` +
    legend +
    rows.join('') +
    `</svg>`
  );
}

/**
 * Splits values into bands a linear axis can show together: in each band the largest is at most
 * `maxRatio` times the smallest, so no bar shrinks below 1/maxRatio of the longest (4000家 and
 * 3家 land in different charts). Bands are split where neighbouring values lie furthest apart on
 * a log scale, so near values stay together. Returns the indices of `values` per band, each
 * band and the bands themselves largest first. Zero and negative values join the smallest band.
 */
export function magnitudeBands(values: number[], maxRatio = 20): number[][] {
  if (maxRatio <= 1) throw new Error('magnitudeBands: maxRatio must be above 1');
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const positive = order.filter((i) => values[i]! > 0);
  const rest = order.filter((i) => !(values[i]! > 0));
  const split = (band: number[]): number[][] => {
    if (band.length < 2 || values[band[0]!]! / values[band[band.length - 1]!]! <= maxRatio) return [band];
    let at = 1;
    let widest = -1;
    for (let k = 1; k < band.length; k++) {
      const gap = Math.log(values[band[k - 1]!]!) - Math.log(values[band[k]!]!);
      if (gap > widest) [widest, at] = [gap, k];
    }
    return [...split(band.slice(0, at)), ...split(band.slice(at))];
  };
  const bands = positive.length ? split(positive) : [];
  if (rest.length) {
    if (bands.length) bands[bands.length - 1]!.push(...rest);
    else bands.push(rest);
  }
  return bands;
}
