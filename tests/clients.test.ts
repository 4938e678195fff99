/**
 * The built output read by clients nobody on this project wrote, as its users read it:
 *
 * - the Atom feed by @rowanmanning/feed-parser: every date is one the text states or the day the
 *   site last revised the entry (frontmatter `revised`), never the build's as-of day;
 * - every clause's CSL-JSON, as the clause menu makes it from the policy page's data, rendered by
 *   citeproc-js with the GB/T 7714-2015 CSL style, equals the site's own GB/T 7714 string; its
 *   BibTeX, read by citation-js, renders to the same string.
 *
 * The strict CSV reader, default Ajv over every published schema and the XML Schema patterns are
 * in tests/open-data.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { formatCitation, type CitationSource } from '../src/lib/citation/index.ts';
import { bibtexToCsl, gbtRender } from '../src/lib/citation/testing.ts';
import { AS_OF, SITE_DIR } from './helpers/paths.ts';
import { builtPage, contentFiles, STAND_IN_ORIGIN } from './helpers/site.ts';

type Row = Record<string, unknown>;
const json = (path: string) => JSON.parse(readFileSync(resolve(SITE_DIR, path), 'utf8')) as Row[];
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

describe('the Atom feed, read by a feed parser', () => {
  it('dates each text by the date it states, else by the day its content was last revised — never the build’s', () => {
    const feed = parseFeed(readFileSync(resolve(SITE_DIR, 'feed.xml'), 'utf8'));
    const policies = json('data/policies.json');
    const revised = new Map(contentFiles().map((f) => [f.id, (f.frontmatter.revised as string | undefined) ?? null]));
    expect(feed.items.length).toBe(policies.length);
    for (const p of policies) {
      const item = feed.items.find((i) => i.title === p.title);
      expect(item, String(p.id)).toBeDefined();
      const stated = (p.datePublished ?? p.dateWritten ?? null) as string | null;
      const rev = revised.get(String(p.id)) ?? null;
      // A text without a date is published on no day; a dated one on its own date.
      expect(day(item!.published), String(p.id)).toBe(stated);
      expect(day(item!.updated), String(p.id)).toBe([stated, rev].filter(Boolean).sort().at(-1));
      expect(day(item!.updated)).not.toBe(AS_OF);
    }
    const latest = feed.items
      .map((i) => day(i.updated)!)
      .sort()
      .at(-1);
    expect(day(feed.updated)).toBe(latest);
    // The three texts that state no date carry a revision day instead (the check has teeth).
    expect(policies.filter((p) => !p.datePublished && !p.dateWritten).map((p) => revised.get(String(p.id)))).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ]);
  });
});

describe('citations, rendered by citeproc-js with the GB/T 7714-2015 style', () => {
  /** What the clause menu cites a clause with: the policy page's data-* and the clause's label. */
  function sources(): CitationSource[] {
    const clauses = json('data/clauses.json');
    const byPolicy = new Map<string, Record<string, string>>();
    return clauses.map((c) => {
      const policy = String(c.policy);
      if (!byPolicy.has(policy)) {
        const tools = builtPage(`/policies/${policy}/`).querySelector('suxi-clause-tools')!;
        byPolicy.set(policy, tools.attributes);
      }
      const a = byPolicy.get(policy)!;
      return {
        policy: a['data-policy']!,
        title: a['data-title']!,
        region: a['data-region']!,
        issuers: JSON.parse(a['data-issuers']!) as string[],
        docNumber: a['data-doc-number'] || null,
        date: a['data-date'] || null,
        clause: String(c.id),
        label: String(c.label),
        url: `${STAND_IN_ORIGIN}/policies/${policy}/${String(c.id)}/`,
        accessed: '2026-12-06',
      };
    });
  }

  it('every clause: the site’s GB/T 7714 string is what citeproc makes of the site’s CSL-JSON', () => {
    const all = sources();
    expect(all.length).toBeGreaterThan(400);
    const differ = all.filter(
      (s) => gbtRender(JSON.parse(formatCitation('csl', s))[0]) !== formatCitation('gbt7714', s),
    );
    expect(differ.map((s) => `${s.policy}#${s.clause}`)).toEqual([]);
    // Every citation names its 责任者 and its type [A/OL]; undated texts carry no date.
    for (const s of all) expect(formatCitation('gbt7714', s)).toMatch(/^[^.]+\. .+\[A\/OL\]\. /);
    const taicang = all.find((s) => s.policy === 'taicang-biomed-cluster-2025')!;
    expect(formatCitation('gbt7714', taicang)).toMatch(/^太仓市\. 太仓市推进.+\[A\/OL\]\. \[2026-12-06\]\. /);
  });

  it('every clause: its BibTeX, read by citation-js, renders to the same string', () => {
    const differ = sources().filter((s) => {
      const [item] = bibtexToCsl(formatCitation('bibtex', s));
      return gbtRender(item!) !== formatCitation('gbt7714', s);
    });
    expect(differ.map((s) => `${s.policy}#${s.clause}`)).toEqual([]);
  });

  it('two clauses of one text are told apart before the URL', () => {
    const all = sources();
    const withoutUrl = all.map((s) => formatCitation('gbt7714', s).replace(s.url, ''));
    expect(new Set(withoutUrl).size).toBe(all.length);
  });
});
