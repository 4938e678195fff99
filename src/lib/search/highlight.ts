/**
 * Where the query occurs in a clause text, and a short excerpt around it, as plain segments the
 * caller turns into text nodes and <mark> elements (never HTML strings: the query is user input).
 */
import { BOUNDARY, normalizeWithMap, occurrences } from './normalize.ts';

/** A range of the original (un-normalised) text, UTF-16 offsets, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Ranges of `text` matching any of `needles` (normalised terms). When `fallback` is given and no
 * needle occurs (a partial match), its pieces are marked instead, so the reader sees why the
 * clause came up.
 */
export function matchRanges(text: string, needles: string[], fallback: string[] = []): Range[] {
  const { text: norm, map } = normalizeWithMap(text);
  const collect = (list: string[]) => {
    const ranges: Range[] = [];
    for (const needle of list) {
      for (const at of occurrences(norm, needle)) {
        const lastIndex = map[at + needle.length - 1]!;
        const lastChar = String.fromCodePoint(text.codePointAt(lastIndex)!);
        ranges.push({ start: map[at]!, end: lastIndex + lastChar.length });
      }
    }
    return ranges;
  };
  let ranges = collect(needles);
  if (!ranges.length && fallback.length) ranges = collect(fallback);
  return mergeRanges(ranges);
}

/** Splits `text` into marked and unmarked segments by `ranges` (sorted, non-overlapping). */
export function segments(text: string, ranges: Range[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

const isLow = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * An excerpt of about `length` characters around the first match (the whole text when short),
 * with "…" where it was cut, boundaries shown as spaces.
 */
export function excerpt(text: string, ranges: Range[], length = 110, lead = 24): Segment[] {
  let from = 0;
  let to = text.length;
  if (text.length > length) {
    const first = ranges[0];
    from = first ? Math.max(0, Math.min(first.start - lead, text.length - length)) : 0;
    to = Math.min(text.length, from + length);
    // Never cut a surrogate pair in half.
    if (from > 0 && isLow(text, from)) from--;
    if (to < text.length && isLow(text, to)) to++;
  }
  const parts = segments(text, ranges, from, to).map((s) => ({ ...s, text: s.text.replaceAll(BOUNDARY, ' ') }));
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (to < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
