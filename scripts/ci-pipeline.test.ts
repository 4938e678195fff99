/**
 * The CI pipeline docs/scaling.md gives ("A CI pipeline: one job per shard, one merge job") runs only
 * commands and settings the project has: it is documentation a team copies, so it must not rot
 * when a script or a setting is renamed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shardSettings } from '../src/lib/search/shards.ts';

const root = resolve(import.meta.dirname, '..');
const doc = readFileSync(resolve(root, 'docs/scaling.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  env?: Record<string, string>;
  strategy?: { matrix: Record<string, string> };
  steps: Step[];
}

function pipeline(): { jobs: Record<string, Job> } {
  const section = doc.slice(doc.indexOf('### A CI pipeline'));
  const block = /```yaml\n([\s\S]*?)```/u.exec(section)?.[1];
  expect(block, 'docs/scaling.md: the CI pipeline has a yaml block').toBeTruthy();
  return parse(block!) as { jobs: Record<string, Job> };
}

describe('the CI pipeline of docs/scaling.md', () => {
  it('plans the shards, builds one job per shard and merges them after', () => {
    const { jobs } = pipeline();
    expect(Object.keys(jobs)).toEqual(['plan', 'shard', 'merge']);
    expect(jobs.shard!.needs).toBe('plan');
    expect(jobs.merge!.needs).toBe('shard');
    expect(jobs.shard!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
  });

  it('runs only npm scripts the project has', () => {
    const { jobs } = pipeline();
    const runs = Object.values(jobs).flatMap((j) => j.steps.map((s) => s.run ?? '').filter(Boolean));
    const named = runs.flatMap((r) => [...r.matchAll(/npm run (?:-s )?([\w:-]+)/gu)].map((m) => m[1]!));
    expect(named.sort()).toEqual(['build', 'merge-shards', 'shards']);
    for (const name of named) expect(scripts[name], `package.json has no script "${name}"`).toBeTruthy();
  });

  it('gives each shard job settings the build reads, the same as-of date for all, and merges what they upload', () => {
    const { jobs } = pipeline();
    const env = jobs.shard!.env!;
    expect(env.SHARD).toBe('${{ matrix.shard }}');
    expect(env.POLICY_AS_OF).toBe('${{ needs.plan.outputs.as-of }}');
    expect(shardSettings({ SHARD: 'zhejiang' }).only).toBe('zhejiang');
    const upload = jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = jobs.merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(upload.with!.name).toBe('shard-${{ matrix.shard }}');
    expect(download.with!.pattern).toBe('shard-*');
    // The build writes where the upload reads; the merge reads where the download writes.
    expect(jobs.shard!.steps.some((s) => s.run === `npm run build -- --outDir ${upload.with!.path}`)).toBe(true);
    expect(jobs.merge!.steps.some((s) => s.run === `npm run merge-shards -- site ${download.with!.path}/*`)).toBe(true);
  });
});
