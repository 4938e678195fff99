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
  if (text.length <= length) return cut(text, ranges, 0, text.length);
  const first = ranges[0];
  const from = first ? Math.max(0, Math.min(first.start - lead, text.length - length)) : 0;
  return cut(text, ranges, from, Math.min(text.length, from + length));
}

/** The segments of text[from, to), with "…" where it was cut, boundaries shown as spaces. */
function cut(text: string, ranges: Range[], from: number, to: number): Segment[] {
  // Never cut a surrogate pair in half.
  if (from > 0 && isLow(text, from)) from--;
  if (to < text.length && isLow(text, to)) to++;
  const parts = segments(text, ranges, from, to).map((s) => ({ ...s, text: s.text.replaceAll(BOUNDARY, ' ') }));
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (to < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** A writing to mark in a result, and how many clauses hold it (fewer: rarer). */
export interface Needle {
  text: string;
  holders: number;
}

/** The plan and counts `snippetNeedles` reads (QueryPlan and Results provide them). */
export interface NeedleSource {
  phrases: string[];
  concepts: { forms: { text: string }[]; parts: { text: string; forms: { text: string }[] }[] }[];
  soft: string[];
}

/**
 * Everything a result may hold of a query, with its rarity: the whole terms a question was cut
 * from (rarest: a clause holding one holds its words too), each term's writings (its clauses,
 * `df`), each term's words (`partDf`), and the support words a question asked with (counted
 * nowhere: the commonest). Marking only the terms would leave 补贴 unmarked in 补贴力度 when
 * it was asked as a support word. One entry per writing, at its lowest count.
 */
export function snippetNeedles(plan: NeedleSource, df: number[], partDf: ReadonlyMap<string, number>): Needle[] {
  const out = new Map<string, number>();
  const add = (text: string, holders: number) => {
    if (text && !(out.get(text)! <= holders)) out.set(text, holders);
  };
  for (const p of plan.phrases) add(p, 0);
  plan.concepts.forEach((c, i) => {
    for (const f of c.forms) add(f.text, df[i] ?? Infinity);
    for (const p of c.parts) for (const f of p.forms) add(f.text, partDf.get(p.text) ?? Infinity);
  });
  for (const w of plan.soft) add(w, Infinity);
  return [...out].map(([text, holders]) => ({ text, holders }));
}

interface Hit {
  needle: number;
  range: Range;
}

function needleHits(text: string, needles: Needle[]): Hit[] {
  const { text: norm, map } = normalizeWithMap(text);
  const hits: Hit[] = [];
  needles.forEach((needle, i) => {
    for (const at of occurrences(norm, needle.text)) {
      const lastIndex = map[at + needle.text.length - 1]!;
      const lastChar = String.fromCodePoint(text.codePointAt(lastIndex)!);
      hits.push({ needle: i, range: { start: map[at]!, end: lastIndex + lastChar.length } });
    }
  });
  return hits;
}

/** The writings of `needles` that occur in `text`, longest first (what the policy page marks). */
export function heldNeedles(text: string, needles: Needle[]): string[] {
  const held = new Set(needleHits(text, needles).map((h) => needles[h.needle]!.text));
  return [...held].sort((a, b) => b.length - a.length);
}

/**
 * A result's excerpt: every occurrence of every needle marked (inside longer words too: 补贴 in
 * 补贴力度), the window of about `length` characters centred on the rarest needle the text holds
 * — the word that explains why this clause, not the others, came up — and, among that needle's
 * occurrences, on the one whose window shows the most other needles (the earliest on a tie).
 * Rarest: fewest holders, then the longer writing, then the earlier in the text. A text without
 * any needle is shown from its start.
 */
export function snippet(text: string, needles: Needle[], length = 110): Segment[] {
  const hits = needleHits(text, needles);
  const ranges = mergeRanges(hits.map((h) => h.range));
  if (text.length <= length || !hits.length) return cut(text, ranges, 0, Math.min(text.length, length));
  const rarity = (h: Hit) => needles[h.needle]!;
  const rarest = hits.reduce((best, h) => {
    const a = rarity(h);
    const b = rarity(best);
    if (a.holders !== b.holders) return a.holders < b.holders ? h : best;
    if (a.text.length !== b.text.length) return a.text.length > b.text.length ? h : best;
    return h.range.start < best.range.start ? h : best;
  });
  const windowAt = (h: Hit) => {
    const size = h.range.end - h.range.start;
    const from = Math.max(0, Math.min(h.range.start - Math.floor((length - size) / 2), text.length - length));
    return { from, to: from + length };
  };
  let focus = rarest;
  let shown = -1;
  for (const h of hits) {
    if (h.needle !== rarest.needle) continue;
    const { from, to } = windowAt(h);
    const inside = new Set(hits.filter((o) => o.range.start >= from && o.range.end <= to).map((o) => o.needle)).size;
    if (inside > shown || (inside === shown && h.range.start < focus.range.start)) {
      focus = h;
      shown = inside;
    }
  }
  const { from, to } = windowAt(focus);
  return cut(text, ranges, from, to);
}
