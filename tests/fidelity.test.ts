/**
 * Fidelity: every character of every source text (whitespace and the `**` bold markers of the
 * Markdown export aside) appears on the policy's page, in order, and nothing else does: the
 * text of the page's full-text article equals the source, character for character.
 *
 * One exception, stated here: a table's header row that the printed page repeated after a page
 * break (Suzhou's 任务分工表 repeats 十大工程 专栏任务 牵头单位 twice) is a page artefact, not data,
 * and is not rendered. Such a line — tab-separated cells equal to the first line of the same
 * table — is removed from the source before comparing; the test checks that only such lines are.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, contentFiles } from './helpers/site.ts';

const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');

const cellsOf = (line: string) =>
  line
    .split('\t')
    .map((c) => c.trim())
    .filter(Boolean)
    .join('|');

/** The source without the header rows repeated inside their table, and those rows (the documented exception). */
function withoutRepeatedHeaders(source: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  let header: string | null = null;
  const kept = source.split('\n').filter((line) => {
    if (!line.includes('\t')) {
      if (line.trim()) header = null;
      return true;
    }
    if (header === null) header = cellsOf(line);
    else if (cellsOf(line) === header) {
      dropped.push(cellsOf(line));
      return false;
    }
    return true;
  });
  return { text: kept.join('\n'), dropped };
}

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
    const source = normalise(withoutRepeatedHeaders(file.source).text);
    const shown = normalise(article!.text);
    expect(source.length).toBeGreaterThan(1000);
    expect(firstDifference(source, shown)).toBeNull();
  });

  it('leaves out only header rows a page break repeated, each shown once as the table header', () => {
    const { dropped } = withoutRepeatedHeaders(file.source);
    const headers = page.querySelectorAll('article.policy-text thead tr').map((tr) => normalise(tr.text));
    for (const row of dropped) expect(headers).toContain(normalise(row.replace(/\|/g, '')));
    expect(dropped.length).toBe(id === 'suzhou-biomed-chain-2021-2023' ? 2 : 0);
  });
});
