/**
 * What `npm run import` writes, decided from the text, the command line and the current content
 * without touching the disk (scripts/import.ts reads the files and writes the plan): the source
 * copy, the MDX file, and the vocabulary entries that make a fresh import build untouched — a new
 * region named on the command line and draft departments for the units no department matches.
 * Every check runs before anything is written: an import that stops writes nothing.
 */
import { parse as parseYaml } from 'yaml';
import { extractClauses } from '../clauses/extract.ts';
import { checkFigures, type ClauseText } from '../data/integrity.ts';
import { buildPolicyModel, regionChain, type RegionEntry } from '../model.ts';
import { regionRefs, type DepartmentEntry } from '../responsible-units.ts';
import { policySchema, subsidySchema, targetSchema } from '../../schemas/policy.ts';
import { departmentSchema, regionSchema } from '../../schemas/vocab.ts';
import { badCharacter, decodeText, EncodingError, type Encoding } from './encoding.ts';
import { draftFrontmatter, guessRegion, type TitleSource } from './frontmatter.ts';
import { toMdxBody } from './mdx.ts';
import { draftMetadata } from './metadata.ts';
import { flattenClauses, parsePolicy, type ParsedDocument } from './parse.ts';
import {
  appendEntries,
  departmentLine,
  draftDepartments,
  ImportStop,
  newRegion,
  regionLine,
  type RegionRequest,
} from './vocabulary.ts';

export { ImportStop };
export { ORIGINAL_FILE } from './encoding.ts';

export const REGIONS_FILE = 'src/content/vocab/regions.yaml';
export const DEPARTMENTS_FILE = 'src/content/vocab/departments.yaml';

export interface ImportOptions {
  /** The policy's ID: its file names and URL. */
  id: string;
  /** The file the text was read from, as given (for messages and a title in its name). */
  file: string;
  region?: string | undefined;
  regionName?: string | undefined;
  regionParent?: string | undefined;
  regionLevel?: string | undefined;
  title?: string | undefined;
  /** Replace a different text already in sources/<id>.txt. */
  force?: boolean | undefined;
}

/** The files an import reads, as they are now. */
export interface Workspace {
  regionsYaml: string;
  departmentsYaml: string;
  /** src/content/policies/<id>.mdx, or null for a new policy. */
  existingMdx: string | null;
  /** sources/<id>.txt, or null when there is none. */
  existingSource: string | null;
  /** Whether the text is being imported from sources/<id>.txt itself. */
  importingTheCopy: boolean;
  /** Originals kept beside sources/<id>.txt by an earlier import (sources/<id>.gb18030.txt …), as paths. */
  existingOriginals?: string[];
}

export interface ImportPlan {
  /** Files to write, relative to the project root, in the order to write them (bytes for a kept original). */
  writes: { path: string; content: string | Uint8Array }[];
  /** The encoding the text arrived in; its original bytes are kept beside the UTF-8 copy when it is not UTF-8. */
  encoding: Encoding;
  doc: ParsedDocument;
  region: string;
  /** How the region was chosen. */
  regionFrom: 'option' | 'new' | 'frontmatter' | 'text';
  newRegion: RegionEntry | null;
  draftDepartments: DepartmentEntry[];
  /** For a new policy: its drafted frontmatter's title and where it came from; null on re-import. */
  drafted: { title: string; titleFrom: TitleSource; subsidies: number; targets: number } | null;
  /** Things the maintainer should know that did not stop the import. */
  notes: string[];
  /** Files to delete: an original kept by an earlier import that this text replaces. */
  removes: string[];
}

/**
 * The text of an import's input — the bytes of the file, decoded (encoding.ts), or a string — checked
 * for what no published text can be: empty, without a letter or a digit, or holding a control
 * character. The original bytes come back when the text was not UTF-8, to be kept beside the copy.
 */
export function readText(input: string | Uint8Array): {
  source: string;
  encoding: Encoding;
  original: Uint8Array | null;
} {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof EncodingError) throw new ImportStop(error.message);
    throw error;
  }
  const source = typeof input === 'string' ? input : decoded.text;
  if (!/[\p{L}\p{N}]/u.test(source))
    throw new ImportStop(
      source.trim()
        ? 'the text has no letter or digit (only punctuation, rules or spaces) — this is not a policy text: check that the right file was saved'
        : 'the text is empty — the conversion to plain text lost the document: convert it again (CONTRIBUTING.md, "Adding a policy") and import that file',
    );
  const bad = badCharacter(source);
  if (bad)
    throw new ImportStop(
      `line ${bad.line}, column ${bad.column}: the text holds ${bad.code} (${bad.name}), which cannot be part of a published text — delete it from the file (it comes from the conversion, not from the document) and import again`,
    );
  return { source, encoding: decoded.encoding, original: decoded.encoding === 'utf-8' ? null : bytes };
}

/** A clause reference of a frontmatter that a new body must still resolve, and why it no longer does. */
function referenceProblems(id: string, data: Record<string, unknown>, body: string): string[] {
  let clauses: ReturnType<typeof extractClauses>;
  try {
    clauses = extractClauses(body);
  } catch {
    clauses = [];
  }
  const byId = new Map<string, ClauseText>(clauses.map((c) => [c.id, c]));
  // Entries that do not pass the schema are reported by check:content as they are; only the valid ones are followed.
  const valid = <T>(list: unknown, schema: { safeParse(x: unknown): { success: boolean; data?: T } }) =>
    (Array.isArray(list) ? list : []).flatMap((x) => {
      const r = schema.safeParse(x);
      return r.success ? [r.data!] : [];
    });
  const problems = checkFigures(
    id,
    { targets: valid(data.targets, targetSchema), subsidies: valid(data.subsidies, subsidySchema) },
    byId,
  ).map((p) => p.replace(`${id}: `, ''));
  const meta = data.clauses;
  if (meta && typeof meta === 'object')
    for (const key of Object.keys(meta))
      if (!byId.has(key)) problems.push(`clauses.${key}: clause "${key}" does not exist`);
  return problems;
}

const list = (ids: string[]) => ids.join(', ');

/** Entries of a vocabulary file, each checked against its schema (a broken file stops the import). */
function readVocabulary<T>(
  text: string,
  file: string,
  schema: { safeParse(x: unknown): { success: boolean; data?: T } },
) {
  let entries: unknown;
  try {
    entries = parseYaml(text, { version: '1.1' });
  } catch (error) {
    throw new ImportStop(`${file}: ${(error as Error).message.split('\n')[0]} — fix the file (npm run check:content)`);
  }
  if (!Array.isArray(entries)) throw new ImportStop(`${file} must be a YAML list — fix it (npm run check:content)`);
  return entries.map((entry: unknown, i) => {
    const result = schema.safeParse(entry);
    if (!result.success) throw new ImportStop(`${file}: entry ${i + 1} is not valid — run npm run check:content`);
    return result.data!;
  });
}

/** The frontmatter block of an existing MDX file, as text and as data. */
function existingFrontmatter(mdx: string, path: string): { text: string; data: Record<string, unknown> } {
  const m = mdx.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!m) throw new ImportStop(`${path} has no frontmatter block to keep — move it away or fix it first`);
  let data: unknown;
  try {
    data = parseYaml(m[1]!, { version: '1.1' });
  } catch (error) {
    throw new ImportStop(`${path}: its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return { text: m[1]!, data: (data ?? {}) as Record<string, unknown> };
}

/** Decides every write of an import, or stops with a message that names the fix. */
export function planImport(input: string | Uint8Array, options: ImportOptions, ws: Workspace): ImportPlan {
  const { id } = options;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ImportStop(
      `policy ID "${id}" is not a lower-case ASCII slug — pass --id, e.g. --id changzhou-biomed-2026`,
    );
  const { source, encoding, original } = readText(input);
  for (const [flag, value] of [
    ['--title', options.title],
    ['--region-name', options.regionName],
  ] as const)
    if (value !== undefined && (/[\p{Cc}\u2028\u2029]/u.test(value) || value.length > 200))
      throw new ImportStop(
        `${flag} holds ${value.length > 200 ? 'more than 200 characters' : 'a line break or a control character'} — give it as one line, e.g. ${flag} ${flag === '--title' ? '"常州市促进生物医药产业高质量发展若干政策措施"' : '常州市'}`,
      );
  const doc = parsePolicy(source); // an ImportError names the line to correct
  const body = toMdxBody(doc.children);
  // The site reads clauses from the MDX, not from the parser: both must agree before anything is written.
  const parsed = flattenClauses(doc).map((c) => c.id);
  const rendered = extractClauses(body).map((c) => c.id);
  if (parsed.join(' ') !== rendered.join(' ')) {
    const at = parsed.findIndex((x, i) => x !== rendered[i]);
    throw new ImportStop(
      `the MDX body does not reproduce the clause tree (first difference at clause ${parsed[at] ?? rendered[at]}) — an importer bug; please report it with this text`,
    );
  }

  const regions = readVocabulary<RegionEntry>(ws.regionsYaml, REGIONS_FILE, regionSchema);
  const departments = readVocabulary<DepartmentEntry>(ws.departmentsYaml, DEPARTMENTS_FILE, departmentSchema);
  const mdxPath = `src/content/policies/${id}.mdx`;
  const existing = ws.existingMdx === null ? null : existingFrontmatter(ws.existingMdx, mdxPath);
  const notes: string[] = [];

  // The region: named on the command line (a new one with its name and parent), kept from the
  // frontmatter on re-import, or read from the text's title and issuers.
  const wantsNew = options.regionName !== undefined || options.regionParent !== undefined;
  if ((wantsNew || options.regionLevel !== undefined) && !options.region)
    throw new ImportStop(
      '--region-name, --region-parent and --region-level describe the region of --region <id>: pass it too',
    );
  const known = (rid: string) => regions.find((r) => r.id === rid);
  let region: string;
  let regionFrom: ImportPlan['regionFrom'];
  let added: RegionEntry | null = null;
  const meta = draftMetadata(source);
  if (options.region) {
    const hit = known(options.region);
    if (hit) {
      if (options.regionName !== undefined && options.regionName.trim() !== hit.name)
        throw new ImportStop(
          `region "${hit.id}" exists as ${hit.name}, not ${options.regionName} — drop --region-name, or choose another --region id for a new region`,
        );
      if (options.regionParent !== undefined && options.regionParent !== hit.parent)
        throw new ImportStop(
          `region "${hit.id}" exists with parent "${hit.parent}" — drop --region-parent, or change the parent in ${REGIONS_FILE}`,
        );
      region = hit.id;
      regionFrom = 'option';
    } else {
      if (options.regionName === undefined || options.regionParent === undefined)
        throw new ImportStop(
          `region "${options.region}" is not in ${REGIONS_FILE} — to add it, pass its name and enclosing region too, e.g. --region ${options.region} --region-name 常州市 --region-parent jiangsu (regions: ${list(regions.map((r) => r.id))})`,
        );
      const request: RegionRequest = {
        id: options.region,
        name: options.regionName,
        parent: options.regionParent,
        level: options.regionLevel,
      };
      added = newRegion(request, regions);
      region = added.id;
      regionFrom = 'new';
    }
    const before = existing?.data.region;
    if (typeof before === 'string' && before !== region)
      throw new ImportStop(
        `${mdxPath} has region: ${before}; a re-import keeps the frontmatter — change region: there to move the policy`,
      );
  } else if (existing) {
    const before = existing.data.region;
    if (typeof before !== 'string' || !known(before))
      throw new ImportStop(
        `${mdxPath} has region: ${String(before)}, which is not in ${REGIONS_FILE} — pass --region <id> (with --region-name and --region-parent for a new region)`,
      );
    region = before;
    regionFrom = 'frontmatter';
  } else {
    const guessed = guessRegion([options.title ?? meta.title ?? '', ...meta.issuers], regions);
    if (!guessed)
      throw new ImportStop(
        `the text's title and issuers name no region of ${REGIONS_FILE} — pass --region <id> (one of: ${list(regions.map((r) => r.id))}), or for a new region --region <id> --region-name <name> --region-parent <id>`,
      );
    region = guessed;
    regionFrom = 'text';
  }
  const allRegions = added ? [...regions, added] : regions;
  const chain = regionRefs(regionChain(region, allRegions), allRegions);

  // Units no department matches become draft departments, so the build accepts the policy.
  const probe = policySchema.parse({
    title: meta.title ?? id,
    shortTitle: id,
    region,
    kind: null,
    docNumber: null,
    dateWritten: null,
    datePublished: null,
    period: null,
    validUntil: null,
    numbering: doc.numbering,
    source: `${id}.txt`,
  });
  const model = buildPolicyModel(id, probe, body, { departments, topics: [], regions: allRegions, titles: new Map() });
  const unmatched = [...new Set(model.unmatchedUnits.map((u) => u.text))];
  const drafts = draftDepartments(unmatched, chain, departments);
  const allDepartments = [...departments, ...drafts];

  let frontmatter: string;
  let drafted: ImportPlan['drafted'] = null;
  if (existing) {
    frontmatter = existing.text;
    if (options.title) notes.push('--title is ignored: a re-import keeps the frontmatter (edit title: there)');
  } else {
    const d = draftFrontmatter({
      id,
      source,
      body,
      sourceName: `${id}.txt`,
      fileName: options.file,
      numbering: doc.numbering,
      regions: allRegions,
      departments: allDepartments,
      region,
      title: options.title,
    });
    frontmatter = d.yaml;
    drafted = {
      title: d.title,
      titleFrom: d.titleFrom,
      subsidies: d.drafts.subsidies.length,
      targets: d.drafts.targets.length,
    };
  }

  // A re-import keeps the frontmatter: every clause it cites must still be there, with its quotes
  // and figures, or the site would not build. Refuse, listing them, and leave the published text.
  if (existing && ws.existingMdx !== null) {
    const oldBody = ws.existingMdx.slice(ws.existingMdx.indexOf('\n---', 3) + 4);
    const before = new Set(referenceProblems(id, existing.data, oldBody));
    const broken = referenceProblems(id, existing.data, body).filter((p) => !before.has(p));
    if (broken.length) {
      const shown = broken
        .slice(0, 12)
        .map((p) => `\n    ${p}`)
        .join('');
      throw new ImportStop(
        `this text would leave ${broken.length} reference${broken.length > 1 ? 's' : ''} of the frontmatter of ${mdxPath} (kept on re-import) pointing at clauses or quotes the new text does not have:${shown}${broken.length > 12 ? `\n    … and ${broken.length - 12} more` : ''}\n  The published text stays as it is. Update or delete these entries in the frontmatter first (or, for another document, import it under its own --id), then import again`,
      );
    }
  }

  const writes: ImportPlan['writes'] = [];
  const copy = `sources/${id}.txt`;
  if (!ws.importingTheCopy) {
    if (ws.existingSource !== null && ws.existingSource !== source && !options.force)
      throw new ImportStop(`${copy} exists with other text — pass --force to replace it`);
    if (ws.existingSource !== source) writes.push({ path: copy, content: source });
  } else if (original) writes.push({ path: copy, content: source });
  const originalPath = original ? `sources/${id}.${encoding}.txt` : null;
  if (original && originalPath) {
    writes.push({ path: originalPath, content: original });
    notes.push(
      `the text is ${encoding.toUpperCase()}: ${copy} holds it in UTF-8, ${originalPath} keeps the file as received, byte for byte`,
    );
  }
  const removes = (ws.existingOriginals ?? []).filter((p) => p !== originalPath);
  if (added)
    writes.push({
      path: REGIONS_FILE,
      content: appendEntries(ws.regionsYaml, `added by npm run import for ${id}`, [regionLine(added)]),
    });
  if (drafts.length)
    writes.push({
      path: DEPARTMENTS_FILE,
      content: appendEntries(
        ws.departmentsYaml,
        `${chain[0]!.name} (${id}): drafted by npm run import, 待审核 — check each name, then delete draft: true`,
        drafts.map(departmentLine),
      ),
    });
  writes.push({ path: mdxPath, content: `---\n${frontmatter}\n---\n\n${body}` });
  return {
    writes,
    removes,
    encoding,
    doc,
    region,
    regionFrom,
    newRegion: added,
    draftDepartments: drafts,
    drafted,
    notes,
  };
}
