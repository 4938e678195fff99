/**
 * Turns what a reader typed into (1) the terms a clause must contain to be an exact match and
 * (2) the query string handed to Pagefind.
 *
 * Pagefind's extended build indexes every pair of adjacent Han characters (and, through the
 * `chars` metadata field written by our indexer, every single Han character of a clause). So a
 * query made of the term's overlapping pairs — 三类医疗器械 → 三类 类医 医疗 疗器 器械 — finds
 * every clause containing the term, however the indexer's word segmenter cut the text
 * (第三类|医疗器械 vs 三类|医疗|器械). Pagefind requires every query word, so the result is a
 * small superset: clauses holding all pairs, which ranking then splits into exact and partial.
 */
import { BOUNDARY, isAlnum, isHan, normalize } from './normalize.ts';

export interface ParsedQuery {
  /** What the reader typed, trimmed. */
  raw: string;
  /** Normalised terms (split on whitespace), unique, in typed order. */
  terms: string[];
  /** Pagefind tokens: Han pairs (or the single character), whole letter/digit runs. */
  tokens: string[];
  /** Query string for Pagefind (tokens joined by spaces); empty when nothing is searchable. */
  pagefind: string;
}

/** Quotation marks around a term (readers wrap phrases in them); quotes inside a term are text (加大“三首”支持). */
const WRAPPING_QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/gu;
/** Cap on Pagefind tokens: a pasted paragraph still searches, on a spread of its pairs. */
export const MAX_TOKENS = 32;
export const MAX_QUERY_LENGTH = 200;

/** Pagefind tokens for one normalised term. */
export function termTokens(term: string): string[] {
  const tokens: string[] = [];
  const chars = [...term];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (isHan(ch)) {
      let j = i;
      while (j < chars.length && isHan(chars[j]!)) j++;
      const run = chars.slice(i, j);
      if (run.length === 1) tokens.push(run[0]!);
      else for (let k = 0; k + 1 < run.length; k++) tokens.push(run[k]! + run[k + 1]!);
      i = j;
    } else if (isAlnum(ch)) {
      let j = i;
      while (j < chars.length && isAlnum(chars[j])) j++;
      tokens.push(chars.slice(i, j).join(''));
      i = j;
    } else {
      i++;
    }
  }
  return tokens;
}

/** Evenly spread selection of at most `max` items, first and last kept. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(items[Math.round((k * (items.length - 1)) / (max - 1))]!);
  return [...new Set(out)];
}

export function parseQuery(input: string): ParsedQuery {
  const raw = input.slice(0, MAX_QUERY_LENGTH).trim();
  const terms: string[] = [];
  for (const part of raw.split(/\s+/u)) {
    const term = normalize(part.replaceAll(BOUNDARY, '')).replace(WRAPPING_QUOTES, '');
    // A term with nothing searchable in it (only punctuation) cannot be matched or looked up.
    if (term && termTokens(term).length && !terms.includes(term)) terms.push(term);
  }
  const tokens = spread([...new Set(terms.flatMap(termTokens))], MAX_TOKENS);
  return { raw, terms, tokens, pagefind: tokens.join(' ') };
}
