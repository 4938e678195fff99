import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/import/parse.ts';
import { generateSite } from './generate.ts';
import { Random } from './generate-random.ts';
import { departmentsOf, regionPool } from './generate-regions.ts';
import { generateText, type TextContext } from './generate-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'scale-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const region = regionPool(1).find((r) => r.level === 'district')!;
const deps = departmentsOf(region);
const ctx: TextContext = {
  region,
  units: { long: deps.map((d) => d.aliases[0]!), short: deps.map((d) => d.aliases.at(-1)!) },
  year: 2024,
};

describe('generateText', () => {
  it('writes the same text for the same seed, and another for another seed', () => {
    const a = generateText(Random.for(7, 'policy-1'), ctx);
    expect(generateText(Random.for(7, 'policy-1'), ctx)).toEqual(a);
    expect(generateText(Random.for(8, 'policy-1'), ctx).source).not.toBe(a.source);
  });

  it('varies the structure as the texts of this family do, and the importer reads every one without a warning', () => {
    const texts = Array.from({ length: 60 }, (_, k) => generateText(Random.for(3, `policy-${k}`), ctx));
    expect(new Set(texts.map((t) => t.style))).toEqual(new Set(['plan', 'opinions', 'measures', 'worklist']));
    const all = texts.map((t) => t.source).join('\n');
    for (const mark of ['一是', '专栏1', '第一章', '第一条', '附件1', '\t序号', '的通知', '（1）', '〔责任单位：'])
      expect(all, mark).toContain(mark);
    for (const t of texts) expect(parsePolicy(t.source).warnings, t.title).toEqual([]);
    expect(texts.filter((t) => parsePolicy(t.source).numbering === 'running').length).toBeGreaterThan(0);
  });

  it('plants support provisions and targets with their figures in the words it quotes', () => {
    const t = generateText(Random.for(5, 'policy-2'), ctx);
    expect(t.subsidies.length).toBeGreaterThan(0);
    for (const s of t.subsidies) {
      expect(t.source.replace(/\s/g, '')).toContain(s.quote.replace(/\s/g, ''));
      if (s.data.maxAmountWan) expect(s.quote).toMatch(/\d+(?:万元|亿元)/);
    }
  });
});

describe('generateSite', () => {
  it('imports the generated texts into a site copy whose content passes the content and figure checks', () => {
    const report = generateSite({ root: ROOT, out: join(tmp, 'a'), policies: 14, seed: 11 });
    expect(report.generated).toBe(9);
    expect(Object.values(report.styles).reduce((a, b) => a + b, 0)).toBe(9);
    expect(report.subsidies).toBeGreaterThan(172);
    // The importer drafted the metadata the texts state (title, 文号, dates …) for nearly all of them.
    expect(report.importer.title).toBeGreaterThanOrEqual(8);
    const policies = readdirSync(join(tmp, 'a/src/content/policies'));
    expect(policies).toHaveLength(14);
    const regions = readFileSync(join(tmp, 'a/src/content/vocab/regions.yaml'), 'utf8');
    expect(regions).toContain(`id: ${'suzhou'}`);
    expect(regions.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThan(6);
  });

  it('makes a smaller corpus a prefix of a larger one with the same seed', () => {
    generateSite({ root: ROOT, out: join(tmp, 'b'), policies: 10, seed: 11, check: false });
    const small = readdirSync(join(tmp, 'b/sources')).sort();
    const large = readdirSync(join(tmp, 'a/sources'));
    expect(small.every((f) => large.includes(f))).toBe(true);
    for (const f of small)
      expect(readFileSync(join(tmp, 'b/sources', f), 'utf8')).toBe(readFileSync(join(tmp, 'a/sources', f), 'utf8'));
  });
});
