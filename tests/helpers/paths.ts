import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * Where the test build goes, apart from dist/ so a developer's build is never clobbered.
 * TEST_SITE_DIR moves it, so that two test runs on one machine do not overwrite each other's site.
 */
export const SITE_DIR = process.env.TEST_SITE_DIR
  ? resolve(process.env.TEST_SITE_DIR)
  : resolve(ROOT, 'test-output/site');
/** The as-of date the test build computes statuses against (POLICY_AS_OF). */
export const AS_OF = '2026-11-23';
