/**
 * Atom feed of the policies on the site, newest first. Its dates are the texts' own or the day
 * the site last revised an entry's content, never the build's (src/lib/feed.ts).
 */
import type { APIRoute } from 'astro';
import { SITE_LANG, SITE_NAME } from '../config/site';
import { getSiteData } from '../data/policies';
import { escapeXml } from '../lib/xml';
import { UNSTATED } from '../lib/format';
import { publicUrl } from '../lib/site-url';
import { atomDate, feedPlan } from '../lib/feed';
import { policyPath } from '../lib/links.ts';

export const GET: APIRoute = async ({ site }) => {
  const { policies } = await getSiteData();
  // Links are root-relative without SITE_URL (a feed reader resolves them against the feed's own
  // address); Atom ids must be absolute, so they are then tag: URIs that name no host.
  const url = (path: string) => publicUrl(path, site);
  const id = (path: string) => (site ? url(path) : `tag:suxi-biomed-policies,2026:${path}`);
  const plan = feedPlan(
    policies.map((p) => ({
      id: p.id,
      datePublished: p.data.datePublished,
      dateWritten: p.data.dateWritten,
      revised: p.data.revised ?? null,
      p,
    })),
  );
  if (plan.undated.length)
    console.warn(
      `feed.xml: left out ${plan.undated.join(', ')}: the text states no date and the frontmatter has no revised date — add revised: "YYYY-MM-DD" (the day its content was last changed on the site) to src/content/policies/<id>.mdx`,
    );
  if (!plan.updated) throw new Error('feed.xml: no policy has a date to put in the feed (see the warning above)');
  const entries = plan.entries.map(({ policy: { p }, dates }) => {
    return `  <entry>
    <title>${escapeXml(p.data.title)}</title>
    <id>${id(policyPath(p.id))}</id>
    <link rel="alternate" href="${url(policyPath(p.id))}"/>
${dates.published ? `    <published>${atomDate(dates.published)}</published>\n` : ''}    <updated>${atomDate(dates.updated)}</updated>
    <summary>${escapeXml(`${p.data.draft ? '待审核 · ' : ''}${p.region.name} · ${p.data.kind ?? UNSTATED} · ${p.status.label}（${p.status.basis}）· ${p.clauses.length} 个条款单元`)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE_LANG}">
  <title>${escapeXml(SITE_NAME)}</title>
  <id>${id('/')}</id>
  <link rel="self" href="${url('/feed.xml')}"/>
  <link rel="alternate" href="${url('/')}"/>
  <updated>${atomDate(plan.updated)}</updated>
  <author><name>${escapeXml(SITE_NAME)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
