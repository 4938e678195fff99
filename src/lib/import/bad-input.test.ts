/**
 * The importer on bad input (issue 21), as pure functions: what it refuses with which fix, and what
 * it takes — rules, paragraphs MDX would read as code, 100 and more items, mixed numbering, a
 * heading at the length limit — and a re-import that would leave the kept frontmatter dangling.
 * The same cases run through the real commands in tests/build/import-bad-input.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../clauses/extract.ts';
import { hasWords } from '../search/index-records.ts';
import { escapeMdx, toMdxBody } from './mdx.ts';
import { flattenClauses, parsePolicy } from './parse.ts';
import { ImportStop, planImport, readText, type Workspace } from './plan.ts';
import { clause, readFixture, readSource, ROOT } from './test-support.ts';

const badFixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/import-bad', name));
const vocab = (name: string) => readFileSync(resolve(ROOT, 'src/content/vocab', name), 'utf8');
const ws = (over: Partial<Workspace> = {}): Workspace => ({
  regionsYaml: vocab('regions.yaml'),
  departmentsYaml: vocab('departments.yaml'),
  existingMdx: null,
  existingSource: null,
  importingTheCopy: false,
  ...over,
});
const stopOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportStop) return error.message;
    throw error;
  }
  throw new Error('the import did not stop');
};

describe('readText', () => {
  it.each([
    ['', /the text is empty/],
    ['\n \u3000\r\n\t\n', /the text is empty/],
    ['————\n\n※※※\n', /no letter or digit/],
    ['一、总则\n企业\u0000应当\n', /line 2, column 3: the text holds U\+0000 \(NUL\).*delete it from the file/],
  ])('refuses %j', (text, message) => {
    expect(stopOf(() => readText(text))).toMatch(message);
  });

  it('returns the original bytes of a text that was not UTF-8, and none for UTF-8', () => {
    const gbk = badFixture('gbk-crlf.txt');
    const read = readText(new Uint8Array(gbk));
    expect(read.encoding).toBe('gb18030');
    expect(read.source).toBe(iconv.decode(gbk, 'gbk'));
    expect(Buffer.from(read.original!).equals(gbk)).toBe(true);
    expect(readText(readFixture('wuxi-fullwidth')).original).toBeNull();
  });
});

describe('planImport', () => {
  it('writes the UTF-8 copy and keeps the original beside it', () => {
    const gbk = new Uint8Array(badFixture('gbk-crlf.txt'));
    const p = planImport(gbk, { id: 'x-gbk', file: 'x.txt', region: 'wuxi' }, ws());
    expect(p.writes.map((w) => w.path).slice(0, 2)).toEqual(['sources/x-gbk.txt', 'sources/x-gbk.gb18030.txt']);
    expect(p.writes[0]!.content).toBe(iconv.decode(Buffer.from(gbk), 'gbk'));
    expect(p.writes[1]!.content).toBe(gbk);
    // A text replacing one that came in another encoding removes that original.
    const again = planImport(
      readFixture('wuxi-fullwidth'),
      { id: 'x-gbk', file: 'x.txt', region: 'wuxi', force: true },
      ws({ existingOriginals: ['sources/x-gbk.gb18030.txt'] }),
    );
    expect(again.removes).toEqual(['sources/x-gbk.gb18030.txt']);
  });

  it('refuses a multi-line --region-name or --title', () => {
    const text = readFixture('wuxi-fullwidth');
    expect(
      stopOf(() =>
        planImport(
          text,
          {
            id: 'x',
            file: 'x.txt',
            region: 'changzhou',
            regionName: '常州市\nlevel: province',
            regionParent: 'jiangsu',
          },
          ws(),
        ),
      ),
    ).toMatch(/--region-name holds a line break .* give it as one line/);
    expect(stopOf(() => planImport(text, { id: 'x', file: 'x.txt', title: 'a\u0000b' }, ws()))).toMatch(
      /--title holds/,
    );
  });

  it('refuses a re-import that leaves references of the kept frontmatter dangling, listing them', () => {
    const id = 'wuxi-biomed-policy-opinions';
    const existingMdx = readFileSync(resolve(ROOT, 'src/content/policies', `${id}.mdx`), 'utf8');
    const workspace = ws({ existingMdx, existingSource: readSource(id) });
    const message = stopOf(() =>
      planImport(readFixture('wuxi-fullwidth'), { id, file: 'x.txt', force: true }, workspace),
    );
    expect(message).toMatch(/would leave \d+ references of the frontmatter .* pointing at clauses or quotes/s);
    expect(message).toMatch(/subsidies\[\d+\] \(sub\d+\): clause "[a-z0-9-]+" does not exist/);
    expect(message).toMatch(/The published text stays as it is/);
    // The same text again resolves everything: nothing to refuse.
    expect(planImport(readSource(id), { id, file: 'x.txt' }, workspace).writes.at(-1)!.content).toBe(existingMdx);
  });
});

describe('parsePolicy on texts that once went wrong', () => {
  it('reads items numbered 100 and up as their own, not folded into 99', () => {
    const doc = parsePolicy(readFileSync(resolve(ROOT, 'tests/fixtures/import-bad/hundred-items.txt'), 'utf8'));
    const ids = flattenClauses(doc).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['s1-i99', 's1-i100', 's1-i102', 's2-c99', 's2-c100', 's2-c101']));
    expect(clause(doc, 's1-i99').children).toHaveLength(1);
    expect(doc.warnings).toEqual([]);
  });

  it('calls numbering that runs on in some sections and restarts in another nested', () => {
    const doc = parsePolicy(readFixture('running').replace('（五）加强人才引进', '（一）加强人才引进'));
    expect(doc.numbering).toBe('nested');
    const mixed = parsePolicy(readFileSync(resolve(ROOT, 'tests/fixtures/import-bad/drafts-kinds.txt'), 'utf8'));
    expect(mixed.numbering).toBe('nested');
    expect(parsePolicy(readFixture('running')).numbering).toBe('running');
  });

  it('takes a marker line of exactly 25 characters as a heading, and of 26 as text', () => {
    const at = (rest: string) => clause(parsePolicy(`一、总则\n（一）${rest}\n对企业给予支持。\n`), 's1-c1').heading;
    expect(at('一'.repeat(25))).toBe(`（一）${'一'.repeat(25)}`);
    expect(at('一'.repeat(26))).toBeNull();
  });

  it('warns when no line is numbered, and not when one is', () => {
    expect(parsePolicy('关于情况的通报\n\n今年以来，产业保持增长。\n').warnings).toEqual([
      expect.stringMatching(/^no numbered clause was found/),
    ]);
    expect(parsePolicy(readFixture('running')).warnings.join()).not.toMatch(/no numbered clause/);
  });
});

describe('the MDX body', () => {
  it.each(['import 药品应当备案。', 'export 业务给予奖励。', 'import\t药品', 'export{a} 企业', 'import* 原文'])(
    '%j stays text',
    (text) => {
      const body = toMdxBody([
        {
          type: 'clause',
          id: 'p1',
          kind: 'paragraph',
          n: 1,
          heading: null,
          children: [{ type: 'para', text, runs: [], line: 1 }],
          line: 1,
        },
      ]);
      expect(extractClauses(body)[0]!.ownText).toBe(text);
    },
  );

  it('leaves words that only start like import alone', () => {
    expect(escapeMdx('imported 药品')).toBe('imported 药品');
    expect(escapeMdx('药品 import')).toBe('药品 import');
  });
});

describe('hasWords: which clauses the search index gets', () => {
  it.each(['————', '※※※', '＊＊＊', '***', '☆☆☆', '……', '（）'])('%s has none', (t) => expect(hasWords(t)).toBe(false));
  it.each(['企业', '2025', 'a', '①', 'Ⅲ'])('%s has one', (t) => expect(hasWords(t)).toBe(true));
});
