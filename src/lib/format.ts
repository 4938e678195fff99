/** Display helpers shared by pages: every unknown value is written 未载明, never guessed. */
import { UNSTATED } from '../config/ui.ts';

export { UNSTATED };

/** 2021-04-17 → 2021年4月17日; null → 未载明. */
export function formatDate(iso: string | null): string {
  if (!iso) return UNSTATED;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 万元 amounts: 20000 → 2亿元, 3500 → 3500万元, 0.5 → 0.5万元. */
export function formatWan(wan: number | null): string {
  if (wan === null) return '—';
  if (wan >= 10000 && wan % 1000 === 0) return `${wan / 10000}亿元`;
  return `${wan}万元`;
}

/** 25 → 25%; [10, 30] → 10%—30%. */
export function formatPct(pct: number | [number, number] | null): string {
  if (pct === null) return '—';
  return Array.isArray(pct) ? `${pct[0]}%—${pct[1]}%` : `${pct}%`;
}

/** The first sentence of a clause's text (its title when it has no heading line), shortened. */
export function clauseTitle(heading: string | null, text: string, max = 28): string {
  if (heading) return heading;
  const first = text.split(/[。；\n]/)[0] ?? text;
  return first.length > max ? `${first.slice(0, max)}…` : first;
}
