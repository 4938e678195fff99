import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefindSearch from './src/integrations/pagefind.ts';
import { parseSiteUrl } from './src/lib/site-url.ts';

const site = parseSiteUrl(process.env.SITE_URL)?.href;

export default defineConfig({
  // The public address is a build setting: SITE_URL=https://… npm run build (README, "Deploying").
  // Without it nothing names a host: URLs are root-relative and no sitemap is written (it needs
  // absolute URLs), so no placeholder domain is ever published.
  site,
  // Every page is a folder: /policies/x/ — links without the slash are bugs (preview answers 404).
  trailingSlash: 'always',
  // A strict CSP in a <meta> on every page: only this origin's own files load, inline scripts and
  // styles only by hash (Astro adds them). Pagefind needs 'wasm-unsafe-eval' to compile its
  // WebAssembly and blob: workers. frame-ancestors is not set: browsers ignore it in <meta>.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The texts contain no code; Shiki's inline styles would be blocked by the CSP anyway. The texts
  // are published verbatim: no "smart" punctuation (--- would become -–, ... an ellipsis, "" curly).
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  // pagefindSearch() indexes the built clauses at astro:build:done (src/integrations/pagefind.ts).
  // The sitemap needs absolute URLs: it is written only when SITE_URL gives the site's address.
  integrations: [mdx(), ...(site ? [sitemap()] : []), pagefindSearch()],
  vite: {
    // The search page's worker (src/scripts/search-worker.ts) is an ES module: it imports
    // Pagefind's module and loads the traditional-Chinese converter only when a query needs it.
    worker: { format: 'es' },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's notice about it is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
