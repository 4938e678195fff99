import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Canonical origin of the published site; used for canonical links, permalinks and the sitemap.
  site: 'https://policies.example.org',
  // Every page is a folder: /policies/x/ — links without the slash are bugs (preview answers 404).
  trailingSlash: 'always',
  integrations: [mdx()],
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
