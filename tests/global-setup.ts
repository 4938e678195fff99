/**
 * Builds the site once for the whole run and serves it with `astro preview`, which (with
 * trailingSlash: 'always') answers 404 for badly formed links, like a strict static host.
 * SKIP_BUILD=1 reuses an existing test-output/site.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { AS_OF, ROOT, SITE_DIR } from './helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  process.env.POLICY_AS_OF = AS_OF;
  const { build, preview } = await import('astro');
  if (!(process.env.SKIP_BUILD && existsSync(SITE_DIR))) {
    const started = Date.now();
    await build({ root: ROOT, outDir: SITE_DIR, logLevel: 'warn' });
    console.log(`[global-setup] site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await preview({
    root: ROOT,
    outDir: SITE_DIR,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0 },
  });
  const baseURL = `http://127.0.0.1:${server.port}`;
  project.provide('baseURL', baseURL);
  project.provide('siteDir', SITE_DIR);
  return async () => {
    await server.stop();
  };
}
