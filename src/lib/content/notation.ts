/**
 * Numbers in content files must be written as plain decimals (500, 12.5, -3). YAML reads other
 * notations as numbers too — 0x1F4 as 500, 0o17 and 017 as 15, 0b101 as 5, 1e3 as 1000, .inf,
 * 1:30 as 90 (YAML 1.1) — and different readers read some of them differently (1_000 is 1000 to
 * one, the text "1_000" to the one Astro uses). A figure typed that way is a typo or a trap, never
 * what a policy text writes: zod sees only the number, so the notation is checked on the YAML text.
 */
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, type Document, type Node } from 'yaml';

/** A number written as a plain decimal: an optional minus, no leading zero, an optional fraction. */
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export interface NotationProblem {
  /** Path of the value in the YAML document: ['subsidies', 0, 'maxAmountWan']. */
  path: (string | number)[];
  /** Offset of the value in the YAML text. */
  offset: number;
  /** The value as written. */
  written: string;
  /** What a YAML reader makes of it. */
  read: number;
  message: string;
}

/** The number a plain scalar is read as by YAML 1.1 or 1.2, or null when both read something else. */
function asNumber(source: string): number | null {
  for (const version of ['1.1', '1.2'] as const) {
    let value: unknown;
    try {
      value = parse(source, { version });
    } catch {
      continue;
    }
    if (typeof value === 'number') return value;
  }
  return null;
}

/** Every number of a YAML document not written as a plain decimal, with its path and the fix. */
export function numberNotations(doc: Document | string): NotationProblem[] {
  const document = typeof doc === 'string' ? parseDocument(doc, { version: '1.1' }) : doc;
  const out: NotationProblem[] = [];
  const visit = (node: Node | null | undefined, path: (string | number)[]) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node | null, [...path, i]));
    } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') {
      const written = node.source;
      if (DECIMAL.test(written)) return;
      const read = asNumber(written);
      if (read === null) return;
      const plain = Number.isFinite(read) ? String(read) : null;
      out.push({
        path,
        offset: node.range?.[0] ?? 0,
        written,
        read,
        message: `${written} is not written as a decimal number (YAML reads it as ${String(read)}) — write ${plain ? `${plain}` : 'the figure'} as the text gives it, in plain digits (e.g. 500, 12.5); hexadecimal, octal, binary, exponents, underscores, signs and leading zeros are read differently by different YAML readers`,
      });
    }
  };
  visit(document.contents, []);
  return out;
}
