/** Atom feed of the policies on the site, newest first by the date the text states. */
import type { APIRoute } from 'astro';
import { SITE_LANG, SITE_NAME } from '../config/site';
import { getSiteData } from '../data/policies';
import { escapeXml } from '../lib/xml';
import { UNSTATED } from '../lib/format';
import { publicUrl } from '../lib/site-url';

export const GET: APIRoute = async ({ site }) => {
  const { policies, asOf } = await getSiteData();
  // Links are root-relative without SITE_URL (a feed reader resolves them against the feed's own
  // address); Atom ids must be absolute, so they are then tag: URIs that name no host.
  const url = (path: string) => publicUrl(path, site);
  const id = (path: string) => (site ? url(path) : `tag:suxi-biomed-policies,2026:${path}`);
  // Undated texts sort last; the feed's updated time is the build's as-of day, not a guessed date.
  const dated = [...policies].sort(
    (a, b) => (b.data.dateWritten ?? '').localeCompare(a.data.dateWritten ?? '') || a.id.localeCompare(b.id),
  );
  const entries = dated.map((p) => {
    const day = p.data.datePublished ?? p.data.dateWritten ?? asOf;
    return `  <entry>
    <title>${escapeXml(p.data.title)}</title>
    <id>${id(`/policies/${p.id}/`)}</id>
    <link rel="alternate" href="${url(`/policies/${p.id}/`)}"/>
    <updated>${day}T00:00:00Z</updated>
    <summary>${escapeXml(`${p.data.draft ? '待审核 · ' : ''}${p.region.name} · ${p.data.kind ?? UNSTATED} · ${p.status.label}（${p.status.basis}）· ${p.clauses.length} 个条款单元`)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE_LANG}">
  <title>${escapeXml(SITE_NAME)}</title>
  <id>${id('/')}</id>
  <link rel="self" href="${url('/feed.xml')}"/>
  <link rel="alternate" href="${url('/')}"/>
  <updated>${asOf}T00:00:00Z</updated>
  <author><name>${escapeXml(SITE_NAME)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
