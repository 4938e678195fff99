/**
 * The importer and the published content cannot drift: each source, imported again, gives the
 * committed MDX body byte for byte, every clause the parser finds is a clause of the page, and
 * the page shows every character of the source.
 */
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../clauses/extract.ts';
import { toMdxBody } from './mdx.ts';
import { flattenClauses, parsePolicy } from './parse.ts';
import { bare, committedBody, POLICIES, readSource, renderedText } from './test-support.ts';

describe.each(POLICIES)('%s', (id) => {
  const doc = parsePolicy(readSource(id));
  const body = toMdxBody(doc.children);

  it('imports to the committed MDX body', () => {
    expect(body).toBe(committedBody(id));
  });

  it('renders clauses with the IDs and parents the parser gave them', () => {
    const rendered = extractClauses(body).map((c) => ({ id: c.id, kind: c.kind, parent: c.parent }));
    expect(rendered).toEqual(flattenClauses(doc));
  });

  it('shows the text of the source, every character in order', () => {
    expect(bare(renderedText(body))).toBe(bare(readSource(id)));
  });
});
