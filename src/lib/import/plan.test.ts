import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../schemas/policy.ts';
import { departmentSchema, regionSchema } from '../../schemas/vocab.ts';
import { ImportError } from './parse.ts';
import { DEPARTMENTS_FILE, ImportStop, planImport, REGIONS_FILE, type ImportOptions, type Workspace } from './plan.ts';
import { readFixture, ROOT } from './test-support.ts';

const vocab = (name: string) => readFileSync(resolve(ROOT, 'src/content/vocab', name), 'utf8');
const fresh = (over: Partial<Workspace> = {}): Workspace => ({
  regionsYaml: vocab('regions.yaml'),
  departmentsYaml: vocab('departments.yaml'),
  existingMdx: null,
  existingSource: null,
  importingTheCopy: false,
  ...over,
});
const plan = (fixture: string, options: Partial<ImportOptions> = {}, ws = fresh()) =>
  planImport(readFixture(fixture), { id: 'x-policy', file: `tests/fixtures/import/${fixture}.txt`, ...options }, ws);
const written = (p: ReturnType<typeof plan>, path: string) =>
  p.writes.find((w) => w.path === path)?.content as string | undefined;
const frontmatterOf = (mdx: string) => parse(mdx.match(/^---\n([\s\S]*?)\n---\n/)![1]!, { version: '1.1' });
const stopOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportStop || error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('the import did not stop');
};

describe('a new policy of a new region', () => {
  const p = plan('changzhou-ascii', {
    id: 'changzhou-biomed-measures',
    region: 'changzhou',
    regionName: '常州市',
    regionParent: 'jiangsu',
  });

  it('writes the source copy, the new region, the draft departments, then the MDX file', () => {
    expect(p.writes.map((w) => w.path)).toEqual([
      'sources/changzhou-biomed-measures.txt',
      REGIONS_FILE,
      DEPARTMENTS_FILE,
      'src/content/policies/changzhou-biomed-measures.mdx',
    ]);
    expect(written(p, 'sources/changzhou-biomed-measures.txt')).toBe(readFixture('changzhou-ascii'));
  });

  it('appends the region to regions.yaml, which stays valid and keeps its text', () => {
    const text = written(p, REGIONS_FILE)!;
    expect(text.startsWith(vocab('regions.yaml'))).toBe(true);
    const entries = (parse(text, { version: '1.1' }) as unknown[]).map((e) => regionSchema.parse(e));
    expect(entries.at(-1)).toEqual({
      id: 'changzhou',
      name: '常州市',
      parent: 'jiangsu',
      level: 'city',
      order: 7,
      aliases: [],
    });
  });

  it('appends a draft department for every unit no department matches, never a role label', () => {
    const text = written(p, DEPARTMENTS_FILE)!;
    expect(text.startsWith(vocab('departments.yaml'))).toBe(true);
    const entries = (parse(text, { version: '1.1' }) as unknown[]).map((e) => departmentSchema.parse(e));
    const drafts = entries.filter((d) => d.draft);
    expect(drafts).toEqual(p.draftDepartments);
    expect(drafts.map((d) => d.aliases[0])).toEqual([
      '市科技局',
      '市发改委',
      '市财政局',
      '市市场监管局',
      '市工信局',
      '市医保局',
      '各辖市、区人民政府',
      '市金融监管局',
      '市国资委',
      '市委人才办',
      '市人社局',
    ]);
    expect(drafts.every((d) => d.region === 'changzhou' && d.name.startsWith('常州市'))).toBe(true);
    expect(new Set(entries.map((d) => d.id)).size).toBe(entries.length);
  });

  it('drafts a frontmatter the schema accepts as it stands, marked draft', () => {
    const data = policySchema.parse(frontmatterOf(written(p, 'src/content/policies/changzhou-biomed-measures.mdx')!));
    expect(data).toMatchObject({
      draft: true,
      title: '常州市促进生物医药产业高质量发展若干政策措施',
      region: 'changzhou',
      kind: '政策措施',
      source: 'changzhou-biomed-measures.txt',
      targets: [],
      subsidies: [],
    });
    expect(data.drafts?.subsidies.find((s) => s.clause === 's1-c1')?.departments).toEqual([
      'changzhou-kjj',
      'changzhou-fgw',
      'changzhou-czj',
    ]);
    expect(p.drafted).toMatchObject({ titleFrom: 'text' });
  });
});

describe('the title of a new policy', () => {
  it('is the text’s, else the one given with --title, else the file name’s, else a stand-in that says so', () => {
    expect(plan('no-title-kunshan').drafted).toMatchObject({
      title: '标题未载明（x-policy）',
      titleFrom: 'stand-in',
    });
    expect(plan('no-title-kunshan', { title: '昆山市关于支持生物医药企业创新发展的若干措施' }).drafted).toMatchObject({
      title: '昆山市关于支持生物医药企业创新发展的若干措施',
      titleFrom: 'option',
    });
    const named = plan('no-title-kunshan', { file: '/tmp/昆山市支持生物医药企业创新发展若干措施.txt' });
    expect(named.drafted).toMatchObject({ title: '昆山市支持生物医药企业创新发展若干措施', titleFrom: 'file name' });
    const data = frontmatterOf(named.writes.at(-1)!.content as string);
    expect(data).toMatchObject({ kind: '若干措施', region: 'kunshan', draft: true });
  });
});

describe('the region', () => {
  it('is read from the text’s title or signature when not given', () => {
    expect(plan('no-title-kunshan')).toMatchObject({ region: 'kunshan', regionFrom: 'text', newRegion: null });
    expect(plan('wuxi-fullwidth')).toMatchObject({ region: 'wuxi', regionFrom: 'text' });
  });

  it('stops, naming the flags to pass, when the text names no known region', () => {
    expect(stopOf(() => plan('changzhou-ascii'))).toMatch(
      /title and issuers name no region of src\/content\/vocab\/regions\.yaml — pass --region <id> \(one of: jiangsu, suzhou, taicang, kunshan, snd, wuxi\), or for a new region --region <id> --region-name <name> --region-parent <id>/,
    );
    expect(stopOf(() => plan('changzhou-ascii', { region: 'changzhou' }))).toMatch(
      /region "changzhou" is not in .*regions\.yaml — to add it, pass its name and enclosing region too, e\.g\. --region changzhou --region-name 常州市 --region-parent jiangsu/,
    );
    expect(stopOf(() => plan('changzhou-ascii', { regionName: '常州市', regionParent: 'jiangsu' }))).toMatch(
      /--region-name, --region-parent and --region-level describe the region of --region <id>: pass it too/,
    );
    expect(stopOf(() => plan('wuxi-fullwidth', { region: 'wuxi', regionName: '无锡' }))).toMatch(
      /region "wuxi" exists as 无锡市, not 无锡/,
    );
  });

  it('uses a known region as given, without writing regions.yaml', () => {
    const p = plan('wuxi-fullwidth', { region: 'wuxi', regionName: '无锡市', regionParent: 'jiangsu' });
    expect(p).toMatchObject({ region: 'wuxi', regionFrom: 'option', newRegion: null });
    expect(p.writes.map((w) => w.path)).not.toContain(REGIONS_FILE);
  });
});

describe('a re-import', () => {
  const first = plan('no-title-kunshan', { id: 'kunshan-measures' });
  const mdx = first.writes.at(-1)!.content as string;
  const reviewed = mdx.replace('draft: true\n', '').replace(/标题未载明（kunshan-measures）/g, '昆山市若干措施');

  it('keeps the frontmatter and its region, and regenerates the body', () => {
    const again = plan(
      'no-title-kunshan',
      { id: 'kunshan-measures' },
      fresh({ existingMdx: reviewed, existingSource: readFixture('no-title-kunshan') }),
    );
    expect(again.regionFrom).toBe('frontmatter');
    expect(again.drafted).toBeNull();
    expect(again.writes.at(-1)!.content).toBe(reviewed);
    // The source copy is the same text: not written again.
    expect(again.writes.map((w) => w.path)).not.toContain('sources/kunshan-measures.txt');
  });

  it('stops when the region given differs from the frontmatter’s, or the copy in sources/ is another text', () => {
    expect(
      stopOf(() =>
        plan('no-title-kunshan', { id: 'kunshan-measures', region: 'suzhou' }, fresh({ existingMdx: reviewed })),
      ),
    ).toMatch(/has region: kunshan; a re-import keeps the frontmatter — change region: there/);
    expect(
      stopOf(() => plan('no-title-kunshan', { id: 'kunshan-measures' }, fresh({ existingSource: 'other' }))),
    ).toMatch(/sources\/kunshan-measures\.txt exists with other text — pass --force to replace it/);
    expect(
      plan('no-title-kunshan', { id: 'kunshan-measures', force: true }, fresh({ existingSource: 'other' })).writes[0]!
        .path,
    ).toBe('sources/kunshan-measures.txt');
  });

  it('is idempotent: run again with the same flags, it adds no region or department twice', () => {
    const options = {
      id: 'changzhou-biomed-measures',
      region: 'changzhou',
      regionName: '常州市',
      regionParent: 'jiangsu',
    };
    const once = plan('changzhou-ascii', options);
    const after = (path: string) => written(once, path)!;
    const again = plan(
      'changzhou-ascii',
      options,
      fresh({
        regionsYaml: after(REGIONS_FILE),
        departmentsYaml: after(DEPARTMENTS_FILE),
        existingMdx: after('src/content/policies/changzhou-biomed-measures.mdx'),
        existingSource: readFixture('changzhou-ascii'),
      }),
    );
    expect(again).toMatchObject({ regionFrom: 'option', newRegion: null, draftDepartments: [] });
    expect(again.writes.map((w) => w.path)).toEqual(['src/content/policies/changzhou-biomed-measures.mdx']);
    expect(again.writes[0]!.content).toBe(after('src/content/policies/changzhou-biomed-measures.mdx'));
  });

  it('writes no source copy when importing the copy itself', () => {
    const p = plan('no-title-kunshan', { id: 'kunshan-measures' }, fresh({ importingTheCopy: true }));
    expect(p.writes.map((w) => w.path)).not.toContain('sources/kunshan-measures.txt');
  });
});

describe('a text saved on Windows', () => {
  it('imports with a byte-order mark and CRLF line ends as it does without them', () => {
    const unix = plan('changzhou-ascii', { region: 'changzhou', regionName: '常州市', regionParent: 'jiangsu' });
    const windows = planImport(
      `\uFEFF${readFixture('changzhou-ascii').replace(/\n/g, '\r\n')}`,
      { id: 'x-policy', file: 'x.txt', region: 'changzhou', regionName: '常州市', regionParent: 'jiangsu' },
      fresh(),
    );
    const mdx = (p: ReturnType<typeof plan>) => p.writes.at(-1)!.content;
    expect(mdx(windows)).toBe(mdx(unix));
    expect(windows.draftDepartments).toEqual(unix.draftDepartments);
  });
});

describe('what stops an import before anything is written', () => {
  it('an ID that is not a slug, a malformed text, a broken vocabulary', () => {
    expect(stopOf(() => plan('wuxi-fullwidth', { id: 'Wuxi_2024' }))).toMatch(
      /policy ID "Wuxi_2024" is not a lower-case ASCII slug/,
    );
    expect(stopOf(() => plan('malformed-duplicate', { region: 'wuxi' }))).toMatch(/^line 6: （二） under s1 repeats/);
    expect(stopOf(() => plan('wuxi-fullwidth', {}, fresh({ regionsYaml: '- { id: wuxi' })))).toMatch(
      /^src\/content\/vocab\/regions\.yaml: /,
    );
  });
});
