import type { APIRoute } from 'astro';

// The sitemap is written only when SITE_URL gives the site's address (its URLs must be absolute).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
