/**
 * The frontmatter `npm run import` writes for a policy that has none yet: the metadata the text
 * states about itself, its region, and the importer's proposals under `drafts:` — published at
 * once, marked 待审核 (`draft: true`) until a maintainer has reviewed it (CONTRIBUTING.md).
 */
import { stringify } from 'yaml';
import { extractClauses } from '../clauses/extract.ts';
import { regionRefs, type DepartmentEntry } from '../responsible-units.ts';
import { regionChain, type RegionEntry } from '../model.ts';
import { draftData } from './drafts.ts';
import { draftMetadata, findKind, findPeriod, findSelfKind, titleFromFileName } from './metadata.ts';
import { standInTitle } from '../content/review.ts';
import type { Drafts } from '../../schemas/policy.ts';

/**
 * The region a text belongs to: the most specific region of the vocabulary whose name (苏州高新区
 * for 苏州高新区（虎丘区）) the title or the issuers mention; null when none does.
 */
export function guessRegion(texts: string[], regions: RegionEntry[]): string | null {
  const text = texts.join('\n');
  const depth = (id: string) => regionChain(id, regions).length;
  const hits = regions.filter((r) => {
    const names = [r.name, r.name.replace(/[（(].*$/, '')];
    return names.some((n) => n.length >= 2 && text.includes(n));
  });
  hits.sort((a, b) => depth(b.id) - depth(a.id));
  return hits[0]?.id ?? null;
}

export interface FrontmatterInput {
  /** The policy's ID (its file name and URL). */
  id: string;
  /** The verbatim text. */
  source: string;
  /** The generated MDX body. */
  body: string;
  /** File name of the text in sources/. */
  sourceName: string;
  /** Name of the file the text was imported from, for a title carried only there. */
  fileName?: string | undefined;
  numbering: 'nested' | 'running';
  /** The region vocabulary, with any region this import adds. */
  regions: RegionEntry[];
  /** The department vocabulary, with the draft departments this import adds. */
  departments: DepartmentEntry[];
  /** The policy's region, known to `regions`. */
  region: string;
  /** Title given on the command line; read from the text (or its file name) when absent. */
  title?: string | undefined;
}

/** Where the title of a new policy came from. */
export type TitleSource = 'option' | 'text' | 'file name' | 'stand-in';

export interface DraftFrontmatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  drafts: Drafts;
  title: string;
  titleFrom: TitleSource;
}

/**
 * The frontmatter of a new policy: marked `draft: true` (shown as 待审核 until a maintainer has
 * checked it), valid as it stands so that the site builds at once — the title from the command
 * line, the text, or its file name, else a stand-in that says it is one; the kind the title or
 * the text gives itself, else null — and the importer's proposals under `drafts:`.
 */
export function draftFrontmatter(input: FrontmatterInput): DraftFrontmatter {
  const meta = draftMetadata(input.source);
  const fromFile = input.fileName ? titleFromFileName(input.fileName) : null;
  const [title, titleFrom]: [string, TitleSource] = input.title?.trim()
    ? [input.title.trim(), 'option']
    : meta.title
      ? [meta.title, 'text']
      : fromFile
        ? [fromFile, 'file name']
        : [standInTitle(input.id), 'stand-in'];
  const drafts = draftData(extractClauses(input.body), {
    regions: regionRefs(regionChain(input.region, input.regions), input.regions),
    departments: input.departments,
    periodEnd: meta.period?.end ?? null,
  });
  // The planning period and the kind as the title states them; the kind also as the text calls itself (本措施…).
  const titled = titleFrom !== 'stand-in';
  const data = {
    draft: true,
    title,
    shortTitle: title,
    region: input.region,
    kind: (titled ? findKind(title) : null) ?? findSelfKind(input.source),
    issuers: meta.issuers,
    docNumber: meta.docNumber,
    dateWritten: meta.dateWritten,
    datePublished: meta.datePublished,
    period: titled ? findPeriod(title) : null,
    validUntil: meta.validUntil,
    numbering: input.numbering,
    source: input.sourceName,
    supersededBy: null,
    targets: [],
    subsidies: [],
    // Departments the text names are in the vocabulary now (as drafts where unknown): no list to review here.
    drafts: drafts.departments.length ? drafts : { subsidies: drafts.subsidies, targets: drafts.targets },
  };
  const header = [
    '# Imported by `npm run import`: `draft: true` shows this policy as 待审核 until it is reviewed.',
    '# Check every field against the text, move reviewed drafts: into targets: / subsidies:, then',
    '# delete drafts: and draft: (CONTRIBUTING.md, "Adding a policy").',
  ].join('\n');
  // YAML 1.1, as js-yaml reads frontmatter for Astro: it quotes dates, which would otherwise load as Date objects.
  return {
    // No anchors (&a1 / *a1) for lists that repeat: a maintainer edits each entry on its own.
    yaml: `${header}\n${stringify(data, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false }).trimEnd()}`,
    drafts,
    title,
    titleFrom,
  };
}
