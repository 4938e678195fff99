/**
 * Traditional → simplified conversion of what readers type (醫療器械 → 医疗器械). The converter
 * (opencc-js, OpenCC's dictionaries) weighs tens of kilobytes, so the search page loads it only
 * when a query holds a character it would change: `mayBeTraditional` answers that from a compact
 * table of those characters (traditional-table.ts, generated from the same dictionary and checked
 * against it by the unit tests).
 */
import { TRADITIONAL_CODEPOINTS } from './traditional-table.ts';

let table: Set<number> | undefined;

/** Code points of the characters OpenCC's traditional → simplified dictionary changes. */
export function traditionalCodePoints(): Set<number> {
  if (!table) {
    table = new Set();
    let at = 0;
    for (const step of TRADITIONAL_CODEPOINTS.split(',')) {
      at += parseInt(step, 36);
      table.add(at);
    }
  }
  return table;
}

/** Delta-encodes sorted code points as base-36 steps (the format of traditional-table.ts). */
export function encodeCodePoints(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  let prev = 0;
  return sorted
    .map((p) => {
      const step = (p - prev).toString(36);
      prev = p;
      return step;
    })
    .join(',');
}

/** Whether converting `text` to simplified characters could change it. */
export function mayBeTraditional(text: string): boolean {
  const points = traditionalCodePoints();
  for (const ch of text) if (points.has(ch.codePointAt(0)!)) return true;
  return false;
}

/** A converter from traditional to simplified characters (opencc-js's, once loaded). */
export type Converter = (text: string) => string;

/** The query in simplified characters: converted only when it may hold traditional ones. */
export function toSimplified(text: string, convert: Converter | null): string {
  return convert && mayBeTraditional(text) ? convert(text) : text;
}
