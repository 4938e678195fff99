/**
 * The frontmatter `npm run import` writes for a policy that has none yet: the metadata the text
 * states about itself, the region it names, and the importer's proposals under `drafts:` — all
 * for a maintainer to review (CONTRIBUTING.md) before the policy is published.
 */
import { stringify } from 'yaml';
import { extractClauses } from '../clauses/extract.ts';
import type { DepartmentEntry } from '../responsible-units.ts';
import { regionChain, type RegionEntry } from '../model.ts';
import { draftData } from './drafts.ts';
import { draftMetadata } from './metadata.ts';
import type { Drafts } from '../../schemas/policy.ts';

/** What the importer writes where the text gives nothing; `npm run check:content` reports it until replaced. */
export const PLACEHOLDER = 'TODO';

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
  /** The verbatim text. */
  source: string;
  /** The generated MDX body. */
  body: string;
  /** File name of the text in sources/. */
  sourceName: string;
  numbering: 'nested' | 'running';
  regions: RegionEntry[];
  departments: DepartmentEntry[];
  /** Region ID given on the command line; guessed from the text when absent. */
  region?: string | undefined;
}

export interface DraftFrontmatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  region: string | null;
  drafts: Drafts;
}

export function draftFrontmatter(input: FrontmatterInput): DraftFrontmatter {
  const meta = draftMetadata(input.source);
  const region = input.region ?? guessRegion([meta.title ?? '', ...meta.issuers], input.regions);
  const drafts = draftData(extractClauses(input.body), {
    regions: region ? regionChain(region, input.regions) : [],
    departments: input.departments,
    periodEnd: meta.period?.end ?? null,
  });
  const data = {
    title: meta.title ?? `${PLACEHOLDER}: 标题`,
    shortTitle: meta.title ?? `${PLACEHOLDER}: 简称`,
    region: region ?? PLACEHOLDER.toLowerCase(),
    kind: meta.kind ?? `${PLACEHOLDER}: 文件类型`,
    issuers: meta.issuers,
    docNumber: meta.docNumber,
    dateWritten: meta.dateWritten,
    datePublished: meta.datePublished,
    period: meta.period,
    validUntil: meta.validUntil,
    numbering: input.numbering,
    source: input.sourceName,
    supersededBy: null,
    targets: [],
    subsidies: [],
    drafts,
  };
  const header = [
    '# Drafted by `npm run import`: check every field against the text (see CONTRIBUTING.md).',
    '# Move reviewed items from drafts: into targets: / subsidies: and delete drafts: when done.',
  ].join('\n');
  // YAML 1.1, as js-yaml reads frontmatter for Astro: it quotes dates, which would otherwise load as Date objects.
  return { yaml: `${header}\n${stringify(data, { version: '1.1', lineWidth: 0 }).trimEnd()}`, region, drafts };
}
