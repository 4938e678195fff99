/**
 * Bad input as a maintainer meets it (issue 21), through the real commands on a copy of the site
 * kept under git: every text the importer refuses exits non-zero with a message naming the problem
 * and the fix, and leaves `git status` clean; every text it takes — in GBK, GB18030, Big5 or
 * UTF-16, with rules standing as paragraphs, with paragraphs MDX would read as code, with 100 and
 * more items, in the styles the drafts must read — passes `npm run check:content` and
 * `astro build`, and its page shows the text as it is. Fixtures: tests/fixtures/import-bad/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const work = resolve(ROOT, 'test-output');
mkdirSync(work, { recursive: true });
const root = mkdtempSync(resolve(work, 'import-bad-'));
const dist = resolve(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FIXTURES = resolve(ROOT, 'tests/fixtures/import-bad');
const fixture = (name: string) => resolve(FIXTURES, name);
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const importText = (file: string, ...flags: string[]) => run(['scripts/import.ts', file, ...flags]);
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const status = () => git('status', '--porcelain', '--untracked-files=all');

/** Texts the importer takes, each with the region flag a maintainer passes (the Big5 text names 無錫市). */
const ACCEPTED = [
  { file: 'gbk-crlf.txt', id: 'enc-gbk', encoding: 'gb18030' },
  { file: 'gb18030.txt', id: 'enc-gb18030', encoding: 'gb18030' },
  { file: 'big5.txt', id: 'enc-big5', encoding: 'big5' },
  { file: 'utf16le-bom.txt', id: 'enc-utf16le', encoding: 'utf-16le' },
  { file: 'utf16be.txt', id: 'enc-utf16be', encoding: 'utf-16be' },
  { file: 'rules.txt', id: 'rules', encoding: null },
  { file: 'mdx-traps.txt', id: 'mdx-traps', encoding: null },
  { file: 'hundred-items.txt', id: 'hundred-items', encoding: null },
  { file: 'drafts-kinds.txt', id: 'drafts-kinds', encoding: null },
  { file: 'no-numbering.txt', id: 'no-numbering', encoding: null },
] as const;

const imported = new Map<string, ReturnType<typeof run>>();
let check: ReturnType<typeof run>;
let buildError: unknown = null;

beforeAll(() => {
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sources', 'scripts', 'public'])
    cpSync(resolve(ROOT, entry), resolve(root, entry), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(root, 'node_modules'), 'dir');
  writeFileSync(resolve(root, '.gitignore'), 'node_modules\ndist\n.astro-cache\n');
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-qm', 'the site as published');
}, 120_000);

describe('refused: a non-zero exit, the problem and the fix, and nothing written', () => {
  const refused = (result: ReturnType<typeof run>, problem: RegExp, fix: RegExp) => {
    expect(result.status, result.stdout + result.stderr).not.toBe(0);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(fix);
    expect(status()).toBe('');
  };

  it.each([
    ['empty.txt', /the text is empty/, /convert it again/],
    ['blank.txt', /the text is empty/, /convert it again/],
    ['rules-only.txt', /no letter or digit/, /check that the right file was saved/],
    ['nul.txt', /line 8, column 8: the text holds U\+0000 \(NUL\)/, /delete it from the file/],
    ['form-feed.txt', /line 11, column 1: the text holds U\+000C \(form feed/, /delete it from the file/],
    ['word.docx', /a ZIP archive \(a \.docx/, /save it as plain text in UTF-8/],
    ['unknown-encoding.txt', /neither UTF-8 nor a Chinese encoding/, /save it as plain text in UTF-8/],
  ])('%s', (file, problem, fix) => {
    refused(importText(fixture(file), '--id', 'refused-text', '--region', 'wuxi'), problem, fix);
  });

  it('a text over the size limit, read no further than its size', () => {
    // Forty copies of a fixture: 1.5 MB, a gazette's worth (a 20 MB text once took the build to 6 min).
    const big = resolve(root, '..', `${root.split('/').pop()}-big.txt`);
    writeFileSync(big, readFileSync(fixture('hundred-items.txt'), 'utf8').repeat(200));
    try {
      refused(
        importText(big, '--region', 'wuxi'),
        /the file is \d+\.\d MB; the importer takes texts up to 512 KB/,
        /import each document on its own/,
      );
    } finally {
      rmSync(big);
    }
  });

  it('a directory', () => {
    refused(importText(FIXTURES), /import-bad: is a directory/, /give the path of one \.txt policy text/);
  });

  it('a line break in --region-name or --title', () => {
    const flags = ['--id', 'changzhou-x', '--region', 'changzhou', '--region-parent', 'jiangsu'];
    refused(
      importText(fixture('drafts-kinds.txt'), ...flags, '--region-name', '常州市\nlevel: province'),
      /--region-name holds a line break/,
      /give it as one line/,
    );
    refused(
      importText(fixture('drafts-kinds.txt'), '--region', 'wuxi', '--title', '无锡市\n行动方案'),
      /--title holds a line break/,
      /give it as one line/,
    );
  });

  it('--force over a published text whose frontmatter cites clauses the new text lacks', () => {
    const result = importText(fixture('drafts-kinds.txt'), '--id', 'wuxi-biomed-policy-opinions', '--force');
    refused(
      result,
      /would leave \d+ references of the frontmatter of src\/content\/policies\/wuxi-biomed-policy-opinions\.mdx .* pointing at clauses or quotes the new text does not have/s,
      /The published text stays as it is\. Update or delete these entries/,
    );
    // It lists them, field by field.
    expect(result.stderr).toMatch(/subsidies\[\d+\] \(sub\d+\): clause "[a-z0-9-]+" does not exist/);
    expect(result.stderr).not.toMatch(/the site builds/);
  });

  it('a published text imported again from its copy changes nothing', () => {
    const result = importText('sources/wuxi-biomed-policy-opinions.txt');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/every clause the kept frontmatter cites is still there/);
    expect(status()).toBe('');
  });
});

describe('taken: imported, then check:content and the build pass', () => {
  beforeAll(async () => {
    for (const { file, id } of ACCEPTED) imported.set(id, importText(fixture(file), '--id', id, '--region', 'wuxi'));
    check = run(['scripts/check-content.ts']);
    const { build } = await import('astro');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await build({ root, outDir: dist, cacheDir: resolve(root, '.astro-cache'), logLevel: 'error' });
    } catch (error) {
      buildError = error;
    } finally {
      process.chdir(cwd);
    }
  }, 600_000);

  it.each(ACCEPTED.map((a) => [a.file, a] as const))('%s imports', (_, { id }) => {
    const result = imported.get(id)!;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`import: wrote src/content/policies/${id}.mdx`);
  });

  it('check:content finds no problem, and the build passes', () => {
    expect(check.stderr).not.toMatch(/^error/m);
    expect(check.status).toBe(0);
    expect(buildError === null ? null : String((buildError as Error).message)).toBeNull();
  });

  it.each(ACCEPTED.filter((a) => a.encoding).map((a) => [a.file, a] as const))(
    '%s: decoded into UTF-8, the original kept byte for byte beside the copy',
    (_, { file, id, encoding }) => {
      const copy = readFileSync(resolve(root, 'sources', `${id}.txt`));
      expect(new TextDecoder('utf-8', { fatal: true }).decode(copy)).toMatch(/支持新[药藥]研发|支持新藥研發/);
      expect(readFileSync(resolve(root, 'sources', `${id}.${encoding}.txt`)).equals(readFileSync(fixture(file)))).toBe(
        true,
      );
      expect(imported.get(id)!.stdout).toContain(`keeps the file as received, byte for byte`);
    },
  );

  it('the GBK text reads as the UTF-8 text it was made from, CRLF line ends and all', () => {
    const utf8 = readFileSync(resolve(ROOT, 'tests/fixtures/import/wuxi-fullwidth.txt'), 'utf8');
    expect(readFileSync(resolve(root, 'sources/enc-gbk.txt'), 'utf8')).toBe(utf8.replace(/\n/g, '\r\n'));
    expect(readFileSync(resolve(root, 'sources/enc-gb18030.txt'), 'utf8')).toContain('王䶮');
  });

  /** The text of a built policy page, and of its source, without whitespace. */
  const squash = (s: string) => s.replace(/\s+/g, '');
  const pageText = (id: string) => {
    const file = resolve(dist, 'policies', id, 'index.html');
    expect(existsSync(file), `${id} was built`).toBe(true);
    return parseHtml(readFileSync(file, 'utf8')).querySelector('article.policy-text')!.text;
  };

  it.each(['rules', 'mdx-traps', 'hundred-items', 'enc-big5', 'enc-utf16be'])(
    '%s: the page shows every character of the source as it is',
    (id) => {
      const source = readFileSync(resolve(root, 'sources', `${id}.txt`), 'utf8');
      expect(squash(pageText(id))).toBe(squash(source.replace(/^\uFEFF/, '')));
    },
  );

  it('rules stay text: ---, *** and ... are not turned into lines or typographic dashes', () => {
    const text = pageText('rules');
    for (const rule of ['————————————————', '※※※', '＊＊＊', '☆☆☆☆☆', '***', '---', '___', '==='])
      expect(text).toContain(rule);
    // A rule standing as a clause of its own (p2) is built, and left out of the search index.
    expect(existsSync(resolve(dist, 'policies/rules/p2/index.html'))).toBe(true);
  });

  it('paragraphs opening with import / export are text, not code', () => {
    const text = pageText('mdx-traps');
    expect(text).toContain('import 药品的企业应当依法办理进口备案手续。');
    expect(text).toContain('export 业务符合条件的，按出口额给予奖励。');
    expect(text).toContain('<div>按原文照录</div>');
    expect(text).toContain('<!-- 注释 -->');
  });

  it('items 100 and up keep their own numbers: 100. and （一百）', () => {
    const mdx = readFileSync(resolve(root, 'src/content/policies/hundred-items.mdx'), 'utf8');
    for (const id of ['s1-i99', 's1-i100', 's1-i102', 's2-c100', 's2-c101'])
      expect(mdx).toContain(`<Clause id="${id}">`);
    expect(imported.get('hundred-items')!.stderr).not.toMatch(/gap|repeats/);
    expect(pageText('hundred-items')).toContain('（一百零一）第101项专项行动按期完成。');
  });

  it('a text with no numbering imports, with the warning that says so', () => {
    expect(imported.get('no-numbering')!.stderr).toMatch(/warning: no numbered clause was found/);
  });

  it('drafts the kinds the drafts must read', () => {
    const mdx = readFileSync(resolve(root, 'src/content/policies/drafts-kinds.mdx'), 'utf8');
    const data = parseYaml(mdx.match(/^---\n([\s\S]*?)\n---\n/)![1]!, { version: '1.1' }) as {
      numbering: string;
      drafts: {
        subsidies: { clause: string; amountsWan: number[]; annualCapWan: number | null }[];
        targets: { clause: string; targetYear: number; targetValue: number }[];
      };
    };
    // （一）（二） | （三） | （四） | （一）: running on twice, restarting once — not running numbering.
    expect(data.numbering).toBe('nested');
    // A heading exactly 25 characters long is a heading; 26 characters is text.
    expect(mdx).toMatch(/<Heading level=\{3\}>（三）重点实验室与临床试验机构协同创新共享的科研设施平台<\/Heading>/);
    expect(mdx).toMatch(/<Clause id="s3-c4">\n\n（四）推动重点实验室与临床试验机构协同创新共享科研设施平台\n/);
    // 每年给予最高100万元奖励 grants 100万元 a year: an amount, not a per-entity cap.
    expect(data.drafts.subsidies.find((s) => s.clause === 's2-c3')).toMatchObject({
      amountsWan: [100],
      annualCapWan: null,
    });
    // 到2023年，…突破800亿元，到2025年，…1000亿元; 到2025年底，…500家.
    expect(data.drafts.targets.map((t) => [t.clause, t.targetYear, t.targetValue])).toEqual([
      ['s1-c1', 2023, 800],
      ['s1-c1', 2025, 1000],
      ['s1-c2', 2025, 500],
    ]);
  });
});

describe('check:content finds what would break the build, or publish something wrong', () => {
  it('a frontmatter with impossible dates, implausible years and numbers not written as decimals', () => {
    const file = resolve(root, 'src/content/policies/zz-implausible.mdx');
    cpSync(resolve(ROOT, 'tests/fixtures/bad-content/implausible-values.mdx'), file);
    try {
      const result = run(['scripts/check-content.ts']);
      expect(result.status).toBe(1);
      for (const line of [
        /zz-implausible\.mdx:8 {2}dateWritten {2}"2023-02-30" is not a day of the calendar/,
        /zz-implausible\.mdx:11 {2}validUntil {2}"2025-13-45" is not a day of the calendar/,
        /zz-implausible\.mdx:10 {2}period\.start {2}-2023 is not a plausible year \(1900–2100\)/,
        /zz-implausible\.mdx:20 {2}targets\[0\]\.targetYear {2}20250 is not a plausible year/,
        /zz-implausible\.mdx:21 {2}targets\[0\]\.targetValue {2}0x1F4 is not written as a decimal number \(YAML reads it as 500\) — write 500/,
        /zz-implausible\.mdx:30 {2}subsidies\[0\]\.maxAmountWan {2}1e3 is not written as a decimal number/,
        /zz-implausible\.mdx:31 {2}subsidies\[0\]\.annualCapWan {2}0o17 is not written as a decimal number/,
      ])
        expect(result.stderr).toMatch(line);
    } finally {
      rmSync(file);
    }
  });

  it('a rate above 100 % that its quote does not write', () => {
    const file = resolve(root, 'src/content/policies/zz-rate.mdx');
    cpSync(resolve(ROOT, 'tests/fixtures/bad-content/rate-over-100.mdx'), file);
    try {
      const result = run(['scripts/check-content.ts']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /zz-rate\.mdx:\d+ {2}subsidies\[0\]\.ratePct {2}150 % is above 100 %.*write 15 for 15%/,
      );
    } finally {
      rmSync(file);
    }
  });

  it('a source copied into sources/ in GBK, and an original that is not the copy’s', () => {
    const raw = resolve(root, 'sources/raw-gbk.txt');
    const stale = resolve(root, 'sources/wuxi-biomed-policy-opinions.gb18030.txt');
    cpSync(fixture('gbk-crlf.txt'), raw);
    cpSync(fixture('gbk-crlf.txt'), stale);
    try {
      const result = run(['scripts/check-content.ts']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /sources\/raw-gbk\.txt {2}is not UTF-8 \(it reads as GB18030\) — .*run npm run import -- sources\/raw-gbk\.txt/,
      );
      expect(result.stderr).toMatch(
        /sources\/wuxi-biomed-policy-opinions\.gb18030\.txt {2}does not decode \(as GB18030\) to the text of sources\/wuxi-biomed-policy-opinions\.txt/,
      );
    } finally {
      rmSync(raw);
      rmSync(stale);
    }
  });
});
