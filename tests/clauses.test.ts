/**
 * Clause coverage and contract 1: on each policy page every clause is one element with
 * id = data-clause = its ID; the counts match what the source's own numbering defines; the
 * element's text is the clause's verbatim text; IDs are unique and listed in the manifest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../src/lib/clauses/extract.ts';
import { kindOf } from '../src/lib/clauses/ids.ts';
import { builtPage, contentFiles } from './helpers/site.ts';
import { ROOT } from './helpers/paths.ts';

const squash = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'tests/clause-ids.manifest.json'), 'utf8')) as Record<
  string,
  string[]
>;

/**
 * Numbered units counted straight from the source lines with plain patterns, independently of
 * the importer: sections 一、, items （一）, 专栏N, and numbered points 1. outside tables.
 */
function sourceNumbering(source: string) {
  const lines = source
    .split('\n')
    .filter((l) => !l.includes('\t'))
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    section: lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length,
    item: lines.filter((l) => /^[（(][一二三四五六七八九十]+[）)]/.test(l)).length,
    box: lines.filter((l) => /^专栏\s*\d+/.test(l)).length,
    point: lines.filter((l) => /^\d{1,2}\s*[.．]/.test(l)).length,
  };
}

/** Expected table rows, per the issue and the sources: Kunshan 22, High-tech Zone 38, Taicang 13, Suzhou 38. */
const TABLE_ROWS: Record<string, number> = {
  'kunshan-nucleic-acid-cluster-worklist': 22,
  'suzhou-snd-meddevice-biomed-2020-2022': 38,
  'taicang-biomed-cluster-2025': 13,
  'suzhou-biomed-chain-2021-2023': 38,
  'wuxi-biomed-policy-opinions': 0,
};

describe.each(contentFiles().map((f) => [f.id, f] as const))('%s', (id, file) => {
  const page = builtPage(`/policies/${id}/`);
  const elements = page.querySelectorAll('[data-clause]');
  const ids = elements.map((el) => el.getAttribute('data-clause')!);
  const clauses = extractClauses(file.body);

  it('marks every clause with id = data-clause, once', () => {
    for (const el of elements) expect(el.getAttribute('id')).toBe(el.getAttribute('data-clause'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(clauses.map((c) => c.id));
  });

  it('has as many numbered clauses as the source numbering defines', () => {
    const counted = sourceNumbering(file.source);
    const kinds = ids.map((i) => kindOf(i));
    expect(kinds.filter((k) => k === 'section').length).toBe(counted.section);
    expect(kinds.filter((k) => k === 'item').length).toBe(counted.item);
    expect(kinds.filter((k) => k === 'box').length).toBe(counted.box);
    expect(kinds.filter((k) => k === 'point' || k === 'boxItem').length).toBe(counted.point);
    expect(kinds.filter((k) => k === 'row').length).toBe(TABLE_ROWS[id]);
  });

  it("gives each clause element the clause's verbatim text", () => {
    const sourceText = squash(file.source);
    for (const el of elements) {
      const clause = clauses.find((c) => c.id === el.id)!;
      expect(squash(el.text), el.id).toBe(squash(clause.text));
      // Table rows are cells joined; every other clause is a contiguous run of the source.
      if (clause.kind !== 'row' && clause.kind !== 'group' && clause.kind !== 'annex')
        expect(sourceText.includes(squash(clause.text)), el.id).toBe(true);
    }
  });

  it('keeps every clause ID of the manifest (npm run ids:update after a deliberate change)', () => {
    const expected = manifest[id] ?? [];
    const missing = expected.filter((x) => !ids.includes(x));
    const added = ids.filter((x) => !expected.includes(x));
    expect({ missing, added }).toEqual({ missing: [], added: [] });
  });
});

it('Wuxi has the 30 clauses （一）–（三十） in order, running on across sections', () => {
  const page = builtPage('/policies/wuxi-biomed-policy-opinions/');
  const items = page
    .querySelectorAll('[data-clause]')
    .map((e) => e.id)
    .filter((x) => kindOf(x) === 'item');
  expect(items.map((x) => Number(x.replace(/^s\d+-c/, '')))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
});
