/**
 * Shared by the importer's tests: the five published sources with their committed MDX, the
 * fixtures of tests/fixtures/import/, and the text an MDX body renders to.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mdxToHast } from 'satteri';
import { dropRepeatedHeaders } from './table.ts';
import { flattenClauses, type BodyNode, type ClauseNode, type ParsedDocument } from './parse.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The five published policies: their IDs are the names of their source and MDX files. */
export const POLICIES = [
  'wuxi-biomed-policy-opinions',
  'kunshan-nucleic-acid-cluster-worklist',
  'suzhou-snd-meddevice-biomed-2020-2022',
  'suzhou-biomed-chain-2021-2023',
  'taicang-biomed-cluster-2025',
] as const;

export const readSource = (id: string) => readFileSync(resolve(ROOT, 'sources', `${id}.txt`), 'utf8');
export const readFixture = (name: string) =>
  readFileSync(resolve(ROOT, 'tests/fixtures/import', `${name}.txt`), 'utf8');

/** The committed body of a policy: everything after its frontmatter block and the blank line the importer writes. */
export function committedBody(id: string): string {
  const text = readFileSync(resolve(ROOT, 'src/content/policies', `${id}.mdx`), 'utf8');
  const m = text.match(/^---\n[\s\S]*?\n---\n\n/);
  if (!m) throw new Error(`${id}.mdx has no frontmatter block`);
  return text.slice(m[0].length);
}

export const ids = (doc: ParsedDocument) => flattenClauses(doc).map((c) => c.id);

/** The clause node with an ID, searched depth-first. */
export function clause(doc: ParsedDocument | BodyNode[], id: string): ClauseNode {
  const nodes = Array.isArray(doc) ? doc : doc.children;
  for (const node of nodes) {
    if (node.type !== 'clause') continue;
    if (node.id === id) return node;
    try {
      return clause(node.children, id);
    } catch {
      // not under this node
    }
  }
  throw new Error(`no clause ${id}`);
}

type HastNode = { type: string; value?: string; children?: HastNode[] };

/** The characters an MDX body renders to, in order (what a reader sees, markup gone). */
export function renderedText(body: string): string {
  const walk = (n: HastNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(walk).join(''));
  return walk(mdxToHast(body));
}

/**
 * A text with whitespace and Markdown bold marks removed, for comparing a rendering with its source.
 * Table headers a page break repeated are not rendered (they are not data), so they are dropped first.
 */
export const bare = (s: string) => dropRepeatedHeaders(s).replace(/\*\*/g, '').replace(/\s+/g, '');
