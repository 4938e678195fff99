import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindSearch from './src/integrations/pagefind.ts';
import { SITE_URL } from './src/config/site.ts';

export default defineConfig({
  // Canonical origin of the published site; used for canonical links, permalinks and the sitemap.
  site: SITE_URL,
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
  // The texts contain no code; Shiki's inline styles would be blocked by the CSP anyway.
  markdown: { syntaxHighlight: false },
  // pagefindSearch() indexes the built clauses at astro:build:done (src/integrations/pagefind.ts).
  integrations: [mdx(), sitemap(), pagefindSearch()],
  vite: {
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
