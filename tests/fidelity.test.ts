/**
 * Fidelity: every character of every source text (whitespace and the `**` bold markers of the
 * Markdown export aside) appears on the policy's page, in order, and nothing else does: the
 * text of the page's full-text article equals the source, character for character.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, contentFiles } from './helpers/site.ts';

const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');

/** Where two strings first differ, with context, so a failure says what to fix. */
function firstDifference(expected: string, actual: string): string | null {
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i])
      return `at character ${i}: source "…${expected.slice(Math.max(0, i - 15), i + 15)}…" vs page "…${actual.slice(Math.max(0, i - 15), i + 15)}…"`;
  }
  return expected.length === actual.length ? null : `lengths differ: source ${expected.length}, page ${actual.length}`;
}

describe.each(contentFiles().map((f) => [f.id, f] as const))('%s', (id, file) => {
  const page = builtPage(`/policies/${id}/`);
  const article = page.querySelector('article.policy-text');

  it('has the full-text article', () => {
    expect(article).not.toBeNull();
  });

  it('shows every character of the source, in order, and nothing else', () => {
    const source = normalise(file.source);
    const shown = normalise(article!.text);
    expect(source.length).toBeGreaterThan(1000);
    expect(firstDifference(source, shown)).toBeNull();
  });
});
