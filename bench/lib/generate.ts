/**
 * Generates a copy of the site with N policies for the scale benchmark (npm run bench -- --scale N):
 * the five real policies plus N − 5 generated ones, deterministic for a seed.
 *
 * Each generated policy goes through the real import path, the way a maintainer adds one
 * (CONTRIBUTING.md "Adding a policy"): its plain text (bench/lib/generate-text.ts) is parsed by
 * the importer (src/lib/import: parsePolicy, toMdxBody), its frontmatter drafted by the importer
 * (draftFrontmatter: title, 文号, issuers, dates, period, validity, region), and then "reviewed":
 * the support provisions and targets planted in the text become `subsidies:` and `targets:`
 * citing the clause the import gave them, with their figures as written. New regions and their
 * departments are added to the copy's vocabularies. The copy is then checked like the real
 * content (checkContent, as `npm run check:content` does, and the figure checks of
 * src/lib/data/integrity.ts), so the build sees valid content and exercises the real validation.
 *
 * Output: <out>/ with src/, public/, sources/, the config files and node_modules/ (links to the
 * repository's packages, with its own .astro content store);
 * `astro build` runs there. Nothing is written to the repository's own content.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { extractClauses, type ExtractedClause } from '../../src/lib/clauses/extract.ts';
import { checkContent, describeProblem } from '../../src/lib/content/content-check.ts';
import { checkFigures } from '../../src/lib/data/integrity.ts';
import { loadContent } from '../../src/lib/data/load-content.ts';
import { draftFrontmatter } from '../../src/lib/import/frontmatter.ts';
import { toMdxBody } from '../../src/lib/import/mdx.ts';
import { flattenClauses, ImportError, parsePolicy } from '../../src/lib/import/parse.ts';
import { matchDepartment, regionRefs, type DepartmentEntry } from '../../src/lib/responsible-units.ts';
import { regionChain, type RegionEntry } from '../../src/lib/model.ts';
import { Random } from './generate-random.ts';
import { departmentsOf, EXISTING_REGIONS, regionPool, type GenRegion } from './generate-regions.ts';
import { generateText, type GeneratedText, type Style } from './generate-text.ts';

export interface GenerateOptions {
  /** The repository (source of the site and its five policies). */
  root: string;
  /** Where the copy goes; replaced. */
  out: string;
  /** Policies in the corpus, the five real ones included (≥ 5). */
  policies: number;
  seed?: number;
  /** Run checkContent and the figure checks on the result (default true). */
  check?: boolean;
}

export interface GenerateReport {
  policies: number;
  generated: number;
  regions: number;
  departments: number;
  clauses: number;
  subsidies: number;
  targets: number;
  sourceBytes: number;
  styles: Record<Style, number>;
  /** How often the importer's drafted metadata matched what the text states. */
  importer: {
    title: number;
    kind: number;
    docNumber: number;
    issuers: number;
    dateWritten: number;
    validUntil: number;
    period: number;
    /** policy: field (drafted / as the text states it), for the fields the importer read otherwise. */
    misses: string[];
  };
  /** Support provisions and targets the importer proposed under drafts: (a maintainer's starting point). */
  drafts: { subsidies: number; targets: number };
  ms: { generate: number; check: number };
}

const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
export const DEFAULT_SEED = 20261123;

const squash = (s: string) => s.replace(/\s+/g, '');

/** How many generated policies a region gets: successive plans, opinions and lists over the years. */
const groupSize = (seed: number, slot: number) => Random.for(seed, `slot-${slot}`).int(1, 8);

interface Placement {
  region: GenRegion;
  /** Position among the region's generated policies, from 0. */
  nth: number;
  slot: number;
}

/** Where generated policy k belongs: each region of the pool takes a few in turn; every 20th goes to a region the site already has. */
function placements(seed: number, count: number, pool: GenRegion[], existing: Map<string, GenRegion>): Placement[] {
  const out: Placement[] = [];
  const slots = pool.filter((r) => r.level !== 'province');
  let slot = 0;
  let nth = 0;
  const perExisting = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    if (k % 20 === 19) {
      const id = EXISTING_REGIONS[Math.floor(k / 20) % EXISTING_REGIONS.length]!;
      const n = perExisting.get(id) ?? 0;
      perExisting.set(id, n + 1);
      out.push({ region: existing.get(id)!, nth: n + 1, slot: -1 });
      continue;
    }
    if (nth >= groupSize(seed, slot)) {
      slot = (slot + 1) % slots.length;
      nth = 0;
    }
    out.push({ region: slots[slot]!, nth, slot });
    nth++;
  }
  return out;
}

/** The deepest clause whose own text (else whole text) contains `quote`. */
function clauseOf(clauses: ExtractedClause[], quote: string): ExtractedClause | undefined {
  const q = squash(quote);
  const own = clauses.filter((c) => squash(c.ownText).includes(q));
  if (own.length) return own[own.length - 1];
  const all = clauses.filter((c) => squash(c.text).includes(q));
  return all[all.length - 1];
}

const readYaml = <T>(file: string) => parseYaml(readFileSync(file, 'utf8')) as T[];

/** One YAML flow mapping per line, as the vocabulary files are written. */
const flowList = (header: string, items: object[]) =>
  `${header}\n${items.map((i) => `- ${stringify(i, { flow: true, lineWidth: 0 }).trim()}`).join('\n')}\n`;

export function generateSite(options: GenerateOptions): GenerateReport {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const { root, out } = options;
  if (!Number.isInteger(options.policies) || options.policies < 5)
    throw new Error(`generate: --scale must be a whole number ≥ 5 (the five real policies), got ${options.policies}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of SITE_FILES) cpSync(join(root, f), join(out, f), { recursive: true });
  cpSync(join(root, 'sources'), join(out, 'sources'), { recursive: true });
  // node_modules: a folder of links to the repository's packages, not one link to the folder.
  // Astro keeps its content store in node_modules/.astro/data-store.json (and Vite its cache in
  // node_modules/.vite): shared, a build of the repository running meanwhile replaced the copy's
  // content store, and the copy was built with the five real policies (seen at load 25).
  mkdirSync(join(out, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '.astro' && entry !== '.vite')
      symlinkSync(join(root, 'node_modules', entry), join(out, 'node_modules', entry));

  const vocabDir = join(out, 'src/content/vocab');
  const regions = readYaml<RegionEntry>(join(vocabDir, 'regions.yaml'));
  const departments = readYaml<DepartmentEntry>(join(vocabDir, 'departments.yaml')).map((d) => ({
    ...d,
    aliases: d.aliases ?? [],
  }));
  const pool = regionPool(seed);
  // The regions the site has, described the way the generator needs (issuer, scope words).
  const existing = new Map<string, GenRegion>(
    regions
      .filter((r) => EXISTING_REGIONS.includes(r.id))
      .map((r) => {
        const suffix = r.level === 'district' ? '区' : '市';
        const name = r.name.replace(/（.*）$/, '');
        const region: GenRegion = {
          id: r.id,
          name,
          parent: r.parent,
          level: r.level as GenRegion['level'],
          fullName: name,
          scope: `全${suffix}`,
          here: `本${suffix}`,
          docPrefix: `${name.slice(0, 1)}政发`,
          issuer: r.level === 'district' ? `${name}管理委员会` : `${name}人民政府`,
          zone: r.level === 'district',
        };
        return [r.id, region];
      }),
  );

  const generated = options.policies - 5;
  const places = placements(seed, generated, pool, existing);
  const newRegions = new Map<string, GenRegion>();
  const addRegion = (r: GenRegion) => {
    if (existing.has(r.id) || regions.some((x) => x.id === r.id) || newRegions.has(r.id)) return;
    if (r.parent) {
      const parent = pool.find((p) => p.id === r.parent);
      if (parent) addRegion(parent);
    }
    newRegions.set(r.id, r);
  };
  for (const p of places) addRegion(p.region);
  const newDepartments = [...newRegions.values()].flatMap(departmentsOf);
  const allDepartments = [...departments, ...newDepartments];
  const allRegions: RegionEntry[] = [
    ...regions,
    ...[...newRegions.values()].map((r) => ({
      id: r.id,
      name: r.name,
      parent: r.parent,
      level: r.level,
      order: 100 + pool.findIndex((p) => p.id === r.id),
    })),
  ];

  const report: GenerateReport = {
    policies: options.policies,
    generated,
    regions: allRegions.length,
    departments: allDepartments.length,
    clauses: 0,
    subsidies: 0,
    targets: 0,
    sourceBytes: 0,
    styles: { plan: 0, opinions: 0, measures: 0, worklist: 0 },
    importer: { title: 0, kind: 0, docNumber: 0, issuers: 0, dateWritten: 0, validUntil: 0, period: 0, misses: [] },
    drafts: { subsidies: 0, targets: 0 },
    ms: { generate: 0, check: 0 },
  };

  // Policies of one region follow each other: a later plan supersedes an earlier one of the same style.
  const texts: { id: string; place: Placement; text: GeneratedText; year: number }[] = [];
  for (let k = 0; k < generated; k++) {
    const place = places[k]!;
    const rng = Random.for(seed, `policy-${k}`);
    const year = Math.min(2026, 2019 + place.nth * 2 + rng.int(0, 1));
    // A text names its own region's departments, or its city's when the vocabulary has none for it
    // (太仓市) — those by their full names, since a bare 市科技局 in a county's text is the county's own.
    const chain = regionChain(place.region.id, allRegions);
    const region = chain.find((r) => allDepartments.some((d) => d.region === r)) ?? place.region.id;
    const deps = allDepartments.filter((d) => d.region === region && d.aliases.length > 0);
    const own = region === place.region.id;
    const long = deps.map((d) => (own ? d.aliases[0]! : d.name)).filter(Boolean);
    const short = deps.map((d) => (own ? d.aliases[d.aliases.length - 1]! : d.name)).filter(Boolean);
    const text = generateText(rng, { region: place.region, units: { long, short }, year });
    const id = `${place.region.id}-${text.style}-${year}-${k + 1}`;
    texts.push({ id, place, text, year });
  }
  const successor = new Map<string, string>();
  for (let k = 0; k < texts.length; k++) {
    const a = texts[k]!;
    const b = texts.slice(k + 1).find((x) => x.place.region.id === a.place.region.id);
    if (b && b.text.style === a.text.style && b.year > a.year && a.text.style === 'plan') successor.set(a.id, b.id);
  }

  for (const { id, place, text } of texts) {
    const sourceName = `${id}.txt`;
    const fail = (what: string): never => {
      const dump = join(out, 'failed', sourceName);
      mkdirSync(join(out, 'failed'), { recursive: true });
      writeFileSync(dump, text.source);
      throw new Error(`generate: policy ${id} (${text.style}): ${what} — the text is in ${dump}`);
    };
    let doc;
    try {
      doc = parsePolicy(text.source);
    } catch (error) {
      if (error instanceof ImportError) fail(`the importer refused it: ${error.message}`);
      throw error;
    }
    if (doc.warnings.length) fail(`the importer warned: ${doc.warnings.join('; ')}`);
    const body = toMdxBody(doc.children);
    const clauses = extractClauses(body);
    if (
      flattenClauses(doc)
        .map((c) => c.id)
        .join(' ') !== clauses.map((c) => c.id).join(' ')
    )
      fail('the MDX body does not reproduce the clause tree');

    const drafted = draftFrontmatter({
      id,
      source: text.source,
      body,
      sourceName,
      numbering: doc.numbering,
      regions: allRegions,
      departments: allDepartments,
      region: place.region.id,
    });
    const draft = parseYaml(drafted.yaml, { version: '1.1' }) as Record<string, unknown>;
    const e = text.expected;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const took = (key: Exclude<keyof GenerateReport['importer'], 'misses'>, draftValue: unknown, expected: unknown) => {
      if (same(draftValue, expected)) report.importer[key]++;
      else report.importer.misses.push(`${id}: ${key} ${JSON.stringify(draftValue)} / ${JSON.stringify(expected)}`);
    };
    took('title', draft.title, text.title);
    took('kind', draft.kind, e.kind);
    took('docNumber', draft.docNumber, e.docNumber);
    took('issuers', draft.issuers, e.issuers);
    took('dateWritten', draft.dateWritten, e.dateWritten);
    took('validUntil', draft.validUntil, e.validUntil);
    took('period', draft.period, e.period);
    report.drafts.subsidies += drafted.drafts.subsidies.length;
    report.drafts.targets += drafted.drafts.targets.length;

    const chain = regionRefs(regionChain(place.region.id, allRegions), allRegions);
    const subsidies = text.subsidies.map((s, i) => {
      const clause = clauseOf(clauses, s.quote) ?? fail(`no clause holds the provision "${s.quote}"`);
      const { eligibility, ...data } = s.data;
      return {
        id: `sub${i + 1}`,
        clause: clause.id,
        ...data,
        departments: [
          ...new Set(
            s.units.map((u) => matchDepartment(u, chain, allDepartments)?.id).filter((d): d is string => Boolean(d)),
          ),
        ],
        quote: s.quote,
        // A phrase that names no beneficiary pays companies, as the real texts' such clauses are read
        // (beneficiariesInferred: the content check refuses a paying provision that names nobody).
        ...(eligibility
          ? {
              eligibility: eligibility.beneficiaries?.length
                ? eligibility
                : { ...eligibility, beneficiaries: ['企业' as const], beneficiariesInferred: true },
            }
          : {}),
      };
    });
    const targets = text.targets.map((t, i) => {
      const clause = clauseOf(clauses, t.quote) ?? fail(`no clause holds the target "${t.quote}"`);
      return { id: `t${i + 1}`, clause: clause.id, ...t.data, quote: t.quote };
    });
    const data = {
      title: text.title,
      shortTitle: text.shortTitle,
      region: place.region.id,
      kind: e.kind,
      issuers: e.issuers,
      docNumber: e.docNumber,
      dateWritten: e.dateWritten,
      datePublished: null,
      period: e.period,
      validUntil: e.validUntil,
      numbering: doc.numbering,
      source: sourceName,
      supersededBy: successor.get(id) && texts.some((x) => x.id === successor.get(id)) ? successor.get(id)! : null,
      targets,
      subsidies,
    };
    const yaml = stringify(data, { version: '1.1', lineWidth: 0 }).trimEnd();
    writeFileSync(join(out, 'src/content/policies', `${id}.mdx`), `---\n${yaml}\n---\n\n${body}`);
    writeFileSync(join(out, 'sources', sourceName), text.source);
    report.styles[text.style]++;
    report.clauses += clauses.length;
    report.subsidies += subsidies.length;
    report.targets += targets.length;
    report.sourceBytes += Buffer.byteLength(text.source);
  }

  writeFileSync(
    join(vocabDir, 'regions.yaml'),
    flowList('# Generated by bench/lib/generate.ts for the scale benchmark.', allRegions),
  );
  writeFileSync(
    join(vocabDir, 'departments.yaml'),
    flowList('# Generated by bench/lib/generate.ts for the scale benchmark.', allDepartments),
  );
  report.ms.generate = Date.now() - started;

  if (options.check !== false) {
    const checkStarted = Date.now();
    const result = checkContent(out);
    const problems = result.problems.map(describeProblem);
    const content = loadContent(out);
    for (const m of content.models) {
      const byId = new Map(m.clauses.map((c) => [c.id, c]));
      problems.push(...checkFigures(m.id, m.data, byId));
    }
    if (problems.length)
      throw new Error(
        `generate: the generated content fails the content checks (${problems.length}):\n${problems
          .slice(0, 20)
          .map((p) => `  - ${p}`)
          .join('\n')}`,
      );
    report.ms.check = Date.now() - checkStarted;
  }
  // The real policies count too.
  const real = loadRealCounts(root);
  report.clauses += real.clauses;
  report.subsidies += real.subsidies;
  report.targets += real.targets;
  return report;
}

function loadRealCounts(root: string) {
  const dir = join(root, 'src/content/policies');
  let clauses = 0;
  let subsidies = 0;
  let targets = 0;
  if (!existsSync(dir)) return { clauses, subsidies, targets };
  const content = loadContent(root);
  for (const m of content.models) {
    clauses += m.clauses.length;
    subsidies += m.data.subsidies.length;
    targets += m.data.targets.length;
  }
  return { clauses, subsidies, targets };
}
